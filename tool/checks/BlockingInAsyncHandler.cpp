//===--- BlockingInAsyncHandler.cpp - quadrant-blocking-in-async-handler ===//
//
// A completion handler runs on the event loop's thread; while it blocks, no
// other handler on that loop runs.
//
//===----------------------------------------------------------------------===//
#include "checks/LoopHandlers.h"

namespace quadrant::checks {

void runBlockingInAsyncHandler(const CheckInput &In, std::vector<Finding> &Out) {
  const link::Program &P = In.Program;
  // A short critical section is not counted, and waiting on the loop itself
  // is sync-wait-on-event-loop's to report.
  BlockingReach Reach(In, [](const facts::CallSite &S) { return !takesLock(S) && !waitsOnLoop(S); });
  for (const LoopHandler &H : loopHandlers(In)) {
    const facts::Function &Fn = P.Functions[H.Function];
    for (BlockingPoint &B : Reach.points(H.Function)) {
      std::vector<Note> Notes{handedOver(H)};
      Notes.insert(Notes.end(), B.Notes.begin(), B.Notes.end());
      Out.push_back({"quadrant-blocking-in-async-handler", B.Loc,
                     fmt::format("{} in a completion handler stalls every other handler on "
                                 "the event loop",
                                 describeCall(B)),
                     std::move(Notes), Fn.Name});
    }
  }
}

} // namespace quadrant::checks
