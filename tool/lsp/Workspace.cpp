//===--- Workspace.cpp - The programs an editor session works on -===//
#include "lsp/Workspace.h"
#include "classify/Classifier.h"
#include "core/Format.h"
#include "core/Paths.h"
#include "driver/DefaultFlags.h"
#include "driver/Inputs.h"
#include "driver/Lint.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <chrono>

using clang::tooling::CompilationDatabase;

namespace quadrant::lsp {

namespace {

/// A header is analyzed through the translation units that include it, never
/// as one of its own, unless the database lists it.
bool looksLikeHeader(llvm::StringRef Path) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  return Ext.empty() || Ext.starts_with(".h") || Ext.starts_with(".H") || Ext == ".ipp" ||
         Ext == ".inl" || Ext == ".tcc";
}

/// When the file was last modified; the epoch if it cannot be read.
llvm::sys::TimePoint<> lastModified(llvm::StringRef File) {
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(File, Status))
    return {};
  return Status.getLastModificationTime();
}

} // namespace

std::string normalizedPath(llvm::StringRef Path) {
  llvm::SmallString<256> P(Path);
  llvm::sys::fs::make_absolute(P);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

llvm::Error Workspace::loadFixedDatabase() {
  if (Options.CompileCommandsDir.empty())
    return llvm::Error::success();
  std::string Error;
  auto DB = CompilationDatabase::loadFromDirectory(Options.CompileCommandsDir, Error);
  if (!DB)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        driver::noDatabaseMessage(Options.CompileCommandsDir, Error, /*SearchedParents=*/false));
  auto P = std::make_unique<Project>();
  P->Root = normalizedPath(Options.CompileCommandsDir);
  P->Database = clang::tooling::inferMissingCompileCommands(std::move(DB));
  Projects[P->Root] = std::move(P);
  return llvm::Error::success();
}

Project &Workspace::projectFor(llvm::StringRef File, std::vector<Notice> &Notices) {
  if (Project *Known = projectOf(File))
    return *Known;
  auto Remember = [&](Project &P) -> Project & {
    ByFile[File] = &P;
    return P;
  };
  if (!Options.CompileCommandsDir.empty())
    return Remember(*Projects.begin()->second);
  // As clangd: each directory from the file's up, and a build/ beside it.
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(File); !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir)) {
    for (std::string Candidate : {Dir.str(), (Dir + "/build").str()}) {
      auto Known = Projects.find(Candidate);
      if (Known != Projects.end())
        return Remember(*Known->second);
      if (!llvm::sys::fs::exists(Candidate + "/compile_commands.json") &&
          !llvm::sys::fs::exists(Candidate + "/compile_flags.txt"))
        continue;
      std::string Error;
      auto DB = CompilationDatabase::loadFromDirectory(Candidate, Error);
      if (!DB) {
        Notices.push_back({Notice::Error, true,
                           fmt::format("quadrant: cannot read the compilation database in "
                                       "'{}' (skipped): {}",
                                       Candidate, Error)});
        continue;
      }
      auto P = std::make_unique<Project>();
      P->Root = Candidate;
      // Files missing from the database borrow the flags of the nearest
      // entry, as clangd and the command line do.
      P->Database = clang::tooling::inferMissingCompileCommands(std::move(DB));
      Notices.push_back(
          {Notice::Log, false,
           fmt::format("'{}' uses the compilation database in '{}'", File, Candidate)});
      return Remember(*(Projects[Candidate] = std::move(P)));
    }
  }
  Notices.push_back({Notice::Warning, true,
                     fmt::format("quadrant: no compile_commands.json or compile_flags.txt found "
                                 "for '{}' (in its directory, its parents, or a build/ "
                                 "directory in one of them); analyzing it alone with default "
                                 "flags ({})",
                                 File, driver::describeDefaultFlags({File.str()}))});
  auto P = std::make_unique<Project>();
  P->Root = File.str();
  llvm::StringRef Dir = llvm::sys::path::parent_path(File);
  P->Database =
      std::make_unique<driver::DefaultFlagsDatabase>(Dir, driver::DefaultFlagsAttempt::First);
  P->HeaderAsC =
      std::make_unique<driver::DefaultFlagsDatabase>(Dir, driver::DefaultFlagsAttempt::HeaderAsC);
  return Remember(*(Projects[P->Root] = std::move(P)));
}

