//===--- Contexts.cpp - Where each function runs ----------------*- C++ -*-===//
#include "contexts/Contexts.h"
#include "contexts/OwnLoops.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include <set>

namespace quadrant::contexts {

Count operator+(Count A, Count B) {
  if (A.K == Count::Kind::Known && A.N == 0)
    return B;
  if (B.K == Count::Kind::Known && B.N == 0)
    return A;
  if (A.K == Count::Kind::Known && B.K == Count::Kind::Known)
    return {Count::Kind::Known, A.N + B.N};
  return {Count::Kind::Unknown, 0};
}

bool inForkChild(const facts::Function &F, const SourcePoint &Loc) {
  for (const facts::CallSite &S : F.CallSites)
    if (S.Child && !(Loc < S.Child->Begin) && !(S.Child->End < Loc))
      return true;
  return false;
}

namespace {

bool hasTrait(const facts::CallSite &S, llvm::StringRef Trait) {
  return llvm::is_contained(S.Traits, Trait);
}

Count countOf(const std::optional<facts::LoopCount> &Repeats) {
  if (!Repeats)
    return {};
  switch (Repeats->K) {
  case facts::LoopCount::Kind::Constant:
    return {Count::Kind::Known, Repeats->Times};
  case facts::LoopCount::Kind::PerHardwareThread:
    return {Count::Kind::PerHardwareThread, 0};
  case facts::LoopCount::Kind::Unknown:
    break;
  }
  return {Count::Kind::Unknown, 0};
}

class Builder {
public:
  explicit Builder(const link::Program &P) : P(P), OwnLoops(findOwnLoops(P)) {
    for (const OwnLoop &L : OwnLoops)
      LoopOfWait.try_emplace(L.Wait, &L);
  }

  Model build() {
    addThreadsOfControl();
    addHandOffs();
    addCoroutines();
    M.ByFunction.assign(P.Functions.size(), {});
    markCallsRunElsewhere();
    std::vector<unsigned> Stamp(P.Functions.size(), ~0u);
    for (unsigned C = 0; C < M.Contexts.size(); ++C)
      propagate(C, Stamp);
    findLoopRunners();
    markParallel();
    return std::move(M);
  }

private:
  std::vector<unsigned> functionsOf(const std::string &USR) const {
    auto It = P.FunctionsByUSR.find(USR);
    if (It == P.FunctionsByUSR.end())
      return {};
    return {It->second.begin(), It->second.end()};
  }

  /// main, or for a library the functions nothing in it calls or hands off.
  void addThreadsOfControl() {
    Context Main;
    for (unsigned F = 0; F < P.written(); ++F)
      if (P.Functions[F].Name == "main")
        Main.Entries.push_back(F);
    if (!Main.Entries.empty()) {
      M.Contexts.push_back(std::move(Main));
      return;
    }
    std::vector<bool> Reached(P.Functions.size(), false);
    for (unsigned F = 0; F < P.Functions.size(); ++F) {
      for (const std::vector<unsigned> &Targets : P.Targets[F])
        for (unsigned T : Targets)
          if (P.original(T) != P.original(F))
            Reached[P.original(T)] = true;
      for (const facts::CallSite &S : P.Functions[F].CallSites)
        for (const std::string &USR : S.Handlers)
          for (unsigned H : functionsOf(USR))
            Reached[H] = true;
    }
    for (const OwnLoop &L : OwnLoops)
      for (unsigned H : L.Handlers)
        Reached[H] = true;
    Context Caller;
    Caller.Kind = Kind::CallerThread;
    for (unsigned F = 0; F < P.written(); ++F)
      if (!Reached[F] && !P.Functions[F].IsCoroutine)
        Caller.Entries.push_back(F);
    M.Contexts.push_back(std::move(Caller));
  }

  static std::optional<Kind> handOffKind(const facts::CallSite &S) {
    if (hasTrait(S, "forks"))
      return Kind::ChildProcess;
    if (hasTrait(S, "spawns-process"))
      return Kind::Program;
    if (hasTrait(S, "spawns-thread"))
      return Kind::Thread;
    if (hasTrait(S, "runs-on-pool") || hasTrait(S, "parallel"))
      return Kind::PoolTask;
    if (hasTrait(S, "runs-handler-on-loop"))
      return Kind::LoopHandler;
    if (!S.Handlers.empty())
      return Kind::Callback;
    return std::nullopt;
  }

