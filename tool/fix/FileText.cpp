//===--- FileText.cpp - A source file's text, to edit -----------*- C++ -*-===//
#include "fix/FileText.h"
#include "llvm/Support/MemoryBuffer.h"

namespace quadrant::fix {

llvm::Expected<FileText> FileText::read(llvm::StringRef Path) {
  // Not as text: an edit must keep the file's line ends as they are.
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false);
  if (!Buffer)
    return llvm::createFileError(Path, Buffer.getError());
  return FileText((*Buffer)->getBuffer().str());
}

FileText::FileText(std::string Content) : Text(std::move(Content)) {
  LineStarts.push_back(0);
  for (unsigned I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      LineStarts.push_back(I + 1);
}

std::optional<unsigned> FileText::offsetOf(unsigned Line, unsigned Column) const {
  if (Line == 0 || Column == 0 || Line > LineStarts.size())
    return std::nullopt;
  unsigned Offset = LineStarts[Line - 1] + Column - 1;
  unsigned LineEnd = Line < LineStarts.size() ? LineStarts[Line] : Text.size();
  // Column may be just past the line's last character (the end of a span).
  if (Offset > LineEnd)
    return std::nullopt;
  return Offset;
}

bool FileText::matches(const SourceSpan &S) const {
  return offsetOf(S.Begin.Line, S.Begin.Column) == S.Offset &&
         offsetOf(S.End.Line, S.End.Column) == S.Offset + S.Length;
}

std::string FileText::edited(llvm::ArrayRef<checks::Replacement> Replacements) const {
  std::string Out;
  unsigned Copied = 0;
  for (const checks::Replacement &R : Replacements) {
    Out.append(Text, Copied, R.Span.Offset - Copied);
    Out += R.Text;
    Copied = R.Span.Offset + R.Span.Length;
  }
  Out.append(Text, Copied, std::string::npos);
  return Out;
}

llvm::StringRef FileText::lines(unsigned First, unsigned Last) const {
  unsigned Begin = LineStarts[First - 1];
  unsigned End = Last < LineStarts.size() ? LineStarts[Last] : Text.size();
  return llvm::StringRef(Text).slice(Begin, End);
}

} // namespace quadrant::fix
