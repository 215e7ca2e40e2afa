//===--- Main.cpp - The quadrant command line -------------------*- C++ -*-===//
//
// Parses options, runs the pipeline
//   rules -> per-TU facts -> link -> classify -> report
// and chooses the exit status. Only this file prints errors or exits.
//
//===----------------------------------------------------------------------===//
#include "cache/FactsCache.h"
#include "classify/Classifier.h"
#include "config/Config.h"
#include "core/AtomicFile.h"
#include "core/Format.h"
#include "core/Paths.h"
#include "driver/Lint.h"
#include "driver/Analysis.h"
#include "driver/DefaultFlags.h"
#include "driver/FactsFiles.h"
#include "driver/Inputs.h"
#include "driver/Progress.h"
#include "fix/Fixes.h"
#include "link/Program.h"
#include "lsp/Server.h"
#include "report/Explainer.h"
#include "report/Report.h"
#include "report/RuleListing.h"
#include "rules/RuleSet.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/WithColor.h"
#include <algorithm>

using namespace llvm;
using namespace quadrant;
using clang::tooling::CompilationDatabase;
using clang::tooling::FixedCompilationDatabase;

namespace {

/// Exit statuses (docs/cli.md).
enum ExitStatus { Success = 0, AnalysisFailed = 1, UsageError = 2 };

cl::OptionCategory Category("quadrant options");

cl::list<std::string> Sources(cl::Positional, cl::desc("[<source>...]"), cl::cat(Category));
cl::opt<std::string> BuildPath("p", cl::desc("Build directory holding compile_commands.json"),
                               cl::value_desc("build-dir"), cl::cat(Category));
enum class Format { Text, Json, Sarif, Github, Html, Dot };
cl::opt<Format> OutputFormat(
    "format", cl::desc("Report format"),
    cl::values(clEnumValN(Format::Text, "text", "for people, findings as clang prints them (default)"),
               clEnumValN(Format::Json, "json", "quadrant-report/1 for tools"),
               clEnumValN(Format::Sarif, "sarif", "SARIF 2.1.0 findings for code scanning"),
               clEnumValN(Format::Github, "github", "GitHub Actions annotations"),
               clEnumValN(Format::Html, "html", "one self-contained page to look at (use -o)"),
               clEnumValN(Format::Dot, "dot", "the call graph for Graphviz")),
    cl::init(Format::Text), cl::cat(Category));
cl::opt<std::string> ChecksOption("checks",
                                  cl::desc("Checks to run: comma-separated globs, '-' removes "
                                           "(added to the configuration's Checks)"),
                                  cl::value_desc("globs"), cl::cat(Category));
cl::opt<std::string> WarningsAsErrors("warnings-as-errors",
                                      cl::desc("Checks whose findings are errors (globs)"),
                                      cl::value_desc("globs"), cl::cat(Category));
cl::opt<std::string> ConfigFile("config-file",
                                cl::desc("Read the configuration from <file> instead of the "
                                         ".quadrant.yaml files found above each source"),
                                cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> InlineConfig("config",
                                  cl::desc("The configuration as YAML, e.g. "
                                           "--config='{Checks: \"-*,quadrant-busy-*\"}'"),
                                  cl::value_desc("yaml"), cl::cat(Category));
cl::opt<bool> DumpConfig("dump-config",
                         cl::desc("Print the effective configuration for the first source (or "
                                  "the current directory) and exit"),
                         cl::cat(Category));
cl::opt<bool> ListChecks("list-checks", cl::desc("Print the checks and exit"), cl::cat(Category));
cl::opt<bool> ReportUnusedSuppressions(
    "report-unused-suppressions",
    cl::desc("Report NOLINT comments naming a quadrant check that suppress nothing"),
    cl::cat(Category));
cl::opt<std::string> BaselineFile("baseline",
                                  cl::desc("Report only findings not in this baseline"),
                                  cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> WriteBaselineFile("write-baseline",
                                       cl::desc("Write the current findings as a baseline"),
                                       cl::value_desc("file"), cl::cat(Category));
enum class ColorChoice { Auto, Always, Never };
cl::list<std::string> ExtraRules("rules",
                                 cl::desc("Rule file or directory to add to the built-in "
                                          "rules (repeatable); same ids override"),
                                 cl::value_desc("file-or-dir"), cl::cat(Category));
cl::opt<unsigned> Jobs("j", cl::desc("Translation units to analyze in parallel (default: cores)"),
                       cl::init(0), cl::Prefix, cl::cat(Category));
cl::opt<bool> ListRules("list-rules",
                        cl::desc("Print the active rules (built-in and --rules) and exit"),
                        cl::cat(Category));
cl::opt<std::string> ExportFactsDir(
    "export-facts",
    cl::desc("Also write each translation unit's facts to <dir>, for `quadrant link`"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<facts::FactsForm> ExportFactsFormat(
    "export-facts-format", cl::desc("The form of the facts --export-facts writes"),
    cl::values(clEnumValN(facts::FactsForm::Binary, "binary",
                          "compact and fast to read (default): <file>-<hash>.facts"),
               clEnumValN(facts::FactsForm::Json, "json",
                          "for reading and debugging: <file>-<hash>.facts.json")),
    cl::init(facts::FactsForm::Binary), cl::cat(Category));
cl::opt<driver::SkipSystemBodies> SkipSystemBodies(
    "skip-system-bodies", cl::desc("Function bodies in system headers not to parse"),
    cl::values(clEnumValN(driver::SkipSystemBodies::None, "none", "parse every body"),
               clEnumValN(driver::SkipSystemBodies::NonTemplate, "non-template",
                          "those outside templates (default): the report is the same"),
               clEnumValN(driver::SkipSystemBodies::All, "all",
                          "all it can: faster, but a user's template that only a library "
                          "template instantiates loses its calls")),
    cl::init(driver::SkipSystemBodies::NonTemplate), cl::cat(Category));
cl::opt<std::string> CacheDir(
    "cache-dir",
    cl::desc("Keep each translation unit's facts in <dir>, and reuse them while its compile "
             "command and the files it reads are unchanged (default with -p: "
             "<build-dir>/.quadrant-cache)"),
    cl::value_desc("dir"), cl::cat(Category));
enum class SharedPreamblesChoice { Auto, Off };
cl::opt<SharedPreamblesChoice> SharedPreambles(
    "shared-preambles",
    cl::desc("Parse the system headers that translation units built with the same flags "
             "open with once, into a precompiled header kept with the cache"),
    cl::values(clEnumValN(SharedPreamblesChoice::Auto, "auto",
                          "for two or more such units (default); the report is the same"),
               clEnumValN(SharedPreamblesChoice::Off, "off", "parse every unit whole")),
    cl::init(SharedPreamblesChoice::Auto), cl::cat(Category));
cl::opt<bool> NoCache("no-cache", cl::desc("Neither read nor write the facts cache"),
                      cl::cat(Category));
cl::opt<bool> Quiet("quiet", cl::desc("No progress line on a terminal"), cl::cat(Category));
const char NoExplainTarget[] =
    "quadrant explain: name the function to explain: its name, or file:line inside its "
    "definition";
cl::opt<std::string> ExplainTarget(
    "explain",
    cl::desc("Explain one function in words instead of reporting them all (also: quadrant "
             "explain <function> ...)"),
    cl::value_desc("function-or-file:line"), cl::cat(Category));
cl::opt<bool> ShowPure("show-pure",
                       cl::desc("In the text report, list the pure-computation functions too "
                                "(by default they are only counted)"),
                       cl::cat(Category));
cl::opt<std::string> OutputFile("o", cl::desc("Write the report to <file> (atomically)"),
                                cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> FixOption("fix",
                        cl::desc("Apply the fixes of the findings reported, in place (not when "
                                 "some file does not compile: see --fix-errors)"),
                        cl::cat(Category));
cl::opt<bool> FixErrors("fix-errors",
                        cl::desc("Apply the fixes even when some file does not compile "
                                 "(implies --fix); the exit status then ignores those files"),
                        cl::cat(Category));
cl::opt<std::string> ExportFixes("export-fixes",
                                 cl::desc("Write the findings' fixes to <file>, in the YAML "
                                          "clang-apply-replacements reads"),
                                 cl::value_desc("file"), cl::cat(Category));

const char Overview[] =
    "quadrant: labels every concurrency-relevant call in C and C++ code as\n"
    "blocking or non-blocking and sync or async, and reports the quadrant of\n"
    "every function.\n\n"
    "  quadrant [options] [<source>...] [-- <compiler args>]\n\n"
    "With -p and no sources, every file in compile_commands.json is analyzed.\n"
    "  quadrant link [options] <facts-dir-or-file>...\n"
    "reports on facts written by --export-facts in any number of runs.\n"
    "  quadrant explain <function-or-file:line> [options] [<source>...] [-- <compiler args>]\n"
    "explains one function's quadrant in words, and what would change it\n"
    "(the same as --explain=<function-or-file:line>; also after 'link').\n"
    "  quadrant lsp [options]\n"
    "is a language server on standard input and output (docs/editors.md).\n"
    "Exit status: 0 analysis complete and no finding is an error; 1 a finding\n"
    "is an error (--warnings-as-errors), or some file could not be analyzed\n"
    "completely (the rest is still reported); 2 usage, configuration, rule or\n"
    "output error.\n";

/// Configuration from --config-file or --config, if given.
Expected<std::optional<config::Config>> overrideConfig() {
  if (!ConfigFile.empty() && !InlineConfig.empty())
    return createStringError(inconvertibleErrorCode(),
                             "error: give --config-file or --config, not both");
  if (!ConfigFile.empty()) {
    auto Buffer = MemoryBuffer::getFile(ConfigFile, /*IsText=*/true);
    if (!Buffer)
      return createStringError(Buffer.getError(), fmt::format("{}: error: {}", ConfigFile,
                                                              Buffer.getError().message()));
    SmallString<256> Dir(ConfigFile);
    sys::fs::make_absolute(Dir);
    sys::path::remove_filename(Dir);
    return config::parseConfig((*Buffer)->getBuffer(), ConfigFile, Dir, checks::checkNames());
  }
  if (!InlineConfig.empty()) {
    SmallString<256> Cwd;
    sys::fs::current_path(Cwd);
    return config::parseConfig(InlineConfig, "<--config>", Cwd, checks::checkNames());
  }
  return std::nullopt;
}

/// "quadrant: error: <message>" on standard error; returns Status.
template <typename... Args>
int fail(ExitStatus Status, fmt::format_string<Args...> Format, Args &&...A) {
  WithColor::error(errs(), "quadrant") << fmt::format(Format, std::forward<Args>(A)...) << "\n";
  return Status;
}

/// Prints an error for each glob of --checks and --warnings-as-errors that
/// names no check; false if there was one. A misspelt name would otherwise
/// run nothing, or gate nothing, in silence.
bool verifyCheckOptions() {
  bool Ok = true;
  for (const cl::opt<std::string> *Option : {&ChecksOption, &WarningsAsErrors})
    for (const std::string &Message : config::unknownChecks(*Option, checks::checkNames())) {
      fail(UsageError, "--{}: {}", Option->ArgStr, Message);
      Ok = false;
    }
  return Ok;
}

/// Whether configuration C turns on at least one check.
bool enablesAnyCheck(const config::Config &C) {
  config::GlobList Enabled(C.Checks.value_or(""));
  return any_of(checks::allChecks(),
                [&](const checks::CheckInfo &I) { return Enabled.contains(I.Name); });
}

/// What asks for findings under configuration C, if anything: with no check
/// enabled it would get none, and a CI gate would pass in silence.
std::optional<std::string> findingsWanted(const config::Config &C) {
  if (OutputFormat == Format::Sarif || OutputFormat == Format::Github)
    return fmt::format("{} reports only findings",
                       OutputFormat == Format::Sarif ? "--format=sarif" : "--format=github");
  if (!C.WarningsAsErrors.value_or("").empty())
    return fmt::format("WarningsAsErrors ('{}') wants findings to fail on", *C.WarningsAsErrors);
  if (!BaselineFile.empty() || !WriteBaselineFile.empty())
    return std::string("a baseline holds findings");
  if (FixOption || FixErrors || !ExportFixes.empty())
    return std::string("fixes come from findings");
  return std::nullopt;
}

std::string builtinRulesDir(const char *Argv0) {
  static int Anchor;
  std::string Exe = sys::fs::getMainExecutable(Argv0, &Anchor);
  SmallString<256> Installed(sys::path::parent_path(sys::path::parent_path(Exe)));
  sys::path::append(Installed, "share", "quadrant", "rules");
  if (sys::fs::is_directory(Installed))
    return std::string(Installed);
  return QUADRANT_SOURCE_RULES_DIR;
}

/// Where docs/checks/ is: installed beside the binary, else in the source tree.
std::string checksDocDir(const char *Argv0) {
  static int Anchor;
  std::string Exe = sys::fs::getMainExecutable(Argv0, &Anchor);
  SmallString<256> Installed(sys::path::parent_path(sys::path::parent_path(Exe)));
  sys::path::append(Installed, "share", "doc", "quadrant", "checks");
  if (sys::fs::is_directory(Installed))
    return std::string(Installed);
  return QUADRANT_SOURCE_CHECKS_DOC_DIR;
}

/// Where --cache-dir, --no-cache and -p put the cache; empty for none.
std::string cacheDirectory() {
  if (NoCache)
    return "";
  if (CacheDir.empty() && !BuildPath.empty())
    return BuildPath + "/.quadrant-cache";
  return CacheDir;
}

/// The facts cache, or nullptr for none. A cache that cannot be opened is a
/// warning: the analysis goes on.
std::unique_ptr<cache::FactsCache> openCache(const rules::RuleSet &Rules) {
  std::string Dir = cacheDirectory();
  if (Dir.empty())
    return nullptr;
  Expected<std::unique_ptr<cache::FactsCache>> Cache = cache::FactsCache::open(Dir, Rules);
  if (!Cache) {
    print(WithColor::warning(errs(), "quadrant"), "cannot use the cache: {}; analyzing without it\n",
          toString(Cache.takeError()));
    return nullptr;
  }
  return std::move(*Cache);
}

/// Where the shared preambles go: beside the facts, when they are cached,
/// else in a temporary directory; nullptr when they are off. A store that
/// cannot be made is a warning: every TU is then parsed whole.
std::unique_ptr<driver::PreambleStore> openPreambles(const cache::FactsCache *Cache) {
  if (SharedPreambles == SharedPreamblesChoice::Off)
    return nullptr;
  Expected<std::unique_ptr<driver::PreambleStore>> Store =
      driver::PreambleStore::open(Cache ? cacheDirectory() : "");
  if (!Store) {
    print(WithColor::warning(errs(), "quadrant"),
          "cannot share preambles: {}; parsing every translation unit whole\n",
          toString(Store.takeError()));
    return nullptr;
  }
  return std::move(*Store);
}

/// Writes to -o (atomically) or standard output; returns a failing exit
/// status, or 0.
int emit(function_ref<void(raw_ostream &)> Write) {
  if (OutputFile.empty()) {
    Write(outs());
    return Success;
  }
  if (Error E = writeAtomically(OutputFile, Write))
    return fail(UsageError, "cannot write the report: {}", toString(std::move(E)));
  return Success;
}

/// --export-fixes and --fix, once the report is written; returns a failing
/// exit status, or 0. Sources are the analyzed sources, the only files
/// --fix edits. Like clang-tidy, nothing is fixed when a file did not
/// compile, unless --fix-errors says to.
int handleFixes(const std::vector<checks::Finding> &Findings,
                const std::vector<std::string> &Sources, bool AnalysisIncomplete) {
  if (!ExportFixes.empty()) {
    std::string Yaml;
    raw_string_ostream YamlStream(Yaml);
    if (Error E = fix::writeFixesYaml(Findings, Sources.size() == 1 ? Sources.front() : "",
                                      YamlStream))
      return fail(UsageError, "cannot export fixes: {}", toString(std::move(E)));
    if (Error E = writeAtomically(ExportFixes, [&](raw_ostream &OS) { OS << Yaml; }))
      return fail(UsageError, "cannot export fixes: {}", toString(std::move(E)));
  }
  if (!FixOption && !FixErrors)
    return Success;
  if (AnalysisIncomplete && !FixErrors) {
    WithColor::error(errs(), "quadrant")
        << "some files could not be analyzed completely, and --fix-errors was not given: no "
           "fix was applied\n";
    return Success;
  }
  Expected<fix::FixOutcome> Outcome = fix::applyFixes(Findings, Sources);
  if (!Outcome)
    return fail(UsageError, "cannot apply fixes: {}", toString(Outcome.takeError()));
  for (const std::string &Refused : Outcome->Refused)
    WithColor::warning(errs(), "quadrant") << Refused << "\n";
  print(WithColor::note(errs(), "quadrant"), "applied {} of {} {}, in {} {}\n", Outcome->Applied,
        Outcome->Offered, Outcome->Offered == 1 ? "fix" : "fixes", Outcome->FilesChanged,
        Outcome->FilesChanged == 1 ? "file" : "files");
  return Success;
}

/// The stages after the facts: link, classify, lint, report; returns the
/// exit status. Shared by an analysis and by `quadrant link`.
int reportProgram(std::vector<facts::TranslationUnit> Units,
                  std::vector<report::Diagnostic> Diagnostics,
                  const std::vector<std::string> &MainFiles, config::ConfigProvider &Configs,
                  const std::vector<checks::BaselineEntry> *Baseline, bool UseColor,
                  const char *Argv0) {
  std::sort(Diagnostics.begin(), Diagnostics.end(),
            [](const report::Diagnostic &A, const report::Diagnostic &B) { return A.File < B.File; });
  // The text report on standard output lists them where the user reads
  // stderr too: once is enough. An explanation does not list them.
  bool InTextReport = OutputFormat == Format::Text && OutputFile.empty() &&
                      !ExplainTarget.getNumOccurrences();
  if (!InTextReport)
    for (const report::Diagnostic &D : Diagnostics)
      print(WithColor::error(errs(), "quadrant"), "{}: {}\n", D.File, D.Message);

  link::Program Program = link::linkProgram(std::move(Units));
  std::vector<classify::Verdict> Verdicts = classify::classifyProgram(Program);
  contexts::Model Contexts = contexts::computeContexts(Program);
  std::optional<unsigned> Explained;
  if (ExplainTarget.getNumOccurrences()) {
    Expected<unsigned> F = report::findFunction(Program, ExplainTarget);
    if (!F)
      return fail(UsageError, "{}", toString(F.takeError()));
    Explained = *F;
  }

  std::vector<checks::Finding> AllFindings;
  driver::LintOptions Lint{MainFiles, ReportUnusedSuppressions, Baseline,
                           WriteBaselineFile.empty() ? nullptr : &AllFindings};
  Expected<std::vector<checks::Finding>> Findings = driver::lint(Program, Verdicts, Contexts, Configs, Lint);
  if (!Findings) {
    errs() << toString(Findings.takeError()) << "\n";
    return UsageError;
  }
  // An explanation lists the findings in its function, with their fixes.
  if (Explained) {
    report::Report Report{Program, Verdicts, Contexts, Diagnostics, std::move(*Findings),
                          checksDocDir(Argv0), false};
    if (int Status = emit([&](raw_ostream &OS) {
          if (OutputFormat == Format::Json)
            report::writeExplanationJson(Report, *Explained, OS);
          else
            report::writeExplanation(Report, *Explained, OS);
        }))
      return Status;
    return Diagnostics.empty() ? Success : AnalysisFailed;
  }
  if (!WriteBaselineFile.empty())
    if (Error E = writeAtomically(WriteBaselineFile,
                                  [&](raw_ostream &OS) { checks::writeBaseline(AllFindings, OS); }))
      return fail(UsageError, "cannot write the baseline: {}", toString(std::move(E)));

  Expected<std::vector<bool>> Excluded = driver::excludedFunctions(Program, Configs);
  if (!Excluded) {
    errs() << toString(Excluded.takeError()) << "\n";
    return UsageError;
  }
  report::Report Report{Program,
                        Verdicts,
                        Contexts,
                        Diagnostics,
                        std::move(*Findings),
                        checksDocDir(Argv0),
                        OutputFormat == Format::Text && UseColor,
                        ShowPure,
                        std::move(*Excluded)};
  auto Write = [&](raw_ostream &OS) {
    switch (OutputFormat) {
    case Format::Json:
      return report::writeJson(Report, OS);
    case Format::Sarif:
      return report::writeSarif(Report, OS);
    case Format::Github:
      return report::writeGithub(Report, OS);
    case Format::Html:
      return report::writeHtml(Report, OS);
    case Format::Dot:
      return report::writeDot(Report, OS);
    case Format::Text:
      return report::writeText(Report, OS);
    }
  };
  if (int Status = emit(Write))
    return Status;
  if (int Status = handleFixes(Report.Findings, MainFiles, !Diagnostics.empty()))
    return Status;
  bool ErrorFindings = any_of(Report.Findings, [](const checks::Finding &F) { return F.Error; });
  if (ErrorFindings)
    return AnalysisFailed;
  // clang-tidy's --fix-errors: files that do not compile no longer fail the run.
  return Diagnostics.empty() || FixErrors ? Success : AnalysisFailed;
}

} // namespace

int main(int argc, const char **argv) {
  // A stack trace if quadrant crashes. Registering LLVM's signal handlers
  // here, on the main thread, also keeps them from being registered first by
  // a worker thread writing a cache entry (RemoveFileOnSignal): that would
  // give the worker LLVM's alternate signal stack, which AddressSanitizer
  // then fails to unmap when the thread exits.
  sys::PrintStackTraceOnErrorSignal(argv[0]);
  // `quadrant link ...` reports on exported facts instead of analyzing.
  std::vector<const char *> Args(argv, argv + argc);
  bool LinkMode = argc > 1 && StringRef(argv[1]) == "link";
  // `quadrant lsp` serves the Language Server Protocol on stdin/stdout.
  bool LspMode = argc > 1 && StringRef(argv[1]) == "lsp";
  if (LinkMode || LspMode) {
    Args.erase(Args.begin() + 1);
    argc = Args.size();
    argv = Args.data();
  }
  // `quadrant explain <function> ...` is `quadrant --explain=<function> ...`.
  std::string ExplainArg;
  if (argc > 1 && StringRef(argv[1]) == "explain") {
    if (argc < 3 || StringRef(argv[2]).starts_with("-"))
      return fail(UsageError, "{}", NoExplainTarget);
    ExplainArg = fmt::format("--explain={}", argv[2]);
    Args.erase(Args.begin() + 1);
    Args[1] = ExplainArg.c_str();
    argc = Args.size();
    argv = Args.data();
  }
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream &OS) { print(OS, "quadrant {}\n", QUADRANT_VERSION); });

  // LLVM's own --color is a boolean; ours takes auto|always|never as
  // clang-tidy's users expect, so it replaces LLVM's before parsing.
  if (cl::Option *LlvmColor = cl::getRegisteredOptions().lookup("color"))
    LlvmColor->removeArgument();
  static cl::opt<ColorChoice> Color(
      "color", cl::desc("Color in text output"),
      cl::values(clEnumValN(ColorChoice::Auto, "auto", "on a terminal (default)"),
                 clEnumValN(ColorChoice::Always, "always", "always"),
                 clEnumValN(ColorChoice::Never, "never", "never")),
      cl::init(ColorChoice::Auto), cl::cat(Category));

  // LLVM's --stats prints its internal counters; ours counts the cache.
  if (cl::Option *LlvmStats = cl::getRegisteredOptions().lookup("stats"))
    LlvmStats->removeArgument();
  static cl::opt<bool> Stats("stats",
                             cl::desc("At the end, print how many translation units came "
                                      "from the cache and how many were analyzed, how "
                                      "many functions had no control-flow graph, and how "
                                      "many shared preambles were built and used"),
                             cl::cat(Category));

  // Everything after "--" is compiler arguments (as for clang-tidy).
  std::string FixedError;
  int ArgCount = argc;
  std::unique_ptr<CompilationDatabase> DB =
      FixedCompilationDatabase::loadFromCommandLine(ArgCount, argv, FixedError);
  if (!FixedError.empty()) {
    StringRef Message = StringRef(FixedError).trim();
    Message.consume_front("error: ");
    return fail(UsageError, "{}", Message);
  }
  if (!cl::ParseCommandLineOptions(ArgCount, argv, Overview, &errs()))
    return UsageError;
  if (ExplainTarget.getNumOccurrences() && ExplainTarget.empty())
    return fail(UsageError, "{}", NoExplainTarget);
  // A file name alone is the commonest slip: `quadrant explain worker.cpp`.
  if (StringRef Target = ExplainTarget; !sys::path::extension(Target).empty() &&
                                        driver::isSourceFile(Target))
    return fail(UsageError,
                "quadrant explain: '{0}' is a file; name a function, or file:line inside its "
                "definition: quadrant explain <function> {0}, or quadrant explain {0}:<line> {0}",
                Target);
  if (ExplainTarget.getNumOccurrences() && OutputFormat != Format::Text &&
      OutputFormat != Format::Json)
    return fail(UsageError, "quadrant explain: --format must be text or json");
  if (ExplainTarget.getNumOccurrences() && (FixOption || FixErrors || !ExportFixes.empty()))
    return fail(UsageError, "quadrant explain shows each fix as a diff; --fix, --fix-errors and "
                            "--export-fixes take the fixes of a whole run");
  if (!verifyCheckOptions())
    return UsageError;
  bool UseColor = Color == ColorChoice::Always ||
                  (Color == ColorChoice::Auto && OutputFile.empty() && outs().has_colors());

  Expected<std::optional<config::Config>> Override = overrideConfig();
  if (!Override) {
    errs() << toString(Override.takeError()) << "\n";
    return UsageError;
  }
  config::Config CommandLine;
  if (ChecksOption.getNumOccurrences())
    CommandLine.Checks = ChecksOption;
  if (WarningsAsErrors.getNumOccurrences())
    CommandLine.WarningsAsErrors = WarningsAsErrors;
  if (LspMode) {
    if (!Sources.empty())
      return fail(UsageError, "quadrant lsp: takes no sources; the editor names the files");
    Expected<int> Status = lsp::runServer(
        {builtinRulesDir(argv[0]), checksDocDir(argv[0]), {ExtraRules.begin(), ExtraRules.end()},
         std::move(*Override), std::move(CommandLine), BuildPath,
         Jobs ? Jobs.getValue() : llvm::hardware_concurrency().compute_thread_count()});
    if (!Status)
      return fail(UsageError, "{}", toString(Status.takeError()));
    return *Status;
  }
  config::ConfigProvider Configs(std::move(*Override), std::move(CommandLine),
                                 checks::checkNames());
  // The configuration of the first source, or of the working directory:
  // what --dump-config shows and what --list-rules lists.
  Expected<config::Config> FirstConfig = Configs.configFor(Sources.empty() ? "." : Sources.front());
  if (!FirstConfig) {
    errs() << toString(FirstConfig.takeError()) << "\n";
    return UsageError;
  }

  if (ListChecks) {
    config::GlobList Enabled(FirstConfig->Checks.value_or(""));
    return emit([&](raw_ostream &OS) {
      for (const checks::CheckInfo &C : checks::allChecks())
        print(OS, "{}{}: {}\n", C.Name, Enabled.contains(C.Name) ? "" : " (disabled)", C.Summary);
    });
  }
  if (DumpConfig)
    return emit([&](raw_ostream &OS) { config::writeConfig(*FirstConfig, OS); });

  std::string BuiltinRules = builtinRulesDir(argv[0]);
  std::vector<std::string> UserRules(ExtraRules.begin(), ExtraRules.end());
  auto LoadRules = [&]() -> Expected<rules::RuleSet> {
    Expected<rules::RuleSet> Loaded =
        rules::loadRuleSet({BuiltinRules}, driver::uniqueRuleFiles(UserRules));
    if (Loaded)
      for (const std::string &Warning : Loaded->unmatchableRuleWarnings())
        errs() << Warning << "\n";
    return Loaded;
  };
  if (ListRules) {
    UserRules.insert(UserRules.end(), FirstConfig->Rules.begin(), FirstConfig->Rules.end());
    Expected<rules::RuleSet> Rules = LoadRules();
    if (!Rules) {
      errs() << toString(Rules.takeError()) << "\n";
      return UsageError;
    }
    return emit([&](raw_ostream &OS) {
      if (OutputFormat == Format::Json)
        report::writeRuleListJson(*Rules, BuiltinRules, OS);
      else
        report::writeRuleListText(*Rules, BuiltinRules, OS);
    });
  }

  std::optional<std::vector<checks::BaselineEntry>> Baseline;
  if (!BaselineFile.empty()) {
    auto Read = checks::readBaseline(BaselineFile);
    if (!Read) {
      errs() << toString(Read.takeError()) << "\n";
      return UsageError;
    }
    Baseline = std::move(*Read);
  }

  if (LinkMode) {
    if (Sources.empty())
      return fail(UsageError, "quadrant link: name the facts files or directories to link");
    Expected<std::vector<facts::TranslationUnit>> Units = driver::readFactsInputs(Sources);
    if (!Units)
      return fail(UsageError, "cannot read facts: {}", toString(Units.takeError()));
    // Facts read are written again in the form asked for: binary facts
    // become JSON to read, or JSON ones binary.
    if (!ExportFactsDir.empty())
      if (Error E = driver::exportFacts(*Units, ExportFactsDir, ExportFactsFormat))
        return fail(UsageError, "cannot export facts: {}", toString(std::move(E)));
    std::vector<report::Diagnostic> Diagnostics;
    std::vector<std::string> MainFiles;
    PathDisplay Display;
    for (const facts::TranslationUnit &TU : *Units) {
      MainFiles.push_back(Display(TU.MainFile).str());
      if (TU.Partial)
        Diagnostics.push_back({TU.MainFile, "error",
                               "analysis is incomplete: the file does not compile; what parsed "
                               "is reported"});
    }
    return reportProgram(std::move(*Units), std::move(Diagnostics), MainFiles, Configs,
                         Baseline ? &*Baseline : nullptr, UseColor, argv[0]);
  }

  // With the default flags, a header C++ does not accept is tried as C.
  std::unique_ptr<CompilationDatabase> HeaderAsC;
  if (!BuildPath.empty()) {
    if (DB)
      WithColor::warning(errs(), "quadrant")
          << "the compiler arguments after '--' are ignored: -p names a compilation "
             "database, whose flags are used\n";
    std::string Error;
    // A compile_commands.json that is there but broken is an error, not a
    // reason to take a directory above's.
    DB = sys::fs::exists(BuildPath + "/compile_commands.json")
             ? CompilationDatabase::loadFromDirectory(BuildPath, Error)
             : CompilationDatabase::autoDetectFromDirectory(BuildPath, Error);
    if (!DB)
      return fail(UsageError, "{}",
                  driver::noDatabaseMessage(BuildPath, Error, /*SearchedParents=*/true));
  } else if (!DB && !Sources.empty()) {
    std::string Error;
    DB = CompilationDatabase::autoDetectFromSource(Sources.front(), Error);
    if (!DB) {
      print(WithColor::note(errs(), "quadrant"),
            "no compile_commands.json found above '{}'; using default flags ({}). Pass -p "
            "<build-dir> or '-- <flags>'.\n",
            Sources.front(), driver::describeDefaultFlags(Sources));
      DB = std::make_unique<driver::DefaultFlagsDatabase>(".", driver::DefaultFlagsAttempt::First);
      HeaderAsC = std::make_unique<driver::DefaultFlagsDatabase>(
          ".", driver::DefaultFlagsAttempt::HeaderAsC);
    }
  }
  if (!DB)
    return fail(UsageError, "no input: name source files, or give -p <build-dir> holding "
                            "compile_commands.json");
  // Files missing from the database borrow the flags of the nearest entry,
  // as clangd does.
  DB = clang::tooling::inferMissingCompileCommands(std::move(DB));

  std::vector<std::string> Files(Sources.begin(), Sources.end());
  if (Files.empty()) {
    Files = DB->getAllFiles();
    std::sort(Files.begin(), Files.end());
    Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  }

  std::vector<report::Diagnostic> Diagnostics;
  std::vector<std::string> Readable;
  std::vector<std::string> MainFiles; ///< the readable files not excluded
  bool AnyCheck = false;
  std::optional<std::string> Wanted;
  PathDisplay Display;
  for (const std::string &File : Files) {
    sys::fs::file_status Status;
    if (std::error_code EC = sys::fs::status(File, Status)) {
      Diagnostics.push_back({File, "error", fmt::format("cannot read file: {}", EC.message())});
      continue;
    }
    if (sys::fs::is_directory(Status)) {
      Diagnostics.push_back({File, "error", "is a directory, not a source file"});
      continue;
    }
    if (!driver::isSourceFile(File)) {
      Diagnostics.push_back({File, "error", "is not a C or C++ source file (by its extension)"});
      continue;
    }
    Expected<config::Config> C = Configs.configFor(File);
    if (!C) {
      errs() << toString(C.takeError()) << "\n";
      return UsageError;
    }
    AnyCheck |= enablesAnyCheck(*C);
    if (!Wanted)
      Wanted = findingsWanted(*C);
    UserRules.insert(UserRules.end(), C->Rules.begin(), C->Rules.end());
    Readable.push_back(File);
    // An excluded file is still part of the program; only what is reported
    // about it is left out (reportProgram).
    if (!driver::excluded(*C, File))
      MainFiles.push_back(Display(File).str());
  }
  if (!Readable.empty() && !AnyCheck && Wanted && !ExplainTarget.getNumOccurrences())
    return fail(UsageError,
                "no checks enabled, but {}; enable some with --checks or the configuration's "
                "Checks (quadrant --list-checks lists them)",
                *Wanted);

  Expected<rules::RuleSet> Rules = LoadRules();
  if (!Rules) {
    errs() << toString(Rules.takeError()) << "\n";
    return UsageError;
  }
  for (const std::string &File : Readable) {
    // The database is keyed by absolute paths, as the analysis looks it up.
    SmallString<256> Absolute(File);
    sys::fs::make_absolute(Absolute);
    std::vector<clang::tooling::CompileCommand> Commands = DB->getCompileCommands(Absolute);
    if (!Commands.empty() && !Commands.front().Heuristic.empty())
      print(WithColor::note(errs(), "quadrant"),
            "'{}' is not in compile_commands.json; using the flags of the nearest entry ({})\n",
            File, Commands.front().Heuristic);
  }

  unsigned Threads = Jobs ? Jobs.getValue() : llvm::hardware_concurrency().compute_thread_count();
  std::unique_ptr<cache::FactsCache> Cache = openCache(*Rules);
  driver::AnalysisOptions Analysis;
  Analysis.Cache = Cache.get();
  std::unique_ptr<driver::PreambleStore> Preambles = openPreambles(Cache.get());
  Analysis.Preambles = Preambles.get();
  Analysis.Skip = SkipSystemBodies;
  Analysis.Fallback = HeaderAsC.get();
  std::optional<driver::ProgressLine> Progress;
  if (!Quiet && Readable.size() > 1 && errs().is_displayed()) {
    Progress.emplace(errs());
    Analysis.OnProgress = [&](const driver::Progress &P) { Progress->update(P); };
  }
  std::vector<driver::TUResult> Results =
      driver::analyzeFiles(*DB, Readable, *Rules, Threads, Analysis);
  Progress.reset();
  if (Cache)
    if (std::optional<std::string> Error = Cache->writeError())
      print(WithColor::warning(errs(), "quadrant"),
            "cannot write to the cache: {}; results are not cached\n", *Error);
  size_t FromCache =
      count_if(Results, [](const driver::TUResult &R) { return R.FromCache; });
  size_t WithPreamble =
      count_if(Results, [](const driver::TUResult &R) { return R.SharedPreamble; });

  std::vector<facts::TranslationUnit> Units;
  unsigned WithoutFlow = 0;
  for (driver::TUResult &R : Results) {
    WithoutFlow += R.Facts.FunctionsWithoutFlow;
    errs() << R.CompilerOutput;
    if (R.ByFallback)
      print(WithColor::note(errs(), "quadrant"),
            "'{}' does not compile as C++; analyzed as C ({})\n", R.File,
            driver::headerAsCFlags());
    if (R.Failed)
      Diagnostics.push_back({R.File, "error",
                             "analysis is incomplete: the file does not compile (see the "
                             "compiler's errors above); what parsed is reported"});
    Units.push_back(std::move(R.Facts));
  }

  if (!ExportFactsDir.empty())
    if (Error E = driver::exportFacts(Units, ExportFactsDir, ExportFactsFormat))
      return fail(UsageError, "cannot export facts: {}", toString(std::move(E)));

  int Status = reportProgram(std::move(Units), std::move(Diagnostics), MainFiles, Configs,
                             Baseline ? &*Baseline : nullptr, UseColor, argv[0]);
  if (Stats)
    print(errs(),
          "quadrant: {} {}: {} from the cache, {} analyzed; {} {} with no control-flow graph "
          "(labeled without flow facts)\n",
          Results.size(), Results.size() == 1 ? "translation unit" : "translation units",
          FromCache, Results.size() - FromCache, WithoutFlow,
          WithoutFlow == 1 ? "function" : "functions");
  // Said only when there was something to share: most runs of a project
  // whose files open with their own headers would print zeros.
  if (Stats && Preambles && Preambles->built() + Preambles->reused() > 0)
    print(errs(),
          "quadrant: shared preambles: {} built, {} reused; {} of the {} analyzed parsed with "
          "one\n",
          Preambles->built(), Preambles->reused(), WithPreamble, Results.size() - FromCache);
  return Status;
}
