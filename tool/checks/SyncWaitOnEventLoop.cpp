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
  BlockingReach Reach(In, waitsOnLoop);
  for (const LoopHandler &H : loopHandlers(In)) {
    const facts::Function &Fn = P.Functions[H.Function];
    for (BlockingPoint &B : Reach.points(H.Function)) {
      std::vector<Note> Notes{handedOver(H)};
      std::string Message;
      if (!B.Direct)
        Message = fmt::format("call to '{}', which waits for the event loop's own work, inside a "
                              "handler on that loop: if it needs the loop, it never returns "
                              "(deadlock)",
                              B.Callee);
      else if (hasTrait(*B.Site, "event-loop"))
        Message = fmt::format("'{}' runs an event loop inside a handler on an event loop: the "
                              "handler does not return until that loop runs out of work "
                              "(deadlock risk)",
                              B.Callee);
      else
        Message = fmt::format("'{}' waits for an asynchronous result inside a handler on an "
                              "event loop: if the result needs that loop, it never comes "
                              "(deadlock)",
                              B.Callee);
      if (!B.Direct)
        llvm::append_range(Notes, Reach.notes(B));
      Out.push_back({"quadrant-sync-wait-on-event-loop", B.Loc, std::move(Message),
                     std::move(Notes), Fn.Name});
    }
  }
}

} // namespace quadrant::checks
