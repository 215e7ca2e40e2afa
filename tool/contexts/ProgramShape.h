//===--- ProgramShape.h - Concurrent, parallel, both or neither -*- C++ -*-===//
//
//   in:  link::Program + contexts::Model
//   out: ProgramShape: how many threads, pools, event loops, coroutines and
//        processes the program has, and whether it is concurrent, parallel,
//        both or neither
//
// The two words as the course notes use them: *concurrent* when more than
// one task is in flight at a time (threads, handlers on an event loop,
// coroutines, processes: they may take turns on one core); *parallel* when
// tasks can run at the same instant (more than one thread or process; a
// parallel algorithm splitting one task over the cores).
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CONTEXTS_PROGRAMSHAPE_H
#define QUADRANT_CONTEXTS_PROGRAMSHAPE_H

#include "contexts/Contexts.h"
#include <string>

namespace quadrant::contexts {

struct ProgramShape {
  unsigned MainFunctions = 0;
  /// Sites that start threads, and how many threads they start together.
  unsigned ThreadSites = 0;
  Count Threads{Count::Kind::Known, 0};
  unsigned PoolSites = 0;            ///< tasks handed to pools
  unsigned ParallelAlgorithms = 0;   ///< parallel algorithms (trait "parallel")
  /// Calls that run an event loop, and the program's own loops.
  unsigned EventLoops = 0;
  /// Sites that hand handlers to a loop, and the functions the program's
  /// own loops call as handlers.
  unsigned LoopHandlers = 0;
  unsigned Callbacks = 0;            ///< other asynchronous hand-offs
  unsigned Coroutines = 0;           ///< coroutines that are tasks of their own
  unsigned ChildProcesses = 0;       ///< fork() sites
  unsigned Programs = 0;             ///< posix_spawn, system, popen sites
  bool Concurrent = false;
  bool Parallel = false;
  /// "concurrent and parallel", "concurrent, not parallel", "parallel, not
  /// concurrent" or "neither concurrent nor parallel".
  std::string Verdict;
  /// Why, in the notes' words: "one thread runs an event loop that
  /// interleaves 6 handlers and 3 coroutines".
  std::string Why;
  /// Functions that could run on two threads at the same instant.
  std::vector<unsigned> Shared;
};

ProgramShape shapeOf(const link::Program &P, const Model &M);

/// "4 threads", "one thread per hardware thread", "an unknown number of
/// threads" (Noun in the singular: "thread", "process").
std::string countText(const Count &C, llvm::StringRef Noun);

} // namespace quadrant::contexts

#endif
