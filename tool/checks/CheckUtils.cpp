//===--- CheckUtils.cpp - What several checks need --------------*- C++ -*-===//
#include "checks/CheckUtils.h"
#include "llvm/ADT/STLExtras.h"
#include <deque>

namespace quadrant::checks {

namespace {
/// The note at a labeled call site: "'sleep' is sync-blocking: <reason>".
Note siteNote(const facts::CallSite &S) {
  return {S.Loc, fmt::format("'{}' is {}: {}", S.Callee, quadrantName(S.Label), S.Reason)};
}
} // namespace

BlockingReach::BlockingReach(const CheckInput &In,
                             std::function<bool(const facts::CallSite &)> CountsSite)
    : In(In), Counts(std::move(CountsSite)) {
  const link::Program &P = In.Program;
  const unsigned N = P.Functions.size();
  Witness.assign(N, classify::Witness{});
  std::vector<std::vector<std::pair<unsigned, unsigned>>> CallersOf(N);
  std::deque<unsigned> Work;
  for (unsigned F = 0; F < N; ++F) {
    const std::vector<facts::CallSite> &Sites = P.Functions[F].CallSites;
    for (unsigned S = 0; S < Sites.size(); ++S)
      if (isBlocking(Sites[S].Label) && Counts(Sites[S])) {
        Witness[F] = classify::Witness{1, F, S, false, classify::Witness::Kind::CallSite, S, 0};
        Work.push_back(F);
        break;
      }
    for (unsigned C = 0; C < P.Targets[F].size(); ++C)
      for (unsigned T : P.Targets[F][C])
        if (classify::callPropagatesBlocking(P, F, C, T))
          CallersOf[T].push_back({F, C});
  }
  // Breadth first, as the classifier does: iterative, shortest chains.
  while (!Work.empty()) {
    unsigned Target = Work.front();
    Work.pop_front();
    for (auto [Caller, Call] : CallersOf[Target])
      if (Witness[Caller].K == classify::Witness::Kind::None) {
        Witness[Caller] = Witness[Target];
        Witness[Caller].ChainLength += 1;
        Witness[Caller].K = classify::Witness::Kind::Call;
        Witness[Caller].Index = Call;
        Witness[Caller].Target = Target;
        Work.push_back(Caller);
      }
  }
}

std::vector<Note> BlockingReach::chainNotes(unsigned F) const {
  std::vector<Note> Notes;
  const link::Program &P = In.Program;
  // Long chains keep their first hops and the call site that ends them.
  constexpr size_t MaxHops = 16;
  for (size_t Hops = 0; Hops <= P.Functions.size(); ++Hops) {
    if (Hops == MaxHops && Witness[F].K == classify::Witness::Kind::Call) {
      Notes.push_back({P.Functions[F].Loc,
                       fmt::format("... {} more calls ...", Witness[F].ChainLength - 1)});
      F = Witness[F].ChainEnd;
    }
    const classify::Witness &W = Witness[F];
    const facts::Function &Fn = P.Functions[F];
    if (W.K == classify::Witness::Kind::CallSite) {
      Notes.push_back(siteNote(Fn.CallSites[W.Index]));
      break;
    }
    if (W.K != classify::Witness::Kind::Call)
      break;
    Notes.push_back({Fn.Calls[W.Index].Loc, fmt::format("'{}' calls '{}', which blocks", Fn.Name,
                                                        P.Functions[W.Target].Name)});
    F = W.Target;
  }
  return Notes;
}

std::vector<Note> BlockingReach::notes(const BlockingPoint &B) const {
  return B.Direct ? std::vector<Note>{siteNote(*B.Site)} : chainNotes(B.Target);
}

std::vector<BlockingPoint> BlockingReach::points(unsigned F) const {
  std::vector<BlockingPoint> Points;
  const link::Program &P = In.Program;
  const facts::Function &Fn = P.Functions[F];
  for (const facts::CallSite &S : Fn.CallSites)
    if (isBlocking(S.Label) && Counts(S)) {
      Points.push_back({S.Loc, S.Callee, true, &S, nullptr});
    }
  for (unsigned C = 0; C < Fn.Calls.size(); ++C)
    for (unsigned T : P.Targets[F][C])
      if (blocks(T) && classify::callPropagatesBlocking(P, F, C, T)) {
        Points.push_back({Fn.Calls[C].Loc, P.Functions[T].Name, false, nullptr, &Fn.Calls[C], T});
        break; // one target of a virtual call is enough to say it may block
      }
  llvm::stable_sort(Points, [](const BlockingPoint &A, const BlockingPoint &B) { return A.Loc < B.Loc; });
  return Points;
}

bool takesLock(const facts::CallSite &S) { return hasTrait(S, "locks"); }

std::string describeCall(const BlockingPoint &B) {
  return B.Direct ? fmt::format("blocking call to '{}'", B.Callee)
                  : fmt::format("call to '{}', which blocks,", B.Callee);
}

std::optional<unsigned> functionByUSR(const link::Program &P, llvm::StringRef USR) {
  auto It = P.FunctionsByUSR.find(USR);
  if (It == P.FunctionsByUSR.end() || It->second.empty())
    return std::nullopt;
  return It->second.front();
}

bool hasTrait(const facts::CallSite &S, llvm::StringRef Trait) {
  return llvm::is_contained(S.Traits, Trait);
}

std::vector<Note> lockNotes(const std::vector<facts::HeldLock> &Held) {
  std::vector<Note> Notes;
  for (const facts::HeldLock &L : Held)
    Notes.push_back({L.Loc, fmt::format("'{}' is locked here", L.Name)});
  return Notes;
}

SourceSpan startOf(const SourceSpan &S) { return {S.Begin, S.Begin, S.Offset, 0}; }

SourceSpan endOf(const SourceSpan &S) { return {S.End, S.End, S.Offset + S.Length, 0}; }

SourceSpan through(const SourceSpan &First, const SourceSpan &Last) {
  return {First.Begin, Last.End, First.Offset, Last.Offset + Last.Length - First.Offset};
}

} // namespace quadrant::checks
