//===--- FixDiff.cpp - A fix shown as a unified diff ------------*- C++ -*-===//
#include "core/Format.h"
#include "fix/FileText.h"
#include "fix/Fixes.h"

namespace quadrant::fix {

llvm::Error writeFixDiff(const checks::FixIt &Fix, llvm::StringRef Indent, llvm::raw_ostream &OS) {
  if (Fix.Replacements.empty())
    return llvm::Error::success();
  const std::string &File = Fix.Replacements.front().Span.Begin.File;
  llvm::Expected<FileText> Text = FileText::read(File);
  if (!Text)
    return Text.takeError();
  for (const checks::Replacement &R : Fix.Replacements)
    if (!Text->matches(R.Span))
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          fmt::format("'{}' has changed since it was analyzed", File));
  // The whole lines the edits touch, before and after.
  unsigned First = Fix.Replacements.front().Span.Begin.Line;
  unsigned Last = Fix.Replacements.back().Span.End.Line;
  llvm::StringRef Before = Text->lines(First, Last);
  unsigned Start = *Text->offsetOf(First, 1);
  std::vector<checks::Replacement> InLines = Fix.Replacements;
  for (checks::Replacement &R : InLines)
    R.Span.Offset -= Start;
  std::string After = FileText(Before.str()).edited(InLines);

  auto Lines = [](llvm::StringRef Block) {
    llvm::SmallVector<llvm::StringRef> Out;
    Block.consume_back("\n");
    Block.split(Out, '\n');
    return Out;
  };
  llvm::SmallVector<llvm::StringRef> Old = Lines(Before), New = Lines(After);
  print(OS, "{0}--- {1}\n{0}+++ {1}\n", Indent, File);
  print(OS, "{}@@ -{},{} +{},{} @@\n", Indent, First, Old.size(), First, New.size());
  for (llvm::StringRef L : Old)
    print(OS, "{}-{}\n", Indent, L.rtrim('\r'));
  for (llvm::StringRef L : New)
    print(OS, "{}+{}\n", Indent, L.rtrim('\r'));
  return llvm::Error::success();
}

} // namespace quadrant::fix
