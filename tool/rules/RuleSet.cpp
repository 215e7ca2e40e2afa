//===--- RuleSet.cpp - The loaded rule database -----------------*- C++ -*-===//
#include "rules/RuleSet.h"
#include <algorithm>

namespace quadrant::rules {

llvm::StringRef unqualifiedName(llvm::StringRef QualifiedName) {
  size_t Colons = QualifiedName.rfind("::");
  return Colons == llvm::StringRef::npos ? QualifiedName : QualifiedName.substr(Colons + 2);
}

namespace {

/// Whether Text matches Pattern, where '*' matches any run of characters.
bool wildcardMatches(llvm::StringRef Pattern, llvm::StringRef Text) {
  size_t Star = Pattern.find('*');
  if (Star == llvm::StringRef::npos)
    return Pattern == Text;
  if (!Text.starts_with(Pattern.take_front(Star)))
    return false;
  Pattern = Pattern.drop_front(Star + 1);
  Text = Text.drop_front(Star);
  // Greedy backtracking is fine here: rule names have one or two stars.
  for (size_t Skip = 0; Skip <= Text.size(); ++Skip)
    if (wildcardMatches(Pattern, Text.drop_front(Skip)))
      return true;
  return false;
}

} // namespace

bool nameMatches(llvm::StringRef Pattern, llvm::StringRef Name) {
  if (!Pattern.contains('*'))
    return Pattern == Name;
  // Component by component, so that '*' never spans a "::".
  llvm::SmallVector<llvm::StringRef, 4> PatternParts, NameParts;
  Pattern.split(PatternParts, "::");
  Name.split(NameParts, "::");
  if (PatternParts.size() != NameParts.size())
    return false;
  for (size_t I = 0; I < PatternParts.size(); ++I)
    if (!wildcardMatches(PatternParts[I], NameParts[I]))
      return false;
  return true;
}

llvm::SmallVector<const Rule *, 4> RuleSet::candidates(SiteKind K, llvm::StringRef Name) const {
  llvm::SmallVector<const Rule *, 4> Found;
  const auto &Map = Index[static_cast<int>(K)];
  if (auto It = Map.find(Name); It != Map.end())
    Found.append(It->second.begin(), It->second.end());
  bool FromPatterns = false;
  for (const Rule *R : Patterns[static_cast<int>(K)])
    for (const std::string &RuleName : R->Names)
      if (wildcardMatches(unqualifiedName(RuleName), Name)) {
        Found.push_back(R);
        FromPatterns = true;
        break;
      }
  if (FromPatterns) {
    // Rules live in one vector, so address order is load order.
    std::sort(Found.begin(), Found.end());
    Found.erase(std::unique(Found.begin(), Found.end()), Found.end());
  }
  return Found;
}

RuleSet::RuleSet(std::vector<Rule> Loaded) : Rules(std::move(Loaded)) {
  for (const Rule &R : Rules)
    for (const std::string &Name : R.Names) {
      llvm::StringRef Last = unqualifiedName(Name);
      if (Last.contains('*')) {
        auto &List = Patterns[static_cast<int>(R.Kind)];
        if (List.empty() || List.back() != &R)
          List.push_back(&R);
      } else {
        Index[static_cast<int>(R.Kind)][Last].push_back(&R);
      }
    }
}

} // namespace quadrant::rules
