//===--- Summaries.cpp - Helpers in other TUs, applied by the linker -*- C++ -*-===//
#include "link/Summaries.h"
#include "core/Format.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include <algorithm>
#include <optional>

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

void addOnce(std::vector<int> &Subjects, int S) {
  if (!llvm::is_contained(Subjects, S))
    Subjects.push_back(S);
}

struct HeldEntry {
  std::string Key;
  facts::HeldLock Lock;
};

/// A callee's summary, where some TU defined it with one: all of it, or for
/// a call whose TU applied what it knew (CallEdge::SummaryApplied), only
/// what the linker added.
class SummaryIndex {
public:
  SummaryIndex(const std::vector<facts::Function> &Functions,
               const llvm::StringMap<llvm::SmallVector<unsigned, 1>> &ByUSR,
               const std::vector<facts::Summary> &Added)
      : Functions(Functions), ByUSR(ByUSR), Added(Added) {}

  const facts::Summary *of(const facts::CallEdge &E) const {
    auto It = ByUSR.find(E.CalleeUSR);
    if (It == ByUSR.end())
      return nullptr;
    for (unsigned T : It->second) {
      const facts::Summary &S = E.SummaryApplied ? Added[T] : Functions[T].Effects;
      if (!S.empty())
        return &S;
    }
    return nullptr;
  }
  bool defined(const facts::CallEdge &E) const { return ByUSR.count(E.CalleeUSR) != 0; }

private:
  const std::vector<facts::Function> &Functions;
  const llvm::StringMap<llvm::SmallVector<unsigned, 1>> &ByUSR;
  const std::vector<facts::Summary> &Added;
};

bool binds(const facts::CallEdge &E) { return !E.Arguments.empty() || !E.Receiver.empty(); }

/// What the calls of one function do to the objects they are given, in
/// source order: which locks are held, which descriptors are non-blocking.
struct CallWalk {
  std::vector<HeldEntry> Held;
  llvm::StringMap<std::string> NonBlocking; ///< key -> the helper that made it so
  llvm::StringSet<> MadeBlocking;
  llvm::StringSet<> Released;
  llvm::StringMap<std::string> Kinds;
  llvm::StringMap<std::string> Unfollowed; ///< key -> a helper defined nowhere it went to

  /// Follows one call; returns the keys it makes non-blocking.
  std::vector<std::string> call(const facts::CallEdge &E, const SummaryIndex &Index) {
    std::vector<std::string> MadeNonBlocking;
    if (!binds(E))
      return MadeNonBlocking;
    if (!Index.defined(E)) {
      std::string Helper = fmt::format("'{}' at line {}", E.CalleeName, E.Loc.Line);
      for (const std::string &Key : E.Arguments)
        if (!Key.empty())
          Unfollowed[Key] = Helper;
      if (!E.Receiver.empty())
        Unfollowed[E.Receiver] = Helper;
      return MadeNonBlocking;
    }
    const facts::Summary *S = Index.of(E);
    if (!S)
      return MadeNonBlocking;
    auto Bound = [&](int Subject) -> std::string {
      if (Subject == facts::Summary::Receiver)
        return E.Receiver;
      return Subject >= 0 && static_cast<size_t>(Subject) < E.Arguments.size()
                 ? E.Arguments[Subject]
                 : std::string();
    };
    for (int Subject : S->Releases)
      if (std::string Key = Bound(Subject); !Key.empty()) {
        llvm::erase_if(Held, [&](const HeldEntry &H) { return H.Key == Key; });
        Released.insert(Key);
      }
    for (int Subject : S->LeavesLocked) {
      // A guard holds what its constructor locks until it is destroyed (its
      // destructor releases its own object); a temporary guard is not followed.
      std::string Key = E.Constructs ? E.Receiver : Bound(Subject);
      if (!Key.empty() && llvm::none_of(Held, [&](const HeldEntry &H) { return H.Key == Key; }))
        Held.push_back({Key, facts::HeldLock{shownName(Key), E.Loc}});
    }
    for (int Subject : S->MakesBlocking)
      if (std::string Key = Bound(Subject); !Key.empty()) {
        NonBlocking.erase(Key);
        MadeBlocking.insert(Key);
      }
    for (unsigned Subject = 0; Subject < S->Kinds.size(); ++Subject)
      if (std::string Key = Bound(Subject); !Key.empty() && !S->Kinds[Subject].empty())
        Kinds[Key] = S->Kinds[Subject];
    for (int Subject : S->MakesNonBlocking)
      if (std::string Key = Bound(Subject); !Key.empty()) {
        NonBlocking[Key] = fmt::format("'{}' at line {}", E.CalleeName, E.Loc.Line);
        MadeBlocking.erase(Key);
        Unfollowed.erase(Key);
        MadeNonBlocking.push_back(Key);
      }
    return MadeNonBlocking;
  }
};

