//===--- BusyWaitLoop.cpp - quadrant-busy-wait-loop -------------*- C++ -*-===//
//
// Polling a condition with sleeps wakes too late and too often; a condition
// variable, std::atomic::wait or a semaphore wakes exactly when it changes.
// Polling it with nothing but a non-blocking poll keeps a core busy; the
// library's blocking form of the call sleeps until the answer is there.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"

namespace quadrant::checks {

void runBusyWaitLoop(const CheckInput &In, std::vector<Finding> &Out) {
  for (const facts::Function &Fn : In.Program.writtenFunctions())
    for (const facts::CallSite &S : Fn.CallSites) {
      if (!S.PollingLoop)
        continue;
      if (hasTrait(S, "sleeps"))
        Out.push_back({"quadrant-busy-wait-loop", *S.PollingLoop,
                       fmt::format("loop polls its condition and sleeps with '{}'; wait on a "
                                   "condition variable, std::atomic::wait or a semaphore so the "
                                   "waiter wakes when the condition changes",
                                   S.Callee),
                       {{S.Loc, fmt::format("'{}' sleeps here", S.Callee)}}, Fn.Name});
      else
        Out.push_back({"quadrant-busy-wait-loop", *S.PollingLoop,
                       fmt::format("loop does nothing but poll with '{}' until its condition "
                                   "changes, keeping a core busy; call the blocking form of the "
                                   "call, which sleeps until the answer is there, or do useful "
                                   "work between polls",
                                   S.Callee),
                       {{S.Loc, fmt::format("'{}' polls here", S.Callee)}}, Fn.Name});
    }
}

} // namespace quadrant::checks
