//===--- Linker.cpp - The whole program, linked -----------------*- C++ -*-===//
#include "link/Program.h"
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

} // namespace

Program linkProgram(std::vector<facts::TranslationUnit> Units) {
  Program P;
  // The same USR at the same place is one definition seen by several TUs (an
  // inline function, a template). At different places it is an ODR clash,
  // such as the main() of several programs analyzed together: both are kept.
  llvm::StringMap<llvm::SmallVector<unsigned, 1>> ByUSR;
  for (facts::TranslationUnit &TU : Units) {
    if (TU.Partial)
      P.PartialFiles.push_back(TU.MainFile);
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
  }
  std::sort(P.PartialFiles.begin(), P.PartialFiles.end());

  // A stable order that no input order can change: by location, then USR.
  std::sort(P.Functions.begin(), P.Functions.end(),
            [](const facts::Function &A, const facts::Function &B) {
              return std::tie(A.Loc, A.USR) < std::tie(B.Loc, B.USR);
            });
  ByUSR.clear();
  for (unsigned I = 0; I < P.Functions.size(); ++I)
    ByUSR[P.Functions[I].USR].push_back(I);

  // Overriders of each method, transitively, computed once per called base.
  llvm::StringMap<std::vector<unsigned>> DirectOverriders, OverridersOf;
  for (unsigned I = 0; I < P.Functions.size(); ++I)
    for (const std::string &Base : P.Functions[I].Overrides)
      DirectOverriders[Base].push_back(I);
  auto AllOverriders = [&](const std::string &USR) -> const std::vector<unsigned> & {
    auto [Cached, Inserted] = OverridersOf.try_emplace(USR);
    if (!Inserted)
      return Cached->second;
    std::vector<unsigned> &Found = Cached->second;
    std::vector<std::string> Work{USR};
    llvm::StringMap<bool> Seen;
    while (!Work.empty()) {
      std::string Next = std::move(Work.back());
      Work.pop_back();
      auto It = DirectOverriders.find(Next);
      if (It == DirectOverriders.end())
        continue;
      for (unsigned O : It->second)
        if (Seen.try_emplace(P.Functions[O].USR, true).second) {
          Found.push_back(O);
          Work.push_back(P.Functions[O].USR);
        }
    }
    return Found;
  };

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
      if (Call.Virtual)
        for (unsigned O : AllOverriders(Call.CalleeUSR))
          Targets.push_back(O);
      std::sort(Targets.begin(), Targets.end());
      Targets.erase(std::unique(Targets.begin(), Targets.end()), Targets.end());
      P.Targets[F].push_back(std::move(Targets));
    }
  }
  P.FunctionsByUSR = std::move(ByUSR);
  return P;
}

} // namespace quadrant::link
