//===--- Linker.cpp - The whole program, linked -----------------*- C++ -*-===//
#include "link/Program.h"
#include "core/Format.h"
#include "link/ConstantArguments.h"
#include "link/IndirectCalls.h"
#include "link/Summaries.h"
#include "link/VirtualCalls.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include <algorithm>
#include <tuple>

namespace quadrant::link {

namespace {

bool sharesTU(const facts::Function &A, const facts::Function &B) {
  auto I = A.SeenIn.begin(), J = B.SeenIn.begin();
  while (I != A.SeenIn.end() && J != B.SeenIn.end()) {
    if (*I == *J)
      return true;
    if (*I < *J)
      ++I;
    else
      ++J;
  }
  return false;
}

/// Data members and globals made non-blocking anywhere in the program, and
/// every other name of them (ObjectAlias): the mark that made each so.
class NonBlockingObjects {
public:
  void addAlias(const facts::ObjectAlias &A) { unite(id(A.Member), id(A.Source)); }
  void addMark(facts::ObjectMark M) { Marks.push_back(std::move(M)); }

  /// The mark that makes Object non-blocking, if any. Which one, when
  /// several do, does not depend on the order of the inputs.
  const facts::ObjectMark *markOf(const std::string &Object) {
    if (!Resolved)
      resolve();
    auto It = Ids.find(Object);
    if (It == Ids.end())
      return nullptr;
    auto Mark = MarkOfRoot.find(root(It->second));
    return Mark == MarkOfRoot.end() ? nullptr : &Marks[Mark->second];
  }

private:
  unsigned id(const std::string &Object) {
    auto [It, Inserted] = Ids.try_emplace(Object, Parent.size());
    if (Inserted)
      Parent.push_back(Parent.size());
    return It->second;
  }
  unsigned root(unsigned I) {
    while (Parent[I] != I)
      I = Parent[I] = Parent[Parent[I]];
    return I;
  }
  void unite(unsigned A, unsigned B) { Parent[root(A)] = root(B); }
  void resolve() {
    std::sort(Marks.begin(), Marks.end(), [](const facts::ObjectMark &A, const facts::ObjectMark &B) {
      return std::tie(A.Loc, A.Object) < std::tie(B.Loc, B.Object);
    });
    for (unsigned M = 0; M < Marks.size(); ++M)
      MarkOfRoot.try_emplace(root(id(Marks[M].Object)), M);
    Resolved = true;
  }

