//===--- RuleSet.cpp - The loaded rule database -----------------*- C++ -*-===//
#include "rules/RuleSet.h"

namespace quadrant::rules {

llvm::StringRef unqualifiedName(llvm::StringRef QualifiedName) {
  size_t Colons = QualifiedName.rfind("::");
  return Colons == llvm::StringRef::npos ? QualifiedName : QualifiedName.substr(Colons + 2);
}

llvm::ArrayRef<const Rule *> RuleSet::candidates(SiteKind K, llvm::StringRef Name) const {
  const auto &Map = Index[static_cast<int>(K)];
  auto It = Map.find(Name);
  if (It == Map.end())
    return {};
  return It->second;
}

RuleSet::RuleSet(std::vector<Rule> Loaded) : Rules(std::move(Loaded)) {
  for (const Rule &R : Rules)
    for (const std::string &Name : R.Names)
      Index[static_cast<int>(R.Kind)][unqualifiedName(Name)].push_back(&R);
}

} // namespace quadrant::rules
