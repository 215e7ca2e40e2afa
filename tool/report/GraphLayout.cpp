//===--- GraphLayout.cpp - Where the boxes of a graph go --------*- C++ -*-===//
#include "report/GraphLayout.h"
#include <graphviz/gvc.h>
#include <memory>

namespace quadrant::report {

namespace {

// Graphviz measures in points and inches; the page in CSS pixels. One point
// is drawn as one pixel: only proportions matter.
constexpr double PointsPerInch = 72;

std::string number(double V) { return std::to_string(V); }

void set(void *Object, const char *Name, const std::string &Value) {
  agsafeset(Object, const_cast<char *>(Name), const_cast<char *>(Value.c_str()),
            const_cast<char *>(""));
}

/// The point halfway along a spline of cubic segments: the joint between
/// the middle two segments, or the middle of a single one.
LayoutPoint middleOf(const std::vector<LayoutPoint> &Spline) {
  unsigned Segments = (Spline.size() - 1) / 3;
  if (Segments % 2 == 0)
    return Spline[3 * (Segments / 2)];
  const LayoutPoint *P = &Spline[3 * (Segments / 2)];
  return {(P[0].X + 3 * P[1].X + 3 * P[2].X + P[3].X) / 8,
          (P[0].Y + 3 * P[1].Y + 3 * P[2].Y + P[3].Y) / 8};
}

struct ContextDeleter {
  void operator()(GVC_t *C) const { gvFreeContext(C); }
};
struct GraphDeleter {
  void operator()(Agraph_t *G) const { agclose(G); }
};

} // namespace

llvm::Expected<Layout> layOutLeftToRight(llvm::ArrayRef<LayoutBox> Boxes,
                                         llvm::ArrayRef<LayoutArrow> Arrows) {
  Layout Out;
  if (Boxes.empty())
    return Out;
  // Graphviz reports its errors on stderr itself; the return code says
  // whether there was one, which is all the caller can act on.
  agseterr(AGMAX);
  std::unique_ptr<GVC_t, ContextDeleter> Context(gvContext());
  std::unique_ptr<Agraph_t, GraphDeleter> G(
      agopen(const_cast<char *>("layout"), Agdirected, nullptr));
  set(G.get(), "rankdir", "LR");
  set(G.get(), "nodesep", "0.2");
  set(G.get(), "ranksep", "0.6");
  // Each connected part (a program of its own, a thread's island) is laid
  // out alone and the parts packed in a grid, tops aligned, biggest first:
  // ranked together, a long name in one part would widen that rank in every
  // other, and the first screenful could be empty.
  set(G.get(), "pack", "true");
  set(G.get(), "packmode", "array_t");
  std::vector<Agnode_t *> Nodes;
  for (unsigned B = 0; B < Boxes.size(); ++B) {
    Agnode_t *N = agnode(G.get(), const_cast<char *>(("n" + std::to_string(B)).c_str()), 1);
    set(N, "shape", "box");
    set(N, "fixedsize", "true");
    set(N, "label", "");
    set(N, "width", number(Boxes[B].Width / PointsPerInch));
    set(N, "height", number(Boxes[B].Height / PointsPerInch));
    Nodes.push_back(N);
  }
  std::vector<Agedge_t *> Edges;
  for (unsigned A = 0; A < Arrows.size(); ++A) {
    Agedge_t *E = agedge(G.get(), Nodes[Arrows[A].From], Nodes[Arrows[A].To],
                         const_cast<char *>(("e" + std::to_string(A)).c_str()), 1);
    if (!Arrows[A].Label.empty()) {
      // The page writes labels in an 11px sans-serif: Helvetica's metrics
      // are what Graphviz estimates without a font library.
      set(E, "label", Arrows[A].Label);
      set(E, "fontname", "Helvetica");
      set(E, "fontsize", "11");
    }
    Edges.push_back(E);
  }
  if (gvLayout(Context.get(), G.get(), "dot") != 0)
    return llvm::createStringError("Graphviz could not lay out the call graph");
  boxf Bounds = GD_bb(G.get());
  auto Flip = [&](pointf P) { return LayoutPoint{P.x - Bounds.LL.x, Bounds.UR.y - P.y}; };
  Out.Width = Bounds.UR.x - Bounds.LL.x;
  Out.Height = Bounds.UR.y - Bounds.LL.y;
  for (Agnode_t *N : Nodes)
    Out.Centres.push_back(Flip(ND_coord(N)));
  for (Agedge_t *E : Edges) {
    PlacedArrow A;
    if (const splines *Spl = ED_spl(E); Spl && Spl->size > 0) {
      const bezier &B = Spl->list[0];
      for (int K = 0; K < B.size; ++K)
        A.Spline.push_back(Flip(B.list[K]));
      if (B.eflag)
        A.Tip = Flip(B.ep);
    }
    // Graphviz 2.42 does not move edge labels with their packed part, so
    // the label goes where its arrow is: the spline's middle.
    if (ED_label(E) && !A.Spline.empty())
      A.LabelCentre = middleOf(A.Spline);
    Out.Arrows.push_back(std::move(A));
  }
  gvFreeLayout(Context.get(), G.get());
  return Out;
}

} // namespace quadrant::report