  /// From the written functions: a specialization's sites are its
  /// original's.
  void addHandOffs() {
    for (unsigned F = 0; F < P.written(); ++F) {
      const facts::Function &Fn = P.Functions[F];
      for (const facts::CallSite &S : Fn.CallSites) {
        if (auto Own = LoopOfWait.find(&S); Own != LoopOfWait.end())
          addOwnLoop(*Own->second);
        std::optional<Kind> K = handOffKind(S);
        if (!K)
          continue;
        Context C;
        C.Kind = *K;
        C.Site = &S;
        C.Starter = F;
        if (*K == Kind::ChildProcess)
          addChildBranch(F, S, C);
        for (const std::string &USR : S.Handlers)
          if (!llvm::is_contained(S.LoopHandlers, USR))
            addEntries(C, USR);
        if (!S.LoopHandlers.empty())
          addLoopHandlersOf(F, S);
        // A completion token that is no function of the program
        // (use_awaitable, detached) resumes a coroutine or nothing: the
        // coroutine is a context of its own already.
        if ((*K == Kind::LoopHandler || *K == Kind::Callback) && C.Entries.empty())
          continue;
        if (*K == Kind::Thread || *K == Kind::ChildProcess || *K == Kind::Program)
          C.Threads = countOf(S.Repeats);
        else if (*K == Kind::PoolTask)
          C.Threads = {Count::Kind::Unknown, 0};
        M.Contexts.push_back(std::move(C));
      }
    }
  }

  void addEntries(Context &C, const std::string &USR) const {
    for (unsigned H : functionsOf(USR))
      if (!llvm::is_contained(C.Entries, H))
        C.Entries.push_back(H);
  }

  /// The callables a hand-off to other threads sends to the event loop
  /// instead (uv_queue_work's after-work callback).
  void addLoopHandlersOf(unsigned F, const facts::CallSite &S) {
    Context C;
    C.Kind = Kind::LoopHandler;
    C.Site = &S;
    C.Starter = F;
    for (const std::string &USR : S.LoopHandlers)
      addEntries(C, USR);
    if (!C.Entries.empty())
      M.Contexts.push_back(std::move(C));
  }

  /// The handlers of a loop the program writes itself.
  void addOwnLoop(const OwnLoop &L) {
    Context C;
    C.Kind = Kind::LoopHandler;
    C.OwnLoop = true;
    C.Site = L.Wait;
    C.Starter = L.Function;
    C.Entries = L.Handlers;
    M.Contexts.push_back(std::move(C));
  }

  /// The functions the child branch calls, and the exec it may end in.
  void addChildBranch(unsigned F, const facts::CallSite &Fork, Context &C) {
    if (!Fork.Child)
      return;
    auto Inside = [&](const SourcePoint &Loc) {
      return !(Loc < Fork.Child->Begin) && !(Fork.Child->End < Loc);
    };
    const facts::Function &Fn = P.Functions[F];
    for (unsigned K = 0; K < Fn.Calls.size(); ++K)
      if (Inside(Fn.Calls[K].Loc))
        for (unsigned T : P.Targets[F][K])
          if (!llvm::is_contained(C.Entries, T))
            C.Entries.push_back(T);
    for (const facts::CallSite &S : Fn.CallSites)
      if (Inside(S.Loc) && hasTrait(S, "replaces-process")) {
        C.Execs = S.Loc;
        break;
      }
  }

  /// A coroutine that some call creates without awaiting it, or that
  /// nothing in the program calls, is a task of its own; one that is only
  /// ever awaited runs as part of its awaiter.
  void addCoroutines() {
    std::vector<bool> OnlyAwaited(P.Functions.size(), false), Called(P.Functions.size(), false);
    for (unsigned F = 0; F < P.Functions.size(); ++F)
      for (unsigned K = 0; K < P.Targets[F].size(); ++K)
        for (unsigned T : P.Targets[F][K]) {
          T = P.original(T);
          bool Awaited = P.Functions[F].Calls[K].Awaited;
          OnlyAwaited[T] = Called[T] ? OnlyAwaited[T] && Awaited : Awaited;
          Called[T] = true;
        }
    for (unsigned F = 0; F < P.written(); ++F) {
      const facts::Function &Fn = P.Functions[F];
      if (!Fn.IsCoroutine || OnlyAwaited[F])
        continue;
      Context C;
      C.Kind = Kind::Coroutine;
      C.Entries = {F};
      C.ResumedByLoop = !Fn.AsioNamespace.empty();
      M.Contexts.push_back(std::move(C));
    }
  }

  /// Which calls run in another context than their caller's, once: those
  /// in a fork's child branch, and an own loop's calls of its handlers.
  /// Most functions have neither, and every context that reaches a
  /// function walks its calls.
  void markCallsRunElsewhere() {
    Elsewhere.resize(P.Functions.size());
    for (unsigned F = 0; F < P.Functions.size(); ++F) {
      const facts::Function &Fn = P.Functions[F];
      if (llvm::any_of(Fn.CallSites, [](const facts::CallSite &S) { return S.Child.has_value(); }))
        for (const facts::CallEdge &Call : Fn.Calls)
          Elsewhere[F].push_back(inForkChild(Fn, Call.Loc));
    }
    for (const OwnLoop &L : OwnLoops) {
      Elsewhere[L.Function].resize(P.Functions[L.Function].Calls.size(), false);
      for (unsigned K : L.Dispatches)
        Elsewhere[L.Function][K] = true;
    }
  }

  bool resumedByLoop(unsigned F) const {
    return P.Functions[F].IsCoroutine && !P.Functions[F].AsioNamespace.empty();
  }

