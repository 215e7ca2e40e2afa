//===--- BlockingInCoroutine.cpp - quadrant-blocking-in-coroutine -===//
//
// A blocking call inside a coroutine body suspends the thread, not the
// coroutine: every other coroutine scheduled on that thread waits too.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"

namespace quadrant::checks {

namespace {

/// In an Asio coroutine, `std::this_thread::sleep_for(d);` becomes a timer
/// the coroutine awaits: it sleeps, its thread goes on. Two edits around the
/// argument, which stays as written; it must convert to the timer's duration.
std::optional<FixIt> awaitTimer(const facts::Function &Fn, const BlockingPoint &B) {
  const facts::CallSite *S = B.Site;
  if (Fn.AsioNamespace.empty() || !S || S->Callee != "std::this_thread::sleep_for" ||
      !S->Extent || !S->Extent->Statement || !S->Extent->WholeNanoseconds ||
      S->Extent->Arguments.size() != 1)
    return std::nullopt;
  const std::string &Asio = Fn.AsioNamespace;
  const SourceSpan &Call = S->Extent->Call, &Duration = S->Extent->Arguments.front();
  return FixIt{fmt::format("co_await {}::steady_timer instead of sleeping", Asio),
               {{through(startOf(Call), startOf(Duration)),
                 fmt::format("co_await {0}::steady_timer(co_await {0}::this_coro::executor, ",
                             Asio)},
                {through(endOf(Duration), endOf(Call)),
                 fmt::format(").async_wait({}::use_awaitable)", Asio)}}};
}

} // namespace

void runBlockingInCoroutine(const CheckInput &In, std::vector<Finding> &Out) {
  const link::Program &P = In.Program;
  // Taking a mutex for a short critical section is not what stalls a
  // coroutine's thread; holding it across a suspension is suspend-under-lock.
  BlockingReach Reach(In, [](const facts::CallSite &S) { return !takesLock(S); });
  for (unsigned F = 0; F < P.written(); ++F) {
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
      std::optional<FixIt> Fix = awaitTimer(Fn, B);
      Out.push_back({"quadrant-blocking-in-coroutine", B.Loc,
                     fmt::format("{} in coroutine '{}' stalls its thread instead of "
                                 "suspending; co_await an asynchronous operation instead",
                                 describeCall(B), Fn.Name),
                     Reach.notes(B), Fn.Name});
      Out.back().Fix = std::move(Fix);
    }
  }
}

} // namespace quadrant::checks
