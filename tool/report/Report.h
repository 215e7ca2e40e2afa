//===--- Report.h - Writing results for people and tools --------*- C++ -*-===//
//
//   in:  link::Program + classify::Verdict per function + contexts::Model
//        + diagnostics
//        + lint findings
//   out: text (people), JSON (schema quadrant-report/1, tools), SARIF
//        (code scanning), GitHub Actions annotations, a self-contained HTML
//        page (people) or the call graph in Graphviz's DOT
//
// Reporters only format: every decision was made by earlier stages, and the
// order of everything printed is the Program's, so output is deterministic.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_REPORT_REPORT_H
#define QUADRANT_REPORT_REPORT_H

#include "checks/Check.h"
#include "classify/Classifier.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>

namespace llvm::json {
class OStream;
} // namespace llvm::json

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
  const contexts::Model &Contexts;
  std::vector<Diagnostic> Diagnostics;
  /// Lint findings, after suppressions and the baseline; paths as displayed.
  std::vector<checks::Finding> Findings;
  /// Where docs/checks/<check>.md live, for SARIF's help links.
  std::string ChecksDocDir;
  bool Color = false;
  /// The text report lists pure-computation functions too, not only counts
  /// them (--show-pure).
  bool ShowPure = false;
  /// By function: defined in a file the configuration's Exclude names. Such
  /// a function is part of the program (its callers' verdicts and chains
  /// go through it) but has no report of its own. Empty: none.
  std::vector<bool> Excluded = {};

  /// A function written in the program whose file is not excluded; not a
  /// specialization (link/ConstantArguments.h), which its original stands for.
  bool reported(unsigned F) const {
    return !Program.isSpecialization(F) && (F >= Excluded.size() || !Excluded[F]);
  }
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
/// One element of quadrant-report/1's "functions" (also used by explain).
void writeFunctionJson(llvm::json::OStream &J, const Report &R, unsigned F);
/// SARIF 2.1.0: findings only, with rule metadata and code flows.
void writeSarif(const Report &R, llvm::raw_ostream &OS);
/// GitHub Actions workflow commands (::warning file=...::message).
void writeGithub(const Report &R, llvm::raw_ostream &OS);
/// One HTML file with no outside assets: the four-quadrant chart, the call
/// graph, each function's source and witness chains, and the findings.
void writeHtml(const Report &R, llvm::raw_ostream &OS);
/// The call graph in Graphviz's DOT, coloured by quadrant, with a legend.
void writeDot(const Report &R, llvm::raw_ostream &OS);

/// A check's short name: "quadrant-busy-wait-loop" -> "busy-wait-loop".
llvm::StringRef shortCheckName(llvm::StringRef Check);

} // namespace quadrant::report

#endif
