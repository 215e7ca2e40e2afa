//===--- OwnLoops.cpp - The event loops a program writes itself -*- C++ -*-===//
#include "contexts/OwnLoops.h"
#include "llvm/ADT/STLExtras.h"

namespace quadrant::contexts {

namespace {

/// A call that runs what was registered: virtual, or through a pointer or
/// stored callable (the linker gave it an edge at the indirect call's place).
bool dispatches(const facts::Function &Fn, const facts::CallEdge &Call) {
  return Call.Virtual || llvm::any_of(Fn.IndirectCalls, [&](const facts::IndirectCall &I) {
           return I.Loc == Call.Loc;
         });
}

} // namespace

std::vector<OwnLoop> findOwnLoops(const link::Program &P) {
  std::vector<OwnLoop> Loops;
  for (unsigned F = 0; F < P.written(); ++F) {
    const facts::Function &Fn = P.Functions[F];
    for (const facts::CallSite &S : Fn.CallSites) {
      if (!S.EventLoop)
        continue;
      OwnLoop Loop{F, &S, {}, {}};
      for (unsigned K = 0; K < Fn.Calls.size(); ++K) {
        if (!S.EventLoop->contains(Fn.Calls[K].Loc) || !dispatches(Fn, Fn.Calls[K]) ||
            P.Targets[F][K].empty())
          continue;
        Loop.Dispatches.push_back(K);
        for (unsigned T : P.Targets[F][K])
          if (!llvm::is_contained(Loop.Handlers, P.original(T)))
            Loop.Handlers.push_back(P.original(T));
      }
      if (!Loop.Handlers.empty())
        Loops.push_back(std::move(Loop));
    }
  }
  return Loops;
}

} // namespace quadrant::contexts
