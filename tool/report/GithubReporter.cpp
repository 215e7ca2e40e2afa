//===--- GithubReporter.cpp - GitHub Actions annotations --------*- C++ -*-===//
//
// One workflow command per finding; GitHub shows it on the pull request's
// diff. The notes follow the message on their own lines.
//
//===----------------------------------------------------------------------===//
#include "report/Report.h"
#include "core/Format.h"

namespace quadrant::report {

namespace {

/// Escaping as GitHub's toolkit does (core/src/command.ts).
std::string escapeData(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else
      Out += C;
  }
  return Out;
}

std::string escapeProperty(llvm::StringRef S) {
  std::string Out;
  for (char C : escapeData(S)) {
    if (C == ':')
      Out += "%3A";
    else if (C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

} // namespace

void writeGithub(const Report &R, llvm::raw_ostream &OS) {
  for (const checks::Finding &F : R.Findings) {
    std::string Message = F.Message;
    for (const checks::Note &N : F.Notes)
      Message += fmt::format("\n{}:{}:{}: note: {}", N.Loc.File, N.Loc.Line, N.Loc.Column,
                             N.Message);
    print(OS, "::{} file={},line={},col={},title={}::{}\n", F.Error ? "error" : "warning",
          escapeProperty(F.Loc.File), F.Loc.Line, F.Loc.Column, escapeProperty(F.Check),
          escapeData(Message));
  }
  for (const Diagnostic &D : R.Diagnostics)
    print(OS, "::{} file={},title=quadrant::{}\n", D.Severity == "error" ? "error" : "warning",
          escapeProperty(D.File), escapeData(D.Message));
}

} // namespace quadrant::report
