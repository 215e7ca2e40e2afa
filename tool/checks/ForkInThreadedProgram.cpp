//===--- ForkInThreadedProgram.cpp - quadrant-fork-in-threaded-program ===//
//
// fork() copies only the calling thread. A lock that another thread held at
// that instant (malloc's, stdio's, the program's own) stays locked in the
// child forever, so POSIX allows the child of a multithreaded process only
// async-signal-safe calls until it calls exec. A fork is reported when a
// thread may be running: the forking code runs on a thread other than the
// main one, or a thread is started earlier on the way from the entry point
// to the fork. A child that calls only async-signal-safe functions (a rule
// with the trait "async-signal-safe": write, close, dup2, ...) and exec,
// and ends in exec or _exit, is safe.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"
#include "contexts/Contexts.h"
#include "core/Format.h"
#include "llvm/ADT/STLExtras.h"
#include <set>

namespace quadrant::checks {

namespace {

bool startsThreads(const facts::CallSite &S) {
  return hasTrait(S, "spawns-thread") || hasTrait(S, "runs-on-pool");
}

/// The thread starts each function reaches through its calls.
std::vector<const facts::CallSite *> firstThreadStarts(const link::Program &P) {
  std::vector<const facts::CallSite *> Start(P.Functions.size(), nullptr);
  std::vector<std::vector<unsigned>> Callers(P.Functions.size());
  std::vector<unsigned> Work;
  for (unsigned F = 0; F < P.Functions.size(); ++F) {
    for (const std::vector<unsigned> &Targets : P.Targets[F])
      for (unsigned T : Targets)
        Callers[T].push_back(F);
    for (const facts::CallSite &S : P.Functions[F].CallSites)
      if (!Start[F] && startsThreads(S)) {
        Start[F] = &S;
        Work.push_back(F);
      }
  }
  while (!Work.empty()) {
    unsigned F = Work.back();
    Work.pop_back();
    for (unsigned C : Callers[F])
      if (!Start[C]) {
        Start[C] = Start[F];
        Work.push_back(C);
      }
  }
  return Start;
}

/// The child branch calls only what POSIX allows before exec (exec, and
/// functions a rule calls async-signal-safe), and ends the process with
/// exec or _exit rather than going on into the parent's code.
bool childStaysSafe(const facts::Function &Fn, const facts::CallSite &Fork) {
  if (!Fork.Child)
    return false;
  std::set<std::string> Execs;
  for (const facts::CallSite &S : Fn.CallSites)
    if (hasTrait(S, "replaces-process") && contexts::inForkChild(Fn, S.Loc))
      Execs.insert(S.Callee);
  const std::vector<std::string> &Callees = Fork.Child->Callees;
  bool Ends = !Execs.empty() || llvm::is_contained(Callees, "_exit") ||
              llvm::is_contained(Callees, "_Exit");
  return Ends && llvm::all_of(Callees, [&](const std::string &Name) {
           return Execs.count(Name) || llvm::is_contained(Fork.Child->AsyncSignalSafe, Name);
         });
}

/// How a context other than the main thread runs its code, for a note at
/// the site that starts it (or at the coroutine).
std::string howItRuns(const contexts::Context &C) {
  switch (C.Kind) {
  case contexts::Kind::Thread:
    return "runs on a thread started here, beside the thread that started it";
  case contexts::Kind::PoolTask:
    return "runs on a pool's worker threads, as a task handed over here";
  case contexts::Kind::LoopHandler:
    return "runs on an event loop that several threads run, as a handler handed over here";
  case contexts::Kind::Coroutine:
    return "is a coroutine resumed by an event loop that several threads run";
  default:
    return "runs later, wherever the call here runs its callback";
  }
}

class Finder {
public:
  explicit Finder(const CheckInput &In) : In(In), P(In.Program), Starts(firstThreadStarts(P)) {
    Callers.resize(P.Functions.size());
    for (unsigned F = 0; F < P.Functions.size(); ++F)
      for (unsigned C = 0; C < P.Targets[F].size(); ++C)
        for (unsigned T : P.Targets[F][C])
          Callers[T].push_back({F, C});
  }

  /// A context of F other than a single main or caller's thread: other
  /// threads run beside it.
  std::optional<unsigned> threadedContext(unsigned F) const {
    for (unsigned C : In.Contexts.ByFunction[F]) {
      const contexts::Context &Ctx = In.Contexts.Contexts[C];
      switch (Ctx.Kind) {
      case contexts::Kind::Thread:
      case contexts::Kind::PoolTask:
      case contexts::Kind::Callback:
        return C;
      case contexts::Kind::LoopHandler:
        if (Ctx.Threads.several())
          return C;
        break;
      case contexts::Kind::Coroutine:
        if (Ctx.ResumedByLoop && Ctx.Threads.several())
          return C;
        break;
      default:
        break;
      }
    }
    return std::nullopt;
  }

  /// A thread start before Loc in F, or before the calls of F in its
  /// callers, transitively: it may still be running at Loc.
  const facts::CallSite *startedBefore(unsigned F, const SourcePoint &Loc) const {
    std::set<unsigned> Seen{F};
    std::vector<std::pair<unsigned, SourcePoint>> Work{{F, Loc}};
    while (!Work.empty()) {
      auto [G, At] = Work.back();
      Work.pop_back();
      const facts::Function &Fn = P.Functions[G];
      for (const facts::CallSite &S : Fn.CallSites)
        if (S.Loc < At && startsThreads(S))
          return &S;
      for (unsigned C = 0; C < Fn.Calls.size(); ++C)
        if (Fn.Calls[C].Loc < At)
          for (unsigned T : P.Targets[G][C])
            if (Starts[T])
              return Starts[T];
      for (auto [Caller, Call] : Callers[G])
        if (Seen.insert(Caller).second)
          Work.push_back({Caller, P.Functions[Caller].Calls[Call].Loc});
    }
    return nullptr;
  }

private:
  const CheckInput &In;
  const link::Program &P;
  std::vector<const facts::CallSite *> Starts;
  std::vector<std::vector<std::pair<unsigned, unsigned>>> Callers;
};

} // namespace

void runForkInThreadedProgram(const CheckInput &In, std::vector<Finding> &Out) {
  const link::Program &P = In.Program;
  Finder Find(In);
  for (unsigned F = 0; F < P.written(); ++F) {
    const facts::Function &Fn = P.Functions[F];
    for (const facts::CallSite &Fork : Fn.CallSites) {
      if (!hasTrait(Fork, "forks") || childStaysSafe(Fn, Fork))
        continue;
      std::vector<Note> Notes;
      if (std::optional<unsigned> C = Find.threadedContext(F)) {
        const contexts::Context &Ctx = In.Contexts.Contexts[*C];
        Notes.push_back(
            {Ctx.Site ? Ctx.Site->Loc : Fn.Loc, fmt::format("'{}' {}", Fn.Name, howItRuns(Ctx))});
      } else if (const facts::CallSite *Start = Find.startedBefore(F, Fork.Loc)) {
        Notes.push_back({Start->Loc, fmt::format("a thread is started here, before the fork, by '{}'",
                                                 Start->Callee)});
      } else {
        continue;
      }
      Out.push_back({"quadrant-fork-in-threaded-program", Fork.Loc,
                     fmt::format("'{}' while other threads may be running: the child gets only "
                                 "this thread, and a lock another thread holds stays locked in it; "
                                 "until exec the child may call only async-signal-safe functions",
                                 Fork.Callee),
                     std::move(Notes), Fn.Name});
    }
  }
}

} // namespace quadrant::checks
