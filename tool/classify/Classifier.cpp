//===--- Classifier.cpp - Which quadrant each function is in ----*- C++ -*-===//
#include "classify/Classifier.h"
#include "core/Format.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>
#include <deque>
#include <optional>

namespace quadrant::classify {

namespace {

/// A call of some function: Functions[Caller].Calls[Call].
struct CallRef {
  unsigned Caller;
  unsigned Call;
};

/// Marks every caller that reaches a holding function, breadth first from
/// the functions that hold on their own (or from Seeds).
void propagate(const std::vector<std::vector<CallRef>> &CallersOf, std::vector<Verdict> &V,
               bool Verdict::*Holds, Witness Verdict::*Why,
               std::optional<std::vector<unsigned>> Seeds = std::nullopt) {
  std::deque<unsigned> Work;
  if (Seeds)
    Work.assign(Seeds->begin(), Seeds->end());
  else
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
      const Witness &Next = V[Target].*Why;
      Witness W{Next.ChainLength + 1, Next.ChainEnd, Next.ChainEndIndex, Next.ChainEndsInCall,
                Witness::Kind::Call, Ref.Call, Target};
      if (Next.K == Witness::Kind::Coroutine) {
        W.ChainEnd = Ref.Caller;
        W.ChainEndIndex = Ref.Call;
        W.ChainEndsInCall = true;
      }
      Caller.*Why = W;
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
  // A function whose only waits are locks: its blocking witness is taken
  // only where no chain to a more telling wait exists (below).
  std::vector<std::pair<unsigned, unsigned>> OnlyLocks;
  for (unsigned F = 0; F < N; ++F) {
    const facts::Function &Fn = P.Functions[F];
    Verdict &Out = V[F];
    std::optional<unsigned> FirstLock;
    for (unsigned S = 0; S < Fn.CallSites.size(); ++S) {
      Quadrant Label = Fn.CallSites[S].Label;
      bool Lock = llvm::is_contained(Fn.CallSites[S].Traits, "locks");
      if (isBlocking(Label) && Lock && !FirstLock)
        FirstLock = S;
      if (isBlocking(Label) && !Lock && !Out.Blocking) {
        Out.Blocking = true;
        Out.BlockingWitness = Witness{1, F, S, false, Witness::Kind::CallSite, S, 0};
      }
      if (isAsync(Label) && !Out.Async) {
        Out.Async = true;
        Out.AsyncWitness = Witness{1, F, S, false, Witness::Kind::CallSite, S, 0};
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
        Out.AsyncWitness = Witness{0, F, 0, false, Witness::Kind::Coroutine, 0, 0};
      }
    }
    Out.Concurrent = !Fn.CallSites.empty() || Fn.IsCoroutine;
    if (!Fn.UnresolvedCalls.empty()) {
      Out.Unfollowed = true;
      Out.UnfollowedWitness = Witness{0, F, 0, false, Witness::Kind::CallSite, 0, 0};
    }
    std::sort(Out.Traits.begin(), Out.Traits.end());
    Out.Traits.erase(std::unique(Out.Traits.begin(), Out.Traits.end()), Out.Traits.end());
    if (FirstLock && !Out.Blocking)
      OnlyLocks.push_back({F, *FirstLock});
  }

  std::vector<std::vector<CallRef>> BlockingCallers(N), AsyncCallers(N);
  for (unsigned F = 0; F < N; ++F)
    for (unsigned C = 0; C < P.Targets[F].size(); ++C)
      for (unsigned T : P.Targets[F][C]) {
        AsyncCallers[T].push_back({F, C});
        if (callPropagatesBlocking(P, F, C, T))
          BlockingCallers[T].push_back({F, C});
      }
  // The most telling wait first: one for another party (a condition, a
  // thread, a future, I/O, time) reached through calls, before a lock taken
  // here. Locks then reach whatever is left.
  propagate(BlockingCallers, V, &Verdict::Blocking, &Verdict::BlockingWitness);
  std::vector<unsigned> LockSeeds;
  for (auto [F, S] : OnlyLocks)
    if (!V[F].Blocking) {
      V[F].Blocking = true;
      V[F].BlockingWitness = Witness{1, F, S, false, Witness::Kind::CallSite, S, 0};
      LockSeeds.push_back(F);
    }
  propagate(BlockingCallers, V, &Verdict::Blocking, &Verdict::BlockingWitness, LockSeeds);
  propagate(AsyncCallers, V, &Verdict::Async, &Verdict::AsyncWitness);
  propagate(AsyncCallers, V, &Verdict::Concurrent, &Verdict::ConcurrentWitness);
  propagate(AsyncCallers, V, &Verdict::Unfollowed, &Verdict::UnfollowedWitness);

  for (Verdict &Out : V)
    Out.PureComputation = !Out.Concurrent && !Out.Unfollowed;
  return V;
}

std::string unfollowedNote(const link::Program &P, const std::vector<Verdict> &V, unsigned F) {
  if (V[F].Concurrent || !V[F].Unfollowed)
    return "";
  unsigned Maker = V[F].UnfollowedWitness.ChainEnd;
  const std::vector<facts::IndirectCall> &Calls = P.Functions[Maker].UnresolvedCalls;
  std::vector<std::string> Listed;
  for (const facts::IndirectCall &Call : Calls)
    Listed.push_back(fmt::format("line {}: '{}'", Call.Loc.Line, Call.Spelling));
  bool One = Calls.size() == 1;
  return fmt::format("no blocking or asynchronous call among the calls that could be followed; "
                     "{} {}{} {} not followed ({})",
                     Calls.size(), One ? "indirect call" : "indirect calls",
                     Maker != F ? fmt::format(" in '{}'", P.Functions[Maker].Name) : "",
                     One ? "was" : "were", fmt::join(Listed, ", "));
}

Chain witnessChain(const link::Program &P, const std::vector<Verdict> &V, unsigned F,
                   bool BlockingAxis, size_t MaxLinks) {
  auto WitnessOf = [&](unsigned G) -> const Witness & {
    return BlockingAxis ? V[G].BlockingWitness : V[G].AsyncWitness;
  };
  Chain Result;
  const Witness &First = WitnessOf(F);
  if (First.K == Witness::Kind::None || First.K == Witness::Kind::Coroutine)
    return Result;
  // The last link is known without walking the chain.
  const facts::Function &EndFunction = P.Functions[First.ChainEnd];
  ChainLink Last;
  if (First.ChainEndsInCall) {
    const facts::CallEdge &Call = EndFunction.Calls[First.ChainEndIndex];
    // ChainEnd's own witness is that call, of the coroutine.
    Last = {P.Functions[WitnessOf(First.ChainEnd).Target].Name, Call.Loc};
  } else {
    const facts::CallSite &Site = EndFunction.CallSites[First.ChainEndIndex];
    Last = {Site.Callee, Site.Loc};
  }
  size_t Head = First.ChainLength <= MaxLinks ? First.ChainLength - 1 : MaxLinks - 1;
  for (size_t I = 0; I < Head; ++I) {
    const Witness &W = WitnessOf(F);
    Result.Links.push_back({P.Functions[W.Target].Name, P.Functions[F].Calls[W.Index].Loc});
    F = W.Target;
  }
  Result.Omitted = First.ChainLength - 1 - Head;
  Result.Links.push_back(std::move(Last));
  return Result;
}

} // namespace quadrant::classify
