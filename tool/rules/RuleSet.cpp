//===--- RuleSet.cpp - The loaded rule database -----------------*- C++ -*-===//
#include "rules/RuleSet.h"
#include "core/Format.h"
#include "llvm/Frontend/OpenMP/OMP.h"
#include <algorithm>

namespace quadrant::rules {

llvm::StringRef unqualifiedName(llvm::StringRef QualifiedName) {
  size_t Colons = QualifiedName.rfind("::");
  return Colons == llvm::StringRef::npos ? QualifiedName : QualifiedName.substr(Colons + 2);
}

namespace {

/// Whether Text matches Pattern, where '*' matches any run of characters.
/// One pass that, on a mismatch, lets the last '*' seen take one more
/// character: O(|Pattern| * |Text|) at worst. (Trying every split at every
/// '*' recursively was exponential in the stars: a fuzzed --checks glob of
/// fourteen stars ran for minutes.)
bool wildcardMatches(llvm::StringRef Pattern, llvm::StringRef Text) {
  size_t P = 0, T = 0;
  size_t Star = llvm::StringRef::npos, StarText = 0;
  while (T < Text.size()) {
    if (P < Pattern.size() && Pattern[P] == '*') {
      Star = P++;
      StarText = T;
    } else if (P < Pattern.size() && Pattern[P] == Text[T]) {
      ++P;
      ++T;
    } else if (Star != llvm::StringRef::npos) {
      P = Star + 1;
      T = ++StarText;
    } else {
      return false;
    }
  }
  while (P < Pattern.size() && Pattern[P] == '*')
    ++P;
  return P == Pattern.size();
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

std::vector<std::string> RuleSet::unmatchableRuleWarnings() const {
  std::vector<std::string> Warnings;
  for (const Rule &R : Rules)
    for (const std::string &Name : R.Names) {
      llvm::StringRef N(Name);
      std::string Why;
      if (R.Kind == SiteKind::Keyword && N != "co_await" && N != "co_yield")
        Why = fmt::format("'{}' is not a keyword quadrant sees (co_await, co_yield)", Name);
      if (R.Kind == SiteKind::Directive && N.consume_front("omp ") &&
          llvm::omp::getOpenMPDirectiveKind(N) == llvm::omp::OMPD_unknown)
        Why = fmt::format("'{}' is not an OpenMP directive", Name);
      if (!Why.empty())
        Warnings.push_back(
            fmt::format("{}: warning: rule '{}' can never match: {}", R.SourceFile, R.Id, Why));
    }
  return Warnings;
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
