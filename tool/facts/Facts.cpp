//===--- Facts.cpp - Merging facts about the same code ----------*- C++ -*-===//
#include "facts/Facts.h"
#include "core/Format.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>
#include <tuple>

namespace quadrant::facts {

namespace {

void appendNew(std::vector<std::string> &Into, std::vector<std::string> &Other) {
  for (std::string &S : Other)
    if (std::find(Into.begin(), Into.end(), S) == Into.end())
      Into.push_back(std::move(S));
}

/// A test holds where the code is merged only if it holds in every instance.
void keepCommonGuards(std::vector<ParameterGuard> &Into, const std::vector<ParameterGuard> &Other) {
  llvm::erase_if(Into, [&](const ParameterGuard &G) { return !llvm::is_contained(Other, G); });
}

void absorb(CallSite &Into, CallSite &Other) {
  keepCommonGuards(Into.Guards, Other.Guards);
  if (Into.Label != Other.Label && Into.Reason.find(Other.Reason) == std::string::npos)
    Into.Reason += fmt::format("; in other instances: {}", Other.Reason);
  Into.Label = makeQuadrant(isBlocking(Into.Label) || isBlocking(Other.Label),
                            isAsync(Into.Label) || isAsync(Other.Label));
  if (!Into.IfNonBlocking)
    Into.IfNonBlocking = std::move(Other.IfNonBlocking);
  // The instances of one template share their loops and branches.
  if (!Into.Repeats)
    Into.Repeats = Other.Repeats;
  if (!Into.Child)
    Into.Child = std::move(Other.Child);
  if (!Into.EventLoop)
    Into.EventLoop = Other.EventLoop;
  // A fix must fit every instance: a template's duration parameter may be
  // whole nanoseconds in one instantiation and not in another.
  if (!Other.Extent)
    Into.Extent.reset();
  else if (Into.Extent) {
    Into.Extent->Statement = Into.Extent->Statement && Other.Extent->Statement;
    Into.Extent->WholeNanoseconds = Into.Extent->WholeNanoseconds && Other.Extent->WholeNanoseconds;
  }
  appendNew(Into.Traits, Other.Traits);
  appendNew(Into.Handlers, Other.Handlers);
  appendNew(Into.LoopHandlers, Other.LoopHandlers);
  appendNew(Into.HandlerSlots, Other.HandlerSlots);
  // Advice to move the merged site where it already is no longer applies.
  for (Advice &A : Other.Advice)
    if (std::find(Into.Advice.begin(), Into.Advice.end(), A) == Into.Advice.end())
      Into.Advice.push_back(std::move(A));
  llvm::erase_if(Into.Advice, [&](const Advice &A) { return A.To == Into.Label; });
}

} // namespace

void normalizeFunction(Function &F) {
  auto SiteKey = [](const CallSite &S) { return std::tie(S.Loc, S.Callee); };
  std::stable_sort(F.CallSites.begin(), F.CallSites.end(),
                   [&](const CallSite &A, const CallSite &B) { return SiteKey(A) < SiteKey(B); });
  std::vector<CallSite> Sites;
  for (CallSite &S : F.CallSites) {
    if (!Sites.empty() && SiteKey(Sites.back()) == SiteKey(S))
      absorb(Sites.back(), S);
    else
      Sites.push_back(std::move(S));
  }
  F.CallSites = std::move(Sites);

  auto EdgeKey = [](const CallEdge &E) { return std::tie(E.Loc, E.CalleeUSR); };
  std::stable_sort(F.Calls.begin(), F.Calls.end(),
                   [&](const CallEdge &A, const CallEdge &B) { return EdgeKey(A) < EdgeKey(B); });
  std::vector<CallEdge> Calls;
  for (CallEdge &E : F.Calls) {
    if (Calls.empty() || EdgeKey(Calls.back()) != EdgeKey(E)) {
      Calls.push_back(std::move(E));
      continue;
    }
    // Instances that pass different arguments: only what they agree on.
    CallEdge &Kept = Calls.back();
    keepCommonGuards(Kept.Guards, E.Guards);
    llvm::erase_if(Kept.Constants, [&](const ArgumentValue &A) {
      return llvm::none_of(E.Constants, [&](const ArgumentValue &B) {
        return A.Parameter == B.Parameter && A.Value == B.Value &&
               A.CallerParameter == B.CallerParameter;
      });
    });
  }
  F.Calls = std::move(Calls);
  auto ThreadKey = [](const UnjoinedThread &T) { return std::tie(T.Declared, T.Exit); };
  std::sort(F.UnjoinedThreads.begin(), F.UnjoinedThreads.end(),
            [&](const UnjoinedThread &A, const UnjoinedThread &B) { return ThreadKey(A) < ThreadKey(B); });
  // The same thread seen by several TUs (an inline function in a header):
  // std::jthread fits only if it fits in every one, C++17 ones included.
  std::vector<UnjoinedThread> Threads;
  for (UnjoinedThread &T : F.UnjoinedThreads) {
    if (Threads.empty() || ThreadKey(Threads.back()) != ThreadKey(T)) {
      Threads.push_back(std::move(T));
      continue;
    }
    UnjoinedThread &Kept = Threads.back();
    Kept.Cxx20 = Kept.Cxx20 && T.Cxx20;
    Kept.Detached = Kept.Detached || T.Detached;
    Kept.OnlyThreadMemberUses = Kept.OnlyThreadMemberUses && T.OnlyThreadMemberUses;
  }
  F.UnjoinedThreads = std::move(Threads);
  std::sort(F.Overrides.begin(), F.Overrides.end());
  F.Overrides.erase(std::unique(F.Overrides.begin(), F.Overrides.end()), F.Overrides.end());
  auto IndirectKey = [](const IndirectCall &C) { return std::tie(C.Loc, C.Slot); };
  std::sort(F.IndirectCalls.begin(), F.IndirectCalls.end(),
            [&](const IndirectCall &A, const IndirectCall &B) { return IndirectKey(A) < IndirectKey(B); });
  F.IndirectCalls.erase(std::unique(F.IndirectCalls.begin(), F.IndirectCalls.end(),
                                    [&](const IndirectCall &A, const IndirectCall &B) {
                                      return IndirectKey(A) == IndirectKey(B);
                                    }),
                        F.IndirectCalls.end());
}

void mergeFunction(Function &Into, Function Other) {
  // A template one TU instantiates and another does not: what the
  // instantiation shows replaces what was resolved by name.
  if (Into.ResolvedByName != Other.ResolvedByName) {
    Function &ByName = Into.ResolvedByName ? Into : Other;
    ByName.CallSites.clear();
    ByName.Calls.clear();
    ByName.UnjoinedThreads.clear();
    ByName.IndirectCalls.clear();
    Into.ResolvedByName = false;
  }
  Into.IsCoroutine |= Other.IsCoroutine;
  Into.HasCoAwait |= Other.HasCoAwait;
  Into.HasCoYield |= Other.HasCoYield;
  Into.HasCoReturn |= Other.HasCoReturn;
  if (!Into.Declared)
    Into.Declared = Other.Declared;
  if (Into.AsioNamespace.empty())
    Into.AsioNamespace = std::move(Other.AsioNamespace);
  if (Into.Effects.empty())
    Into.Effects = std::move(Other.Effects);
  Into.Partial = Into.Partial && Other.Partial;
  Into.SeenIn.insert(Into.SeenIn.end(), Other.SeenIn.begin(), Other.SeenIn.end());
  std::sort(Into.SeenIn.begin(), Into.SeenIn.end());
  Into.SeenIn.erase(std::unique(Into.SeenIn.begin(), Into.SeenIn.end()), Into.SeenIn.end());
  Into.Overrides.insert(Into.Overrides.end(), Other.Overrides.begin(), Other.Overrides.end());
  for (CallSite &S : Other.CallSites)
    Into.CallSites.push_back(std::move(S));
  for (CallEdge &E : Other.Calls)
    Into.Calls.push_back(std::move(E));
  for (UnjoinedThread &T : Other.UnjoinedThreads)
    Into.UnjoinedThreads.push_back(std::move(T));
  for (IndirectCall &C : Other.IndirectCalls)
    Into.IndirectCalls.push_back(std::move(C));
  for (SubjectBinding &B : Other.Subjects)
    if (llvm::none_of(Into.Subjects, [&](const SubjectBinding &In) { return In.Key == B.Key; }))
      Into.Subjects.push_back(std::move(B));
  normalizeFunction(Into);
}

} // namespace quadrant::facts
