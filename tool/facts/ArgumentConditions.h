//===--- ArgumentConditions.h - Evaluating rule conditions ------*- C++ -*-===//
//
//   in:  a rules::Condition + what the AST shows of one call site
//   out: whether it holds
//
// Conditions make labels argument-sensitive: O_NONBLOCK flags, zero timeouts,
// std::try_to_lock, discarded futures. They look only at the call and at what
// earlier calls in the same function did to a descriptor.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_ARGUMENTCONDITIONS_H
#define QUADRANT_FACTS_ARGUMENTCONDITIONS_H

#include "rules/Rule.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseSet.h"

namespace quadrant::facts {

/// What a condition can see of one call site.
struct SiteContext {
  clang::ASTContext &Ctx;
  /// The explicit arguments (for a member operator, without the object).
  llvm::ArrayRef<const clang::Expr *> Args;
  /// The object of a member call, if any.
  const clang::Expr *Receiver = nullptr;
  /// The class whose member is called or constructed, if any.
  const clang::CXXRecordDecl *ReceiverClass = nullptr;
  bool Discarded = false;
  /// Descriptors made non-blocking earlier in the same function.
  const llvm::DenseSet<const clang::Decl *> *NonBlockingFds = nullptr;
};

bool allHold(llvm::ArrayRef<rules::Condition> Conditions, const SiteContext &Site);

/// The variable or field a descriptor expression names: `fd`, `fds[0]`,
/// `this->fd_`, `&fds`. nullptr when it names none.
const clang::Decl *descriptorDecl(const clang::Expr *E);

} // namespace quadrant::facts

#endif
