//===--- Report.h - Writing results for people and tools --------*- C++ -*-===//
//
//   in:  link::Program + classify::Verdict per function + diagnostics
//   out: text (people) or JSON (schema quadrant-report/1, tools)
//
// Reporters only format: every decision was made by earlier stages, and the
// order of everything printed is the Program's, so output is deterministic.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_REPORT_REPORT_H
#define QUADRANT_REPORT_REPORT_H

#include "classify/Classifier.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>

namespace quadrant::report {

/// A problem with the analysis itself (a file that failed to compile).
struct Diagnostic {
  std::string File;
  std::string Severity; ///< "error", "warning" or "note"
  std::string Message;
};

struct Report {
  const link::Program &Program;
  const std::vector<classify::Verdict> &Verdicts;
  std::vector<Diagnostic> Diagnostics;
};

/// A call a function makes that matters to its verdict: a labeled call site,
/// or a call of an analyzed function that blocks or is async.
struct ReportedCall {
  std::string Callee;
  SourcePoint Loc;
  Quadrant Label;
  std::optional<std::string> RuleId; ///< std::nullopt for an analyzed function
  std::string Reason;
};

/// The calls of Functions[F] worth reporting, in source order.
std::vector<ReportedCall> reportedCalls(const Report &R, unsigned F);

void writeText(const Report &R, llvm::raw_ostream &OS);
void writeJson(const Report &R, llvm::raw_ostream &OS);

} // namespace quadrant::report

#endif
