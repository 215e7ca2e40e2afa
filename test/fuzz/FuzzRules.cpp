//===--- FuzzRules.cpp - libFuzzer target: the rule-file loader -*- C++ -*-===//
//
// Any bytes, as the text of one rule file: parseRuleFile must answer with
// rules or an error, never crash, hang or touch memory it does not own.
//
//===----------------------------------------------------------------------===//
#include "rules/RuleSet.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<std::vector<quadrant::rules::Rule>> Rules =
      quadrant::rules::parseRuleFile(Text, "fuzz.yaml");
  if (!Rules) {
    llvm::consumeError(Rules.takeError());
    return 0;
  }
  // What loaded must also index and match: RuleSet builds its lookup tables
  // from it, and each rule's names are looked up as a call site's would be.
  using namespace quadrant::rules;
  RuleSet Set(std::move(*Rules));
  for (const Rule &R : Set.rules())
    for (const std::string &Name : R.Names)
      for (const Rule *C : Set.candidates(R.Kind, unqualifiedName(Name)))
        for (const std::string &Pattern : C->Names)
          (void)nameMatches(Pattern, Name);
  return 0;
}
