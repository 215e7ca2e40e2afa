//===--- RuleListing.cpp - quadrant --list-rules ----------------*- C++ -*-===//
//
// The active rule database as people (text) and tools (JSON,
// quadrant-rules/1) see it. docs/rule-table.md is generated from the JSON, so
// the documentation cannot drift from rules/.
//
//===----------------------------------------------------------------------===//
#include "report/RuleListing.h"
#include "core/Format.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"

namespace quadrant::report {

namespace {

const char *kindName(rules::SiteKind K) {
  switch (K) {
  case rules::SiteKind::Call:
    return "call";
  case rules::SiteKind::Construct:
    return "construct";
  case rules::SiteKind::Destroy:
    return "destroy";
  case rules::SiteKind::Keyword:
    return "keyword";
  case rules::SiteKind::Directive:
    return "directive";
  }
  return "call";
}

llvm::StringRef labelName(const std::optional<Quadrant> &Label) {
  return Label ? quadrantName(*Label) : "none";
}

} // namespace

std::string displayedRuleFile(llvm::StringRef File, llvm::StringRef BuiltinDir) {
  if (File.consume_front(BuiltinDir) && (File.consume_front("/") || File.empty()))
    return fmt::format("rules/{}", File);
  return File.str();
}

void writeRuleListText(const rules::RuleSet &Rules, llvm::StringRef BuiltinDir,
                       llvm::raw_ostream &OS) {
  for (const rules::Rule &R : Rules.rules()) {
    print(OS, "{}: {} of {} is {}", R.Id, kindName(R.Kind), fmt::join(R.Names, ", "),
          labelName(R.Label));
    if (!R.Cases.empty())
      print(OS, " ({} {} may change it)", R.Cases.size(), R.Cases.size() == 1 ? "case" : "cases");
    print(OS, "  [{}]\n", displayedRuleFile(R.SourceFile, BuiltinDir));
  }
  print(OS, "{} rules\n", Rules.rules().size());
}

void writeRuleListJson(const rules::RuleSet &Rules, llvm::StringRef BuiltinDir,
                       llvm::raw_ostream &OS) {
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("schema", "quadrant-rules/1");
    J.attributeArray("rules", [&] {
      for (const rules::Rule &R : Rules.rules())
        J.object([&] {
          J.attribute("id", R.Id);
          J.attribute("kind", kindName(R.Kind));
          J.attributeArray("names", [&] {
            for (const std::string &N : R.Names)
              J.value(N);
          });
          J.attribute("label", labelName(R.Label));
          J.attribute("reason", R.Reason);
          J.attributeArray("traits", [&] {
            for (const std::string &T : R.Traits)
              J.value(T);
          });
          J.attributeArray("cases", [&] {
            for (const rules::Case &C : R.Cases)
              J.object([&] {
                J.attribute("label", labelName(C.Label));
                J.attribute("reason", C.Reason);
              });
          });
          J.attribute("file", displayedRuleFile(R.SourceFile, BuiltinDir));
        });
    });
  });
  OS << "\n";
}

} // namespace quadrant::report
