//===--- Classifier.cpp - Which quadrant each function is in ----*- C++ -*-===//
#include "classify/Classifier.h"
#include <algorithm>
#include <deque>

namespace quadrant::classify {

namespace {

/// A call of some function: Functions[Caller].Calls[Call].
struct CallRef {
  unsigned Caller;
  unsigned Call;
};

/// Marks every caller that reaches a holding function, breadth first from
/// the functions that hold on their own.
void propagate(const std::vector<std::vector<CallRef>> &CallersOf, std::vector<Verdict> &V,
               bool Verdict::*Holds, Witness Verdict::*Why) {
  std::deque<unsigned> Work;
  for (unsigned F = 0; F < V.size(); ++F)
    if (V[F].*Holds)
      Work.push_back(F);
  while (!Work.empty()) {
    unsigned Target = Work.front();
    Work.pop_front();
    for (const CallRef &Ref : CallersOf[Target]) {
      Verdict &Caller = V[Ref.Caller];
      if (Caller.*Holds)
        continue;
      Caller.*Holds = true;
      Caller.*Why = Witness{Witness::Kind::Call, Ref.Call, Target};
      Work.push_back(Ref.Caller);
    }
  }
}

} // namespace

bool callPropagatesBlocking(const link::Program &P, unsigned F, unsigned C, unsigned Target) {
  return !P.Functions[Target].IsCoroutine || P.Functions[F].Calls[C].Awaited;
}

std::vector<Verdict> classifyProgram(const link::Program &P) {
  const unsigned N = P.Functions.size();
  std::vector<Verdict> V(N);
  for (unsigned F = 0; F < N; ++F) {
    const facts::Function &Fn = P.Functions[F];
    Verdict &Out = V[F];
    for (unsigned S = 0; S < Fn.CallSites.size(); ++S) {
      Quadrant Label = Fn.CallSites[S].Label;
      if (isBlocking(Label) && !Out.Blocking) {
        Out.Blocking = true;
        Out.BlockingWitness = Witness{Witness::Kind::CallSite, S, 0};
      }
      if (isAsync(Label) && !Out.Async) {
        Out.Async = true;
        Out.AsyncWitness = Witness{Witness::Kind::CallSite, S, 0};
      }
      Out.Traits.insert(Out.Traits.end(), Fn.CallSites[S].Traits.begin(),
                        Fn.CallSites[S].Traits.end());
    }
    // A coroutine that only co_yields is a synchronous generator; any other
    // coroutine delivers its result later.
    bool Generator = Fn.HasCoYield && !Fn.HasCoAwait;
    if (Fn.IsCoroutine) {
      Out.Traits.push_back("coroutine");
      if (!Generator && !Out.Async) {
        Out.Async = true;
        Out.AsyncWitness = Witness{Witness::Kind::Coroutine, 0, 0};
      }
    }
    Out.Concurrent = !Fn.CallSites.empty() || Fn.IsCoroutine;
    std::sort(Out.Traits.begin(), Out.Traits.end());
    Out.Traits.erase(std::unique(Out.Traits.begin(), Out.Traits.end()), Out.Traits.end());
  }

  std::vector<std::vector<CallRef>> BlockingCallers(N), AsyncCallers(N);
  for (unsigned F = 0; F < N; ++F)
    for (unsigned C = 0; C < P.Targets[F].size(); ++C)
      for (unsigned T : P.Targets[F][C]) {
        AsyncCallers[T].push_back({F, C});
        if (callPropagatesBlocking(P, F, C, T))
          BlockingCallers[T].push_back({F, C});
      }
  propagate(BlockingCallers, V, &Verdict::Blocking, &Verdict::BlockingWitness);
  propagate(AsyncCallers, V, &Verdict::Async, &Verdict::AsyncWitness);
  propagate(AsyncCallers, V, &Verdict::Concurrent, &Verdict::ConcurrentWitness);

  for (Verdict &Out : V)
    Out.PureComputation = !Out.Concurrent;
  return V;
}

std::vector<ChainLink> witnessChain(const link::Program &P, const std::vector<Verdict> &V,
                                    unsigned F, bool BlockingAxis) {
  std::vector<ChainLink> Chain;
  // Each hop goes to a function that held earlier in the breadth-first
  // order, so the walk ends; the bound only guards against misuse.
  for (size_t Hops = 0; Hops <= V.size(); ++Hops) {
    const Witness &W = BlockingAxis ? V[F].BlockingWitness : V[F].AsyncWitness;
    const facts::Function &Fn = P.Functions[F];
    switch (W.K) {
    case Witness::Kind::None:
    case Witness::Kind::Coroutine:
      return Chain;
    case Witness::Kind::CallSite:
      Chain.push_back({Fn.CallSites[W.Index].Callee, Fn.CallSites[W.Index].Loc});
      return Chain;
    case Witness::Kind::Call:
      Chain.push_back({P.Functions[W.Target].Name, Fn.Calls[W.Index].Loc});
      F = W.Target;
      break;
    }
  }
  return Chain;
}

} // namespace quadrant::classify
