//===--- Analysis.h - Running the front end over many TUs -------*- C++ -*-===//
//
//   in:  compilation database + files + RuleSet (+ a facts cache)
//   out: one TUResult per file, in the order given
//
// Each TU is parsed by Clang (syntax only) on a pool of threads and reduced to
// facts; the AST is dropped as soon as its facts are taken. With a cache, a
// TU whose compile command and files are unchanged is not parsed at all.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_DRIVER_ANALYSIS_H
#define QUADRANT_DRIVER_ANALYSIS_H

#include "cache/FactsCache.h"
#include "driver/BodySkipping.h"
#include "driver/SharedPreambles.h"
#include "facts/Facts.h"
#include "rules/RuleSet.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <functional>

namespace quadrant::driver {

struct TUResult {
  std::string File;
  /// Facts of what parsed; Facts.Partial when the TU had errors.
  facts::TranslationUnit Facts;
  /// The TU could not be analyzed completely (compile errors, missing file).
  bool Failed = false;
  /// The facts came from the cache: the TU was not parsed.
  bool FromCache = false;
  /// What Clang printed (errors only), to be shown once.
  std::string CompilerOutput;
  /// The facts came from AnalysisOptions::Fallback's command.
  bool ByFallback = false;
  /// The TU was parsed with a shared preamble (SharedPreambles.h).
  bool SharedPreamble = false;
};

/// How far analyzeFiles has got.
struct Progress {
  size_t Done = 0; ///< translation units finished
  size_t Total = 0;
  /// The translation unit started last (with several jobs, others are
  /// running too).
  llvm::StringRef Current;
};

struct AnalysisOptions {
  /// Facts to reuse and to keep, or nullptr for none.
  cache::FactsCache *Cache = nullptr;
  /// Called as each translation unit starts and as it finishes, from the
  /// worker threads but never two at a time.
  std::function<void(const Progress &)> OnProgress;
  /// Function bodies in system headers the parser skips.
  SkipSystemBodies Skip = SkipSystemBodies::NonTemplate;
  /// Commands to try for a file that does not compile with its own, or
  /// nullptr: a header outside any database may be C rather than C++
  /// (DefaultFlags.h). The second result is kept only if it compiles, so the
  /// errors shown are those of the first.
  const clang::tooling::CompilationDatabase *Fallback = nullptr;
  /// Where TUs that open with the same system includes find a PCH of them
  /// (SharedPreambles.h), or nullptr to parse every TU whole.
  PreambleStore *Preambles = nullptr;
  /// The fewest TUs that share a prefix for a PCH of it to be built; fewer
  /// only use one that is already stored. Building one costs about as much
  /// as parsing the prefix once more (docs/performance.md).
  size_t MinGroupSize = 2;
};

std::vector<TUResult> analyzeFiles(const clang::tooling::CompilationDatabase &DB,
                                   const std::vector<std::string> &Files,
                                   const rules::RuleSet &Rules, unsigned Jobs,
                                   const AnalysisOptions &Options = {});

} // namespace quadrant::driver

#endif
