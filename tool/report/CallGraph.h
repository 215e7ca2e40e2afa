//===--- CallGraph.h - The call graph the pictures draw ---------*- C++ -*-===//
//
//   in:  link::Program + classify::Verdict per function
//   out: the nodes and edges the DOT and HTML reports draw, and the colours
//        they share
//
// A node is a function that is concurrent or calls or is called by another
// analyzed function: a pure helper nobody in the program calls (a promise's
// initial_suspend) would only add clutter. An edge is one caller-callee pair,
// however many calls it stands for; it is marked when it is the caller's
// witness, the first hop of the chain that says why the caller blocks or is
// async. Both lists are in Program order, so output is deterministic.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_REPORT_CALLGRAPH_H
#define QUADRANT_REPORT_CALLGRAPH_H

#include "classify/Classifier.h"
#include "report/Report.h"
#include "llvm/ADT/StringRef.h"
#include <vector>

namespace quadrant::report {

struct GraphEdge {
  unsigned From = 0, To = 0; ///< indices into Program::Functions
  bool BlockingWitness = false;
  bool AsyncWitness = false;
};

struct CallGraph {
  std::vector<unsigned> Nodes; ///< indices into Program::Functions, ascending
  std::vector<GraphEdge> Edges; ///< sorted by (From, To), no repeats
};

/// The graph of R's reported functions (Report::reported).
CallGraph buildCallGraph(const Report &R);

/// Fill colours (#rrggbb), the same in every picture: warm for blocking,
/// cool for non-blocking, grey for pure computation.
llvm::StringRef quadrantFill(Quadrant Q);
llvm::StringRef pureFill();

} // namespace quadrant::report

#endif