Project *Workspace::projectOf(llvm::StringRef File) const {
  auto It = ByFile.find(File);
  return It == ByFile.end() ? nullptr : It->second;
}

void Workspace::runFrontEnd(Project &P, const std::vector<std::string> &Files,
                            std::vector<Notice> &Notices) {
  if (Files.empty())
    return;
  auto Start = std::chrono::steady_clock::now();
  for (const std::string &F : Files)
    P.AnalyzedVersions[F] = lastModified(F);
  unsigned FromCache = 0;
  driver::AnalysisOptions Analysis;
  Analysis.Cache = P.Cache.get();
  Analysis.Fallback = P.HeaderAsC.get();
  Analysis.Preambles = P.Preambles.get();
  // A file saved again and again is parsed again and again: its system
  // includes are worth a PCH even when it is alone. Not so for each file of
  // the first analysis of the program, most of which are parsed once.
  if (Files.size() == 1)
    Analysis.MinGroupSize = 1;
  for (driver::TUResult &R :
       driver::analyzeFiles(*P.Database, Files, *P.Rules, Options.Jobs, Analysis)) {
    FromCache += R.FromCache;
    if (R.ByFallback)
      Notices.push_back({Notice::Log, false,
                         fmt::format("'{}' does not compile as C++; analyzed as C ({})", R.File,
                                     driver::headerAsCFlags())});
    if (R.Failed) {
      Notices.push_back(
          {Notice::Warning, false,
           fmt::format("'{}' does not compile; what parsed is analyzed:\n{}", R.File,
                       R.CompilerOutput)});
      P.CompileErrors[R.File] = std::move(R.CompilerOutput);
    } else {
      P.CompileErrors.erase(R.File);
    }
    P.Units[R.File] = std::move(R.Facts);
  }
  std::chrono::duration<double> Took = std::chrono::steady_clock::now() - Start;
  Notices.push_back(
      {Notice::Log, false,
       fmt::format("analyzed {} translation unit{} of '{}'{} in {:.1f} s", Files.size(),
                   Files.size() == 1 ? "" : "s", P.Root,
                   P.Cache ? fmt::format(" ({} from the cache)", FromCache) : "", Took.count())});
}

std::vector<std::string> Workspace::factsOfOtherUnits(Project &P,
                                                      llvm::ArrayRef<std::string> Files) {
  // In memory since this session analyzed them; the others go through
  // runFrontEnd, which takes what it can from the disk cache.
  std::vector<std::string> Missing;
  for (const std::string &F : Files)
    if (!P.Units.count(F))
      Missing.push_back(F);
  return Missing;
}

