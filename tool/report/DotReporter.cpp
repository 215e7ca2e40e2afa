//===--- DotReporter.cpp - The call graph for Graphviz ----------*- C++ -*-===//
//
// For papers and slides: `dot -Tsvg` draws it. Colour is not the only cue,
// so it also prints in black and white: blocking functions are square boxes
// and non-blocking ones rounded, async ones have a dashed border. A bold
// arrow is the first hop of the caller's witness chain; its last hop, the
// library call that decides a function's colour, is a note-shaped leaf. Code
// handed to another thread or an event loop hangs off a dashed blue arrow
// that says how (spawns, runs as handler, posted to). A legend cluster says
// all this in the picture itself.
//
//===----------------------------------------------------------------------===//
#include "report/CallGraph.h"
#include "report/Report.h"
#include "llvm/Support/Path.h"

namespace quadrant::report {

namespace {

/// A DOT double-quoted string; a newline breaks the label's line.
std::string quote(llvm::StringRef S) {
  std::string Out = "\"";
  for (char C : S) {
    if (C == '\n') {
      Out += "\\n";
      continue;
    }
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out + "\"";
}

/// The attributes that draw a node of this quadrant.
std::string nodeStyle(Quadrant Q, bool Pure) {
  std::string Style = isBlocking(Q) ? "filled" : "filled,rounded";
  if (isAsync(Q))
    Style += ",dashed";
  return "style=" + quote(Style) +
         ", fillcolor=" + quote(Pure ? pureFill() : quadrantFill(Q));
}

} // namespace

void writeDot(const Report &R, llvm::raw_ostream &OS) {
  const link::Program &P = R.Program;
  CallGraph G = buildCallGraph(R);
  OS << "// The call graph of the analyzed functions (quadrant " QUADRANT_VERSION "):\n"
     << "// render it with `dot -Tsvg -o callgraph.svg`.\n"
     << "digraph quadrant {\n"
     << "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11];\n"
     << "  node [shape=box, penwidth=1.5, fontname=\"Helvetica\", fontsize=11];\n"
     << "  edge [color=\"#606060\", arrowsize=0.7, fontname=\"Helvetica\", fontsize=9];\n"
     << "  subgraph cluster_legend {\n"
     << "    label=\"legend\"; style=rounded; color=\"#a0a0a0\";\n";
  for (int Q = 0; Q < 4; ++Q) {
    Quadrant Quad = static_cast<Quadrant>(Q);
    std::string Id = quadrantName(Quad).str();
    std::replace(Id.begin(), Id.end(), '-', '_');
    OS << "    legend_" << Id << " [label=" << quote(quadrantName(Quad)) << ", "
       << nodeStyle(Quad, false) << "];\n";
  }
  OS << "    legend_pure [label=\"pure computation\", " << nodeStyle(Quadrant::SyncNonBlocking, true)
     << "];\n"
     << "    legend_cause [shape=note, style=filled, fillcolor=\"#ffffff\", label="
     << quote("library call that decides\nthe colour of its caller") << "];\n"
     << "    legend_witness [shape=plaintext, label="
     << quote("bold arrow: the first call of\nthe caller's witness chain") << "];\n"
     << "    legend_hand_off [shape=plaintext, fontcolor=" << quote(handOffColour()) << ", label="
     << quote("dashed blue arrow: code handed to\nanother thread or an event loop") << "];\n"
     << "  }\n";
  for (const GraphNode &N : G.Nodes) {
    const facts::Function &Fn = P.Functions[N.Function];
    const classify::Verdict &V = R.Verdicts[N.Function];
    std::string Label =
        (Fn.Name + "\n" + llvm::sys::path::filename(Fn.Loc.File) + ":" + llvm::Twine(Fn.Loc.Line)).str();
    if (std::string Note = nodeNote(N); !Note.empty())
      Label += "\n" + Note;
    OS << "  f" << N.Function << " [label=" << quote(Label) << ", "
       << nodeStyle(V.quadrant(), V.PureComputation) << ", tooltip="
       << quote(Fn.Name + " is " + quadrantName(V.quadrant()).str() +
                (V.PureComputation ? " (pure computation)" : ""))
       << "];\n";
  }
  for (unsigned C = 0; C < G.Causes.size(); ++C) {
    const facts::CallSite &S = *G.Causes[C].Site;
    OS << "  c" << C << " [shape=note, label="
       << quote(S.Callee + "\nline " + std::to_string(S.Loc.Line)) << ", style=filled, fillcolor="
       << quote(quadrantFill(S.Label)) << ", tooltip="
       << quote(S.Callee + " is " + quadrantName(S.Label).str() + ": " + S.Reason) << "];\n";
  }
  for (const GraphEdge &E : G.Edges) {
    OS << "  f" << E.From << " -> f" << E.To;
    if (E.Kind != EdgeKind::Call)
      OS << " [style=dashed, arrowhead=empty, color=" << quote(handOffColour())
         << ", fontcolor=" << quote(handOffColour()) << ", label=" << quote(edgeKindName(E.Kind))
         << ", tooltip="
         << quote(P.Functions[E.From].Name + " hands " + P.Functions[E.To].Name + " to " +
                  E.Via->Callee + " at line " + std::to_string(E.Via->Loc.Line))
         << "]";
    else if (E.witness())
      OS << " [penwidth=2.5, color=\"#000000\"]";
    OS << ";\n";
  }
  for (unsigned C = 0; C < G.Causes.size(); ++C)
    OS << "  f" << G.Nodes[G.Causes[C].Node].Function << " -> c" << C
       << " [penwidth=2.5, color=\"#000000\"];\n";
  OS << "}\n";
}

} // namespace quadrant::report
