//===--- TextReporter.cpp - The report a student reads ----------*- C++ -*-===//
#include "report/Report.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <array>

namespace quadrant::report {

namespace {

/// Paths below the working directory print relative to it, as a compiler
/// prints what it was given; others print as they are.
class PathDisplay {
public:
  PathDisplay() {
    llvm::SmallString<256> Cwd;
    if (!llvm::sys::fs::current_path(Cwd))
      Prefix = (Cwd + "/").str();
  }
  llvm::StringRef operator()(llvm::StringRef Path) const {
    if (!Prefix.empty() && Path.starts_with(Prefix))
      return Path.drop_front(Prefix.size());
    return Path;
  }

private:
  std::string Prefix;
};

void printPoint(llvm::raw_ostream &OS, const PathDisplay &Display, const SourcePoint &P) {
  OS << Display(P.File) << ":" << P.Line << ":" << P.Column;
}

void printChain(llvm::raw_ostream &OS, const PathDisplay &Display, llvm::StringRef From,
                const std::vector<classify::ChainLink> &Chain) {
  OS << From;
  for (const classify::ChainLink &Link : Chain)
    OS << " -> " << Link.Callee;
  OS << " at ";
  printPoint(OS, Display, Chain.back().Loc);
}

} // namespace

void writeText(const Report &R, llvm::raw_ostream &OS) {
  PathDisplay Display;
  const link::Program &P = R.Program;
  std::array<unsigned, 4> Counts{};
  unsigned Pure = 0;
  for (unsigned F = 0; F < P.Functions.size(); ++F) {
    const facts::Function &Fn = P.Functions[F];
    const classify::Verdict &V = R.Verdicts[F];
    ++Counts[static_cast<int>(V.quadrant())];
    printPoint(OS, Display, Fn.Loc);
    OS << ": '" << Fn.Name << "' is " << quadrantName(V.quadrant());
    if (V.PureComputation) {
      ++Pure;
      OS << " (pure computation: no blocking or asynchronous call found)";
    }
    OS << "\n";
    if (V.Blocking) {
      OS << "  blocks: ";
      printChain(OS, Display, Fn.Name, classify::witnessChain(P, R.Verdicts, F, true));
      OS << "\n";
    }
    if (V.AsyncWitness.K == classify::Witness::Kind::Coroutine) {
      OS << "  async: it is a coroutine; its caller gets a handle now and the result later\n";
    } else if (V.Async) {
      OS << "  async: ";
      printChain(OS, Display, Fn.Name, classify::witnessChain(P, R.Verdicts, F, false));
      OS << "\n";
    }
    for (const ReportedCall &Call : reportedCalls(R, F)) {
      OS << "    ";
      printPoint(OS, Display, Call.Loc);
      OS << ": " << Call.Callee << " is " << quadrantName(Call.Label) << ": " << Call.Reason;
      if (Call.RuleId)
        OS << " [" << *Call.RuleId << "]";
      OS << "\n";
    }
  }
  for (const Diagnostic &D : R.Diagnostics)
    OS << Display(D.File) << ": " << D.Severity << ": " << D.Message << "\n";

  OS << "\n" << P.Functions.size() << (P.Functions.size() == 1 ? " function: " : " functions: ");
  for (int Q = 0; Q < 4; ++Q) {
    OS << (Q ? ", " : "") << Counts[Q] << " " << quadrantName(static_cast<Quadrant>(Q));
    if (static_cast<Quadrant>(Q) == Quadrant::SyncNonBlocking && Pure)
      OS << " (" << Pure << " pure computation)";
  }
  OS << "\n";
}

} // namespace quadrant::report
