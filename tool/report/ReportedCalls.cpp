//===--- ReportedCalls.cpp - What each reporter lists per function -*- C++ -*-===//
#include "report/Report.h"
#include <algorithm>

namespace quadrant::report {

std::vector<ReportedCall> reportedCalls(const Report &R, unsigned F) {
  const facts::Function &Fn = R.Program.Functions[F];
  std::vector<ReportedCall> Calls;
  for (const facts::CallSite &S : Fn.CallSites)
    Calls.push_back({S.Callee, S.Loc, S.Label, S.RuleId, S.Reason});
  for (unsigned C = 0; C < Fn.Calls.size(); ++C) {
    bool Blocking = false, Async = false;
    for (unsigned T : R.Program.Targets[F][C]) {
      Blocking |= R.Verdicts[T].Blocking && classify::callPropagatesBlocking(R.Program, F, C, T);
      Async |= R.Verdicts[T].Async;
    }
    if (!Blocking && !Async)
      continue;
    Quadrant Label = makeQuadrant(Blocking, Async);
    const facts::CallEdge &Call = Fn.Calls[C];
    std::string Reason = "calls " + Call.CalleeName + ", which is " + quadrantName(Label).str();
    if (Call.Virtual)
      Reason += " in at least one override";
    Calls.push_back({Call.CalleeName, Call.Loc, Label, std::nullopt, std::move(Reason)});
  }
  std::stable_sort(Calls.begin(), Calls.end(),
                   [](const ReportedCall &A, const ReportedCall &B) { return A.Loc < B.Loc; });
  return Calls;
}

} // namespace quadrant::report
