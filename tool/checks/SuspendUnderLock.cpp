//===--- SuspendUnderLock.cpp - quadrant-suspend-under-lock -----*- C++ -*-===//
//
// A coroutine suspended with a lock held keeps it while it is not running:
// it may resume on another thread (unlocking a mutex it does not own) or
// never, and every other waiter stalls meanwhile.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"

namespace quadrant::checks {

void runSuspendUnderLock(const CheckInput &In, std::vector<Finding> &Out) {
  for (const facts::Function &Fn : In.Program.writtenFunctions()) {
    if (!Fn.IsCoroutine)
      continue;
    for (const facts::CallSite &S : Fn.CallSites) {
      if ((S.Callee != "co_await" && S.Callee != "co_yield") || S.HeldLocks.empty())
        continue;
      std::vector<Note> Notes = lockNotes(S.HeldLocks);
      Out.push_back({"quadrant-suspend-under-lock", S.Loc,
                     fmt::format("'{}' suspends coroutine '{}' while '{}' is locked; release "
                                 "the lock before suspending",
                                 S.Callee, Fn.Name, S.HeldLocks.front().Name),
                     std::move(Notes), Fn.Name});
    }
  }
}

} // namespace quadrant::checks
