//===--- GithubReporter.cpp - GitHub Actions annotations --------*- C++ -*-===//
//
// One workflow command per finding; GitHub shows it on the pull request's
// diff. The notes follow the message on their own lines.
//
//===----------------------------------------------------------------------===//
#include "report/Report.h"

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
      Message += "\n" + N.Loc.File + ":" + std::to_string(N.Loc.Line) + ":" +
                 std::to_string(N.Loc.Column) + ": note: " + N.Message;
    OS << "::" << (F.Error ? "error" : "warning") << " file=" << escapeProperty(F.Loc.File)
       << ",line=" << F.Loc.Line << ",col=" << F.Loc.Column
       << ",title=" << escapeProperty(F.Check) << "::" << escapeData(Message) << "\n";
  }
  for (const Diagnostic &D : R.Diagnostics)
    OS << "::" << (D.Severity == "error" ? "error" : "warning")
       << " file=" << escapeProperty(D.File) << ",title=quadrant::" << escapeData(D.Message)
       << "\n";
}

} // namespace quadrant::report
