//===--- ContextText.cpp - Where a function runs, in words ------*- C++ -*-===//
#include "report/ContextText.h"
#include "core/Format.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace quadrant::report {

namespace {

using contexts::Context;
using contexts::Count;
using contexts::Kind;

/// A list is cut after this many, with how many more.
constexpr size_t MaxListed = 8;

std::string at(const SourcePoint &Loc, ShowPath Show) {
  return fmt::format("{}:{}:{}", Show(Loc.File), Loc.Line, Loc.Column);
}

std::string startedBy(const Context &C, ShowPath Show) {
  return fmt::format("'{}' at {}", C.Site->Callee, at(C.Site->Loc, Show));
}

std::string someOf(const Count &N, llvm::StringRef Noun) {
  if (N.K == Count::Kind::Known && N.N == 1)
    return fmt::format("a {}", Noun);
  return contexts::countText(N, Noun);
}

/// The threads that run the loop of C, a handler or a coroutine on a loop.
std::string loopThreads(const link::Program &P, const contexts::Model &M, const Context &C,
                        ShowPath Show) {
  if (C.LoopRunners.empty())
    return "the threads that run its event loop (no call in the analyzed code runs one)";
  if (C.LoopRunners.size() == 1 && !C.Threads.several())
    return fmt::format("the event loop's one thread ({})",
                       describeContext(P, M, C.LoopRunners.front(), Show));
  return fmt::format("the threads that run the event loop ({})",
                     contexts::countText(C.Threads, "thread"));
}

std::string joinCut(const std::vector<std::string> &Items) {
  if (Items.size() <= MaxListed)
    return llvm::join(Items, "; ");
  std::vector<std::string> Shown(Items.begin(), Items.begin() + MaxListed);
  return fmt::format("{}; and {} more", llvm::join(Shown, "; "), Items.size() - MaxListed);
}

} // namespace

std::string describeContext(const link::Program &P, const contexts::Model &M, unsigned Index,
                            ShowPath Show) {
  const Context &C = M.Contexts[Index];
  switch (C.Kind) {
  case Kind::MainThread:
    return "the main thread";
  case Kind::CallerThread:
    return "the caller's thread";
  case Kind::Thread:
    return fmt::format("{} started by {}", someOf(C.Threads, "thread"), startedBy(C, Show));
  case Kind::PoolTask:
    if (llvm::is_contained(C.Site->Traits, "parallel"))
      return fmt::format("the threads of the parallel algorithm {}", startedBy(C, Show));
    return fmt::format("a pool's worker threads, as a task handed to {}", startedBy(C, Show));
  case Kind::LoopHandler:
    if (C.OwnLoop)
      return fmt::format("{}, as a handler that the event loop written around {} calls",
                         loopThreads(P, M, C, Show), startedBy(C, Show));
    return fmt::format("{}, as a handler of {}", loopThreads(P, M, C, Show), startedBy(C, Show));
  case Kind::Callback:
    return fmt::format("wherever {} runs its callback", startedBy(C, Show));
  case Kind::Coroutine:
    if (C.ResumedByLoop)
      return fmt::format("a coroutine resumed by {}", loopThreads(P, M, C, Show));
    return "a coroutine, on the thread of the code that resumes it";
  case Kind::ChildProcess: {
    std::string Text = fmt::format("{} forked at {}, with its own copy of memory",
                                   someOf(C.Threads, "child process"), at(C.Site->Loc, Show));
    if (C.Execs)
      Text += fmt::format(", until exec at {} makes it another program", at(*C.Execs, Show));
    return Text;
  }
  case Kind::Program:
    return fmt::format("{} started by {}, in a process of its own",
                       someOf(C.Threads, "other program"), startedBy(C, Show));
  }
  return "";
}

std::string runsOn(const link::Program &P, const contexts::Model &M, unsigned F, ShowPath Show) {
  if (M.ByFunction[F].empty())
    return "no entry point of the analyzed code reaches it";
  std::vector<std::string> Places;
  for (unsigned C : M.ByFunction[F])
    Places.push_back(describeContext(P, M, C, Show));
  std::string Text = joinCut(Places);
  if (M.Parallel[F])
    Text += " (it could run on two threads at the same instant: what it shares with them "
            "needs synchronization)";
  return Text;
}

std::vector<std::string> programSummary(const link::Program &P, const contexts::Model &M,
                                        const contexts::ProgramShape &S) {
  std::vector<std::string> Lines;
  Lines.push_back(fmt::format("program: {}: {}", S.Verdict, S.Why));
  std::string Mains = !S.MainFunctions      ? "no main (a library: its functions run on the caller's thread)"
                      : S.MainFunctions == 1 ? "a main thread"
                                             : fmt::format("{} main functions", S.MainFunctions);
  std::string LoopThreads =
      S.EventLoops ? fmt::format(" (on {})", contexts::countText(M.LoopThreads, "thread")) : "";
  Lines.push_back(fmt::format(
      "  {}; threads started: {} at {} {}; pool tasks: {}; parallel algorithms: {}; "
      "calls that run an event loop: {}{}; handlers: {}; coroutines: {}; child processes: {}; "
      "other programs: {}",
      Mains, contexts::countText(S.Threads, "thread"), S.ThreadSites,
      S.ThreadSites == 1 ? "site" : "sites", S.PoolSites, S.ParallelAlgorithms, S.EventLoops,
      LoopThreads, S.LoopHandlers, S.Coroutines, S.ChildProcesses, S.Programs));
  if (!S.Shared.empty()) {
    std::vector<std::string> Names;
    for (unsigned F : S.Shared)
      Names.push_back(P.Functions[F].Name);
    std::string Listed = Names.size() <= MaxListed
                             ? llvm::join(Names, ", ")
                             : fmt::format("{}, and {} more",
                                           llvm::join(llvm::ArrayRef(Names).take_front(MaxListed), ", "),
                                           Names.size() - MaxListed);
    Lines.push_back(fmt::format("  could run on two threads at the same instant (a data race could "
                                "be there if they share state without synchronization): {}",
                                Listed));
  }
  return Lines;
}

} // namespace quadrant::report
