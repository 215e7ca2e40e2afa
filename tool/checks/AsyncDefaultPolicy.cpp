//===--- AsyncDefaultPolicy.cpp - quadrant-async-default-policy -===//
//
// std::async without a launch policy may defer the task to the first get(),
// on the caller's thread: the code looks asynchronous and may not be.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"

namespace quadrant::checks {

void runAsyncDefaultPolicy(const CheckInput &In, std::vector<Finding> &Out) {
  for (const facts::Function &Fn : In.Program.Functions)
    for (const facts::CallSite &S : Fn.CallSites)
      if (hasTrait(S, "default-launch-policy"))
        Out.push_back({"quadrant-async-default-policy", S.Loc,
                       "'" + S.Callee + "' with the default launch policy may run the task "
                       "deferred, on the thread that calls get(); pass std::launch::async to "
                       "run it concurrently",
                       {}, Fn.Name});
}

} // namespace quadrant::checks
