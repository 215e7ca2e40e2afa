//===--- BlockingUnderLock.cpp - quadrant-blocking-under-lock ---*- C++ -*-===//
//
// Blocking while holding a lock makes every thread that wants the lock wait
// as long, and taking a second lock while holding one risks deadlock.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"

namespace quadrant::checks {

void runBlockingUnderLock(const CheckInput &In, std::vector<Finding> &Out) {
  const link::Program &P = In.Program;
  BlockingReach Reach(In, [](const facts::CallSite &) { return true; });
  for (unsigned F = 0; F < P.Functions.size(); ++F) {
    const facts::Function &Fn = P.Functions[F];
    for (BlockingPoint &B : Reach.points(F)) {
      const std::vector<facts::HeldLock> &Held = B.Site ? B.Site->HeldLocks : B.Call->HeldLocks;
      if (Held.empty())
        continue;
      bool TakesLock = B.Site && hasTrait(*B.Site, "locks");
      std::vector<Note> Notes = lockNotes(Held);
      if (!TakesLock)
        Notes.insert(Notes.end(), B.Notes.begin(), B.Notes.end());
      std::string Message =
          TakesLock ? "taking another lock with '" + B.Callee + "' while holding '" +
                          Held.front().Name + "' risks deadlock; take both with std::scoped_lock"
                    : describeCall(B) + " while holding '" + Held.front().Name +
                          "' makes every thread waiting for the lock wait too";
      Out.push_back({"quadrant-blocking-under-lock", B.Loc, std::move(Message), std::move(Notes),
                     Fn.Name});
    }
  }
}

} // namespace quadrant::checks
