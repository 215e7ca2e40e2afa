//===--- ReportedCalls.cpp - What each reporter lists per function -*- C++ -*-===//
#include "report/Report.h"
#include <algorithm>

namespace quadrant::report {

static std::string withArticle(llvm::StringRef Quadrant) {
  return (Quadrant.starts_with("async") ? "an " : "a ") + Quadrant.str();
}

std::vector<ReportedCall> reportedCalls(const Report &R, unsigned F) {
  const facts::Function &Fn = R.Program.Functions[F];
  std::vector<ReportedCall> Calls;
  for (const facts::CallSite &S : Fn.CallSites)
    Calls.push_back({S.Callee, S.Loc, S.Label, S.RuleId, S.Reason});
  for (unsigned C = 0; C < Fn.Calls.size(); ++C) {
    bool Blocking = false, Async = false, BlockingNotRunHere = false;
    for (unsigned T : R.Program.Targets[F][C]) {
      bool Propagates = classify::callPropagatesBlocking(R.Program, F, C, T);
      Blocking |= R.Verdicts[T].Blocking && Propagates;
      BlockingNotRunHere |= R.Verdicts[T].Blocking && !Propagates;
      Async |= R.Verdicts[T].Async;
    }
    if (!Blocking && !Async)
      continue;
    Quadrant Label = makeQuadrant(Blocking, Async);
    const facts::CallEdge &Call = Fn.Calls[C];
    std::string Reason;
    if (BlockingNotRunHere && !Blocking)
      Reason = "creates the coroutine " + Call.CalleeName +
               " without co_await; the blocking in its body does not run here";
    else
      Reason = "calls " + Call.CalleeName + ", " + withArticle(quadrantName(Label)) +
               (Call.Virtual ? " function in at least one override" : " function");
    Calls.push_back({Call.CalleeName, Call.Loc, Label, std::nullopt, std::move(Reason)});
  }
  std::stable_sort(Calls.begin(), Calls.end(),
                   [](const ReportedCall &A, const ReportedCall &B) { return A.Loc < B.Loc; });
  return Calls;
}

} // namespace quadrant::report
