//===--- Lint.cpp - From the classified program to the findings shown -===//
#include "driver/Lint.h"
#include "core/Paths.h"
#include "driver/Inputs.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Regex.h"

namespace quadrant::driver {

llvm::Expected<std::vector<checks::Finding>> lint(const link::Program &P,
                                                  const std::vector<classify::Verdict> &V,
                                                  const contexts::Model &Contexts,
                                                  config::ConfigProvider &Configs,
                                                  const LintOptions &Options) {
  // Functions declared non-blocking by any configuration in play.
  std::vector<std::string> NonBlocking;
  for (const std::string &File : Options.MainFiles) {
    auto C = Configs.configFor(File);
    if (!C)
      return C.takeError();
    NonBlocking.insert(NonBlocking.end(), C->NonBlockingFunctions.begin(),
                       C->NonBlockingFunctions.end());
  }
  checks::CheckInput In{P, V, Contexts, NonBlocking};
  std::vector<checks::Finding> Findings = checks::runChecks(In, [](llvm::StringRef) { return true; });

  PathDisplay Display;
  for (checks::Finding &F : Findings) {
    F.Loc.File = Display(F.Loc.File).str();
    for (checks::Note &N : F.Notes)
      N.Loc.File = Display(N.Loc.File).str();
    if (F.Fix)
      for (checks::Replacement &R : F.Fix->Replacements)
        R.Span.Begin.File = R.Span.End.File = Display(R.Span.Begin.File).str();
  }

  // Each finding obeys the configuration nearest to its own file.
  llvm::Error Failure = llvm::Error::success();
  std::erase_if(Findings, [&](checks::Finding &F) {
    if (Failure)
      return false;
    auto C = Configs.configFor(F.Loc.File);
    if (!C) {
      Failure = C.takeError();
      return false;
    }
    if (!config::GlobList(C->Checks.value_or("")).contains(F.Check) ||
        excluded(*C, F.Loc.File))
      return true;
    bool InMainFile = llvm::is_contained(Options.MainFiles, F.Loc.File);
    if (!InMainFile && !llvm::Regex(C->HeaderFilterRegex.value_or(".*")).match(F.Loc.File))
      return true;
    F.Error = config::GlobList(C->WarningsAsErrors.value_or("")).contains(F.Check);
    return false;
  });
  if (Failure)
    return std::move(Failure);

  checks::SourceLines Sources;
  checks::fingerprint(Findings, Sources);
  checks::applyNoLint(Findings, Sources, Options.MainFiles, Options.ReportUnusedSuppressions);
  if (Options.BeforeBaseline)
    *Options.BeforeBaseline = Findings;
  if (Options.Baseline)
    checks::applyBaseline(Findings, *Options.Baseline);
  llvm::stable_sort(Findings, [](const checks::Finding &A, const checks::Finding &B) {
    return std::tie(A.Loc, A.Check) < std::tie(B.Loc, B.Check);
  });
  return Findings;
}

} // namespace quadrant::driver
