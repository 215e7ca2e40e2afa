//===--- Analysis.cpp - Running the front end over many TUs -----*- C++ -*-===//
#include "driver/Analysis.h"
#include "core/Format.h"
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
#include <mutex>

using namespace clang;

namespace quadrant::driver {

namespace {

class FactsConsumer : public ASTConsumer {
public:
  FactsConsumer(const rules::RuleSet &Rules, facts::TranslationUnit &Out, SkipSystemBodies Skip)
      : Rules(Rules), Out(Out), Skip(Skip) {}
  void Initialize(ASTContext &Ctx) override { SM = &Ctx.getSourceManager(); }
  // Asked only when FrontendOptions::SkipFunctionBodies is set.
  bool shouldSkipFunctionBody(Decl *D) override {
    if (Skip == SkipSystemBodies::NonTemplate && D->isTemplated())
      return false;
    return SM->isInSystemHeader(SM->getExpansionLoc(D->getLocation()));
  }
  void HandleTranslationUnit(ASTContext &Ctx) override {
    Out = facts::extractFacts(Ctx, Rules);
    Out.Partial = Ctx.getDiagnostics().hasErrorOccurred();
  }

private:
  const rules::RuleSet &Rules;
  facts::TranslationUnit &Out;
  SkipSystemBodies Skip;
  const SourceManager *SM = nullptr;
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
  /// Digests what the TU read, from the buffers Clang parsed rather than the
  /// files on disk, which may have changed since.
  void EndSourceFileAction() override {
    if (!Out.Read)
      return;
    SourceManager &SM = getCompilerInstance().getSourceManager();
    llvm::vfs::FileSystem &FS = SM.getFileManager().getVirtualFileSystem();
    for (auto It = SM.fileinfo_begin(), End = SM.fileinfo_end(); It != End; ++It) {
      std::optional<StringRef> Contents = It->second->getBufferDataIfLoaded();
      if (!Contents)
        continue; // known to Clang, never read
      SmallString<256> Path(It->first.getName());
      FS.makeAbsolute(Path);
      llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/false);
      Out.Read->push_back({std::string(Path), cache::digest(*Contents)});
    }
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
  return Job{std::move(FS), std::move(Invocation)};
}

void analyzeOne(const tooling::CompilationDatabase &DB, const rules::RuleSet &Rules,
                cache::FactsCache *Cache, SkipSystemBodies Skip, TUResult &Result) {
  // Nothing the TU reads can have been read before this.
  llvm::sys::TimePoint<> Started = std::chrono::system_clock::now();
  llvm::raw_string_ostream Output(Result.CompilerOutput);
  auto Options = llvm::makeIntrusiveRefCnt<DiagnosticOptions>();
  TextDiagnosticPrinter Printer(Output, Options.get());

  // Databases are keyed by absolute paths, as ClangTool looks them up.
  SmallString<256> File(Result.File);
  llvm::sys::fs::make_absolute(File);
  std::vector<tooling::CompileCommand> Commands = DB.getCompileCommands(File);
  if (Commands.empty())
    print(Output, "error: no compile command for '{}'\n", Result.File);
  std::vector<Job> Jobs;
  std::string Key;
  for (const tooling::CompileCommand &Command : Commands)
    if (std::optional<Job> J = prepare(Command, Printer, Output, Key))
      Jobs.push_back(std::move(*J));
  // Skipping the templates' bodies too can change the facts (Analysis.h).
  Key += "skip-system-bodies=" + std::to_string(static_cast<int>(Skip)) + "\n";
  if (Commands.empty() || Jobs.size() != Commands.size()) {
    Result.Failed = true;
    Result.Facts.MainFile = Result.File;
    return;
  }

  if (Cache)
    if (std::optional<facts::TranslationUnit> Cached = Cache->lookup(File, Key)) {
      Result.Facts = std::move(*Cached);
      Result.FromCache = true;
      return;
    }

  std::vector<cache::FileRead> Read;
  FactsActionFactory Factory(Rules, {Result.Facts, Output, Cache ? &Read : nullptr},
                             Skip);
  bool Ok = true;
  for (Job &J : Jobs) {
    auto Files = llvm::makeIntrusiveRefCnt<FileManager>(FileSystemOptions(), J.FS);
    Ok &= Factory.runInvocation(std::move(J.Invocation), Files.get(),
                                std::make_shared<PCHContainerOperations>(), &Printer);
  }
  Result.Failed = !Ok || Result.Facts.Partial;
  if (Result.Facts.MainFile.empty())
    Result.Facts.MainFile = Result.File;
  // A TU that failed is analyzed again next time, so its errors are shown.
  if (Cache && !Result.Failed)
    Cache->store(File, Key, Result.Facts, Read, Started);
}

/// Analyzes a file with its own command and, if it does not compile, with
/// the fallback's.
void analyzeWithFallback(const tooling::CompilationDatabase &DB, const rules::RuleSet &Rules,
                         const AnalysisOptions &Options, TUResult &Result) {
  analyzeOne(DB, Rules, Options.Cache, Options.Skip, Result);
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

} // namespace

std::vector<TUResult> analyzeFiles(const tooling::CompilationDatabase &DB,
                                   const std::vector<std::string> &Files,
                                   const rules::RuleSet &Rules, unsigned Jobs,
                                   const AnalysisOptions &Options) {
  std::vector<TUResult> Results(Files.size());
  for (size_t I = 0; I < Files.size(); ++I)
    Results[I].File = Files[I];
  std::mutex ProgressLock;
  Progress State{0, Files.size(), {}};
  auto Run = [&](TUResult &R) {
    if (Options.OnProgress) {
      std::lock_guard<std::mutex> Guard(ProgressLock);
      State.Current = R.File;
      Options.OnProgress(State);
    }
    analyzeWithFallback(DB, Rules, Options, R);
    if (Options.OnProgress) {
      std::lock_guard<std::mutex> Guard(ProgressLock);
      ++State.Done;
      Options.OnProgress(State);
    }
  };
  if (Jobs <= 1 || Files.size() <= 1) {
    for (TUResult &R : Results)
      Run(R);
    return Results;
  }
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Jobs));
  for (TUResult &R : Results)
    Pool.async([&Run, &R] { Run(R); });
  Pool.wait();
  return Results;
}

} // namespace quadrant::driver
