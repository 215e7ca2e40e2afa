//===--- VirtualCalls.cpp - What a virtual call may run ---------*- C++ -*-===//
#include "link/VirtualCalls.h"
#include "llvm/ADT/STLExtras.h"

namespace quadrant::link {

VirtualDispatch::VirtualDispatch(const std::vector<facts::Function> &Functions,
                                 llvm::StringSet<> Constructed)
    : Functions(Functions), Constructed(std::move(Constructed)) {
  for (unsigned I = 0; I < Functions.size(); ++I)
    for (const std::string &Base : Functions[I].Overrides)
      DirectOverriders[Base].push_back(I);
}

/// Overriders of a method, transitively, computed once per called method.
const std::vector<unsigned> &VirtualDispatch::overriders(llvm::StringRef Method) {
  auto [Cached, Inserted] = AllOverriders.try_emplace(Method);
  if (!Inserted)
    return Cached->second;
  std::vector<unsigned> Found;
  std::vector<std::string> Work{Method.str()};
  llvm::StringSet<> Seen;
  while (!Work.empty()) {
    std::string Next = std::move(Work.back());
    Work.pop_back();
    auto It = DirectOverriders.find(Next);
    if (It == DirectOverriders.end())
      continue;
    for (unsigned O : It->second)
      if (Seen.insert(Functions[O].USR).second) {
        Found.push_back(O);
        Work.push_back(Functions[O].USR);
      }
  }
  // The map may have grown: look the slot up again.
  return AllOverriders[Method] = std::move(Found);
}

std::vector<unsigned> VirtualDispatch::targets(llvm::StringRef Method, std::vector<unsigned> Defined,
                                               llvm::ArrayRef<std::string> ReceiverClasses,
                                               unsigned &LeftOut, std::string &Shown) {
  std::vector<unsigned> Candidates = std::move(Defined);
  llvm::append_range(Candidates, overriders(Method));
  llvm::sort(Candidates);
  Candidates.erase(std::unique(Candidates.begin(), Candidates.end()), Candidates.end());
  for (const std::string &Class : ReceiverClasses) {
    std::vector<unsigned> Own;
    for (unsigned C : Candidates)
      if (Functions[C].Class == Class)
        Own.push_back(C);
    if (!Own.empty()) {
      LeftOut = Candidates.size() - Own.size();
      Shown = ReceiverClasses.front();
      return Own;
    }
  }
  std::vector<unsigned> Kept;
  for (unsigned C : Candidates)
    if (Functions[C].Class.empty() || Constructed.contains(Functions[C].Class))
      Kept.push_back(C);
  if (Kept.empty()) {
    LeftOut = 0;
    return Candidates;
  }
  LeftOut = Candidates.size() - Kept.size();
  return Kept;
}

} // namespace quadrant::link
