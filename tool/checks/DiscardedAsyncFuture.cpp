//===--- DiscardedAsyncFuture.cpp - quadrant-discarded-async-future -===//
//
// The future std::async returns waits in its destructor: discarding it makes
// the "asynchronous" call synchronous.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"

namespace quadrant::checks {

void runDiscardedAsyncFuture(const CheckInput &In, std::vector<Finding> &Out) {
  for (const facts::Function &Fn : In.Program.Functions)
    for (const facts::CallSite &S : Fn.CallSites)
      if (hasTrait(S, "discarded-future"))
        Out.push_back({"quadrant-discarded-async-future", S.Loc,
                       "the future returned by '" + S.Callee +
                           "' is discarded; its destructor waits for the task here, so the "
                           "call runs synchronously; keep the future and wait for it later",
                       {}, Fn.Name});
}

} // namespace quadrant::checks