llvm::Expected<Project *> Workspace::analyze(llvm::StringRef FileName, bool Saved,
                                             std::vector<Notice> &Notices) {
  std::string File = normalizedPath(FileName);
  if (!driver::isSourceFile(File)) {
    Notices.push_back({Notice::Log, false,
                       fmt::format("'{}' is not a C or C++ file (by its extension): not analyzed",
                                   File)});
    return nullptr;
  }
  Project &P = projectFor(File, Notices);
  // A fresh provider each time: edits to .quadrant.yaml apply at the next save.
  config::ConfigProvider Configs(Options.Override, Options.CommandLine, checks::checkNames());
  llvm::Expected<config::Config> FileConfig = Configs.configFor(File);
  if (!FileConfig)
    return FileConfig.takeError();
  if (driver::excluded(*FileConfig, File)) {
    Notices.push_back({Notice::Log, false,
                       fmt::format("'{}' is excluded by the configuration (Exclude): nothing is "
                                   "reported for it",
                                   File)});
    return nullptr;
  }

  // The program: the sources of the database, those analyzed before in this
  // session (a compile_flags.txt lists none), and File unless it is a header.
  std::vector<std::string> Candidates;
  for (const std::string &F : P.Database->getAllFiles())
    Candidates.push_back(normalizedPath(F));
  // A header outside any database is analyzed alone: it is its own unit.
  bool FileIsUnit =
      llvm::is_contained(Candidates, File) || !looksLikeHeader(File) || P.Root == File;
  for (const auto &[F, Facts] : P.Units)
    Candidates.push_back(F);
  if (FileIsUnit)
    Candidates.push_back(File);
  llvm::sort(Candidates);
  Candidates.erase(std::unique(Candidates.begin(), Candidates.end()), Candidates.end());

  std::vector<std::string> Files;
  std::vector<std::string> MainFiles; ///< Files not excluded, as displayed
  PathDisplay Display;
  std::vector<std::string> UserRules = Options.ExtraRules;
  for (const std::string &F : Candidates) {
    llvm::Expected<config::Config> C = Configs.configFor(F);
    if (!C)
      return C.takeError();
    if (!driver::isSourceFile(F))
      continue;
    UserRules.insert(UserRules.end(), C->Rules.begin(), C->Rules.end());
    Files.push_back(F);
    // Excluded files are part of the program all the same.
    if (!driver::excluded(*C, F))
      MainFiles.push_back(Display(F).str());
  }
  if (!P.Rules) {
    llvm::Expected<rules::RuleSet> Rules =
        rules::loadRuleSet({Options.BuiltinRulesDir}, driver::uniqueRuleFiles(UserRules));
    if (!Rules)
      return Rules.takeError();
    for (const std::string &Warning : Rules->unmatchableRuleWarnings())
      Notices.push_back({Notice::Warning, false, Warning});
    P.Rules = std::move(*Rules);
    // The first file opened analyzes the whole program: with the cache a
    // command-line run (or an earlier session) filled, only what changed.
    if (llvm::sys::fs::is_directory(P.Root)) {
      auto Cache = cache::FactsCache::open(P.Root + "/.quadrant-cache", *P.Rules);
      if (Cache)
        P.Cache = std::move(*Cache);
      else
        Notices.push_back({Notice::Warning, false,
                           "quadrant: analyzing without the facts cache: " +
                               llvm::toString(Cache.takeError())});
    }
    auto Preambles = driver::PreambleStore::open(P.Cache ? P.Root + "/.quadrant-cache" : "");
    if (Preambles)
      P.Preambles = std::move(*Preambles);
    else
      Notices.push_back({Notice::Warning, false,
                         "quadrant: parsing every file whole: " +
                             llvm::toString(Preambles.takeError())});
  }

  // What changed: File itself or, for a header, the units that define
  // functions in it. A file opened as it was analyzed has not, nor a header
  // opened: its units were analyzed as they were found.
  auto Known = P.AnalyzedVersions.find(File);
  bool Unchanged = !Saved && Known != P.AnalyzedVersions.end() &&
                   Known->second == lastModified(File) && P.Units.count(File);
  std::vector<std::string> Changed;
  if (FileIsUnit && !Unchanged)
    Changed.push_back(File);
  else if (!FileIsUnit && Saved)
    for (const auto &[F, Facts] : P.Units)
      if (llvm::any_of(Facts.Functions, [&](const facts::Function &Fn) {
            return normalizedPath(Fn.Loc.File) == File;
          }))
        Changed.push_back(F);
  std::vector<std::string> Others;
  for (const std::string &F : Files)
    if (!llvm::is_contained(Changed, F))
      Others.push_back(F);
  std::vector<std::string> ToParse = factsOfOtherUnits(P, Others);
  ToParse.insert(ToParse.end(), Changed.begin(), Changed.end());
  runFrontEnd(P, ToParse, Notices);

  std::vector<facts::TranslationUnit> Units;
  for (const std::string &F : Files)
    Units.push_back(P.Units[F]);
  P.Program = link::linkProgram(std::move(Units));
  P.Verdicts = classify::classifyProgram(P.Program);
  P.Contexts = contexts::computeContexts(P.Program);
  driver::LintOptions Lint{MainFiles};
  llvm::Expected<std::vector<checks::Finding>> Findings =
      driver::lint(P.Program, P.Verdicts, P.Contexts, Configs, Lint);
  if (!Findings)
    return Findings.takeError();
  // lint() shows paths relative to the working directory; the protocol
  // wants them whole.
  for (checks::Finding &F : *Findings) {
    F.Loc.File = normalizedPath(F.Loc.File);
    for (checks::Note &N : F.Notes)
      N.Loc.File = normalizedPath(N.Loc.File);
    if (F.Fix)
      for (checks::Replacement &R : F.Fix->Replacements)
        R.Span.Begin.File = R.Span.End.File = normalizedPath(R.Span.Begin.File);
  }
  P.Findings = std::move(*Findings);
  return &P;
}

} // namespace quadrant::lsp
