//===--- GraphLayout.h - Where the boxes of a graph go ----------*- C++ -*-===//
//
//   in:  boxes of given sizes and the arrows between them
//   out: each box's place and each arrow's route, left to right
//
// A call graph of hundreds of functions needs a real layered layout: cycles
// broken, ranks assigned, crossings reduced, arrows routed around boxes.
// Graphviz's dot engine (libgvc) does all of it, so the HTML page only draws
// the positions this returns. Units are CSS pixels, y grows downwards.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_REPORT_GRAPHLAYOUT_H
#define QUADRANT_REPORT_GRAPHLAYOUT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace quadrant::report {

struct LayoutPoint {
  double X = 0, Y = 0;
};

struct LayoutBox {
  double Width = 0, Height = 0;
};

struct LayoutArrow {
  unsigned From = 0, To = 0; ///< indices into the boxes
  /// Text written along the arrow, which the layout makes room for; "" none.
  std::string Label;
};

struct PlacedArrow {
  /// A cubic Bézier spline: a start point, then three points per segment.
  std::vector<LayoutPoint> Spline;
  /// Where the arrowhead's tip is, past the spline's end.
  std::optional<LayoutPoint> Tip;
  std::optional<LayoutPoint> LabelCentre;
};

struct Layout {
  double Width = 0, Height = 0;
  std::vector<LayoutPoint> Centres; ///< by box
  std::vector<PlacedArrow> Arrows;  ///< by arrow
};

/// Lays the boxes out in ranks from left to right, callers before callees,
/// each connected part apart, the parts packed in a grid.
llvm::Expected<Layout> layOutLeftToRight(llvm::ArrayRef<LayoutBox> Boxes,
                                         llvm::ArrayRef<LayoutArrow> Arrows);

} // namespace quadrant::report

#endif
