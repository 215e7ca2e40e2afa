//===--- BusyWaitLoop.cpp - quadrant-busy-wait-loop -------------*- C++ -*-===//
//
// Polling a condition with sleeps wakes too late and too often; a wait that
// ends when the condition changes wakes exactly then. Which wait that is
// depends on what the loop waits for (a descriptor: poll; an aio request:
// aio_suspend; another thread: a condition variable), so the remedy is the
// rule's polling-loop-advice, worded for the loop by the facts stage.
// Polling with nothing but a non-blocking poll keeps a core busy; the
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
      const std::string &Instead = S.PollingLoopAdvice;
      if (hasTrait(S, "sleeps"))
        Out.push_back({"quadrant-busy-wait-loop", *S.PollingLoop,
                       fmt::format("loop polls its condition and sleeps with '{}'; {}", S.Callee,
                                   Instead.empty() ? "wait on a condition variable, a semaphore "
                                                     "or an atomic wait so the waiter wakes when "
                                                     "the condition changes"
                                                   : Instead),
                       {{S.Loc, fmt::format("'{}' sleeps here", S.Callee)}}, Fn.Name});
      else
        Out.push_back({"quadrant-busy-wait-loop", *S.PollingLoop,
                       fmt::format("loop does nothing but poll with '{}' until its condition "
                                   "changes, keeping a core busy; {}",
                                   S.Callee,
                                   Instead.empty() ? "call the blocking form of the call, which "
                                                     "sleeps until the answer is there, or do "
                                                     "useful work between polls"
                                                   : Instead),
                       {{S.Loc, fmt::format("'{}' polls here", S.Callee)}}, Fn.Name});
    }
}

} // namespace quadrant::checks
