//===--- CheckUtils.cpp - What several checks need --------------*- C++ -*-===//
#include "checks/CheckUtils.h"
#include "llvm/ADT/STLExtras.h"

namespace quadrant::checks {

std::vector<Note> blockingChainNotes(const CheckInput &In, unsigned F) {
  std::vector<Note> Notes;
  const link::Program &P = In.Program;
  for (size_t Hops = 0; Hops <= P.Functions.size(); ++Hops) {
    const classify::Witness &W = In.Verdicts[F].BlockingWitness;
    const facts::Function &Fn = P.Functions[F];
    if (W.K == classify::Witness::Kind::CallSite) {
      const facts::CallSite &S = Fn.CallSites[W.Index];
      Notes.push_back({S.Loc, "'" + S.Callee + "' is " + quadrantName(S.Label).str() + ": " +
                                  S.Reason});
      break;
    }
    if (W.K != classify::Witness::Kind::Call)
      break;
    Notes.push_back({Fn.Calls[W.Index].Loc, "'" + Fn.Name + "' calls '" +
                                                P.Functions[W.Target].Name + "', which blocks"});
    F = W.Target;
  }
  return Notes;
}

std::vector<BlockingPoint> blockingPoints(const CheckInput &In, unsigned F) {
  std::vector<BlockingPoint> Points;
  const link::Program &P = In.Program;
  const facts::Function &Fn = P.Functions[F];
  for (const facts::CallSite &S : Fn.CallSites)
    if (isBlocking(S.Label)) {
      BlockingPoint B{S.Loc, S.Callee, true, {}, &S, nullptr};
      B.Notes.push_back({S.Loc, "'" + S.Callee + "' is " + quadrantName(S.Label).str() + ": " +
                                    S.Reason});
      Points.push_back(std::move(B));
    }
  for (unsigned C = 0; C < Fn.Calls.size(); ++C)
    for (unsigned T : P.Targets[F][C])
      if (In.Verdicts[T].Blocking && classify::callPropagatesBlocking(P, F, C, T)) {
        BlockingPoint B{Fn.Calls[C].Loc, P.Functions[T].Name, false, blockingChainNotes(In, T),
                        nullptr, &Fn.Calls[C], T};
        Points.push_back(std::move(B));
        break; // one target of a virtual call is enough to say it may block
      }
  llvm::stable_sort(Points, [](const BlockingPoint &A, const BlockingPoint &B) { return A.Loc < B.Loc; });
  return Points;
}

std::string describeCall(const BlockingPoint &B) {
  return B.Direct ? "blocking call to '" + B.Callee + "'"
                  : "call to '" + B.Callee + "', which blocks,";
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
    Notes.push_back({L.Loc, "'" + L.Name + "' is locked here"});
  return Notes;
}

} // namespace quadrant::checks
