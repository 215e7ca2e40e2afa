//===--- Analysis.cpp - Running the front end over many TUs -----*- C++ -*-===//
#include "driver/Analysis.h"
#include "core/Format.h"
#include "driver/FilesRead.h"
#include "driver/IncludePrefix.h"
#include "facts/FactExtractor.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Frontend/Utils.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <chrono>
#include <map>
#include <mutex>

using namespace clang;

namespace quadrant::driver {

namespace {

class FactsConsumer : public SystemBodySkipper {
public:
  FactsConsumer(const rules::RuleSet &Rules, facts::TranslationUnit &Out, SkipSystemBodies Skip)
      : SystemBodySkipper(Skip), Rules(Rules), Out(Out) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    Out = facts::extractFacts(Ctx, Rules);
    Out.Partial = Ctx.getDiagnostics().hasErrorOccurred();
  }

private:
  const rules::RuleSet &Rules;
  facts::TranslationUnit &Out;
};

/// Where a FactsAction puts what it found.
struct ActionOutput {
  facts::TranslationUnit &Facts;
  raw_ostream &Messages;
  /// The files the TU read, for the cache; nullptr when there is none.
  std::vector<cache::FileRead> *Read;
};

class FactsAction : public ASTFrontendAction {
public:
  FactsAction(const rules::RuleSet &Rules, ActionOutput Out, SkipSystemBodies Skip)
      : Rules(Rules), Out(Out), Skip(Skip) {}
  bool BeginInvocation(CompilerInstance &CI) override {
    // "N errors generated." belongs with the errors, in this TU's buffer.
    CI.setVerboseOutputStream(Out.Messages);
    CI.getFrontendOpts().SkipFunctionBodies = Skip != SkipSystemBodies::None;
    return true;
  }
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &, StringRef) override {
    return std::make_unique<FactsConsumer>(Rules, Out.Facts, Skip);
  }
  void EndSourceFileAction() override {
    if (Out.Read)
      llvm::append_range(*Out.Read, filesRead(getCompilerInstance().getSourceManager()));
  }

private:
  const rules::RuleSet &Rules;
  ActionOutput Out;
  SkipSystemBodies Skip;
};

class FactsActionFactory : public tooling::FrontendActionFactory {
public:
  FactsActionFactory(const rules::RuleSet &Rules, ActionOutput Out, SkipSystemBodies Skip)
      : Rules(Rules), Out(Out), Skip(Skip) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<FactsAction>(Rules, Out, Skip);
  }

private:
  const rules::RuleSet &Rules;
  ActionOutput Out;
  SkipSystemBodies Skip;
};

/// One compile command of a file, ready to run.
struct Job {
  IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS; ///< in the command's directory
  std::shared_ptr<CompilerInvocation> Invocation;
  std::string Directory; ///< absolute
};

/// The adjustments ClangTool makes (syntax only, no output or dependency
/// files) and quadrant's own: Clang's resource directory, no warnings
/// (they are the compiler's business, not the analysis's).
tooling::ArgumentsAdjuster quadrantAdjuster() {
  tooling::ArgumentsAdjuster Adjust = tooling::combineAdjusters(
      tooling::getClangStripOutputAdjuster(), tooling::getClangSyntaxOnlyAdjuster());
  Adjust = tooling::combineAdjusters(Adjust, tooling::getClangStripDependencyFileAdjuster());
  Adjust = tooling::combineAdjusters(
      Adjust, tooling::getInsertArgumentAdjuster({"-resource-dir", QUADRANT_CLANG_RESOURCE_DIR},
                                                 tooling::ArgumentInsertPosition::BEGIN));
  return tooling::combineAdjusters(
      Adjust, tooling::getInsertArgumentAdjuster("-w", tooling::ArgumentInsertPosition::END));
}

