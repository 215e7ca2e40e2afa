//===--- Analysis.cpp - Running the front end over many TUs -----*- C++ -*-===//
#include "driver/Analysis.h"
#include "facts/FactExtractor.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"

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

class FactsAction : public ASTFrontendAction {
public:
  FactsAction(const rules::RuleSet &Rules, facts::TranslationUnit &Out, raw_ostream &Messages,
              SkipSystemBodies Skip)
      : Rules(Rules), Out(Out), Messages(Messages), Skip(Skip) {}
  bool BeginInvocation(CompilerInstance &CI) override {
    // "N errors generated." belongs with the errors, in this TU's buffer.
    CI.setVerboseOutputStream(Messages);
    CI.getFrontendOpts().SkipFunctionBodies = Skip != SkipSystemBodies::None;
    return true;
  }
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &, StringRef) override {
    return std::make_unique<FactsConsumer>(Rules, Out, Skip);
  }

private:
  const rules::RuleSet &Rules;
  facts::TranslationUnit &Out;
  raw_ostream &Messages;
  SkipSystemBodies Skip;
};

class FactsActionFactory : public tooling::FrontendActionFactory {
public:
  FactsActionFactory(const rules::RuleSet &Rules, facts::TranslationUnit &Out,
                     raw_ostream &Messages, SkipSystemBodies Skip)
      : Rules(Rules), Out(Out), Messages(Messages), Skip(Skip) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<FactsAction>(Rules, Out, Messages, Skip);
  }

private:
  const rules::RuleSet &Rules;
  facts::TranslationUnit &Out;
  raw_ostream &Messages;
  SkipSystemBodies Skip;
};

void analyzeOne(const tooling::CompilationDatabase &DB, const rules::RuleSet &Rules,
                SkipSystemBodies Skip, TUResult &Result) {
  // Each TU gets its own file system view: the working directory of one
  // compile command must not leak into another running in parallel.
  tooling::ClangTool Tool(DB, {Result.File}, std::make_shared<PCHContainerOperations>(),
                          llvm::vfs::createPhysicalFileSystem());
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      {"-resource-dir", QUADRANT_CLANG_RESOURCE_DIR}, tooling::ArgumentInsertPosition::BEGIN));
  // Warnings are the compiler's business, not the analysis's: show errors only.
  Tool.appendArgumentsAdjuster(
      tooling::getInsertArgumentAdjuster("-w", tooling::ArgumentInsertPosition::END));
  llvm::raw_string_ostream Output(Result.CompilerOutput);
  auto Options = llvm::makeIntrusiveRefCnt<DiagnosticOptions>();
  TextDiagnosticPrinter Printer(Output, Options.get());
  Tool.setDiagnosticConsumer(&Printer);
  Tool.setPrintErrorMessage(false);
  FactsActionFactory Factory(Rules, Result.Facts, Output, Skip);
  int Status = Tool.run(&Factory);
  Result.Failed = Status != 0 || Result.Facts.Partial;
  if (Result.Facts.MainFile.empty())
    Result.Facts.MainFile = Result.File;
}

} // namespace

std::vector<TUResult> analyzeFiles(const tooling::CompilationDatabase &DB,
                                   const std::vector<std::string> &Files,
                                   const rules::RuleSet &Rules, unsigned Jobs,
                                   SkipSystemBodies Skip) {
  std::vector<TUResult> Results(Files.size());
  for (size_t I = 0; I < Files.size(); ++I)
    Results[I].File = Files[I];
  if (Jobs <= 1 || Files.size() <= 1) {
    for (TUResult &R : Results)
      analyzeOne(DB, Rules, Skip, R);
    return Results;
  }
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Jobs));
  for (TUResult &R : Results)
    Pool.async([&DB, &Rules, Skip, &R] { analyzeOne(DB, Rules, Skip, R); });
  Pool.wait();
  return Results;
}

} // namespace quadrant::driver
