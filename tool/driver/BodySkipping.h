//===--- BodySkipping.h - Which system bodies the parser skips --*- C++ -*-===//
//
// Shared by the analysis of a TU and the precompiled headers it may load
// (SharedPreambles.h): a body a PCH skipped is missing from every TU that
// loads it, so both must skip the same ones.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_DRIVER_BODYSKIPPING_H
#define QUADRANT_DRIVER_BODYSKIPPING_H

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"

namespace quadrant::driver {

/// Which function bodies in system headers the parser skips (as clangd does in
/// its preamble). Facts never come from system headers, whose functions the
/// rules describe, so their bodies matter only through the templates they
/// instantiate: a library template given a user's template type
/// (std::make_shared<Worker<T>>) instantiates the user's code, and skipping it
/// loses the calls that depend on T there. Sema parses the bodies it needs
/// whatever this says (constexpr functions, deduced return types).
enum class SkipSystemBodies { None, NonTemplate, All };

/// Answers the parser's shouldSkipFunctionBody, which it asks only when
/// FrontendOptions::SkipFunctionBodies is set.
class SystemBodySkipper : public clang::ASTConsumer {
public:
  explicit SystemBodySkipper(SkipSystemBodies Skip) : Skip(Skip) {}
  void Initialize(clang::ASTContext &Ctx) override { SM = &Ctx.getSourceManager(); }
  bool shouldSkipFunctionBody(clang::Decl *D) override {
    if (Skip == SkipSystemBodies::NonTemplate && D->isTemplated())
      return false;
    return SM->isInSystemHeader(SM->getExpansionLoc(D->getLocation()));
  }

private:
  SkipSystemBodies Skip;
  const clang::SourceManager *SM = nullptr;
};

} // namespace quadrant::driver

#endif