/// Runs Clang's driver over Command, as the compiler would, and appends what
/// the front end will be given to Key: the directory and every argument of
/// the resulting cc1 invocation, which holds the toolchain found on this
/// machine (GCC installation, system include directories) and what the
/// environment adds (CPATH, ...), not only what the command says.
std::optional<Job> prepare(const tooling::CompileCommand &Command, DiagnosticConsumer &Printer,
                           raw_ostream &Messages, std::string &Key) {
  // Each command gets its own file system view: the working directory of one
  // must not leak into another running in parallel.
  IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS = llvm::vfs::createPhysicalFileSystem();
  SmallString<256> Directory(Command.Directory);
  llvm::sys::fs::make_absolute(Directory);
  if (std::error_code EC = FS->setCurrentWorkingDirectory(Directory)) {
    print(Messages, "error: cannot enter the directory of the compile command, '{}': {}\n",
          Directory.str(), EC.message());
    return std::nullopt;
  }
  std::vector<std::string> Args = quadrantAdjuster()(Command.CommandLine, Command.Filename);
  std::vector<const char *> Argv;
  for (const std::string &A : Args)
    Argv.push_back(A.c_str());
  // The driver's own warnings (an unused argument) obey -w, as in ClangTool.
  IntrusiveRefCntPtr<DiagnosticOptions> DriverOptions(CreateAndPopulateDiagOpts(Argv).release());
  CreateInvocationOptions Options;
  Options.Diags = CompilerInstance::createDiagnostics(DriverOptions.get(), &Printer,
                                                      /*ShouldOwnClient=*/false);
  Options.VFS = FS;
  std::shared_ptr<CompilerInvocation> Invocation = createInvocation(Argv, std::move(Options));
  if (!Invocation)
    return std::nullopt;
  // Freed with the rest of the TU: many TUs run in one process.
  Invocation->getFrontendOpts().DisableFree = false;
  Invocation->getCodeGenOpts().DisableFree = false;
  // Clang's driver sizes and colors messages for a terminal; quadrant's
  // printer does its own formatting, and the key must not depend on where
  // stderr goes.
  Invocation->getDiagnosticOpts().ShowColors = false;
  Invocation->getDiagnosticOpts().MessageLength = 0;
  Key += Directory;
  Key += '\0';
  Invocation->generateCC1CommandLine([&](const Twine &Arg) {
    Key += Arg.str();
    Key += '\0';
  });
  Key += '\n';
  return Job{std::move(FS), std::move(Invocation), std::string(Directory)};
}

/// A TU whose commands are ready to run and whose facts are not cached.
struct Prepared {
  SmallString<256> File; ///< absolute
  std::vector<Job> Jobs;
  std::string Key; ///< the facts cache's
  /// Nothing the TU reads can have been read before this.
  llvm::sys::TimePoint<> Started;
};

/// Prepares Result's file to be parsed; nullopt when there is nothing to
/// parse: its facts came from the cache, or its commands failed (Result
/// says so).
std::optional<Prepared> prepareOne(const tooling::CompilationDatabase &DB,
                                   cache::FactsCache *Cache, SkipSystemBodies Skip,
                                   TUResult &Result) {
  Prepared P;
  P.Started = std::chrono::system_clock::now();
  llvm::raw_string_ostream Output(Result.CompilerOutput);
  auto Options = llvm::makeIntrusiveRefCnt<DiagnosticOptions>();
  TextDiagnosticPrinter Printer(Output, Options.get());

  // Databases are keyed by absolute paths, as ClangTool looks them up.
  P.File = Result.File;
  llvm::sys::fs::make_absolute(P.File);
  std::vector<tooling::CompileCommand> Commands = DB.getCompileCommands(P.File);
  if (Commands.empty())
    print(Output, "error: no compile command for '{}'\n", Result.File);
  for (const tooling::CompileCommand &Command : Commands)
    if (std::optional<Job> J = prepare(Command, Printer, Output, P.Key))
      P.Jobs.push_back(std::move(*J));
  // Skipping the templates' bodies too can change the facts (Analysis.h).
  P.Key += "skip-system-bodies=" + std::to_string(static_cast<int>(Skip)) + "\n";
  if (Commands.empty() || P.Jobs.size() != Commands.size()) {
    Result.Failed = true;
    Result.Facts.MainFile = Result.File;
    return std::nullopt;
  }
  if (Cache)
    if (std::optional<facts::TranslationUnit> Cached = Cache->lookup(P.File, P.Key)) {
      Result.Facts = std::move(*Cached);
      Result.FromCache = true;
      return std::nullopt;
    }
  return P;
}

