//===--- CallableSlots.h - Where a callable may come from -------*- C++ -*-===//
//
// A slot is a place a callable can be stored in and read from: a local, a
// parameter, a data member or a global. Slots are named so that every TU
// names one slot alike: a parameter by its function's USR and position, a
// member or global by its USR (a member of a class template by its
// template's), a local by its function and place. The callable-flow facts
// (CallableFlow.h) and the handlers of a call site (a wrapper's parameter
// handed to std::thread) both name slots this way. An array or a container
// indexed with [] is one slot for all its elements (`table[fd]`,
// `handlers_[fd]`), as a member is one slot for all its objects.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_CALLABLESLOTS_H
#define QUADRANT_FACTS_CALLABLESLOTS_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include <string>

namespace quadrant::facts {

/// What an expression may evaluate to, as far as callables go.
struct Callables {
  llvm::SmallVector<std::string, 1> FunctionUSRs;
  llvm::SmallVector<std::string, 1> Slots;
};

/// The functions and slots E may yield: a function or its address, a
/// lambda, a slot read, through conversions to std::function, std::move
/// and both arms of ?:; every element of a braced list (an array's
/// initialiser).
Callables callablesIn(const clang::Expr *E, clang::ASTContext &Ctx);

/// The slot an expression names, or "": `cb`, `this->on_click`, `*fp`,
/// `table[i]`, `handlers_[fd]`.
std::string slotOf(const clang::Expr *E, clang::ASTContext &Ctx);
/// The slot a variable, parameter or member is, or "" for other decls.
std::string slotOf(const clang::Decl *D, clang::ASTContext &Ctx);
/// The slot of Fn's parameter at Index.
std::string parameterSlot(const clang::FunctionDecl *Fn, unsigned Index);

/// Whether a value of this type can be called: a pointer or reference to
/// function, or an object with a call operator (a lambda, std::function).
bool isCallableType(clang::QualType Type);

} // namespace quadrant::facts

#endif
