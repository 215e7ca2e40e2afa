//===--- LoopHandlers.cpp - Code that runs on an event loop -----*- C++ -*-===//
#include "checks/LoopHandlers.h"
#include "llvm/ADT/DenseSet.h"

namespace quadrant::checks {

std::vector<LoopHandler> loopHandlers(const CheckInput &In) {
  std::vector<LoopHandler> Handlers;
  llvm::DenseSet<unsigned> Seen;
  for (const contexts::Context &C : In.Contexts.Contexts)
    if (C.Kind == contexts::Kind::LoopHandler)
      for (unsigned H : C.Entries)
        if (Seen.insert(H).second)
          Handlers.push_back({H, &C});
  return Handlers;
}

Note handedOver(const LoopHandler &H) {
  const facts::CallSite &Site = *H.Loop->Site;
  if (H.Loop->OwnLoop)
    return {Site.Loc, fmt::format("the event loop written around '{}' here calls the handler "
                                  "when a descriptor is ready",
                                  Site.Callee)};
  return {Site.Loc, fmt::format("the handler is passed to '{}' here and runs on its event loop",
                                Site.Callee)};
}

bool waitsOnLoop(const facts::CallSite &S) {
  // io_context::poll() runs an event loop too, but never waits.
  return isBlocking(S.Label) && (hasTrait(S, "waits-for-result") || hasTrait(S, "event-loop"));
}

} // namespace quadrant::checks
