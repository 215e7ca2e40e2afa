//===--- CallGraph.h - The call graph the pictures draw ---------*- C++ -*-===//
//
//   in:  link::Program + classify::Verdict per function
//   out: the nodes, edges and causes the DOT and HTML reports draw, and the
//        colours they share
//
// A node is a function that is concurrent, or a pure function that a
// concurrent one calls or hands off. Pure functions called only by other pure
// ones (a coroutine's promise helpers, a chain of small utilities) are folded
// into the pure node that enters them: they explain nothing and would bury
// the functions that do. An edge is one caller-callee pair, however many
// calls it stands for, marked when it is the caller's witness (the first hop
// of the chain that says why the caller blocks or is async); or a hand-off,
// a function given to another thread or an event loop, which is not a call
// (its waiting is not the caller's) but would otherwise leave the thread's
// code drawn as an island. A cause is the library call that decides a
// node's colour, drawn as a leaf so that every colour has a visible reason.
// Every list is in Program order, so output is deterministic.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_REPORT_CALLGRAPH_H
#define QUADRANT_REPORT_CALLGRAPH_H

#include "classify/Classifier.h"
#include "report/Report.h"
#include "llvm/ADT/StringRef.h"
#include <vector>

namespace quadrant::report {

enum class EdgeKind {
  Call,
  Spawns,        ///< started on a new thread or process (trait spawns-thread)
  RunsAsHandler, ///< run later on an event loop (trait runs-handler-on-loop)
  PostedTo,      ///< handed to another executor, such as a thread pool
};

/// "calls", "spawns", "runs as handler", "posted to": what the edge says.
llvm::StringRef edgeKindName(EdgeKind K);

struct GraphEdge {
  unsigned From = 0, To = 0; ///< indices into Program::Functions
  EdgeKind Kind = EdgeKind::Call;
  bool BlockingWitness = false;
  bool AsyncWitness = false;
  /// The first hop to the call that makes a caller that neither blocks nor
  /// is async concurrent (a helper's try_lock).
  bool ConcurrentWitness = false;
  /// For a hand-off: the call site of From that hands To over.
  const facts::CallSite *Via = nullptr;

  bool witness() const { return BlockingWitness || AsyncWitness || ConcurrentWitness; }
};

struct GraphNode {
  unsigned Function = 0; ///< index into Program::Functions
  /// Pure functions folded into this one: reached only through it and
  /// other pure functions.
  unsigned FoldedHelpers = 0;
  /// Being a coroutine decides its colour: no call is its cause.
  bool CoroutineDecides = false;
};

/// The line under a node's name and place that says what the picture does
/// not show otherwise: "+2 pure helpers", "coroutine"; "" for none.
std::string nodeNote(const GraphNode &N);

/// A call site of a node's function that decides its colour: the witness of
/// an axis, or for a concurrent function that neither blocks nor is async,
/// the first of its calls that makes it concurrent (a try_lock).
struct GraphCause {
  unsigned Node = 0; ///< index into CallGraph::Nodes
  const facts::CallSite *Site = nullptr;
};

struct CallGraph {
  std::vector<GraphNode> Nodes;   ///< ascending by Function
  std::vector<GraphEdge> Edges;   ///< sorted by (From, To, Kind), no repeats
  std::vector<GraphCause> Causes; ///< by node, then by call site
};

/// The graph of R's reported functions (Report::reported).
CallGraph buildCallGraph(const Report &R);

/// Fill colours (#rrggbb), the same in every picture: warm for blocking,
/// cool for non-blocking, grey for pure computation.
llvm::StringRef quadrantFill(Quadrant Q);
llvm::StringRef pureFill();
/// The colour of hand-off edges, apart from the greys of calls.
llvm::StringRef handOffColour();

} // namespace quadrant::report

#endif