/// Parses a prepared TU, loading Shared first if it is given.
void parseOne(Prepared &P, const rules::RuleSet &Rules, cache::FactsCache *Cache,
              SkipSystemBodies Skip, const Preamble *Shared, TUResult &Result) {
  llvm::raw_string_ostream Output(Result.CompilerOutput);
  auto Options = llvm::makeIntrusiveRefCnt<DiagnosticOptions>();
  TextDiagnosticPrinter Printer(Output, Options.get());
  std::vector<cache::FileRead> Read;
  FactsActionFactory Factory(Rules, {Result.Facts, Output, Cache ? &Read : nullptr}, Skip);
  bool Ok = true;
  for (Job &J : P.Jobs) {
    if (Shared) {
      PreambleStore::use(*J.Invocation, *Shared);
      llvm::append_range(Read, Shared->Read);
    }
    auto Files = llvm::makeIntrusiveRefCnt<FileManager>(FileSystemOptions(), J.FS);
    Ok &= Factory.runInvocation(std::move(J.Invocation), Files.get(),
                                std::make_shared<PCHContainerOperations>(), &Printer);
  }
  Result.Failed = !Ok || Result.Facts.Partial;
  Result.SharedPreamble = Shared != nullptr;
  if (Result.Facts.MainFile.empty())
    Result.Facts.MainFile = Result.File;
  // A TU that failed is analyzed again next time, so its errors are shown.
  if (Cache && !Result.Failed)
    Cache->store(P.File, P.Key, Result.Facts, Read, P.Started);
}

void analyzeOne(const tooling::CompilationDatabase &DB, const rules::RuleSet &Rules,
                cache::FactsCache *Cache, SkipSystemBodies Skip, TUResult &Result) {
  if (std::optional<Prepared> P = prepareOne(DB, Cache, Skip, Result))
    parseOne(*P, Rules, Cache, Skip, nullptr, Result);
}

/// Parses a prepared TU, with Shared if given, and if that fails, without
/// it: a PCH that does not load (a header changed as it was used) must not
/// change the report. Then, if the TU does not compile, tries the
/// fallback's command.
void finishOne(const tooling::CompilationDatabase &DB, const rules::RuleSet &Rules,
               const AnalysisOptions &Options, std::optional<Prepared> P,
               const Preamble *Shared, TUResult &Result) {
  if (P) {
    parseOne(*P, Rules, Options.Cache, Options.Skip, Shared, Result);
    if (Result.Failed && Shared) {
      Result = TUResult{Result.File};
      analyzeOne(DB, Rules, Options.Cache, Options.Skip, Result);
    }
  }
  if (!Result.Failed || !Options.Fallback)
    return;
  TUResult Second;
  Second.File = Result.File;
  analyzeOne(*Options.Fallback, Rules, Options.Cache, Options.Skip, Second);
  if (Second.Failed)
    return;
  Second.ByFallback = true;
  Result = std::move(Second);
}

/// TUs that share a PCH: built with the same flags, they all open with its
/// prefix of system includes.
struct Group {
  std::vector<size_t> Members;
  std::vector<std::string> Prefix;
  std::string CommandKey;
};

/// Groups the prepared TUs that open with system includes. Each TU joins
/// the group of the longest prefix of its own that at least MinSize TUs
/// with its flags open with (or, when none does, of its whole prefix,
/// alone): a longer shared prefix saves more.
std::vector<Group> groupByPrefix(std::vector<std::optional<Prepared>> &Ready, size_t MinSize) {
  using PrefixKey = std::pair<std::string, std::vector<std::string>>;
  std::vector<std::optional<PrefixKey>> Opens(Ready.size());
  std::map<PrefixKey, size_t> Count;
  for (size_t I = 0; I < Ready.size(); ++I) {
    // A file with several commands is parsed several times, each its own way.
    if (!Ready[I] || Ready[I]->Jobs.size() != 1)
      continue;
    const Job &J = Ready[I]->Jobs.front();
    PrefixKey Key{"", systemIncludePrefix(*J.Invocation, *J.FS, Ready[I]->File)};
    if (Key.second.empty())
      continue;
    Key.first = preambleCommandKey(*J.Invocation, J.Directory);
    for (size_t Length = 1; Length <= Key.second.size(); ++Length)
      ++Count[{Key.first, {Key.second.begin(), Key.second.begin() + Length}}];
    Opens[I] = std::move(Key);
  }
  std::map<PrefixKey, Group> Groups;
  for (size_t I = 0; I < Ready.size(); ++I) {
    if (!Opens[I])
      continue;
    PrefixKey Key = *Opens[I];
    while (Key.second.size() > 1 && Count[Key] < MinSize)
      Key.second.pop_back();
    if (Count[Key] < MinSize)
      Key.second = Opens[I]->second;
    Group &G = Groups[Key];
    G.Members.push_back(I);
    G.CommandKey = Key.first;
    G.Prefix = Key.second;
  }
  // A group too small for a PCH of its own, although enough TUs open with
  // its prefix: the others went on to longer prefixes. They all share this
  // one, so they join it; their groups come right after it in the map.
  std::vector<Group> Result;
  for (auto It = Groups.begin(); It != Groups.end();) {
    auto [Key, G] = std::move(*It++);
    if (G.Members.size() < MinSize && Count[Key] >= MinSize)
      for (; It != Groups.end() && It->first.first == Key.first &&
             llvm::ArrayRef(It->first.second).take_front(Key.second.size()) ==
                 llvm::ArrayRef(Key.second);
           ++It)
        llvm::append_range(G.Members, It->second.Members);
    llvm::sort(G.Members);
    Result.push_back(std::move(G));
  }
  return Result;
}

} // namespace

