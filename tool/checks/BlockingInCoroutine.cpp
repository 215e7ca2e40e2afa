//===--- BlockingInCoroutine.cpp - quadrant-blocking-in-coroutine -===//
//
// A blocking call inside a coroutine body suspends the thread, not the
// coroutine: every other coroutine scheduled on that thread waits too.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"

namespace quadrant::checks {

void runBlockingInCoroutine(const CheckInput &In, std::vector<Finding> &Out) {
  const link::Program &P = In.Program;
  // Taking a mutex for a short critical section is not what stalls a
  // coroutine's thread; holding it across a suspension is suspend-under-lock.
  BlockingReach Reach(In, [](const facts::CallSite &S) { return !takesLock(S); });
  for (unsigned F = 0; F < P.Functions.size(); ++F) {
    const facts::Function &Fn = P.Functions[F];
    // A generator (co_yield, no co_await) is synchronous: its caller waits
    // for each value anyway.
    if (!Fn.IsCoroutine || (Fn.HasCoYield && !Fn.HasCoAwait))
      continue;
    for (BlockingPoint &B : Reach.points(F)) {
      // A coroutine awaited here that blocks is reported in its own body,
      // unless it is a generator (not reported itself).
      const facts::Function &Callee = P.Functions[B.Target];
      if (B.Call && Callee.IsCoroutine && !(Callee.HasCoYield && !Callee.HasCoAwait))
        continue;
      Out.push_back({"quadrant-blocking-in-coroutine", B.Loc,
                     describeCall(B) + " in coroutine '" + Fn.Name +
                         "' stalls its thread instead of suspending; co_await an asynchronous "
                         "operation instead",
                     std::move(B.Notes), Fn.Name});
    }
  }
}

} // namespace quadrant::checks
