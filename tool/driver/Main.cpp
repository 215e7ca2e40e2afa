//===--- Main.cpp - The quadrant command line -------------------*- C++ -*-===//
//
// Parses options, runs the pipeline
//   rules -> per-TU facts -> link -> classify -> report
// and chooses the exit status. Only this file prints errors or exits.
//
//===----------------------------------------------------------------------===//
#include "classify/Classifier.h"
#include "driver/Analysis.h"
#include "link/Program.h"
#include "report/Report.h"
#include "report/RuleListing.h"
#include "rules/RuleSet.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/WithColor.h"
#include <algorithm>

using namespace llvm;
using namespace quadrant;
using clang::tooling::CompilationDatabase;
using clang::tooling::FixedCompilationDatabase;

namespace {

/// Exit statuses (docs/cli.md).
enum ExitStatus { Success = 0, AnalysisFailed = 1, UsageError = 2 };

cl::OptionCategory Category("quadrant options");

cl::list<std::string> Sources(cl::Positional, cl::desc("[<source>...]"), cl::cat(Category));
cl::opt<std::string> BuildPath("p", cl::desc("Build directory holding compile_commands.json"),
                               cl::value_desc("build-dir"), cl::cat(Category));
enum class Format { Text, Json };
cl::opt<Format> OutputFormat("format", cl::desc("Report format"),
                             cl::values(clEnumValN(Format::Text, "text", "for people (default)"),
                                        clEnumValN(Format::Json, "json",
                                                   "quadrant-report/1 for tools")),
                             cl::init(Format::Text), cl::cat(Category));
cl::list<std::string> ExtraRules("rules",
                                 cl::desc("Rule file or directory to add to the built-in "
                                          "rules (repeatable); same ids override"),
                                 cl::value_desc("file-or-dir"), cl::cat(Category));
cl::opt<unsigned> Jobs("j", cl::desc("Translation units to analyze in parallel (default: cores)"),
                       cl::init(0), cl::Prefix, cl::cat(Category));
cl::opt<bool> ListRules("list-rules",
                        cl::desc("Print the active rules (built-in and --rules) and exit"),
                        cl::cat(Category));
cl::opt<std::string> OutputFile("o", cl::desc("Write the report to <file> (atomically)"),
                                cl::value_desc("file"), cl::cat(Category));

const char Overview[] =
    "quadrant: labels every concurrency-relevant call in C and C++ code as\n"
    "blocking or non-blocking and sync or async, and reports the quadrant of\n"
    "every function.\n\n"
    "  quadrant [options] [<source>...] [-- <compiler args>]\n\n"
    "With -p and no sources, every file in compile_commands.json is analyzed.\n"
    "Exit status: 0 analysis complete; 1 some file could not be analyzed\n"
    "completely (the rest is still reported); 2 usage, rule or output error.\n";

int fail(ExitStatus Status, const Twine &Message) {
  WithColor::error(errs(), "quadrant") << Message << "\n";
  return Status;
}

std::string builtinRulesDir(const char *Argv0) {
  static int Anchor;
  std::string Exe = sys::fs::getMainExecutable(Argv0, &Anchor);
  SmallString<256> Installed(sys::path::parent_path(sys::path::parent_path(Exe)));
  sys::path::append(Installed, "share", "quadrant", "rules");
  if (sys::fs::is_directory(Installed))
    return std::string(Installed);
  return QUADRANT_SOURCE_RULES_DIR;
}

/// Writes the report next to its destination, then renames it into place, so
/// no reader ever sees half a report.
Error writeAtomically(StringRef Path, function_ref<void(raw_ostream &)> Write) {
  SmallString<256> Temp;
  int FD;
  SmallString<256> Model(Path);
  Model += ".tmp-%%%%%%";
  if (std::error_code EC = sys::fs::createUniqueFile(Model, FD, Temp))
    return createFileError(Path, EC);
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    Write(OS);
    OS.close();
    if (OS.has_error()) {
      sys::fs::remove(Temp);
      return createFileError(Path, OS.error());
    }
  }
  if (std::error_code EC = sys::fs::rename(Temp, Path)) {
    sys::fs::remove(Temp);
    return createFileError(Path, EC);
  }
  return Error::success();
}

/// Writes to -o (atomically) or standard output; returns a failing exit
/// status, or 0.
int emit(function_ref<void(raw_ostream &)> Write) {
  if (OutputFile.empty()) {
    Write(outs());
    return Success;
  }
  if (Error E = writeAtomically(OutputFile, Write))
    return fail(UsageError, "cannot write the report: " + toString(std::move(E)));
  return Success;
}

} // namespace

