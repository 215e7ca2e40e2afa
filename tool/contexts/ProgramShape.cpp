//===--- ProgramShape.cpp - Concurrent, parallel, both or neither -===//
#include "contexts/ProgramShape.h"
#include "core/Format.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace quadrant::contexts {

namespace {

std::string plural(unsigned N, llvm::StringRef Noun) {
  return fmt::format("{} {}{}", N, Noun, N == 1 ? "" : Noun.ends_with("s") ? "es" : "s");
}

bool hasTrait(const facts::CallSite &S, llvm::StringRef Trait) {
  return llvm::is_contained(S.Traits, Trait);
}

/// The parts of the verdict's reason that make the program parallel.
std::vector<std::string> parallelReasons(const ProgramShape &S, const Model &M) {
  std::vector<std::string> Why;
  if (S.ThreadSites) {
    bool One = S.Threads.K == Count::Kind::Known && S.Threads.N == 1;
    Why.push_back(fmt::format("{} started at {} {} memory with {}", countText(S.Threads, "thread"),
                              plural(S.ThreadSites, "site"), One ? "shares" : "share",
                              S.MainFunctions ? "the main thread" : "the caller's thread"));
  }
  if (S.PoolSites)
    Why.push_back(fmt::format("tasks handed to a pool at {} run on its worker threads",
                              plural(S.PoolSites, "site")));
  if (S.ParallelAlgorithms)
    Why.push_back(fmt::format("{} {} over the cores", plural(S.ParallelAlgorithms, "parallel algorithm"),
                              S.ParallelAlgorithms == 1 ? "splits its work" : "split their work"));
  if (M.LoopThreads.several() && (S.LoopHandlers || S.Coroutines))
    Why.push_back(
        fmt::format("{} run the event loop's handlers", countText(M.LoopThreads, "thread")));
  if (S.ChildProcesses)
    Why.push_back(fmt::format("{} {}", plural(S.ChildProcesses, "child process"),
                              S.ChildProcesses == 1 ? "has its own copy of memory"
                                                    : "have their own copies of memory"));
  if (S.Programs)
    Why.push_back(fmt::format("{} {}", plural(S.Programs, "other program"),
                              S.Programs == 1 ? "runs in a process of its own"
                                              : "run in processes of their own"));
  return Why;
}

/// The parts that make it concurrent without making it parallel: tasks
/// that take turns on a thread.
std::vector<std::string> turnTakingReasons(const ProgramShape &S, const Model &M,
                                           bool OtherThreads) {
  std::vector<std::string> Why;
  std::vector<std::string> Tasks;
  if (S.LoopHandlers)
    Tasks.push_back(plural(S.LoopHandlers, "handler"));
  if (S.Coroutines)
    Tasks.push_back(plural(S.Coroutines, "coroutine"));
  if (!Tasks.empty() && !M.LoopThreads.several()) {
    std::string Interleaved = llvm::join(Tasks, " and ");
    if (M.LoopThreads.N == 1)
      Why.push_back(fmt::format("one thread runs an event loop that interleaves {}", Interleaved));
    else if (!OtherThreads)
      Why.push_back(fmt::format("one thread interleaves {}", Interleaved));
    else
      Why.push_back(fmt::format("{} take turns on the threads that resume them", Interleaved));
  }
  if (S.Callbacks)
    Why.push_back(fmt::format("{} handed off run later", plural(S.Callbacks, "callback")));
  return Why;
}

} // namespace

std::string countText(const Count &C, llvm::StringRef Noun) {
  switch (C.K) {
  case Count::Kind::Known:
    return plural(C.N, Noun);
  case Count::Kind::PerHardwareThread:
    return fmt::format("one {} per hardware thread", Noun);
  case Count::Kind::Unknown:
    break;
  }
  return fmt::format("an unknown number of {}{}", Noun, Noun.ends_with("s") ? "es" : "s");
}

ProgramShape shapeOf(const link::Program &P, const Model &M) {
  ProgramShape S;
  for (const facts::Function &F : P.writtenFunctions())
    S.MainFunctions += F.Name == "main";
  for (const Context &C : M.Contexts) {
    switch (C.Kind) {
    case Kind::MainThread:
    case Kind::CallerThread:
      break;
    case Kind::Thread:
      ++S.ThreadSites;
      S.Threads = S.Threads + C.Threads;
      break;
    case Kind::PoolTask:
      ++(hasTrait(*C.Site, "parallel") ? S.ParallelAlgorithms : S.PoolSites);
      break;
    case Kind::LoopHandler:
      // The program's own loop: its wait runs the loop, and each function
      // it dispatches to is a handler.
      S.EventLoops += C.OwnLoop;
      S.LoopHandlers += C.OwnLoop ? C.Entries.size() : 1;
      break;
    case Kind::Callback:
      ++S.Callbacks;
      break;
    case Kind::Coroutine:
      ++S.Coroutines;
      break;
    case Kind::ChildProcess:
      ++S.ChildProcesses;
      break;
    case Kind::Program:
      ++S.Programs;
      break;
    }
  }
  for (const facts::Function &F : P.writtenFunctions())
    S.EventLoops += llvm::count_if(
        F.CallSites, [](const facts::CallSite &Site) { return hasTrait(Site, "event-loop"); });

  // A parallel algorithm alone runs one task on many cores: parallel, but
  // nothing else is in flight.
  S.Concurrent = S.ThreadSites || S.PoolSites || S.LoopHandlers || S.Callbacks || S.Coroutines ||
                 S.ChildProcesses || S.Programs;
  S.Parallel = S.ThreadSites || S.PoolSites || S.ParallelAlgorithms || S.ChildProcesses ||
               S.Programs || (M.LoopThreads.several() && (S.LoopHandlers || S.Coroutines));
  std::vector<std::string> Why = parallelReasons(S, M);
  std::vector<std::string> Turns = turnTakingReasons(S, M, S.ThreadSites || S.PoolSites);
  Why.insert(Why.end(), Turns.begin(), Turns.end());
  if (S.Concurrent && S.Parallel)
    S.Verdict = "concurrent and parallel";
  else if (S.Concurrent)
    S.Verdict = "concurrent, not parallel";
  else if (S.Parallel)
    S.Verdict = "parallel, not concurrent";
  else
    S.Verdict = "neither concurrent nor parallel";
  S.Why = Why.empty() ? "one thread runs everything, one step after another" : llvm::join(Why, "; ");
  for (unsigned F = 0; F < P.written(); ++F)
    if (M.Parallel[F])
      S.Shared.push_back(F);
  return S;
}

} // namespace quadrant::contexts
