//===--- BusyWaitLoop.cpp - quadrant-busy-wait-loop -------------*- C++ -*-===//
//
// Polling a condition with sleeps wakes too late and too often; a condition
// variable, std::atomic::wait or a semaphore wakes exactly when it changes.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"

namespace quadrant::checks {

void runBusyWaitLoop(const CheckInput &In, std::vector<Finding> &Out) {
  for (const facts::Function &Fn : In.Program.Functions)
    for (const facts::CallSite &S : Fn.CallSites)
      if (S.PollingLoop)
        Out.push_back({"quadrant-busy-wait-loop", *S.PollingLoop,
                       "loop polls its condition and sleeps with '" + S.Callee +
                           "'; wait on a condition variable, std::atomic::wait or a semaphore "
                           "so the waiter wakes when the condition changes",
                       {{S.Loc, "'" + S.Callee + "' sleeps here"}}, Fn.Name});
}

} // namespace quadrant::checks
