//===--- RuleListing.h - Printing the rule database -------------*- C++ -*-===//
//
//   in:  the loaded RuleSet  =>  out: text or JSON (quadrant-rules/1)
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_REPORT_RULELISTING_H
#define QUADRANT_REPORT_RULELISTING_H

#include "rules/RuleSet.h"
#include "llvm/Support/raw_ostream.h"

namespace quadrant::report {

/// A rule file's path as listed: built-in files as "rules/<name>.yaml",
/// wherever they are installed, so that listings are the same on every machine.
std::string displayedRuleFile(llvm::StringRef File, llvm::StringRef BuiltinDir);

void writeRuleListText(const rules::RuleSet &Rules, llvm::StringRef BuiltinDir,
                       llvm::raw_ostream &OS);
void writeRuleListJson(const rules::RuleSet &Rules, llvm::StringRef BuiltinDir,
                       llvm::raw_ostream &OS);

} // namespace quadrant::report

#endif