  llvm::StringMap<unsigned> Ids;
  std::vector<unsigned> Parent;
  std::vector<facts::ObjectMark> Marks;
  llvm::DenseMap<unsigned, unsigned> MarkOfRoot;
  bool Resolved = false;
};

/// Relabels the call sites whose descriptor some function made non-blocking.
/// Flow-insensitive: a member made non-blocking in start() counts as
/// non-blocking in every method, before start() runs too.
void applyNonBlockingObjects(Program &P, NonBlockingObjects &Objects) {
  for (facts::Function &F : P.Functions)
    for (facts::CallSite &S : F.CallSites) {
      if (!S.IfNonBlocking)
        continue;
      if (const facts::ObjectMark *Mark = Objects.markOf(S.IfNonBlocking->Object)) {
        S.Label = S.IfNonBlocking->Label;
        S.Reason = fmt::format("{} (made non-blocking in {})", S.IfNonBlocking->Reason,
                               Mark->Function);
        S.Advice = std::move(S.IfNonBlocking->Advice);
      }
      S.IfNonBlocking.reset();
    }
}

} // namespace

Program linkProgram(std::vector<facts::TranslationUnit> Units) {
  Program P;
  NonBlockingObjects Objects;
  std::vector<facts::CallableStore> Stores;
  llvm::StringSet<> Constructed;
  // The same USR at the same place is one definition seen by several TUs (an
  // inline function, a template). At different places it is an ODR clash,
  // such as the main() of several programs analyzed together: both are kept.
  llvm::StringMap<llvm::SmallVector<unsigned, 1>> ByUSR;
  for (facts::TranslationUnit &TU : Units) {
    if (TU.Partial)
      P.PartialFiles.push_back(TU.MainFile);
    for (const facts::ObjectAlias &A : TU.ObjectAliases)
      Objects.addAlias(A);
    for (facts::ObjectMark &M : TU.NonBlockingObjects)
      Objects.addMark(std::move(M));
    for (facts::CallableStore &S : TU.CallableStores)
      Stores.push_back(std::move(S));
    for (const std::string &Class : TU.ConstructedClasses)
      Constructed.insert(Class);
    for (facts::Function &F : TU.Functions) {
      F.Partial = TU.Partial;
      F.SeenIn = {TU.MainFile};
      llvm::SmallVector<unsigned, 1> &Same = ByUSR[F.USR];
      auto Seen = llvm::find_if(Same, [&](unsigned I) { return P.Functions[I].Loc == F.Loc; });
      if (Seen != Same.end()) {
        facts::mergeFunction(P.Functions[*Seen], std::move(F));
        continue;
      }
      Same.push_back(P.Functions.size());
      P.Functions.push_back(std::move(F));
    }
    // The moved-from shells are a large program's largest allocation but
    // one: free them now, not when Units goes.
    std::vector<facts::Function>().swap(TU.Functions);
  }
  std::sort(P.PartialFiles.begin(), P.PartialFiles.end());
  for (facts::ObjectMark &M : applySummaries(P.Functions, ByUSR))
    Objects.addMark(std::move(M));
  applyNonBlockingObjects(P, Objects);
  resolveIndirectCalls(P.Functions, Stores);

  // A stable order that no input order can change: by location, then USR.
  std::sort(P.Functions.begin(), P.Functions.end(),
            [](const facts::Function &A, const facts::Function &B) {
              return std::tie(A.Loc, A.USR) < std::tie(B.Loc, B.USR);
            });
  ByUSR.clear();
  for (unsigned I = 0; I < P.Functions.size(); ++I)
    ByUSR[P.Functions[I].USR].push_back(I);

  VirtualDispatch Dispatch(P.Functions, std::move(Constructed));
  P.Targets.resize(P.Functions.size());
  for (unsigned F = 0; F < P.Functions.size(); ++F) {
    for (const facts::CallEdge &Call : P.Functions[F].Calls) {
      std::vector<unsigned> Targets;
      if (auto It = ByUSR.find(Call.CalleeUSR); It != ByUSR.end()) {
        Targets.insert(Targets.end(), It->second.begin(), It->second.end());
        if (Targets.size() > 1) {
          // Several definitions of one name: different programs analyzed
          // together. Prefer those the caller's own TUs saw.
          std::vector<unsigned> Seen;
          for (unsigned T : Targets)
            if (sharesTU(P.Functions[F], P.Functions[T]))
              Seen.push_back(T);
          if (!Seen.empty())
            Targets = std::move(Seen);
        }
      }
      if (Call.Virtual) {
        unsigned LeftOut = 0;
        std::string Shown;
        Targets = Dispatch.targets(Call.CalleeUSR, std::move(Targets), Call.ReceiverClasses,
                                   LeftOut, Shown);
        std::pair<unsigned, unsigned> At{F, static_cast<unsigned>(P.Targets[F].size())};
        if (LeftOut)
          P.LeftOutOverriders[At] = LeftOut;
        if (!Shown.empty())
          P.ShownReceivers[At] = std::move(Shown);
      }
      // A pure virtual method no class of the program overrides.
      if (Call.Virtual && Targets.empty())
        P.Functions[F].UnresolvedCalls.push_back({"", Call.CalleeName, Call.Loc});
      std::sort(Targets.begin(), Targets.end());
      Targets.erase(std::unique(Targets.begin(), Targets.end()), Targets.end());
      P.Targets[F].push_back(std::move(Targets));
    }
    llvm::sort(P.Functions[F].UnresolvedCalls,
               [](const facts::IndirectCall &A, const facts::IndirectCall &B) { return A.Loc < B.Loc; });
  }
  P.FunctionsByUSR = std::move(ByUSR);
  specializeForConstantArguments(P, Stores);
  return P;
}

} // namespace quadrant::link
