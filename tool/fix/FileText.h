//===--- FileText.h - A source file's text, to edit -------------*- C++ -*-===//
//
// Fixes carry byte offsets and line:columns recorded when the file was
// analyzed. Before an edit is made or shown, the file is read again and the
// two are checked against each other: a file edited since then no longer
// matches, and its fixes are refused rather than applied at the wrong place.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FIX_FILETEXT_H
#define QUADRANT_FIX_FILETEXT_H

#include "checks/Check.h"
#include "llvm/Support/Error.h"

namespace quadrant::fix {

class FileText {
public:
  static llvm::Expected<FileText> read(llvm::StringRef Path);
  explicit FileText(std::string Text);

  /// The byte offset of a 1-based line and column, if it is in the text.
  std::optional<unsigned> offsetOf(unsigned Line, unsigned Column) const;
  /// The span's offsets and its line:columns name the same bytes here.
  bool matches(const SourceSpan &S) const;
  /// The text with Replacements (sorted by offset, not overlapping) made.
  std::string edited(llvm::ArrayRef<checks::Replacement> Replacements) const;
  /// Lines First..Last (1-based), each with its line end.
  llvm::StringRef lines(unsigned First, unsigned Last) const;

private:
  std::string Text;
  std::vector<unsigned> LineStarts;
};

} // namespace quadrant::fix

#endif