/// Adds to F's summary, and to what the linker added to it, what its calls
/// of other TUs' functions do to its own parameters and members, as the
/// walk over them found; whether it grew.
bool extendSummary(facts::Function &F, facts::Summary &Added, const CallWalk &W) {
  facts::Summary &S = F.Effects;
  auto SubjectOf = [&](llvm::StringRef Key) -> std::optional<int> {
    for (const facts::SubjectBinding &B : F.Subjects)
      if (B.Key == Key)
        return B.Subject;
    return std::nullopt;
  };
  bool Grew = false;
  auto Add = [&](std::vector<int> facts::Summary::*Effect, int Subject) {
    if (llvm::is_contained(S.*Effect, Subject))
      return;
    (S.*Effect).push_back(Subject);
    addOnce(Added.*Effect, Subject);
    Grew = true;
  };
  for (const HeldEntry &H : W.Held)
    if (std::optional<int> Subject = SubjectOf(H.Key))
      Add(&facts::Summary::LeavesLocked, *Subject);
  for (const auto &Key : W.Released)
    if (std::optional<int> Subject = SubjectOf(Key.getKey());
        Subject && !llvm::is_contained(S.LeavesLocked, *Subject))
      Add(&facts::Summary::Releases, *Subject);
  for (const auto &Entry : W.NonBlocking)
    if (std::optional<int> Subject = SubjectOf(Entry.getKey()))
      Add(&facts::Summary::MakesNonBlocking, *Subject);
  for (const auto &Key : W.MadeBlocking)
    if (std::optional<int> Subject = SubjectOf(Key.getKey());
        Subject && !llvm::is_contained(S.MakesNonBlocking, *Subject))
      Add(&facts::Summary::MakesBlocking, *Subject);
  for (const auto &Entry : W.Kinds) {
    std::optional<int> Subject = SubjectOf(Entry.getKey());
    if (!Subject || *Subject < 0)
      continue;
    for (facts::Summary *Into : {&S, &Added}) {
      if (Into->Kinds.size() <= static_cast<size_t>(*Subject))
        Into->Kinds.resize(*Subject + 1);
      if (Into->Kinds[*Subject].empty()) {
        Into->Kinds[*Subject] = Entry.getValue();
        Grew = true;
      }
    }
  }
  return Grew;
}

/// Extends each function's summary with what its calls into other TUs do to
/// its parameters and members (a wrapper of a wrapper defined elsewhere), to
/// a fixed point over the whole program; returns what was added, by index.
std::vector<facts::Summary>
completeSummaries(std::vector<facts::Function> &Functions,
                  const llvm::StringMap<llvm::SmallVector<unsigned, 1>> &ByUSR) {
  std::vector<facts::Summary> Added(Functions.size());
  SummaryIndex Index(Functions, ByUSR, Added);
  // Summaries only grow, each within its function's subjects: the rounds
  // end. The bound keeps a pathological program from taking long.
  constexpr unsigned MaxRounds = 32;
  bool Grew = true;
  for (unsigned Round = 0; Grew && Round < MaxRounds; ++Round) {
    Grew = false;
    for (unsigned F = 0; F < Functions.size(); ++F) {
      if (Functions[F].Subjects.empty())
        continue;
      CallWalk W;
      for (const facts::CallEdge &E : Functions[F].Calls)
        W.call(E, Index);
      Grew |= extendSummary(Functions[F], Added[F], W);
    }
  }
  return Added;
}

} // namespace

std::vector<facts::ObjectMark>
applySummaries(std::vector<facts::Function> &Functions,
               const llvm::StringMap<llvm::SmallVector<unsigned, 1>> &ByUSR) {
  std::vector<facts::Summary> Added = completeSummaries(Functions, ByUSR);
  SummaryIndex Index(Functions, ByUSR, Added);
  std::vector<facts::ObjectMark> Marks;
  for (facts::Function &F : Functions) {
    bool Any = llvm::any_of(F.Calls, [&](const facts::CallEdge &E) {
      return binds(E) && (Index.of(E) || !Index.defined(E));
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

    CallWalk W;
    auto AddHeld = [&](std::vector<facts::HeldLock> &Into) {
      for (const HeldEntry &H : W.Held)
        if (llvm::none_of(Into, [&](const facts::HeldLock &L) { return L.Name == H.Lock.Name; }))
          Into.push_back(H.Lock);
    };
    for (Item &I : Items) {
      if (!I.Site) {
        AddHeld(I.Call->HeldLocks);
        for (std::string &Key : W.call(*I.Call, Index))
          if (isObject(Key))
            Marks.push_back({std::move(Key), F.Name, I.Call->Loc});
        continue;
      }
      facts::CallSite &Site = *I.Site;
      AddHeld(Site.HeldLocks);
      if (!Site.IfNonBlocking)
        continue;
      if (auto It = W.NonBlocking.find(Site.IfNonBlocking->Object); It != W.NonBlocking.end()) {
        Site.Label = Site.IfNonBlocking->Label;
        Site.Reason =
            fmt::format("{} (made non-blocking by {})", Site.IfNonBlocking->Reason, It->second);
        Site.Advice = std::move(Site.IfNonBlocking->Advice);
        Site.IfNonBlocking.reset();
      } else if (auto Helper = W.Unfollowed.find(Site.IfNonBlocking->Object);
                 Helper != W.Unfollowed.end()) {
        // Say what the verdict rests on: the helper might have changed it.
        Site.Reason += fmt::format(" ({} is not defined in the analyzed files; the descriptor is "
                                   "taken as blocking)",
                                   Helper->second);
      }
    }
  }
  return Marks;
}

} // namespace quadrant::link
