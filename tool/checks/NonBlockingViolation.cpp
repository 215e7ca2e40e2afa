//===--- NonBlockingViolation.cpp - quadrant-nonblocking-violation -===//
//
// A function declared non-blocking (an annotation, [[clang::nonblocking]],
// or the configuration's NonBlockingFunctions) must not reach a blocking call.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"
#include "rules/Rule.h"

namespace quadrant::checks {

void runNonBlockingViolation(const CheckInput &In, std::vector<Finding> &Out) {
  const link::Program &P = In.Program;
  BlockingReach Reach(In, [](const facts::CallSite &) { return true; });
  for (unsigned F = 0; F < P.written(); ++F) {
    const facts::Function &Fn = P.Functions[F];
    bool Declared = Fn.Declared && !isBlocking(*Fn.Declared);
    bool Listed = llvm::any_of(In.NonBlockingFunctions, [&](const std::string &Pattern) {
      return rules::nameMatches(Pattern, Fn.Name);
    });
    if (!Declared && !Listed)
      continue;
    std::string Why = Declared ? "declared non-blocking" : "listed in NonBlockingFunctions";
    for (BlockingPoint &B : Reach.points(F)) {
      std::vector<Note> Notes{{Fn.Loc, fmt::format("'{}' is {} here", Fn.Name, Why)}};
      llvm::append_range(Notes, Reach.notes(B));
      Out.push_back({"quadrant-nonblocking-violation", B.Loc,
                     fmt::format("'{}' is {} but calls '{}', which blocks", Fn.Name, Why,
                                 B.Callee),
                     std::move(Notes), Fn.Name});
    }
  }
}

} // namespace quadrant::checks
