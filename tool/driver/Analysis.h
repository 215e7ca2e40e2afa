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

/// Which function bodies in system headers the parser skips (as clangd does in
/// its preamble). Facts never come from system headers, whose functions the
/// rules describe, so their bodies matter only through the templates they
/// instantiate: a library template given a user's template type
/// (std::make_shared<Worker<T>>) instantiates the user's code, and skipping it
/// loses the calls that depend on T there. Sema parses the bodies it needs
/// whatever this says (constexpr functions, deduced return types).
enum class SkipSystemBodies { None, NonTemplate, All };

std::vector<TUResult> analyzeFiles(const clang::tooling::CompilationDatabase &DB,
                                   const std::vector<std::string> &Files,
                                   const rules::RuleSet &Rules, unsigned Jobs,
                                   SkipSystemBodies Skip = SkipSystemBodies::NonTemplate);

} // namespace quadrant::driver

#endif
