//===--- RuleSet.h - The loaded rule database -------------------*- C++ -*-===//
//
//   in:  rule files and directories  =>  out: RuleSet, indexed for lookup
//
// Loading is all or nothing: the first error rejects the whole database, with
// file:line:col, so the analysis never runs on a half-loaded rule base.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_RULES_RULESET_H
#define QUADRANT_RULES_RULESET_H

#include "rules/Rule.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <vector>

namespace quadrant::rules {

class RuleSet {
public:
  RuleSet() = default;
  explicit RuleSet(std::vector<Rule> Rules);
  // The index points into Rules: moving keeps the buffer, copying would not.
  RuleSet(RuleSet &&) = default;
  RuleSet &operator=(RuleSet &&) = default;
  RuleSet(const RuleSet &) = delete;

  /// Rules that may match a site of kind K whose unqualified name is Name
  /// (the last component of a rule name), in load order.
  llvm::SmallVector<const Rule *, 4> candidates(SiteKind K, llvm::StringRef Name) const;

  const std::vector<Rule> &rules() const { return Rules; }

  /// Rules that can never match a site ("file: warning: ..."): a keyword or
  /// an OpenMP directive that does not exist. Loading still succeeds.
  std::vector<std::string> unmatchableRuleWarnings() const;

private:
  std::vector<Rule> Rules;
  llvm::StringMap<std::vector<const Rule *>> Index[NumSiteKinds];
  /// Rules with a '*' in the last component of a name: tried on every site.
  std::vector<const Rule *> Patterns[NumSiteKinds];
};

/// Reads every rule file in Builtin, then every one in User. A path is a
/// .yaml file or a directory whose *.yaml files are read in name order. A
/// user rule whose id matches a built-in one overrides it; the same id twice
/// within one layer is an error.
llvm::Expected<RuleSet> loadRuleSet(llvm::ArrayRef<std::string> Builtin,
                                    llvm::ArrayRef<std::string> User);

/// Parses one rule file's text (the fuzz target's entry, and for tools that
/// hold rules in memory); Name is used in error messages.
llvm::Expected<std::vector<Rule>> parseRuleFile(llvm::StringRef Text, llvm::StringRef Name);

/// Writes rules as a rule file, through the traits that read them: a canonical
/// form (no comments, defaults left out, no file names) that changes exactly
/// when what the rules say does. The facts cache is keyed on it.
void writeRuleFile(llvm::ArrayRef<Rule> Rules, llvm::raw_ostream &OS);

/// The last component of a qualified name: "std::future::get" -> "get".
llvm::StringRef unqualifiedName(llvm::StringRef QualifiedName);

} // namespace quadrant::rules

#endif
