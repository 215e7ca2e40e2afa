//===--- Fixes.h - Applying, exporting and showing fixes --------*- C++ -*-===//
//
//   in:  the findings reported (after --checks, NOLINT and the baseline),
//        each with the fix its check made, if any (checks::FixIt)
//   out: the sources edited in place (--fix), the fixes in
//        clang-apply-replacements' YAML (--export-fixes), or one fix as a
//        diff (quadrant explain)
//
// The checks decide what to edit; this only edits. An edit is made once,
// never over another, only in the sources analyzed, and only while the file
// is as it was analyzed (FileText.h).
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FIX_FIXES_H
#define QUADRANT_FIX_FIXES_H

#include "checks/Check.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace quadrant::fix {

/// What --fix did.
struct FixOutcome {
  unsigned Offered = 0; ///< findings with a fix (a fix offered twice counts once)
  unsigned Applied = 0;
  unsigned FilesChanged = 0;
  /// Why each fix not applied was not: "file:line:col: fix of [check] not
  /// applied: ...".
  std::vector<std::string> Refused;
};

/// Applies the fixes of Findings to their files. Only files among Sources
/// (the analyzed sources, as displayed) are edited. A fix that overlaps a fix
/// applied before it is refused, one identical to it is the same fix and is
/// made once, and the fixes of a file changed since it was analyzed are all
/// refused. Each file is rewritten atomically, with every fix accepted for
/// it; an error is a file that could not be read or written.
llvm::Expected<FixOutcome> applyFixes(llvm::ArrayRef<checks::Finding> Findings,
                                      llvm::ArrayRef<std::string> Sources);

/// The fixes of Findings as clang-tidy's --export-fixes writes them, for
/// clang-apply-replacements: absolute paths, byte offsets. MainSourceFile
/// is the one source analyzed, or empty.
llvm::Error writeFixesYaml(llvm::ArrayRef<checks::Finding> Findings,
                           llvm::StringRef MainSourceFile, llvm::raw_ostream &OS);

/// Fix as a unified diff of the lines it changes, each line after Indent.
/// An error if its file cannot be read or has changed since the analysis.
llvm::Error writeFixDiff(const checks::FixIt &Fix, llvm::StringRef Indent, llvm::raw_ostream &OS);

} // namespace quadrant::fix

#endif