std::vector<TUResult> analyzeFiles(const tooling::CompilationDatabase &DB,
                                   const std::vector<std::string> &Files,
                                   const rules::RuleSet &Rules, unsigned Jobs,
                                   const AnalysisOptions &Options) {
  std::vector<TUResult> Results(Files.size());
  for (size_t I = 0; I < Files.size(); ++I)
    Results[I].File = Files[I];
  std::optional<llvm::DefaultThreadPool> Pool;
  if (Jobs > 1 && Files.size() > 1)
    Pool.emplace(llvm::hardware_concurrency(Jobs));
  // One job runs each task as it is given, in order.
  auto Spawn = [&](std::function<void()> Task) {
    if (Pool)
      Pool->async(std::move(Task));
    else
      Task();
  };

  std::vector<std::optional<Prepared>> Ready(Files.size());
  for (size_t I = 0; I < Files.size(); ++I)
    Spawn([&, I] { Ready[I] = prepareOne(DB, Options.Cache, Options.Skip, Results[I]); });
  if (Pool)
    Pool->wait();

  std::mutex ProgressLock;
  Progress State{0, Files.size(), {}};
  auto Run = [&](size_t I, const Preamble *Shared) {
    TUResult &R = Results[I];
    if (Options.OnProgress) {
      std::lock_guard<std::mutex> Guard(ProgressLock);
      State.Current = R.File;
      Options.OnProgress(State);
    }
    finishOne(DB, Rules, Options, std::move(Ready[I]), Shared, R);
    if (Options.OnProgress) {
      std::lock_guard<std::mutex> Guard(ProgressLock);
      ++State.Done;
      Options.OnProgress(State);
    }
  };

  std::vector<Group> Groups;
  if (Options.Preambles)
    Groups = groupByPrefix(Ready, Options.MinGroupSize);
  // Each TU's group, if it has one: the group is started at its first
  // member, so that one job still takes the files in their order.
  std::vector<const Group *> GroupOf(Files.size());
  for (const Group &G : Groups)
    for (size_t I : G.Members)
      GroupOf[I] = &G;
  for (size_t I = 0; I < Files.size(); ++I) {
    const Group *G = GroupOf[I];
    if (!G) {
      Spawn([&Run, I] { Run(I, nullptr); });
      continue;
    }
    if (G->Members.front() != I)
      continue;
    // The PCH is built by a task of its own, which then gives the members
    // to the pool: other groups and TUs go on meanwhile.
    Spawn([&, G] {
      const Job &First = Ready[G->Members.front()]->Jobs.front();
      bool Build = G->Members.size() >= Options.MinGroupSize;
      auto Shared = std::make_shared<std::optional<Preamble>>(Options.Preambles->get(
          *First.Invocation, First.FS, G->CommandKey, G->Prefix, Options.Skip, Build));
      for (size_t Member : G->Members)
        Spawn([&Run, Member, Shared] { Run(Member, *Shared ? &**Shared : nullptr); });
    });
  }
  if (Pool)
    Pool->wait();
  return Results;
}

} // namespace quadrant::driver
