//===--- AsyncDefaultPolicy.cpp - quadrant-async-default-policy -===//
//
// std::async without a launch policy may defer the task to the first get(),
// on the caller's thread: the code looks asynchronous and may not be.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"

namespace quadrant::checks {

namespace {

/// std::launch::async as the first argument: the usual intent of code that
/// starts a task and goes on. The rule's trait says whether a policy is
/// written there already (the default one, spelt out), to be replaced.
std::optional<FixIt> launchAsync(const facts::CallSite &S) {
  if (S.Callee != "std::async" || !S.Extent || S.Extent->Arguments.empty())
    return std::nullopt;
  const SourceSpan &First = S.Extent->Arguments.front();
  if (hasTrait(S, "default-launch-policy-written"))
    return FixIt{"pass std::launch::async", {{First, "std::launch::async"}}};
  return FixIt{"pass std::launch::async", {{startOf(First), "std::launch::async, "}}};
}

} // namespace

void runAsyncDefaultPolicy(const CheckInput &In, std::vector<Finding> &Out) {
  for (const facts::Function &Fn : In.Program.writtenFunctions())
    for (const facts::CallSite &S : Fn.CallSites)
      if (hasTrait(S, "default-launch-policy")) {
        Finding F{"quadrant-async-default-policy", S.Loc,
                  fmt::format("'{}' with the default launch policy may run the task "
                              "deferred, on the thread that calls get(); pass "
                              "std::launch::async to run it concurrently",
                              S.Callee),
                  {{S.Loc, "or pass std::launch::deferred if the task should run lazily, "
                           "on the thread that calls get()"}},
                  Fn.Name};
        F.Fix = launchAsync(S);
        Out.push_back(std::move(F));
      }
}

} // namespace quadrant::checks
