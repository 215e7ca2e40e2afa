//===--- SyncWaitOnEventLoop.cpp - quadrant-sync-wait-on-event-loop -===//
//
// A handler that waits for a future, or runs the loop again, waits for work
// that may need the very thread it occupies: a deadlock risk.
//
//===----------------------------------------------------------------------===//
#include "checks/LoopHandlers.h"

namespace quadrant::checks {

void runSyncWaitOnEventLoop(const CheckInput &In, std::vector<Finding> &Out) {
  const link::Program &P = In.Program;
  for (const LoopHandler &H : loopHandlers(In)) {
    const facts::Function &Fn = P.Functions[H.Function];
    for (const facts::CallSite &S : Fn.CallSites) {
      if (!waitsOnLoop(S))
        continue;
      bool RunsLoop = hasTrait(S, "event-loop");
      Out.push_back({"quadrant-sync-wait-on-event-loop", S.Loc,
                     "'" + S.Callee + "' " +
                         (RunsLoop ? "runs an event loop" : "waits for an asynchronous result") +
                         " inside a handler running on an event loop; if the result needs that "
                         "loop, it never comes (deadlock)",
                     {{H.Initiation->Loc, "the handler is passed to '" + H.Initiation->Callee +
                                              "' here and runs on its event loop"}},
                     Fn.Name});
    }
  }
}

} // namespace quadrant::checks
