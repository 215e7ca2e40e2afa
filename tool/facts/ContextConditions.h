//===--- ContextConditions.h - Advice worded for the code -------*- C++ -*-===//
//
//   in:  a rule's advice + what surrounds one call site
//   out: the advice in the wording that fits that code
//
// A sleep in C is not told to co_await an Asio timer, and a sleep in a loop
// that retries after EAGAIN is told to poll the descriptor. The conditions
// that choose a wording look at the site's surroundings, not at the call:
// the translation unit's language, whether it has C++20 coroutines, what it
// declares (a library's namespace or functions), and what the innermost loop
// around the site mentions. They choose wordings only, never labels: a
// label that changed with the headers a file includes would be no label.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_CONTEXTCONDITIONS_H
#define QUADRANT_FACTS_CONTEXTCONDITIONS_H

#include "facts/ArgumentConditions.h"

namespace quadrant::facts {

/// Whether a condition on the surroundings holds at a site.
bool contextHolds(const rules::Condition &C, const SiteContext &Site);

/// The first wording whose conditions all hold at the site, or null.
const rules::AdviceText *wordingAt(llvm::ArrayRef<rules::AdviceText> Texts,
                                   const SiteContext &Site);

/// A rule's advice as the site is given it: each quadrant with the first
/// wording that holds there, and without the quadrants none holds for.
std::vector<Advice> adviceAt(llvm::ArrayRef<rules::RuleAdvice> Advice, const SiteContext &Site);

} // namespace quadrant::facts

#endif
