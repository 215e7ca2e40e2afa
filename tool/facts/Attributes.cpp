//===--- Attributes.cpp - What a declaration says of itself -----*- C++ -*-===//
#include "facts/Attributes.h"
#include "core/Format.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

using namespace clang;

namespace quadrant::facts {

std::optional<DeclaredLabel> declaredLabel(const FunctionDecl *FD) {
  for (const auto *Annotation : FD->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Value = Annotation->getAnnotation();
    if (!Value.consume_front("quadrant::"))
      continue;
    std::optional<Quadrant> Label = parseQuadrant(Value);
    if (Value == "blocking")
      Label = Quadrant::SyncBlocking;
    else if (Value == "nonblocking")
      Label = Quadrant::SyncNonBlocking;
    else if (Value == "async")
      Label = Quadrant::AsyncNonBlocking;
    if (Label)
      return DeclaredLabel{
          *Label, fmt::format("declared [[clang::annotate(\"quadrant::{}\")]]", Value)};
  }
  for (const FunctionEffect &Effect : FD->getFunctionEffects().effects()) {
    if (Effect.kind() == FunctionEffect::Kind::Blocking)
      return DeclaredLabel{Quadrant::SyncBlocking, "declared [[clang::blocking]]"};
    if (Effect.kind() == FunctionEffect::Kind::NonBlocking)
      return DeclaredLabel{Quadrant::SyncNonBlocking, "declared [[clang::nonblocking]]"};
  }
  return std::nullopt;
}

namespace {

/// The parameter among an attribute's arguments, if it names one; for
/// `ACQUIRE(mu_)` (a member) or `ACQUIRE()` (this) there is none.
template <typename Range>
std::optional<unsigned> namedParameter(Range Args) {
  for (const Expr *Arg : Args)
    if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Arg ? Arg->IgnoreParenImpCasts() : nullptr))
      if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl()))
        return Param->getFunctionScopeIndex();
  return std::nullopt;
}

std::optional<int64_t> successValue(const Expr *E, const FunctionDecl *FD) {
  Expr::EvalResult Result;
  if (E && !E->isValueDependent() && E->EvaluateAsInt(Result, FD->getASTContext()))
    return Result.Val.getInt().getExtValue();
  return std::nullopt;
}

} // namespace

std::optional<CapabilityRole> capabilityRole(const FunctionDecl *FD) {
  if (const auto *A = FD->getAttr<AcquireCapabilityAttr>())
    return CapabilityRole{"@acquire_capability", namedParameter(A->args()), std::nullopt};
  if (const auto *A = FD->getAttr<TryAcquireCapabilityAttr>())
    return CapabilityRole{"@try_acquire_capability", namedParameter(A->args()),
                          successValue(A->getSuccessValue(), FD)};
  if (const auto *A = FD->getAttr<ExclusiveTrylockFunctionAttr>())
    return CapabilityRole{"@try_acquire_capability", namedParameter(A->args()),
                          successValue(A->getSuccessValue(), FD)};
  if (const auto *A = FD->getAttr<SharedTrylockFunctionAttr>())
    return CapabilityRole{"@try_acquire_capability", namedParameter(A->args()),
                          successValue(A->getSuccessValue(), FD)};
  if (const auto *A = FD->getAttr<ReleaseCapabilityAttr>())
    return CapabilityRole{"@release_capability", namedParameter(A->args()), std::nullopt};
  return std::nullopt;
}

} // namespace quadrant::facts
