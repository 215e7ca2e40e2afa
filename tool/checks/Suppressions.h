//===--- Suppressions.h - NOLINT comments, baselines, fingerprints -*- C++ -*-===//
//
//   in:  findings + the source files they point into
//   out: the findings left after NOLINT comments and a baseline, each with
//        a fingerprint of its code
//
// NOLINT spellings are clang-tidy's (NOLINT, NOLINTNEXTLINE, NOLINTBEGIN/END,
// each with an optional check list that may use globs), so existing habits
// carry over. A baseline matches findings by check, file, function and a
// fingerprint of the finding's line, not by line number, so edits elsewhere
// in the file do not bring old findings back.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CHECKS_SUPPRESSIONS_H
#define QUADRANT_CHECKS_SUPPRESSIONS_H

#include "checks/Check.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>

namespace quadrant::checks {

/// The lines of source files, read once each.
class SourceLines {
public:
  /// Line N (1-based) of File, without its newline; "" if unreadable.
  llvm::StringRef line(llvm::StringRef File, unsigned N);
  unsigned lineCount(llvm::StringRef File);

private:
  const std::vector<llvm::StringRef> &linesOf(llvm::StringRef File);
  llvm::StringMap<std::unique_ptr<llvm::MemoryBuffer>> Buffers;
  llvm::StringMap<std::vector<llvm::StringRef>> Lines;
};

/// Sets each finding's Fingerprint from its check, function, message and the
/// text of its line (trimmed), and how many identical ones precede it.
void fingerprint(std::vector<Finding> &Findings, SourceLines &Sources);

/// Removes the findings a NOLINT comment suppresses. Adds a finding
/// (quadrant-unknown-suppression) for each name of a NOLINT comment that
/// starts with "quadrant-" and names no check and, with ReportUnused, one for
/// each NOLINT comment in ScannedFiles that names a quadrant check and
/// suppressed nothing.
void applyNoLint(std::vector<Finding> &Findings, SourceLines &Sources,
                 llvm::ArrayRef<std::string> ScannedFiles, bool ReportUnused);

/// Reads a baseline written by writeBaseline.
struct BaselineEntry {
  std::string Check, File, Function, Fingerprint;
};
llvm::Expected<std::vector<BaselineEntry>> readBaseline(llvm::StringRef Path);
void writeBaseline(llvm::ArrayRef<Finding> Findings, llvm::raw_ostream &OS);
/// Removes findings the baseline lists (each entry absorbs one finding).
void applyBaseline(std::vector<Finding> &Findings, llvm::ArrayRef<BaselineEntry> Baseline);

} // namespace quadrant::checks

#endif
