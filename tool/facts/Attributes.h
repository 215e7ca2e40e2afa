//===--- Attributes.h - What a declaration says of itself -------*- C++ -*-===//
//
//   in:  a called function's declaration
//   out: the label it declares, or the part it plays in locking
//
// Two kinds of attribute describe behaviour without a rule: quadrant's own
// annotations and Clang's function effects ([[clang::blocking]]), which
// label a call directly; and Clang's thread-safety attributes
// (acquire_capability, try_acquire_capability, release_capability, on
// scoped_lockable classes too), which make a type a lock. The latter are
// matched by the rules under a pseudo-name ("@acquire_capability"), so what
// such a call is labeled stays in rules/thread-safety.yaml.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_ATTRIBUTES_H
#define QUADRANT_FACTS_ATTRIBUTES_H

#include "core/Quadrant.h"
#include <optional>
#include <string>

namespace clang {
class Expr;
class FunctionDecl;
} // namespace clang

namespace quadrant::facts {

/// What a function's declaration promises: [[clang::annotate("quadrant::
/// blocking")]] and its siblings, or [[clang::blocking]]/[[clang::nonblocking]].
struct DeclaredLabel {
  Quadrant Label;
  std::string Reason;
};
std::optional<DeclaredLabel> declaredLabel(const clang::FunctionDecl *FD);

/// The part a function plays for Clang's thread-safety analysis.
struct CapabilityRole {
  /// The pseudo-name rules match it by: "@acquire_capability",
  /// "@try_acquire_capability" or "@release_capability".
  std::string PseudoName;
  /// Which argument is the capability (the parameter the attribute names);
  /// std::nullopt: the object the method is called on (or, for a
  /// constructor, its first argument).
  std::optional<unsigned> Argument;
  /// For a try: the value that means success (true, or an integer).
  std::optional<int64_t> Success;
};
std::optional<CapabilityRole> capabilityRole(const clang::FunctionDecl *FD);

} // namespace quadrant::facts

#endif
