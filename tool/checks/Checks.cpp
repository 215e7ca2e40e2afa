//===--- Checks.cpp - The check registry ------------------------*- C++ -*-===//
#include "checks/Check.h"
#include "llvm/ADT/STLExtras.h"
#include <tuple>

namespace quadrant::checks {

void runAsyncDefaultPolicy(const CheckInput &, std::vector<Finding> &);
void runBlockingInAsyncHandler(const CheckInput &, std::vector<Finding> &);
void runBlockingInCoroutine(const CheckInput &, std::vector<Finding> &);
void runBlockingUnderLock(const CheckInput &, std::vector<Finding> &);
void runBusyWaitLoop(const CheckInput &, std::vector<Finding> &);
void runDiscardedAsyncFuture(const CheckInput &, std::vector<Finding> &);
void runForkInThreadedProgram(const CheckInput &, std::vector<Finding> &);
void runNonBlockingViolation(const CheckInput &, std::vector<Finding> &);
void runSuspendUnderLock(const CheckInput &, std::vector<Finding> &);
void runSyncWaitOnEventLoop(const CheckInput &, std::vector<Finding> &);
void runThreadNotJoined(const CheckInput &, std::vector<Finding> &);

llvm::ArrayRef<CheckInfo> allChecks() {
  static const CheckInfo Checks[] = {
      {"quadrant-async-default-policy",
       "std::async without a launch policy may run the task deferred, on the caller's thread.",
       runAsyncDefaultPolicy},
      {"quadrant-blocking-in-async-handler",
       "A blocking call in a completion handler holds one of the threads that run its event "
       "loop; on a loop run by one thread, it stalls every other handler.",
       runBlockingInAsyncHandler},
      {"quadrant-blocking-in-coroutine",
       "A blocking call in a coroutine stalls its thread instead of suspending the coroutine.",
       runBlockingInCoroutine},
      {"quadrant-blocking-under-lock",
       "A blocking call, or a second lock, while a lock is held.", runBlockingUnderLock},
      {"quadrant-busy-wait-loop",
       "A loop that polls a condition and sleeps, where a wake-up on change would do.",
       runBusyWaitLoop},
      {"quadrant-discarded-async-future",
       "The future of std::async is discarded, so its destructor waits and the call is "
       "synchronous.",
       runDiscardedAsyncFuture},
      {"quadrant-fork-in-threaded-program",
       "fork() while other threads may be running: the child may deadlock on a lock one of "
       "them held.",
       runForkInThreadedProgram},
      {"quadrant-nonblocking-violation",
       "A function declared non-blocking reaches a blocking call.", runNonBlockingViolation},
      {"quadrant-suspend-under-lock",
       "A coroutine suspends (co_await, co_yield) while it holds a lock.", runSuspendUnderLock},
      {"quadrant-sync-wait-on-event-loop",
       "A handler on an event loop waits for a future or runs the loop: a deadlock risk.",
       runSyncWaitOnEventLoop},
      {"quadrant-thread-not-joined",
       "A std::thread can be destroyed while joinable, which calls std::terminate.",
       runThreadNotJoined},
  };
  return Checks;
}

std::vector<llvm::StringRef> checkNames() {
  std::vector<llvm::StringRef> Names;
  for (const CheckInfo &C : allChecks())
    Names.push_back(C.Name);
  return Names;
}

std::vector<Finding> runChecks(const CheckInput &In,
                               llvm::function_ref<bool(llvm::StringRef)> Enabled) {
  std::vector<Finding> Findings;
  for (const CheckInfo &C : allChecks())
    if (Enabled(C.Name))
      C.Run(In, Findings);
  llvm::stable_sort(Findings, [](const Finding &A, const Finding &B) {
    return std::tie(A.Loc, A.Check, A.Message) < std::tie(B.Loc, B.Check, B.Message);
  });
  Findings.erase(std::unique(Findings.begin(), Findings.end(),
                             [](const Finding &A, const Finding &B) {
                               return std::tie(A.Loc, A.Check, A.Message) ==
                                      std::tie(B.Loc, B.Check, B.Message);
                             }),
                 Findings.end());
  return Findings;
}

} // namespace quadrant::checks
