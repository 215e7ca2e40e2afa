//===--- LoopHandlers.h - Code that runs on an event loop -------*- C++ -*-===//
#ifndef QUADRANT_CHECKS_LOOPHANDLERS_H
#define QUADRANT_CHECKS_LOOPHANDLERS_H

#include "checks/CheckUtils.h"

namespace quadrant::checks {

/// A function that runs on an event loop as a handler: handed to an
/// initiation whose callables run on one (a rule with the trait
/// "runs-handler-on-loop": asio async_*, post, ...), or called through a
/// pointer or virtually by a loop the program writes around select, poll
/// or epoll_wait (contexts/OwnLoops.h). The execution-context model finds
/// them; the checks read them from it.
struct LoopHandler {
  unsigned Function;               ///< the handler (a lambda or function)
  const contexts::Context *Loop;   ///< its context: where it was handed over
};

/// Each handler once, with the first context that makes it one.
std::vector<LoopHandler> loopHandlers(const CheckInput &In);

/// The note that says where a handler was handed to its event loop, or
/// where the program's own loop waits before it calls the handler.
Note handedOver(const LoopHandler &H);

/// Whether a call site waits for the loop's own progress: future.get(),
/// io_context::run(). Those are reported by sync-wait-on-event-loop.
bool waitsOnLoop(const facts::CallSite &S);

} // namespace quadrant::checks

#endif
