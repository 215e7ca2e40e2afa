//===--- Summaries.cpp - Helpers in other TUs, applied by the linker -*- C++ -*-===//
#include "link/Summaries.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include <algorithm>

namespace quadrant::link {

namespace {

/// The variable a binding key names, as a report shows it: "mu" for
/// "mu@a.cpp:3:7", "mutex_" for "Cls::mutex_@a.h:9:5".
std::string shownName(llvm::StringRef Key) {
  Key.consume_front(facts::LocalKeyPrefix);
  llvm::StringRef Name = Key.split('@').first;
  size_t Scope = Name.rfind("::");
  return (Scope == llvm::StringRef::npos ? Name : Name.drop_front(Scope + 2)).str();
}

/// Whether a binding key names a member or global, which the linker then
/// relabels program-wide; a local's or parameter's key says "local:".
bool isObject(llvm::StringRef Key) { return !Key.starts_with(facts::LocalKeyPrefix); }

struct HeldEntry {
  std::string Key;
  facts::HeldLock Lock;
};

} // namespace

std::vector<facts::ObjectMark>
applySummaries(std::vector<facts::Function> &Functions,
               const llvm::StringMap<llvm::SmallVector<unsigned, 1>> &ByUSR) {
  std::vector<facts::ObjectMark> Marks;
  auto EffectsOf = [&](const facts::CallEdge &E) -> const facts::Summary * {
    auto It = ByUSR.find(E.CalleeUSR);
    if (It == ByUSR.end())
      return nullptr;
    for (unsigned T : It->second)
      if (!Functions[T].Effects.empty())
        return &Functions[T].Effects;
    return nullptr;
  };
  auto Binds = [](const facts::CallEdge &E) { return !E.Arguments.empty() || !E.Receiver.empty(); };
  auto Defined = [&](const facts::CallEdge &E) { return ByUSR.count(E.CalleeUSR) != 0; };
  for (facts::Function &F : Functions) {
    bool Any = llvm::any_of(F.Calls, [&](const facts::CallEdge &E) {
      return Binds(E) && (EffectsOf(E) || !Defined(E));
    });
    if (!Any)
      continue;
    // Sites and calls in source order; a call's effects apply after it.
    struct Item {
      SourcePoint Loc;
      facts::CallSite *Site;
      facts::CallEdge *Call;
    };
    std::vector<Item> Items;
    for (facts::CallSite &S : F.CallSites)
      Items.push_back({S.Loc, &S, nullptr});
    for (facts::CallEdge &E : F.Calls)
      Items.push_back({E.Loc, nullptr, &E});
    std::stable_sort(Items.begin(), Items.end(),
                     [](const Item &A, const Item &B) { return A.Loc < B.Loc; });

    std::vector<HeldEntry> Held;
    llvm::StringMap<std::string> NonBlocking; // key -> the helper that made it so
    llvm::StringMap<std::string> Unfollowed;  // key -> a helper defined nowhere it went to
    auto AddHeld = [&](std::vector<facts::HeldLock> &Into) {
      for (const HeldEntry &H : Held)
        if (llvm::none_of(Into, [&](const facts::HeldLock &L) { return L.Name == H.Lock.Name; }))
          Into.push_back(H.Lock);
    };
    for (Item &I : Items) {
      if (I.Site) {
        AddHeld(I.Site->HeldLocks);
        if (I.Site->IfNonBlocking) {
          auto It = NonBlocking.find(I.Site->IfNonBlocking->Object);
          if (It != NonBlocking.end()) {
            I.Site->Label = I.Site->IfNonBlocking->Label;
            I.Site->Reason = I.Site->IfNonBlocking->Reason + " (made non-blocking by " + It->second + ")";
            I.Site->Advice = std::move(I.Site->IfNonBlocking->Advice);
            I.Site->IfNonBlocking.reset();
          } else if (auto Helper = Unfollowed.find(I.Site->IfNonBlocking->Object);
                     Helper != Unfollowed.end()) {
            // Say what the verdict rests on: the helper might have changed it.
            I.Site->Reason += " (" + Helper->second +
                              " is not defined in the analyzed files; the descriptor is taken "
                              "as blocking)";
          }
        }
        continue;
      }
      facts::CallEdge &E = *I.Call;
      AddHeld(E.HeldLocks);
      if (Binds(E) && !Defined(E)) {
        std::string Helper = "'" + E.CalleeName + "' at line " + std::to_string(E.Loc.Line);
        for (const std::string &Key : E.Arguments)
          if (!Key.empty())
            Unfollowed[Key] = Helper;
        if (!E.Receiver.empty())
          Unfollowed[E.Receiver] = Helper;
        continue;
      }
      const facts::Summary *S = (!E.Arguments.empty() || !E.Receiver.empty()) ? EffectsOf(E) : nullptr;
      if (!S)
        continue;
      auto Bound = [&](int Subject) -> std::string {
        if (Subject == facts::Summary::Receiver)
          return E.Receiver;
        return Subject >= 0 && static_cast<size_t>(Subject) < E.Arguments.size()
                   ? E.Arguments[Subject]
                   : std::string();
      };
      for (int Subject : S->Releases)
        if (std::string Key = Bound(Subject); !Key.empty())
          llvm::erase_if(Held, [&](const HeldEntry &H) { return H.Key == Key; });
      for (int Subject : S->LeavesLocked)
        if (std::string Key = Bound(Subject); !Key.empty() &&
            llvm::none_of(Held, [&](const HeldEntry &H) { return H.Key == Key; }))
          Held.push_back({Key, facts::HeldLock{shownName(Key), E.Loc}});
      for (int Subject : S->MakesBlocking)
        NonBlocking.erase(Bound(Subject));
      // FIXME: a descriptor's kind (Summary::Kinds) is not applied across
      // TUs: what close() is labeled is decided in the facts stage.
      for (int Subject : S->MakesNonBlocking)
        if (std::string Key = Bound(Subject); !Key.empty()) {
          std::string By = "'" + E.CalleeName + "' at line " + std::to_string(E.Loc.Line);
          NonBlocking[Key] = By;
          Unfollowed.erase(Key);
          if (isObject(Key))
            Marks.push_back({Key, F.Name, E.Loc});
        }
    }
  }
  return Marks;
}

} // namespace quadrant::link
