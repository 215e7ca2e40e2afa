//===--- TextReporter.cpp - The report a student reads ----------*- C++ -*-===//
#include "report/Report.h"
#include "core/Format.h"
#include "core/Paths.h"
#include "report/ContextText.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/ADT/STLExtras.h"
#include <array>

namespace quadrant::report {

namespace {

/// "f -> g -> sleep at file:line:col", with the links a long chain leaves out
/// counted before its last.
std::string chainText(const PathDisplay &Display, llvm::StringRef From,
                      const classify::Chain &Chain) {
  std::string Text = From.str();
  for (size_t I = 0; I < Chain.Links.size(); ++I) {
    if (Chain.Omitted && I + 1 == Chain.Links.size())
      Text += fmt::format(" -> ... ({} more)", Chain.Omitted);
    Text += fmt::format(" -> {}", Chain.Links[I].Callee);
  }
  return fmt::format("{} at {}", Text, Display(Chain.Links.back().Loc));
}

/// A finding as clang prints a diagnostic, so editors and CI parse it alike.
void printFinding(llvm::raw_ostream &OS, const PathDisplay &Display, const checks::Finding &F,
                  bool Color) {
  auto Severity = [&](llvm::StringRef Word, llvm::raw_ostream::Colors C) {
    if (Color)
      OS.changeColor(C, /*Bold=*/true);
    print(OS, "{}:", Word);
    if (Color)
      OS.resetColor();
    OS << " ";
  };
  if (Color)
    OS.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
  print(OS, "{}:", Display(F.Loc));
  if (Color)
    OS.resetColor();
  OS << " ";
  if (F.Error)
    Severity("error", llvm::raw_ostream::RED);
  else
    Severity("warning", llvm::raw_ostream::MAGENTA);
  print(OS, "{} [{}]\n", F.Message, F.Check);
  for (const checks::Note &N : F.Notes) {
    print(OS, "{}: ", Display(N.Loc));
    Severity("note", llvm::raw_ostream::BLACK);
    print(OS, "{}\n", N.Message);
  }
}

} // namespace

llvm::StringRef shortCheckName(llvm::StringRef Check) {
  Check.consume_front("quadrant-");
  return Check;
}

void writeText(const Report &R, llvm::raw_ostream &OS) {
  PathDisplay Display;
  const link::Program &P = R.Program;
  std::array<unsigned, 4> Counts{};
  unsigned Pure = 0;
  auto Show = [&](llvm::StringRef File) { return Display(File).str(); };
  // Where code runs comes first: it frames every verdict below.
  for (const std::string &Line : programSummary(P, R.Contexts, contexts::shapeOf(P, R.Contexts)))
    print(OS, "{}\n", Line);
  OS << "\n";
  for (unsigned F = 0; F < P.written(); ++F) {
    if (!R.reported(F))
      continue;
    const facts::Function &Fn = P.Functions[F];
    const classify::Verdict &V = R.Verdicts[F];
    ++Counts[static_cast<int>(V.quadrant())];
    Pure += V.PureComputation;
    // Most functions of a program compute; listing them all buries the few
    // that say something about concurrency.
    if (V.PureComputation && !R.ShowPure)
      continue;
    print(OS, "{}: '{}' is {}", Display(Fn.Loc), Fn.Name, quadrantName(V.quadrant()));
    if (V.PureComputation)
      OS << " (pure computation: no blocking or asynchronous call found)";
    else if (std::string Note = classify::unfollowedNote(P, R.Verdicts, F); !Note.empty())
      print(OS, " ({})", Note);
    if (Fn.Partial)
      OS << " (incomplete: its file does not compile)";
    OS << "\n";
    if (V.Blocking) {
      print(OS, "  blocks: {}\n",
            chainText(Display, Fn.Name, classify::witnessChain(P, R.Verdicts, F, true)));
    }
    if (V.AsyncWitness.K == classify::Witness::Kind::Coroutine) {
      OS << "  async: it is a coroutine; its caller gets a handle now and the result later\n";
    } else if (V.Async) {
      print(OS, "  async: {}\n",
            chainText(Display, Fn.Name, classify::witnessChain(P, R.Verdicts, F, false)));
    }
    for (const ReportedCall &Call : reportedCalls(R, F)) {
      print(OS, "    {}: {} is {}: {}", Display(Call.Loc), Call.Callee, quadrantName(Call.Label),
            Call.Reason);
      if (Call.RuleId)
        print(OS, " [{}]", *Call.RuleId);
      OS << "\n";
    }
    print(OS, "  runs on: {}\n", runsOn(P, R.Contexts, F, Show));
  }
  if (!R.Findings.empty())
    OS << "\n";
  for (const checks::Finding &F : R.Findings)
    printFinding(OS, Display, F, R.Color);
  for (const Diagnostic &D : R.Diagnostics)
    print(OS, "{}: {}: {}\n", Display(D.File), D.Severity, D.Message);

  unsigned Total = Counts[0] + Counts[1] + Counts[2] + Counts[3];
  print(OS, "\n{} {}: ", Total, Total == 1 ? "function" : "functions");
  for (int Q = 0; Q < 4; ++Q) {
    print(OS, "{}{} {}", Q ? ", " : "", Counts[Q], quadrantName(static_cast<Quadrant>(Q)));
    if (static_cast<Quadrant>(Q) == Quadrant::SyncNonBlocking && Pure)
      print(OS, " ({} pure computation{})", Pure,
            R.ShowPure ? "" : ", not listed: --show-pure lists them");
  }
  OS << "\n";
  if (!R.Findings.empty()) {
    unsigned Errors = llvm::count_if(R.Findings, [](const checks::Finding &F) { return F.Error; });
    unsigned Warnings = R.Findings.size() - Errors;
    print(OS, "{} {} and {} {} from checks\n", Warnings, Warnings == 1 ? "warning" : "warnings",
          Errors, Errors == 1 ? "error" : "errors");
  }
}

} // namespace quadrant::report
