//===--- BlockingUnderLock.cpp - quadrant-blocking-under-lock ---*- C++ -*-===//
//
// Blocking while holding a lock makes every thread that wants the lock wait
// as long, taking a second lock while holding one risks deadlock, and taking
// the same one again deadlocks at once.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"

namespace quadrant::checks {

void runBlockingUnderLock(const CheckInput &In, std::vector<Finding> &Out) {
  const link::Program &P = In.Program;
  BlockingReach Reach(In, [](const facts::CallSite &) { return true; });
  for (unsigned F = 0; F < P.written(); ++F) {
    const facts::Function &Fn = P.Functions[F];
    for (BlockingPoint &B : Reach.points(F)) {
      if (B.Site && B.Site->Relocks) {
        // The same mutex again, on this thread: it waits for itself.
        const facts::HeldLock &First = *B.Site->Relocks;
        Out.push_back({"quadrant-blocking-under-lock", B.Loc,
                       fmt::format("'{}' locks '{}' again while this thread already holds it, "
                                   "which deadlocks; use one lock, or a recursive mutex",
                                   B.Callee, First.Name),
                       {{First.Loc, fmt::format("'{}' is already held here", First.Name)}},
                       Fn.Name});
        continue;
      }
      const std::vector<facts::HeldLock> &Held = B.Site ? B.Site->HeldLocks : B.Call->HeldLocks;
      if (Held.empty())
        continue;
      bool TakesLock = B.Site && hasTrait(*B.Site, "locks");
      std::vector<Note> Notes = lockNotes(Held);
      if (!TakesLock)
        llvm::append_range(Notes, Reach.notes(B));
      std::string Message =
          TakesLock ? fmt::format("taking another lock with '{}' while holding '{}' risks "
                                  "deadlock; take both with std::scoped_lock",
                                  B.Callee, Held.front().Name)
                    : fmt::format("{} while holding '{}' makes every thread waiting for the "
                                  "lock wait too",
                                  describeCall(B), Held.front().Name);
      Out.push_back({"quadrant-blocking-under-lock", B.Loc, std::move(Message), std::move(Notes),
                     Fn.Name});
    }
  }
}

} // namespace quadrant::checks