int main(int argc, const char **argv) {
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream &OS) { OS << "quadrant " << QUADRANT_VERSION << "\n"; });

  // Everything after "--" is compiler arguments (as for clang-tidy).
  std::string FixedError;
  int ArgCount = argc;
  std::unique_ptr<CompilationDatabase> DB =
      FixedCompilationDatabase::loadFromCommandLine(ArgCount, argv, FixedError);
  if (!FixedError.empty()) {
    StringRef Message = StringRef(FixedError).trim();
    Message.consume_front("error: ");
    return fail(UsageError, Message);
  }
  if (!cl::ParseCommandLineOptions(ArgCount, argv, Overview, &errs()))
    return UsageError;

  std::string BuiltinRules = builtinRulesDir(argv[0]);
  Expected<rules::RuleSet> Rules = rules::loadRuleSet({BuiltinRules}, ExtraRules);
  if (!Rules) {
    errs() << toString(Rules.takeError()) << "\n";
    return UsageError;
  }
  if (ListRules) {
    auto List = [&](raw_ostream &OS) {
      if (OutputFormat == Format::Json)
        report::writeRuleListJson(*Rules, BuiltinRules, OS);
      else
        report::writeRuleListText(*Rules, BuiltinRules, OS);
    };
    return emit(List);
  }

  if (!BuildPath.empty()) {
    std::string Error;
    DB = CompilationDatabase::autoDetectFromDirectory(BuildPath, Error);
    if (!DB)
      return fail(UsageError, "no compilation database in '" + BuildPath + "': " + Error);
  } else if (!DB && !Sources.empty()) {
    std::string Error;
    DB = CompilationDatabase::autoDetectFromSource(Sources.front(), Error);
    if (!DB) {
      WithColor::note(errs(), "quadrant")
          << "no compile_commands.json found above '" << Sources.front()
          << "'; using default flags (-std=c++20). Pass -p <build-dir> or '-- <flags>'.\n";
      DB = std::make_unique<FixedCompilationDatabase>(".", std::vector<std::string>{"-std=c++20"});
    }
  }
  if (!DB)
    return fail(UsageError, "no input: name source files, or give -p <build-dir> holding "
                            "compile_commands.json");
  // Files missing from the database borrow the flags of the nearest entry,
  // as clangd does.
  DB = clang::tooling::inferMissingCompileCommands(std::move(DB));

  std::vector<std::string> Files(Sources.begin(), Sources.end());
  if (Files.empty()) {
    Files = DB->getAllFiles();
    std::sort(Files.begin(), Files.end());
    Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  }


  std::vector<report::Diagnostic> Diagnostics;
  std::vector<std::string> Readable;
  for (const std::string &File : Files) {
    sys::fs::file_status Status;
    if (std::error_code EC = sys::fs::status(File, Status))
      Diagnostics.push_back({File, "error", "cannot read file: " + EC.message()});
    else if (sys::fs::is_directory(Status))
      Diagnostics.push_back({File, "error", "is a directory, not a source file"});
    else
      Readable.push_back(File);
  }

  unsigned Threads = Jobs ? Jobs.getValue() : llvm::hardware_concurrency().compute_thread_count();
  std::vector<driver::TUResult> Results = driver::analyzeFiles(*DB, Readable, *Rules, Threads);

  std::vector<facts::TranslationUnit> Units;
  for (driver::TUResult &R : Results) {
    errs() << R.CompilerOutput;
    if (R.Failed)
      Diagnostics.push_back({R.File, "error",
                             "analysis is incomplete: the file does not compile (see the "
                             "compiler's errors above); what parsed is reported"});
    Units.push_back(std::move(R.Facts));
  }
  std::sort(Diagnostics.begin(), Diagnostics.end(),
            [](const report::Diagnostic &A, const report::Diagnostic &B) { return A.File < B.File; });
  for (const report::Diagnostic &D : Diagnostics)
    WithColor::error(errs(), "quadrant") << D.File << ": " << D.Message << "\n";

  link::Program Program = link::linkProgram(std::move(Units));
  std::vector<classify::Verdict> Verdicts = classify::classifyProgram(Program);
  report::Report Report{Program, Verdicts, Diagnostics};
  auto Write = [&](raw_ostream &OS) {
    if (OutputFormat == Format::Json)
      report::writeJson(Report, OS);
    else
      report::writeText(Report, OS);
  };
  if (int Status = emit(Write))
    return Status;
  return Diagnostics.empty() ? Success : AnalysisFailed;
}
