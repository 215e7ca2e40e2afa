//===--- Lint.h - From the classified program to the findings shown -*- C++ -*-===//
//
//   in:  Program + Verdicts + Contexts + each file's Config + suppression options
//   out: the findings to report: enabled for their file, inside the header
//        filter, not in an excluded file, not suppressed by NOLINT or the
//        baseline, errors marked
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_DRIVER_LINT_H
#define QUADRANT_DRIVER_LINT_H

#include "checks/Check.h"
#include "checks/Suppressions.h"
#include "config/Config.h"

namespace quadrant::driver {

struct LintOptions {
  llvm::ArrayRef<std::string> MainFiles; ///< the analyzed sources, as displayed
  bool ReportUnusedSuppressions = false;
  const std::vector<checks::BaselineEntry> *Baseline = nullptr;
  /// Filled with every finding NOLINT leaves (--write-baseline).
  std::vector<checks::Finding> *BeforeBaseline = nullptr;
};

llvm::Expected<std::vector<checks::Finding>> lint(const link::Program &P,
                                                  const std::vector<classify::Verdict> &V,
                                                  const contexts::Model &Contexts,
                                                  config::ConfigProvider &Configs,
                                                  const LintOptions &Options);

} // namespace quadrant::driver

#endif
