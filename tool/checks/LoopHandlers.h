//===--- LoopHandlers.h - Code that runs on an event loop -------*- C++ -*-===//
#ifndef QUADRANT_CHECKS_LOOPHANDLERS_H
#define QUADRANT_CHECKS_LOOPHANDLERS_H

#include "checks/CheckUtils.h"

namespace quadrant::checks {

/// A handler handed to an initiation whose callables run on an event loop
/// (a rule with the trait "runs-handler-on-loop": asio async_*, post, ...).
struct LoopHandler {
  unsigned Function;                 ///< the handler (a lambda or function)
  const facts::CallSite *Initiation; ///< where it was handed over
};

std::vector<LoopHandler> loopHandlers(const CheckInput &In);

/// The note that says where a handler was handed to its event loop.
Note handedOver(const LoopHandler &H);

/// Whether a call site waits for the loop's own progress: future.get(),
/// io_context::run(). Those are reported by sync-wait-on-event-loop.
bool waitsOnLoop(const facts::CallSite &S);

} // namespace quadrant::checks

#endif
