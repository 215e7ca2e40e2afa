//===--- FixExport.cpp - --export-fixes for clang-apply-replacements -===//
//
// The format is clang-tidy's --export-fixes, written by Clang's own YAML
// traits for tooling::TranslationUnitDiagnostics, so a CI step that already
// collects clang-tidy's fixes applies quadrant's with the same tool.
//
//===----------------------------------------------------------------------===//
#include "fix/FileText.h"
#include "fix/Fixes.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/FileSystem.h"
#include <map>

namespace quadrant::fix {

namespace {

std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> Absolute(Path);
  llvm::sys::fs::make_absolute(Absolute);
  return std::string(Absolute);
}

/// Byte offsets of the places findings and notes are at: clang-tidy's
/// messages carry them. Files are read once; one that cannot be read gives 0.
class Offsets {
public:
  unsigned of(const SourcePoint &P) {
    auto It = Texts.find(P.File);
    if (It == Texts.end()) {
      llvm::Expected<FileText> Text = FileText::read(P.File);
      if (!Text)
        llvm::consumeError(Text.takeError());
      It = Texts.emplace(P.File, Text ? std::move(*Text) : FileText("")).first;
    }
    return It->second.offsetOf(P.Line, P.Column).value_or(0);
  }

private:
  std::map<std::string, FileText> Texts;
};

clang::tooling::DiagnosticMessage messageAt(const std::string &Text, const SourcePoint &P,
                                            Offsets &O) {
  clang::tooling::DiagnosticMessage M(Text);
  M.FilePath = absolute(P.File);
  M.FileOffset = O.of(P);
  return M;
}

} // namespace

llvm::Error writeFixesYaml(llvm::ArrayRef<checks::Finding> Findings,
                           llvm::StringRef MainSourceFile, llvm::raw_ostream &OS) {
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  Offsets O;
  clang::tooling::TranslationUnitDiagnostics TU;
  TU.MainSourceFile = MainSourceFile.empty() ? "" : absolute(MainSourceFile);
  for (const checks::Finding &F : Findings) {
    llvm::SmallVector<clang::tooling::DiagnosticMessage, 1> Notes;
    for (const checks::Note &N : F.Notes)
      Notes.push_back(messageAt(N.Message, N.Loc, O));
    clang::tooling::Diagnostic D(
        F.Check, messageAt(F.Message, F.Loc, O), Notes,
        F.Error ? clang::tooling::Diagnostic::Error : clang::tooling::Diagnostic::Warning, Cwd);
    if (F.Fix)
      for (const checks::Replacement &R : F.Fix->Replacements) {
        std::string File = absolute(R.Span.Begin.File);
        if (llvm::Error E = D.Message.Fix[File].add(
                clang::tooling::Replacement(File, R.Span.Offset, R.Span.Length, R.Text)))
          return E;
      }
    TU.Diagnostics.push_back(std::move(D));
  }
  llvm::yaml::Output YAML(OS);
  YAML << TU;
  return llvm::Error::success();
}

} // namespace quadrant::fix
