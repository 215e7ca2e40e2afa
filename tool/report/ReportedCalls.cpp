//===--- ReportedCalls.cpp - What each reporter lists per function -*- C++ -*-===//
#include "report/Report.h"
#include "core/Format.h"
#include "core/Paths.h"
#include <algorithm>

namespace quadrant::report {

static std::string withArticle(llvm::StringRef Quadrant) {
  return fmt::format("{} {}", Quadrant.starts_with("async") ? "an" : "a", Quadrant);
}

/// Why a call of an analyzed function has its label, in one line: the call
/// site that decides the callee's axis, where it is and its rule's reason
/// ("calls sleep at worker.cpp:7:5: suspends the calling thread ...").
/// Naming the callee again ("calls put, a sync-blocking function") says
/// nothing. std::nullopt when the callee's witness ends elsewhere than at a
/// call site (a coroutine).
static std::optional<std::string> calleeWitness(const link::Program &P,
                                                const classify::Witness &W) {
  if (W.K == classify::Witness::Kind::Coroutine)
    return std::string("is a coroutine: its caller gets a handle now and the result later");
  if (W.K == classify::Witness::Kind::None || W.ChainEndsInCall)
    return std::nullopt;
  const facts::CallSite &Site = P.Functions[W.ChainEnd].CallSites[W.ChainEndIndex];
  PathDisplay Display;
  std::string Text = W.ChainLength <= 1
                         ? fmt::format("calls {} at {}", Site.Callee, Display(Site.Loc))
                         : fmt::format("reaches {} at {} ({} calls down)", Site.Callee,
                                       Display(Site.Loc), W.ChainLength);
  if (!Site.Reason.empty())
    Text += fmt::format(": {}", Site.Reason);
  return Text;
}

/// Which of the methods a virtual call may run the witness goes through,
/// so that a reader can judge it: "through the virtual call, in
/// RealRunner::start (the only method it may run; 1 more left out: the
/// program never constructs its class), ".
static std::string dispatchedTo(const link::Program &P, unsigned F, unsigned C, unsigned Target) {
  size_t Count = P.Targets[F][C].size();
  std::string Text =
      Count == 1
          ? fmt::format("through the virtual call, in {} (the only method it may run",
                        P.Functions[Target].Name)
          : fmt::format("through the virtual call, in {} (1 of {} methods it may run",
                        P.Functions[Target].Name, Count);
  if (auto It = P.LeftOutOverriders.find({F, C}); It != P.LeftOutOverriders.end()) {
    auto Shown = P.ShownReceivers.find({F, C});
    Text += Shown != P.ShownReceivers.end()
                ? fmt::format("; {} more left out: the object is a {} here", It->second,
                              Shown->second)
                : fmt::format("; {} more left out: the program never constructs {}", It->second,
                              It->second == 1 ? "its class" : "their classes");
  }
  return fmt::format("{}), ", Text);
}

std::vector<ReportedCall> reportedCalls(const Report &R, unsigned F) {
  const facts::Function &Fn = R.Program.Functions[F];
  std::vector<ReportedCall> Calls;
  for (const facts::CallSite &S : Fn.CallSites)
    Calls.push_back({S.Callee, S.Loc, S.Label, S.RuleId, S.Reason});
  for (unsigned C = 0; C < Fn.Calls.size(); ++C) {
    bool Blocking = false, Async = false, BlockingNotRunHere = false;
    // The callee whose witness explains the label: the first that blocks
    // here, else the first that is async.
    const classify::Witness *Cause = nullptr;
    unsigned CauseTarget = 0;
    for (unsigned T : R.Program.Targets[F][C]) {
      bool Propagates = classify::callPropagatesBlocking(R.Program, F, C, T);
      const classify::Verdict &V = R.Verdicts[T];
      if (V.Blocking && Propagates && !Blocking)
        Cause = &V.BlockingWitness, CauseTarget = T;
      else if (V.Async && !Blocking && !Async)
        Cause = &V.AsyncWitness, CauseTarget = T;
      Blocking |= V.Blocking && Propagates;
      BlockingNotRunHere |= V.Blocking && !Propagates;
      Async |= V.Async;
    }
    if (!Blocking && !Async)
      continue;
    Quadrant Label = makeQuadrant(Blocking, Async);
    const facts::CallEdge &Call = Fn.Calls[C];
    std::string Reason;
    if (BlockingNotRunHere && !Blocking)
      Reason = fmt::format("creates the coroutine {} without co_await; the blocking in its body "
                           "does not run here",
                           Call.CalleeName);
    else if (std::optional<std::string> Witness = calleeWitness(R.Program, *Cause))
      Reason = fmt::format("{}{}", Call.Virtual ? dispatchedTo(R.Program, F, C, CauseTarget) : "",
                           *Witness);
    else
      Reason = fmt::format("calls {}, {} function{}", Call.CalleeName,
                           withArticle(quadrantName(Label)),
                           Call.Virtual ? " in at least one override" : "");
    Calls.push_back({Call.CalleeName, Call.Loc, Label, std::nullopt, std::move(Reason)});
  }
  std::stable_sort(Calls.begin(), Calls.end(),
                   [](const ReportedCall &A, const ReportedCall &B) { return A.Loc < B.Loc; });
  return Calls;
}

} // namespace quadrant::report
