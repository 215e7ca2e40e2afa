//===--- Linker.cpp - The whole program, linked -----------------*- C++ -*-===//
#include "link/Program.h"
#include "llvm/ADT/StringMap.h"
#include <algorithm>
#include <tuple>

namespace quadrant::link {

Program linkProgram(std::vector<facts::TranslationUnit> Units) {
  Program P;
  llvm::StringMap<unsigned> ByUSR;
  for (facts::TranslationUnit &TU : Units) {
    if (TU.Partial)
      P.PartialFiles.push_back(TU.MainFile);
    for (facts::Function &F : TU.Functions) {
      auto [It, Inserted] = ByUSR.try_emplace(F.USR, P.Functions.size());
      if (Inserted)
        P.Functions.push_back(std::move(F));
      else
        facts::mergeFunction(P.Functions[It->second], std::move(F));
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
    ByUSR[P.Functions[I].USR] = I;

  // Overriders of each method, transitively, computed on demand per base.
  llvm::StringMap<std::vector<unsigned>> DirectOverriders;
  for (unsigned I = 0; I < P.Functions.size(); ++I)
    for (const std::string &Base : P.Functions[I].Overrides)
      DirectOverriders[Base].push_back(I);
  auto AllOverriders = [&](const std::string &USR) {
    std::vector<unsigned> Found;
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
      if (auto It = ByUSR.find(Call.CalleeUSR); It != ByUSR.end())
        Targets.push_back(It->second);
      if (Call.Virtual)
        for (unsigned O : AllOverriders(Call.CalleeUSR))
          Targets.push_back(O);
      std::sort(Targets.begin(), Targets.end());
      Targets.erase(std::unique(Targets.begin(), Targets.end()), Targets.end());
      P.Targets[F].push_back(std::move(Targets));
    }
  }
  return P;
}

} // namespace quadrant::link