  /// Along calls, not hand-offs: a call in a fork's child branch runs in
  /// the child, an own loop's call of a handler runs the handler's context,
  /// and creating a coroutine that a loop resumes does not run its body
  /// here.
  void propagate(unsigned C, std::vector<unsigned> &Stamp) {
    std::vector<unsigned> Work;
    for (unsigned E : M.Contexts[C].Entries)
      if (Stamp[E] != C) {
        Stamp[E] = C;
        Work.push_back(E);
      }
    while (!Work.empty()) {
      unsigned F = Work.back();
      Work.pop_back();
      // A specialization (link/ConstantArguments.h) runs where its calls
      // take it, as its original: one context is one entry of the original.
      std::vector<unsigned> &Of = M.ByFunction[P.original(F)];
      if (Of.empty() || Of.back() != C)
        Of.push_back(C);
      const facts::Function &Fn = P.Functions[F];
      for (unsigned K = 0; K < Fn.Calls.size(); ++K) {
        if (!Elsewhere[F].empty() && Elsewhere[F][K])
          continue;
        for (unsigned T : P.Targets[F][K]) {
          if (Stamp[T] == C || (resumedByLoop(T) && !Fn.Calls[K].Awaited))
            continue;
          Stamp[T] = C;
          Work.push_back(T);
        }
      }
    }
  }

  /// The threads a context stands for when it runs an event loop.
  Count threadsOf(const Context &C) const {
    switch (C.Kind) {
    case Kind::MainThread:
    case Kind::CallerThread:
      return {};
    case Kind::Thread:
    case Kind::PoolTask:
      return C.Threads;
    default:
      // Runs on another context's threads, or in another address space.
      return {Count::Kind::Known, 0};
    }
  }

  /// The contexts among Candidates that have threads of their own to run
  /// a loop on, and how many those are.
  std::pair<std::vector<unsigned>, Count> runnersAmong(const std::set<unsigned> &Candidates) const {
    std::vector<unsigned> Runners;
    Count Threads{Count::Kind::Known, 0};
    for (unsigned C : Candidates)
      if (Count N = threadsOf(M.Contexts[C]); N.K != Count::Kind::Known || N.N > 0) {
        Runners.push_back(C);
        Threads = Threads + N;
      }
    return {Runners, Threads};
  }

  void findLoopRunners() {
    std::set<unsigned> Library;
    for (unsigned F = 0; F < P.Functions.size(); ++F)
      if (llvm::any_of(P.Functions[F].CallSites,
                       [](const facts::CallSite &S) { return hasTrait(S, "event-loop"); }))
        Library.insert(M.ByFunction[F].begin(), M.ByFunction[F].end());
    std::set<unsigned> Any = Library;
    auto [LibraryRunners, LibraryThreads] = runnersAmong(Library);
    for (Context &C : M.Contexts) {
      if (C.Kind == Kind::LoopHandler && C.OwnLoop) {
        const std::vector<unsigned> &Holder = M.ByFunction[P.original(C.Starter)];
        Any.insert(Holder.begin(), Holder.end());
        std::tie(C.LoopRunners, C.Threads) = runnersAmong({Holder.begin(), Holder.end()});
      } else if (C.Kind == Kind::LoopHandler || (C.Kind == Kind::Coroutine && C.ResumedByLoop)) {
        C.LoopRunners = LibraryRunners;
        C.Threads = LibraryThreads;
      }
    }
    std::tie(M.LoopRunners, M.LoopThreads) = runnersAmong(Any);
  }

  /// The contexts whose threads run Context C, in one address space.
  void threadSources(unsigned C, std::set<unsigned> &Out) const {
    const Context &Ctx = M.Contexts[C];
    switch (Ctx.Kind) {
    case Kind::MainThread:
    case Kind::CallerThread:
    case Kind::Thread:
    case Kind::PoolTask:
      Out.insert(C);
      return;
    case Kind::LoopHandler:
      Out.insert(Ctx.LoopRunners.begin(), Ctx.LoopRunners.end());
      return;
    case Kind::Coroutine:
      // One no loop resumes has no runners: it runs on the threads of the
      // code that resumes it, which are counted there.
      Out.insert(Ctx.LoopRunners.begin(), Ctx.LoopRunners.end());
      return;
    case Kind::Callback:     // runs somewhere the analyzed code does not show
    case Kind::ChildProcess: // memory of its own
    case Kind::Program:
      return;
    }
  }

  void markParallel() {
    M.Parallel.assign(P.Functions.size(), false);
    for (unsigned F = 0; F < P.Functions.size(); ++F) {
      std::set<unsigned> Sources;
      for (unsigned C : M.ByFunction[F])
        threadSources(C, Sources);
      Count Total{Count::Kind::Known, 0};
      for (unsigned S : Sources)
        Total = Total + threadsOf(M.Contexts[S]);
      M.Parallel[F] = Total.several();
    }
  }

  const link::Program &P;
  std::vector<OwnLoop> OwnLoops;
  llvm::DenseMap<const facts::CallSite *, const OwnLoop *> LoopOfWait;
  Model M;
  std::vector<std::vector<bool>> Elsewhere; ///< by function and call; empty: none
};

} // namespace

Model computeContexts(const link::Program &P) { return Builder(P).build(); }

} // namespace quadrant::contexts
