//===--- Analysis.h - Running the front end over many TUs -------*- C++ -*-===//
//
//   in:  compilation database + files + RuleSet
//   out: one TUResult per file, in the order given
//
// Each TU is parsed by Clang (syntax only) on a pool of threads and reduced to
// facts; the AST is dropped as soon as its facts are taken.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_DRIVER_ANALYSIS_H
#define QUADRANT_DRIVER_ANALYSIS_H

#include "facts/Facts.h"
#include "rules/RuleSet.h"
#include "clang/Tooling/CompilationDatabase.h"

namespace quadrant::driver {

struct TUResult {
  std::string File;
  /// Facts of what parsed; Facts.Partial when the TU had errors.
  facts::TranslationUnit Facts;
  /// The TU could not be analyzed completely (compile errors, missing file).
  bool Failed = false;
  /// What Clang printed (errors only), to be shown once.
  std::string CompilerOutput;
};

std::vector<TUResult> analyzeFiles(const clang::tooling::CompilationDatabase &DB,
                                   const std::vector<std::string> &Files,
                                   const rules::RuleSet &Rules, unsigned Jobs);

} // namespace quadrant::driver

#endif
