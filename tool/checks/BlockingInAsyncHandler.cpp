//===--- BlockingInAsyncHandler.cpp - quadrant-blocking-in-async-handler ===//
//
// A completion handler runs on the threads that run its event loop; while it
// blocks, it holds one of them. On a loop run by one thread no other handler
// runs meanwhile; on a loop run by N threads, N such handlers stop it all.
//
//===----------------------------------------------------------------------===//
#include "checks/LoopHandlers.h"
#include "contexts/ProgramShape.h"

namespace quadrant::checks {

void runBlockingInAsyncHandler(const CheckInput &In, std::vector<Finding> &Out) {
  const link::Program &P = In.Program;
  // A short critical section is not counted, and waiting on the loop itself
  // is sync-wait-on-event-loop's to report.
  BlockingReach Reach(In, [](const facts::CallSite &S) { return !takesLock(S) && !waitsOnLoop(S); });
  for (const LoopHandler &H : loopHandlers(In)) {
    const contexts::Count &Threads = H.Loop->Threads;
    std::string Consequence = "stalls every other handler on the event loop";
    // A loop that a library's caller runs: on how many threads, it cannot say.
    bool RunByCaller = llvm::any_of(H.Loop->LoopRunners, [&](unsigned C) {
      return In.Contexts.Contexts[C].Kind == contexts::Kind::CallerThread;
    });
    if (!RunByCaller && Threads.several())
      Consequence = "holds one of the threads that run the event loop (" +
                    contexts::countText(Threads, "thread") +
                    "); while all of them are blocked, no handler runs";
    else if (!RunByCaller && Threads.N == 1)
      Consequence += ", which one thread runs";
    const facts::Function &Fn = P.Functions[H.Function];
    for (BlockingPoint &B : Reach.points(H.Function)) {
      std::vector<Note> Notes{handedOver(H)};
      llvm::append_range(Notes, Reach.notes(B));
      Out.push_back({"quadrant-blocking-in-async-handler", B.Loc,
                     fmt::format("{} in {} {}", describeCall(B),
                                 H.Loop->OwnLoop ? "a handler of the program's own event loop"
                                                 : "a completion handler",
                                 Consequence),
                     std::move(Notes), Fn.Name});
    }
  }
}

} // namespace quadrant::checks
