//===--- DiscardedAsyncFuture.cpp - quadrant-discarded-async-future -===//
//
// The future std::async returns waits in its destructor: discarding it, or
// letting a named one die unwaited, makes the "asynchronous" call
// synchronous.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"

namespace quadrant::checks {

void runDiscardedAsyncFuture(const CheckInput &In, std::vector<Finding> &Out) {
  for (const facts::Function &Fn : In.Program.writtenFunctions())
    for (const facts::CallSite &S : Fn.CallSites) {
      if (!hasTrait(S, "discarded-future"))
        continue;
      // The site is the future's destructor: a named future dies unwaited
      // at the end of its scope (std.future.destroy).
      if (llvm::StringRef(S.Callee).contains("::~")) {
        Out.push_back({"quadrant-discarded-async-future", S.Loc,
                       "a future of an asynchronous task is destroyed here without get() or "
                       "wait(); its destructor waits for the task, so the work is not "
                       "asynchronous past this point; return the future or move it to whoever "
                       "needs the result",
                       {{S.Loc, S.Reason}}, Fn.Name});
        continue;
      }
      Out.push_back({"quadrant-discarded-async-future", S.Loc,
                     fmt::format("the future returned by '{}' is discarded; its destructor "
                                 "waits for the task here, so the call runs synchronously; keep "
                                 "the future and wait for it later",
                                 S.Callee),
                     {}, Fn.Name});
    }
}

} // namespace quadrant::checks
