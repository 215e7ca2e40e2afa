//===--- CallGraph.cpp - The call graph the pictures draw -------*- C++ -*-===//
#include "report/CallGraph.h"
#include "llvm/ADT/STLExtras.h"

namespace quadrant::report {

CallGraph buildCallGraph(const Report &R) {
  const link::Program &P = R.Program;
  const std::vector<classify::Verdict> &V = R.Verdicts;
  CallGraph G;
  std::vector<bool> Connected(P.Functions.size());
  for (unsigned F = 0; F < P.Targets.size(); ++F)
    for (const std::vector<unsigned> &Targets : P.Targets[F])
      for (unsigned T : Targets) {
        if (!R.reported(F) || !R.reported(T))
          continue;
        auto IsHopTo = [&](const classify::Witness &W) {
          return W.K == classify::Witness::Kind::Call && W.Target == T;
        };
        G.Edges.push_back({F, T, IsHopTo(V[F].BlockingWitness), IsHopTo(V[F].AsyncWitness)});
        Connected[F] = Connected[T] = true;
      }
  auto Key = [](const GraphEdge &E) { return std::make_pair(E.From, E.To); };
  // One edge per pair, whatever the order of its calls; a witness mark on any
  // of them marks it.
  llvm::sort(G.Edges, [&](const GraphEdge &A, const GraphEdge &B) { return Key(A) < Key(B); });
  std::vector<GraphEdge> Unique;
  for (const GraphEdge &E : G.Edges) {
    if (!Unique.empty() && Key(Unique.back()) == Key(E)) {
      Unique.back().BlockingWitness |= E.BlockingWitness;
      Unique.back().AsyncWitness |= E.AsyncWitness;
      continue;
    }
    Unique.push_back(E);
  }
  G.Edges = std::move(Unique);
  for (unsigned F = 0; F < P.Functions.size(); ++F)
    if (R.reported(F) && (!V[F].PureComputation || Connected[F]))
      G.Nodes.push_back(F);
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

} // namespace quadrant::report
