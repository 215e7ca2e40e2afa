//===--- HtmlGraph.h - The HTML page's call graph, placed -------*- C++ -*-===//
//
//   in:  a Report  =>  out: the "graph" object of the page's data
//
// The call graph (CallGraph.h) with each box's size, estimated from its text,
// and, from Graphviz (GraphLayout.h), each box's place and each arrow's
// route: report.js only draws them. A graph of more than LayoutLimit boxes
// is not placed (dot would take minutes and nobody reads such a picture):
// the page says so and points at --format=dot.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_REPORT_HTMLGRAPH_H
#define QUADRANT_REPORT_HTMLGRAPH_H

#include "report/Report.h"

namespace quadrant::report {

inline constexpr unsigned LayoutLimit = 1000;

void writeGraphJson(llvm::json::OStream &J, const Report &R);

} // namespace quadrant::report

#endif
