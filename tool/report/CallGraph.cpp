//===--- CallGraph.cpp - The call graph the pictures draw -------*- C++ -*-===//
#include "report/CallGraph.h"
#include "core/Format.h"
#include "llvm/ADT/STLExtras.h"

namespace quadrant::report {

namespace {

/// What the traits of a site that hands callables over say it does with
/// them; a site with no such trait (asio::post to a thread pool) posts them.
/// A handler the rule sends to the loop instead (uv_queue_work's
/// after-work callback) runs as a handler whatever the traits say.
EdgeKind handOffKind(const facts::CallSite &S, const std::string &Handler) {
  if (llvm::is_contained(S.LoopHandlers, Handler))
    return EdgeKind::RunsAsHandler;
  if (llvm::is_contained(S.Traits, "spawns-thread") || llvm::is_contained(S.Traits, "spawns-process"))
    return EdgeKind::Spawns;
  if (llvm::is_contained(S.Traits, "runs-handler-on-loop"))
    return EdgeKind::RunsAsHandler;
  return EdgeKind::PostedTo;
}

/// Every call and hand-off between reported functions, one per (From, To,
/// Kind); a witness mark on any of a pair's calls marks it.
std::vector<GraphEdge> collectEdges(const Report &R) {
  const link::Program &P = R.Program;
  std::vector<GraphEdge> Edges;
  for (unsigned F = 0; F < P.Functions.size(); ++F) {
    if (!R.reported(F))
      continue;
    const classify::Verdict &V = R.Verdicts[F];
    for (const std::vector<unsigned> &Targets : P.Targets[F])
      for (unsigned Target : Targets) {
        // A specialization is drawn as the function it copies.
        unsigned T = P.original(Target);
        if (!R.reported(T))
          continue;
        auto IsHopTo = [&](const classify::Witness &W) {
          return W.K == classify::Witness::Kind::Call && W.Target == Target;
        };
        bool ConcurrentHop = !V.Blocking && !V.Async && IsHopTo(V.ConcurrentWitness);
        Edges.push_back({F, T, EdgeKind::Call, IsHopTo(V.BlockingWitness), IsHopTo(V.AsyncWitness),
                         ConcurrentHop});
      }
    for (const facts::CallSite &S : P.Functions[F].CallSites)
      for (const std::string &USR : S.Handlers) {
        auto It = P.FunctionsByUSR.find(USR);
        if (It == P.FunctionsByUSR.end())
          continue;
        for (unsigned H : It->second)
          if (R.reported(H))
            Edges.push_back({F, H, handOffKind(S, USR), false, false, false, &S});
      }
  }
  auto Key = [](const GraphEdge &E) { return std::make_tuple(E.From, E.To, E.Kind); };
  // A repeated hand-off is told by its first site (sites are in source
  // order, in one array per function).
  llvm::sort(Edges, [&](const GraphEdge &A, const GraphEdge &B) {
    return std::make_tuple(A.From, A.To, A.Kind, A.Via) < std::make_tuple(B.From, B.To, B.Kind, B.Via);
  });
  std::vector<GraphEdge> Unique;
  for (const GraphEdge &E : Edges) {
    if (!Unique.empty() && Key(Unique.back()) == Key(E)) {
      Unique.back().BlockingWitness |= E.BlockingWitness;
      Unique.back().AsyncWitness |= E.AsyncWitness;
      Unique.back().ConcurrentWitness |= E.ConcurrentWitness;
      continue;
    }
    Unique.push_back(E);
  }
  return Unique;
}

/// The call sites that decide Fn's colour, in site order.
std::vector<unsigned> causeSites(const facts::Function &Fn, const classify::Verdict &V) {
  std::vector<unsigned> Sites;
  auto Add = [&](const classify::Witness &W) {
    if (W.K == classify::Witness::Kind::CallSite && !llvm::is_contained(Sites, W.Index))
      Sites.push_back(W.Index);
  };
  Add(V.BlockingWitness);
  Add(V.AsyncWitness);
  // Neither blocking nor async, but concurrent: a call site of its own (a
  // try_lock; the classifier records a witness only for a callee's) or one
  // of a callee's.
  if (!V.Blocking && !V.Async && V.Concurrent) {
    if (V.ConcurrentWitness.K == classify::Witness::Kind::None && !Fn.CallSites.empty())
      Sites.push_back(0);
    Add(V.ConcurrentWitness);
  }
  llvm::sort(Sites);
  return Sites;
}

} // namespace

llvm::StringRef edgeKindName(EdgeKind K) {
  switch (K) {
  case EdgeKind::Call:
    return "calls";
  case EdgeKind::Spawns:
    return "spawns";
  case EdgeKind::RunsAsHandler:
    return "runs as handler";
  case EdgeKind::PostedTo:
    return "posted to";
  }
  llvm_unreachable("unknown edge kind");
}

std::string nodeNote(const GraphNode &N) {
  if (N.FoldedHelpers)
    return fmt::format("+{} pure helper{}", N.FoldedHelpers, N.FoldedHelpers == 1 ? "" : "s");
  return N.CoroutineDecides ? "coroutine" : "";
}

CallGraph buildCallGraph(const Report &R) {
  const link::Program &P = R.Program;
  const std::vector<classify::Verdict> &V = R.Verdicts;
  std::vector<GraphEdge> Edges = collectEdges(R);
  auto Concurrent = [&](unsigned F) { return R.reported(F) && !V[F].PureComputation; };

  // A pure function enters the graph when a concurrent one calls or hands
  // it off; the pure functions below it are folded into it.
  std::vector<bool> Entered(P.Functions.size());
  std::vector<std::vector<unsigned>> PureCallees(P.Functions.size());
  for (const GraphEdge &E : Edges) {
    if (Concurrent(E.From) && !Concurrent(E.To))
      Entered[E.To] = true;
    if (!Concurrent(E.From) && E.Kind == EdgeKind::Call)
      PureCallees[E.From].push_back(E.To);
  }
  CallGraph G;
  std::vector<bool> IsNode(P.Functions.size());
  for (unsigned F = 0; F < P.Functions.size(); ++F) {
    if (!Concurrent(F) && !Entered[F])
      continue;
    IsNode[F] = true;
    auto IsCoroutine = [](const classify::Witness &W) { return W.K == classify::Witness::Kind::Coroutine; };
    GraphNode N{F, 0, IsCoroutine(V[F].AsyncWitness) ||
                          (Concurrent(F) && !V[F].Blocking && !V[F].Async && IsCoroutine(V[F].ConcurrentWitness))};
    if (!Concurrent(F)) {
      // The helpers only this pure function's subtree reaches.
      std::vector<unsigned> Stack = {F};
      std::vector<bool> Seen(P.Functions.size());
      Seen[F] = true;
      while (!Stack.empty()) {
        unsigned At = Stack.back();
        Stack.pop_back();
        for (unsigned T : PureCallees[At])
          if (!Seen[T] && !Entered[T]) {
            Seen[T] = true;
            ++N.FoldedHelpers;
            Stack.push_back(T);
          }
      }
    }
    G.Nodes.push_back(N);
  }
  for (GraphEdge &E : Edges)
    if (IsNode[E.From] && IsNode[E.To])
      G.Edges.push_back(E);
  for (unsigned N = 0; N < G.Nodes.size(); ++N) {
    unsigned F = G.Nodes[N].Function;
    for (unsigned S : causeSites(P.Functions[F], V[F]))
      G.Causes.push_back({N, &P.Functions[F].CallSites[S]});
  }
  return G;
}

llvm::StringRef quadrantFill(Quadrant Q) {
  switch (Q) {
  case Quadrant::SyncBlocking:
    return "#f4a582";
  case Quadrant::SyncNonBlocking:
    return "#a6dba0";
  case Quadrant::AsyncBlocking:
    return "#d6a5d9";
  case Quadrant::AsyncNonBlocking:
    return "#92c5de";
  }
  llvm_unreachable("unknown quadrant");
}

llvm::StringRef pureFill() { return "#e0e0e0"; }

llvm::StringRef handOffColour() { return "#2166ac"; }

} // namespace quadrant::report
