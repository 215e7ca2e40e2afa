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
#include <condition_variable>
#include <mutex>
#include <thread>

namespace quadrant::driver {

class ProgressLine {
public:
  explicit ProgressLine(llvm::raw_ostream &Terminal);
  /// Erases the line, leaving the cursor where it was before the first draw.
  ~ProgressLine();
  /// Shows P; thread-safe.
  void update(const Progress &P);

private:
  using Clock = std::chrono::steady_clock;
  /// Draws the state; called with Lock held.
  void draw(Clock::time_point Now);

  llvm::raw_ostream &OS;
  const Clock::time_point Start = Clock::now();
  /// Characters the line may take: one less than the terminal is wide, so
  /// it never wraps (a wrapped line cannot be redrawn with '\r').
  const size_t Width;
  PathDisplay Display;

  std::mutex Lock;
  size_t Done = 0, Total = 0;
  std::string Current;
  Clock::time_point LastDraw;
  size_t Drawn = 0; ///< characters on the line now
  /// Redraws every second, so the elapsed time runs on while one long
  /// translation unit is parsed.
  std::thread Ticker;
  std::condition_variable Stop;
  bool Stopping = false;
};

} // namespace quadrant::driver

#endif
