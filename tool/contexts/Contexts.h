//===--- Contexts.h - Where each function runs ------------------*- C++ -*-===//
//
//   in:  link::Program
//   out: Model: the program's execution contexts (its main thread, threads
//        started at a site, pool tasks, event-loop handlers, coroutine
//        bodies, child processes and other programs it starts), the
//        contexts each function runs in, and the functions that could run
//        on two threads at the same instant
//
// A context starts at its entries (main; the functions handed to a thread,
// a pool or an event loop; the functions the program's own event loop
// calls through pointers or virtually; a coroutine; the functions the child
// branch of fork() calls) and covers everything they call, transitively. A
// hand-off does not continue the context it is made in: it starts another
// one, and so does an own loop's call of a handler. The
// classification says how a function waits; this says where it runs, which
// is what "concurrent or parallel" and "threads or processes" ask
// (docs/taxonomy.md).
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CONTEXTS_CONTEXTS_H
#define QUADRANT_CONTEXTS_CONTEXTS_H

#include "link/Program.h"
#include <optional>
#include <vector>

namespace quadrant::contexts {

enum class Kind {
  MainThread,   ///< what main runs
  CallerThread, ///< a library's functions that nothing in it calls: the caller's thread
  Thread,       ///< threads started at a site (std::thread, pthread_create, ...)
  PoolTask,     ///< tasks handed to a pool of worker threads, or a parallel algorithm
  LoopHandler,  ///< handlers handed to an event loop, run by the threads that run it
  Callback,     ///< callables handed to some other asynchronous call: run later, somewhere
  Coroutine,    ///< a coroutine's body, resumed by whoever resumes it
  ChildProcess, ///< the child branch after fork(): a copy of the memory
  Program,      ///< another program (posix_spawn, exec, system, popen): its own memory
};

/// How many threads (processes for ChildProcess and Program) run a context.
struct Count {
  enum class Kind {
    Known,             ///< N
    PerHardwareThread, ///< one per hardware thread (hardware_concurrency())
    Unknown,           ///< one or more: a loop with an unknown bound, a pool
  };
  Kind K = Kind::Known;
  unsigned N = 1;

  /// More than one at once is possible.
  bool several() const { return K != Kind::Known || N > 1; }
};
Count operator+(Count A, Count B);

struct Context {
  contexts::Kind Kind = Kind::MainThread;
  /// Where it starts (indices into Program::Functions): may be empty for a
  /// context the analyzed code shows no function of (an OpenMP region, a
  /// program started by posix_spawn).
  std::vector<unsigned> Entries;
  /// The site that starts it, and the function that holds the site; none
  /// for the main and caller's threads and for coroutines.
  const facts::CallSite *Site = nullptr;
  unsigned Starter = 0;
  /// How many threads run it at once; for a LoopHandler and a coroutine
  /// on a loop, the threads that run its event loop (those of LoopRunners).
  Count Threads;
  /// For a LoopHandler and a coroutine on a loop: the contexts whose threads
  /// run its loop. An own loop's (OwnLoop) are those of the function that
  /// holds it; a library's are every context that runs a library's loop
  /// (a call with the trait "event-loop"): quadrant does not tell one loop
  /// object from another.
  std::vector<unsigned> LoopRunners;
  /// For a coroutine: resumed by an event loop (Asio's awaitable) rather
  /// than by the code that holds it (a generator, a task).
  bool ResumedByLoop = false;
  /// For a LoopHandler: the loop is one the program writes itself
  /// (OwnLoops.h); Site is its wait (select, poll, epoll_wait) and Starter
  /// the function that holds it.
  bool OwnLoop = false;
  /// For a ChildProcess: where its branch calls exec, the program it becomes.
  std::optional<SourcePoint> Execs;

  bool separateMemory() const { return Kind == Kind::ChildProcess || Kind == Kind::Program; }
};

struct Model {
  std::vector<Context> Contexts;
  /// ByFunction[F]: the contexts Functions[F] runs in, ascending.
  std::vector<std::vector<unsigned>> ByFunction;
  /// The contexts that run any event loop (a call with the trait
  /// "event-loop", or a loop of the program's own: OwnLoops.h), and how
  /// many threads those are together: the program summary's count.
  std::vector<unsigned> LoopRunners;
  Count LoopThreads{Count::Kind::Known, 0};
  /// Parallel[F]: Functions[F] could run on two threads of one address
  /// space at the same instant, so the state it shares needs
  /// synchronization.
  std::vector<bool> Parallel;
};

Model computeContexts(const link::Program &P);

/// Whether Functions[F].Calls[C] is in the child branch of a fork() in F:
/// it runs in the child process, not in F's own contexts.
bool inForkChild(const facts::Function &F, const SourcePoint &Loc);

} // namespace quadrant::contexts

#endif
