//===--- CallableFlow.h - Where callables are stored and called -*- C++ -*-===//
//
//   in:  one parsed TU + the RuleSet + the functions the extractor found
//   out: facts::IndirectCall per function, facts::CallableStore per TU
//
// A call through a function pointer, a reference to function, or an object
// of a class whose call operator a rule marks "calls-stored-callable"
// (std::function, std::move_only_function, std::packaged_task) names a slot:
// a local variable, a parameter, a data member or a global. Every
// initialisation, assignment and argument bound to a parameter of a program
// function that puts a function, a lambda or another slot's contents into a
// slot is a store. The linker joins them across TUs (link/IndirectCalls.cpp).
//
// Slots are named so that every TU names one slot alike: a parameter by its
// function's USR and position, a member or global by its USR (a member of a
// class template by its template's), a local by its function and place.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_CALLABLEFLOW_H
#define QUADRANT_FACTS_CALLABLEFLOW_H

#include "facts/Facts.h"
#include "rules/RuleSet.h"

namespace clang {
class ASTContext;
}

namespace quadrant::facts {

/// Adds the indirect calls of TU.Functions and the TU's callable stores.
void extractCallableFlow(clang::ASTContext &Ctx, const rules::RuleSet &Rules, TranslationUnit &TU);

} // namespace quadrant::facts

#endif
