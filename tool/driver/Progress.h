//===--- Progress.h - A progress line on a terminal -------------*- C++ -*-===//
//
// A long run shows where it is: "quadrant: [3/12] 0:04 src/net.cpp" on
// stderr, redrawn in place and erased when the analysis ends, as ninja
// does. Drawn only when stderr is a terminal; the driver decides.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_DRIVER_PROGRESS_H
#define QUADRANT_DRIVER_PROGRESS_H

#include "core/Paths.h"
#include "driver/Analysis.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>

namespace quadrant::driver {

class ProgressLine {
public:
  explicit ProgressLine(llvm::raw_ostream &Terminal);
  /// Erases the line, leaving the cursor where it was before the first draw.
  ~ProgressLine();
  void draw(const Progress &P);

private:
  llvm::raw_ostream &OS;
  std::chrono::steady_clock::time_point Start = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point LastDraw;
  /// Characters the line may take: one less than the terminal is wide, so
  /// it never wraps (a wrapped line cannot be redrawn with '\r').
  size_t Width;
  size_t Drawn = 0; ///< characters on the line now
  PathDisplay Display;
};

} // namespace quadrant::driver

#endif
