//===--- ArgumentConditions.h - Evaluating rule conditions ------*- C++ -*-===//
//
//   in:  a rules::Condition + what the AST shows of one call site
//   out: whether it holds
//
// Conditions make labels argument-sensitive: O_NONBLOCK flags, zero timeouts,
// std::try_to_lock, discarded futures. They look only at the call and at what
// earlier calls in the same function did to a descriptor; what other
// functions did to a data member is the linker's to add (Facts.h,
// CallSite::IfNonBlocking).
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_ARGUMENTCONDITIONS_H
#define QUADRANT_FACTS_ARGUMENTCONDITIONS_H

#include "rules/Rule.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseSet.h"

namespace quadrant::facts {

/// A descriptor as the code names it: a variable or field, or one element of
/// an array (`fds[1]`). Element is -1 for the whole variable. Var is the
/// class itself for the object a method runs on (`this`).
struct Descriptor {
  const clang::Decl *Var = nullptr;
  int64_t Element = -1;
};

/// The descriptor's name as a message shows it: `m`, or `*this`.
std::string nameOf(const Descriptor &D);

class FlowState;

/// What a condition can see of one call site.
struct SiteContext {
  clang::ASTContext &Ctx;
  /// The explicit arguments (for a member operator, without the object).
  llvm::ArrayRef<const clang::Expr *> Args;
  /// The callee's parameters, in step with Args; empty when not known (a
  /// call resolved by name, one that acts as another).
  llvm::ArrayRef<const clang::ParmVarDecl *> Params;
  /// The object of a member call, if any.
  const clang::Expr *Receiver = nullptr;
  /// The class whose member is called or constructed, if any.
  const clang::CXXRecordDecl *ReceiverClass = nullptr;
  bool Discarded = false;
  /// What holds where the call runs (descriptor state, held locks, zeroed
  /// records); null when the function's flow is not known.
  const FlowState *Flow = nullptr;
  /// The mutex a lock call or lock object takes, if it takes one.
  std::optional<Descriptor> LockedMutex;
  /// A destroyed future holds the state of a task that nothing waited for.
  bool UnwaitedAsyncResult = false;
  /// The object's constructor arguments are not known (an element of a
  /// container, a member): no argument counts as absent.
  bool ArgumentsUnknown = false;
  /// The site was resolved by name in a template with no instantiation
  /// (DependentCalls.h): a condition on a dependent argument or receiver
  /// cannot be decided, and does not hold either way.
  bool ResolvedByName = false;
  /// The innermost loop around the site in its own function, if any: what
  /// `loop-mentions` reads.
  const clang::Stmt *Loop = nullptr;
};

/// Whether an expression folds to zero (a number, a duration, a record
/// whose fields are all zero).
bool foldsToZero(const clang::Expr *E, clang::ASTContext &Ctx);

bool allHold(llvm::ArrayRef<rules::Condition> Conditions, const SiteContext &Site);

/// Whether code names one of Names: a declaration it refers to, or an
/// identifier written in it (macros such as O_NONBLOCK or EAGAIN leave only
/// a number in the AST). A complemented name (`~O_NONBLOCK`) does not count.
bool mentions(const clang::Stmt *S, llvm::ArrayRef<std::string> Names, clang::ASTContext &Ctx);

/// The descriptor a nonblocking-fd or nonblocking-receiver condition asks
/// about at this site, if it names one.
std::optional<Descriptor> nonBlockingSubject(const rules::Condition &C, const SiteContext &Site);

/// In `is >> std::hex >> v`, the second >> is called on what the first
/// returns, a reference to `is` typed as its base class (std::istream&):
/// this returns the stream itself, whose class the rules look at.
const clang::Expr *chainedStreamObject(const clang::Expr *E);

/// The descriptor an expression names: `fd`, `this->fd_`, `fds` or `&fds`
/// (the whole array), `fds[0]` (one element, when the index is a constant),
/// `socket_.native_handle()` (the object's own descriptor: socket_).
std::optional<Descriptor> descriptorOf(const clang::Expr *E, const clang::ASTContext &Ctx);

} // namespace quadrant::facts

#endif
