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
/// an array (`fds[1]`). Element is -1 for the whole variable.
struct Descriptor {
  const clang::Decl *Var = nullptr;
  int64_t Element = -1;
};

/// The descriptors made non-blocking so far in one function.
class DescriptorSet {
public:
  void insert(Descriptor D) { Set.insert({D.Var, D.Element}); }
  /// D itself, or the whole array it is an element of.
  bool contains(Descriptor D) const {
    return Set.contains({D.Var, D.Element}) || Set.contains({D.Var, -1});
  }

private:
  llvm::DenseSet<std::pair<const clang::Decl *, int64_t>> Set;
};

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
  const DescriptorSet *NonBlockingFds = nullptr;
  /// The site was resolved by name in a template with no instantiation
  /// (DependentCalls.h): a condition on a dependent argument or receiver
  /// cannot be decided, and does not hold either way.
  bool ResolvedByName = false;
};

bool allHold(llvm::ArrayRef<rules::Condition> Conditions, const SiteContext &Site);

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
