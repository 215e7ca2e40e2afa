//===--- ContextText.cpp - Where a function runs, in words ------*- C++ -*-===//
#include "report/ContextText.h"
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
  return Show(Loc.File) + ":" + std::to_string(Loc.Line) + ":" + std::to_string(Loc.Column);
}

std::string startedBy(const Context &C, ShowPath Show) {
  return "'" + C.Site->Callee + "' at " + at(C.Site->Loc, Show);
}

std::string someOf(const Count &N, llvm::StringRef Noun) {
  if (N.K == Count::Kind::Known && N.N == 1)
    return "a " + Noun.str();
  return contexts::countText(N, Noun);
}

std::string loopThreads(const link::Program &P, const contexts::Model &M, ShowPath Show) {
  if (M.LoopRunners.empty())
    return "the threads that run its event loop (no call in the analyzed code runs one)";
  if (M.LoopRunners.size() == 1 && !M.LoopThreads.several())
    return "the event loop's one thread (" + describeContext(P, M, M.LoopRunners.front(), Show) +
           ")";
  return "the threads that run the event loop (" + contexts::countText(M.LoopThreads, "thread") +
         ")";
}

std::string joinCut(const std::vector<std::string> &Items) {
  if (Items.size() <= MaxListed)
    return llvm::join(Items, "; ");
  std::vector<std::string> Shown(Items.begin(), Items.begin() + MaxListed);
  return llvm::join(Shown, "; ") + "; and " + std::to_string(Items.size() - MaxListed) + " more";
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
    return someOf(C.Threads, "thread") + " started by " + startedBy(C, Show);
  case Kind::PoolTask:
    if (llvm::is_contained(C.Site->Traits, "parallel"))
      return "the threads of the parallel algorithm " + startedBy(C, Show);
    return "a pool's worker threads, as a task handed to " + startedBy(C, Show);
  case Kind::LoopHandler:
    return loopThreads(P, M, Show) + ", as a handler of " + startedBy(C, Show);
  case Kind::Callback:
    return "wherever " + startedBy(C, Show) + " runs its callback";
  case Kind::Coroutine:
    if (C.ResumedByLoop)
      return "a coroutine resumed by " + loopThreads(P, M, Show);
    return "a coroutine, on the thread of the code that resumes it";
  case Kind::ChildProcess: {
    std::string Text = someOf(C.Threads, "child process") + " forked at " +
                       at(C.Site->Loc, Show) + ", with its own copy of memory";
    if (C.Execs)
      Text += ", until exec at " + at(*C.Execs, Show) + " makes it another program";
    return Text;
  }
  case Kind::Program:
    return someOf(C.Threads, "other program") + " started by " + startedBy(C, Show) +
           ", in a process of its own";
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
  Lines.push_back("program: " + S.Verdict + ": " + S.Why);
  std::string Counts = "  ";
  if (S.MainFunctions)
    Counts += S.MainFunctions == 1 ? "a main thread"
                                   : std::to_string(S.MainFunctions) + " main functions";
  else
    Counts += "no main (a library: its functions run on the caller's thread)";
  Counts += "; threads started: " + contexts::countText(S.Threads, "thread") + " at " +
            std::to_string(S.ThreadSites) + (S.ThreadSites == 1 ? " site" : " sites");
  Counts += "; pool tasks: " + std::to_string(S.PoolSites);
  Counts += "; parallel algorithms: " + std::to_string(S.ParallelAlgorithms);
  Counts += "; calls that run an event loop: " + std::to_string(S.EventLoops);
  if (S.EventLoops)
    Counts += " (on " + contexts::countText(M.LoopThreads, "thread") + ")";
  Counts += "; handlers: " + std::to_string(S.LoopHandlers);
  Counts += "; coroutines: " + std::to_string(S.Coroutines);
  Counts += "; child processes: " + std::to_string(S.ChildProcesses);
  Counts += "; other programs: " + std::to_string(S.Programs);
  Lines.push_back(Counts);
  if (!S.Shared.empty()) {
    std::vector<std::string> Names;
    for (unsigned F : S.Shared)
      Names.push_back(P.Functions[F].Name);
    std::string Listed = Names.size() <= MaxListed
                             ? llvm::join(Names, ", ")
                             : llvm::join(llvm::ArrayRef(Names).take_front(MaxListed), ", ") +
                                   ", and " + std::to_string(Names.size() - MaxListed) + " more";
    Lines.push_back("  could run on two threads at the same instant (a data race could be "
                    "there if they share state without synchronization): " +
                    Listed);
  }
  return Lines;
}

} // namespace quadrant::report
