//===--- FactExtractor.h - AST to facts -------------------------*- C++ -*-===//
//
//   in:  one parsed TU (ASTContext) + RuleSet
//   out: facts::TranslationUnit
//
// Walks every function defined outside system headers, labels the call sites
// that rules match, and records calls of other user functions as edges for
// the linker. Function bodies in system headers are skipped: rules describe
// library behaviour.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_FACTEXTRACTOR_H
#define QUADRANT_FACTS_FACTEXTRACTOR_H

#include "facts/Facts.h"
#include "rules/RuleSet.h"

namespace clang {
class ASTContext;
}

namespace quadrant::facts {

TranslationUnit extractFacts(clang::ASTContext &Ctx, const rules::RuleSet &Rules);

} // namespace quadrant::facts

#endif
