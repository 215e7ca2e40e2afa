//===--- IndirectCalls.cpp - What calls through pointers may run -*- C++ -*-===//
//
// A flow-insensitive may-analysis per storage location, the field-based
// approach of call-graph builders: a slot (variable, parameter, member,
// global) holds every function or lambda stored into it anywhere in the
// program, and everything any slot copied into it holds. An indirect call
// becomes a call edge to each of them; one whose slot holds nothing is left
// unresolved, for the verdict to say it rests on the calls it could follow.
// A call site given a slot (a wrapper's callable parameter) gets what the
// slot holds as handlers.
//
//===----------------------------------------------------------------------===//
#include "link/IndirectCalls.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <set>

namespace quadrant::link {

int parameterIndex(llvm::StringRef Slot, llvm::StringRef FunctionUSR) {
  unsigned Index = 0;
  if (!Slot.consume_front(FunctionUSR) || !Slot.consume_front("#") || Slot.getAsInteger(10, Index))
    return -1;
  return static_cast<int>(Index);
}

void resolveIndirectCalls(std::vector<facts::Function> &Functions,
                          const std::vector<facts::CallableStore> &Stores) {
  // std::set: edges come out in one order whatever the order of the inputs.
  llvm::StringMap<std::set<std::string>> Holds;
  llvm::StringMap<std::vector<std::string>> CopiedTo;
  std::vector<std::string> Work;
  for (const facts::CallableStore &S : Stores) {
    if (!S.FunctionUSR.empty() && Holds[S.Slot].insert(S.FunctionUSR).second)
      Work.push_back(S.Slot);
    if (!S.FromSlot.empty())
      CopiedTo[S.FromSlot].push_back(S.Slot);
  }
  // Each slot's set only grows, and is bounded by the functions stored
  // anywhere: the worklist ends.
  while (!Work.empty()) {
    std::string From = std::move(Work.back());
    Work.pop_back();
    auto Copies = CopiedTo.find(From);
    if (Copies == CopiedTo.end())
      continue;
    std::set<std::string> Held = Holds[From];
    for (const std::string &To : Copies->second) {
      std::set<std::string> &Into = Holds[To];
      size_t Before = Into.size();
      Into.insert(Held.begin(), Held.end());
      if (Into.size() != Before)
        Work.push_back(To);
    }
  }

  llvm::StringMap<const facts::Function *> ByUSR;
  for (const facts::Function &F : Functions)
    ByUSR.try_emplace(F.USR, &F);
  for (facts::Function &F : Functions) {
    // A wrapper hands its caller's callable on: `spawn(fn)` passing its
    // parameter to pthread_create makes every function given to spawn a
    // handler of that call.
    for (facts::CallSite &Site : F.CallSites)
      for (const std::string &Slot : Site.HandlerSlots)
        if (auto It = Holds.find(Slot); It != Holds.end())
          for (const std::string &USR : It->second)
            if (!llvm::is_contained(Site.Handlers, USR))
              Site.Handlers.push_back(USR);
    for (facts::IndirectCall &Call : F.IndirectCalls) {
      int Parameter = parameterIndex(Call.Slot, F.USR);
      bool Followed = false;
      if (auto It = Holds.find(Call.Slot); It != Holds.end() && !Call.Slot.empty())
        for (const std::string &USR : It->second) {
          auto Target = ByUSR.find(USR);
          if (Target == ByUSR.end())
            continue; // declared, never defined in the analyzed code
          facts::CallEdge Edge;
          Edge.CalleeUSR = USR;
          Edge.CalleeName = Target->second->Name;
          Edge.Loc = Call.Loc;
          Edge.ThroughParameter = Parameter;
          F.Calls.push_back(std::move(Edge));
          Followed = true;
        }
      if (!Followed)
        F.UnresolvedCalls.push_back(Call);
    }
    facts::normalizeFunction(F); // the new edges in source order
  }
}

} // namespace quadrant::link
