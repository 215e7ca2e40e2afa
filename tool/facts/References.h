//===--- References.h - Each reference in a body, with its parent -*- C++ -*-===//
//
//   in:  a function body
//   out: every DeclRefExpr in it, with the body's parent map to see how it
//        is used
//
// A map of one body is what a question about a local or a parameter needs
// ("is it ever written?"); Clang's ExprMutationAnalyzer builds the map of
// the whole translation unit, which costs a tenth of a run.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_REFERENCES_H
#define QUADRANT_FACTS_REFERENCES_H

#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang {
class DeclRefExpr;
class ParentMap;
class Stmt;
} // namespace clang

namespace quadrant::facts {

/// Calls Visit on every reference in Body until it returns false; returns
/// whether every call returned true.
bool everyReference(const clang::Stmt *Body,
                    llvm::function_ref<bool(const clang::DeclRefExpr *, const clang::ParentMap &)> Visit);

} // namespace quadrant::facts

#endif
