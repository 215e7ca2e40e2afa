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
      std::string Message =
          hasTrait(S, "event-loop")
              ? "'" + S.Callee + "' runs an event loop inside a handler on an event loop: the "
                "handler does not return until that loop runs out of work (deadlock risk)"
              : "'" + S.Callee + "' waits for an asynchronous result inside a handler on an "
                "event loop: if the result needs that loop, it never comes (deadlock)";
      Out.push_back({"quadrant-sync-wait-on-event-loop", S.Loc, std::move(Message),
                     {{H.Initiation->Loc, "the handler is passed to '" + H.Initiation->Callee +
                                              "' here and runs on its event loop"}},
                     Fn.Name});
    }
  }
}

} // namespace quadrant::checks
