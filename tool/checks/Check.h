//===--- Check.h - Lint checks over the classified program ------*- C++ -*-===//
//
//   in:  link::Program + classify::Verdict per function + contexts::Model
//   out: Findings (a warning with notes, clang style)
//
// Checks turn the classification into warnings a team can gate merges on.
// Each check is one function in its own file, one line in Checks.cpp's
// registry and one page in docs/checks/. Checks see only plain facts: what
// the AST showed was recorded by the facts stage (held locks, handlers,
// polling loops, threads left joinable).
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CHECKS_CHECK_H
#define QUADRANT_CHECKS_CHECK_H

#include "classify/Classifier.h"
#include "contexts/Contexts.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>
#include <vector>

namespace quadrant::checks {

struct Note {
  SourcePoint Loc;
  std::string Message;
};

/// Text that replaces a span of a file (an insertion when the span is empty).
struct Replacement {
  SourceSpan Span;
  std::string Text;
};

/// An edit that removes a finding and keeps the program correct, as Clang's
/// fix-it hints are: made by the check from plain facts, applied by --fix,
/// exported by --export-fixes, offered as a quick fix in the editor.
struct FixIt {
  std::string Description; ///< "use std::jthread, which joins in its destructor"
  std::vector<Replacement> Replacements; ///< in one file, in order, not overlapping
};

struct Finding {
  std::string Check; ///< full name: "quadrant-blocking-in-coroutine"
  SourcePoint Loc;
  std::string Message;
  std::vector<Note> Notes;
  std::string Function; ///< the function the finding is in
  bool Error = false;   ///< promoted by --warnings-as-errors
  std::string Fingerprint; ///< stable across unrelated edits (baseline, SARIF)
  std::optional<FixIt> Fix; ///< only where the check's page says there is one
};

struct CheckInput {
  const link::Program &Program;
  const std::vector<classify::Verdict> &Verdicts;
  /// Where each function runs.
  const contexts::Model &Contexts;
  /// Qualified names or globs of functions that must not block (config).
  llvm::ArrayRef<std::string> NonBlockingFunctions;
};

struct CheckInfo {
  const char *Name;    ///< "quadrant-blocking-in-coroutine"
  const char *Summary; ///< one sentence, as in the check's doc page
  void (*Run)(const CheckInput &, std::vector<Finding> &);
};

/// Every check, in name order.
llvm::ArrayRef<CheckInfo> allChecks();

/// The names of allChecks(), to verify the names a user writes.
std::vector<llvm::StringRef> checkNames();

/// Runs the enabled checks; findings sorted by place, check and message.
std::vector<Finding> runChecks(const CheckInput &In,
                               llvm::function_ref<bool(llvm::StringRef Check)> Enabled);

} // namespace quadrant::checks

#endif
