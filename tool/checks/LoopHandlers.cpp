//===--- LoopHandlers.cpp - Code that runs on an event loop -----*- C++ -*-===//
#include "checks/LoopHandlers.h"
#include "llvm/ADT/DenseSet.h"

namespace quadrant::checks {

std::vector<LoopHandler> loopHandlers(const CheckInput &In) {
  std::vector<LoopHandler> Handlers;
  llvm::DenseSet<unsigned> Seen;
  const link::Program &P = In.Program;
  for (const facts::Function &Fn : P.writtenFunctions())
    for (const facts::CallSite &S : Fn.CallSites)
      if (hasTrait(S, "runs-handler-on-loop"))
        for (const std::string &USR : S.Handlers)
          if (std::optional<unsigned> H = functionByUSR(P, USR); H && Seen.insert(*H).second)
            Handlers.push_back({*H, &S});
  return Handlers;
}

Note handedOver(const LoopHandler &H) {
  return {H.Initiation->Loc,
          fmt::format("the handler is passed to '{}' here and runs on its event loop",
                      H.Initiation->Callee)};
}

bool waitsOnLoop(const facts::CallSite &S) {
  // io_context::poll() runs an event loop too, but never waits.
  return isBlocking(S.Label) && (hasTrait(S, "waits-for-result") || hasTrait(S, "event-loop"));
}

} // namespace quadrant::checks
