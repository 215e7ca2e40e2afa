//===--- EditSpans.h - Where the checks' fixes may edit ---------*- C++ -*-===//
//
//   in:  a call, a thread variable or a coroutine, with its ASTContext
//   out: the plain facts a fix is built from (facts::CallExtent,
//        UnjoinedThread's std::jthread facts, Function::AsioNamespace)
//
// Fixes are made by the checks, which see no AST; what an edit needs (the
// spans of the text it replaces, and what makes the new text compile) is
// recorded here. A span is recorded only where an edit is safe to make: in
// user code, outside macro expansions.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_EDITSPANS_H
#define QUADRANT_FACTS_EDITSPANS_H

#include "facts/Facts.h"

namespace clang {
class ASTContext;
class CallExpr;
class CharSourceRange;
class FunctionDecl;
class VarDecl;
} // namespace clang

namespace quadrant::facts {

/// The span of Range, a range of characters, if an edit may replace it: both
/// ends in one file that is not a system header, neither in a macro.
std::optional<SourceSpan> editableSpan(const clang::ASTContext &Ctx, clang::CharSourceRange Range);

/// Where call E and its arguments are written; std::nullopt where they
/// cannot be edited. Statement: E is an expression statement of its own.
std::optional<CallExtent> callExtentOf(const clang::CallExpr *E, const clang::ASTContext &Ctx,
                                       bool Statement);

/// Fills T's facts for the std::jthread fix: Var is the thread variable,
/// declared in FD.
void noteJThreadFacts(UnjoinedThread &T, const clang::VarDecl *Var, const clang::FunctionDecl *FD,
                      clang::ASTContext &Ctx);

/// Function::AsioNamespace for a coroutine FD.
std::string asioNamespaceOf(const clang::FunctionDecl *FD, clang::ASTContext &Ctx);

} // namespace quadrant::facts

#endif
