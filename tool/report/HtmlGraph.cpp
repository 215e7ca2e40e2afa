//===--- HtmlGraph.cpp - The HTML page's call graph, placed -----*- C++ -*-===//
#include "report/HtmlGraph.h"
#include "report/CallGraph.h"
#include "report/GraphLayout.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

namespace quadrant::report {

namespace {

// The sizes report.js draws boxes and text at (report.css agrees).
constexpr double NameFont = 13, SubFont = 11, Padding = 20;
constexpr double LineHeight = 15, BoxMargin = 8;

/// A generous width for text in the page's sans-serif font: DejaVu Sans
/// averages about 0.6 em a character. The page squeezes a line that is wider
/// still, so an estimate on the low side only costs looks.
double textWidth(llvm::StringRef Text, double Font) { return Text.size() * Font * 0.62; }

/// An SVG path through a placed arrow.
std::string pathOf(const PlacedArrow &A) {
  std::string D;
  for (unsigned K = 0; K < A.Spline.size(); ++K)
    D += llvm::formatv("{0}{1:F1},{2:F1} ", K == 0 ? "M" : K == 1 ? "C" : "", A.Spline[K].X,
                       A.Spline[K].Y).str();
  if (A.Tip)
    D += llvm::formatv("L{0:F1},{1:F1}", A.Tip->X, A.Tip->Y).str();
  return llvm::StringRef(D).rtrim().str();
}

class GraphWriter {
public:
  GraphWriter(llvm::json::OStream &J, const Report &R)
      : J(J), P(R.Program), G(buildCallGraph(R)) {}
  void write();

private:
  /// Boxes: the nodes, then the causes. Arrows: the edges, then one from
  /// each cause's node to it.
  void measure();
  void writeLayout();

  llvm::json::OStream &J;
  const link::Program &P;
  CallGraph G;
  std::vector<LayoutBox> Boxes;
  std::vector<LayoutArrow> Arrows;
};

void GraphWriter::measure() {
  for (const GraphNode &N : G.Nodes) {
    const facts::Function &Fn = P.Functions[N.Function];
    std::string Where =
        (llvm::sys::path::filename(Fn.Loc.File) + ":" + llvm::Twine(Fn.Loc.Line)).str();
    double Width = std::max(textWidth(Fn.Name, NameFont), textWidth(Where, SubFont));
    double Lines = 2;
    if (std::string Note = nodeNote(N); !Note.empty()) {
      Width = std::max(Width, textWidth(Note, SubFont));
      ++Lines;
    }
    Boxes.push_back({Width + Padding, Lines * LineHeight + BoxMargin});
  }
  for (const GraphCause &C : G.Causes) {
    std::string Line = "line " + std::to_string(C.Site->Loc.Line);
    Boxes.push_back({std::max(textWidth(C.Site->Callee, NameFont), textWidth(Line, SubFont)) + Padding,
                     2 * LineHeight + BoxMargin});
  }
  std::vector<unsigned> BoxOf(P.Functions.size());
  for (unsigned N = 0; N < G.Nodes.size(); ++N)
    BoxOf[G.Nodes[N].Function] = N;
  for (const GraphEdge &E : G.Edges)
    Arrows.push_back({BoxOf[E.From], BoxOf[E.To],
                      E.Kind == EdgeKind::Call ? "" : edgeKindName(E.Kind).str()});
  for (unsigned C = 0; C < G.Causes.size(); ++C)
    Arrows.push_back({G.Causes[C].Node, unsigned(G.Nodes.size() + C), ""});
}

void GraphWriter::writeLayout() {
  if (Boxes.size() > LayoutLimit) {
    J.attribute("unplaced", true);
    return;
  }
  llvm::Expected<Layout> L = layOutLeftToRight(Boxes, Arrows);
  if (!L) {
    // The report is still worth having without its picture.
    J.attribute("unplaced", llvm::toString(L.takeError()));
    return;
  }
  J.attributeObject("layout", [&] {
    J.attribute("width", L->Width);
    J.attribute("height", L->Height);
    J.attributeArray("boxes", [&] {
      for (unsigned B = 0; B < Boxes.size(); ++B)
        J.object([&] {
          J.attribute("x", L->Centres[B].X - Boxes[B].Width / 2);
          J.attribute("y", L->Centres[B].Y - Boxes[B].Height / 2);
          J.attribute("width", Boxes[B].Width);
          J.attribute("height", Boxes[B].Height);
        });
    });
    J.attributeArray("arrows", [&] {
      for (const PlacedArrow &A : L->Arrows)
        J.object([&] {
          J.attribute("d", pathOf(A));
          if (A.LabelCentre) {
            J.attribute("label_x", A.LabelCentre->X);
            J.attribute("label_y", A.LabelCentre->Y);
          }
        });
    });
  });
}

void GraphWriter::write() {
  measure();
  J.attributeObject("graph", [&] {
    J.attributeArray("nodes", [&] {
      for (const GraphNode &N : G.Nodes)
        J.object([&] {
          J.attribute("function", N.Function);
          if (std::string Note = nodeNote(N); !Note.empty())
            J.attribute("note", Note);
        });
    });
    J.attributeArray("edges", [&] {
      for (const GraphEdge &E : G.Edges)
        J.object([&] {
          J.attribute("from", E.From);
          J.attribute("to", E.To);
          J.attribute("kind", edgeKindName(E.Kind));
          J.attribute("witness", E.witness());
          if (E.Via) {
            J.attribute("via", E.Via->Callee);
            J.attribute("line", E.Via->Loc.Line);
          }
        });
    });
    J.attributeArray("causes", [&] {
      for (const GraphCause &C : G.Causes)
        J.object([&] {
          J.attribute("function", G.Nodes[C.Node].Function);
          J.attribute("callee", C.Site->Callee);
          J.attribute("line", C.Site->Loc.Line);
          J.attribute("column", C.Site->Loc.Column);
          J.attribute("quadrant", quadrantName(C.Site->Label));
          J.attribute("reason", C.Site->Reason);
        });
    });
    writeLayout();
  });
}

} // namespace

void writeGraphJson(llvm::json::OStream &J, const Report &R) { GraphWriter(J, R).write(); }

} // namespace quadrant::report
