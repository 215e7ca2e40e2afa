//===--- Workspace.h - The programs an editor session works on --*- C++ -*-===//
//
//   in:  a file the editor opened or saved, the options of `quadrant lsp`
//   out: its Project, re-analyzed: facts of every translation unit, linked,
//        classified and linted, as `quadrant -p <build-dir>` would report it
//
// A project is the translation units of one compilation database, found as
// clangd finds it (compile_commands.json or compile_flags.txt in the file's
// directory or a parent, or in a build/ beside one). Its facts stay in
// memory, so a save re-parses one file and relinks: the rest of the program
// is known already.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_LSP_WORKSPACE_H
#define QUADRANT_LSP_WORKSPACE_H

#include "checks/Check.h"
#include "config/Config.h"
#include "driver/Analysis.h"
#include "link/Program.h"
#include "rules/RuleSet.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Chrono.h"
#include <map>
#include <memory>
#include <optional>

namespace quadrant::lsp {

/// A path as the workspace keys files: absolute, without "." or "..".
std::string normalizedPath(llvm::StringRef Path);

/// The command line of `quadrant lsp` (docs/editors.md).
struct ServerOptions {
  std::string BuiltinRulesDir;
  std::string ChecksDocDir;               ///< docs/checks/, for links from diagnostics
  std::vector<std::string> ExtraRules;    ///< --rules
  std::optional<config::Config> Override; ///< --config-file or --config
  config::Config CommandLine;             ///< --checks, --warnings-as-errors
  std::string CompileCommandsDir;         ///< -p: one database for every file
  unsigned Jobs = 1;
};

/// Something the user should hear about: shown (window/showMessage) or
/// logged (window/logMessage). Types are the protocol's MessageType.
struct Notice {
  enum Type { Error = 1, Warning = 2, Info = 3, Log = 4 };
  Type Kind;
  bool Show;
  std::string Text;
};

/// One program: the translation units of a compilation database, or a file
/// outside any, analyzed alone.
struct Project {
  /// The directory of the database, or the file outside any.
  std::string Root;
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  /// For a file outside any database: its second try, as C, if it is a
  /// header C++ does not accept (DefaultFlags.h); nullptr otherwise.
  std::unique_ptr<clang::tooling::CompilationDatabase> HeaderAsC;
  /// Read when the project is first analyzed.
  std::optional<rules::RuleSet> Rules;
  /// The database's facts cache, shared with the command line
  /// (<database dir>/.quadrant-cache), or nullptr outside a database.
  std::unique_ptr<cache::FactsCache> Cache;
  /// The PCHs of the system includes its files open with
  /// (driver/SharedPreambles.h): beside the cache, or for the session.
  std::unique_ptr<driver::PreambleStore> Preambles;
  /// Facts of every translation unit analyzed in this session, by path.
  std::map<std::string, facts::TranslationUnit> Units;
  /// When each unit's file was last modified, as it was analyzed.
  std::map<std::string, llvm::sys::TimePoint<>> AnalyzedVersions;
  /// Clang's errors for the units that do not compile.
  std::map<std::string, std::string> CompileErrors;

  /// The last analysis of the units in the program now.
  link::Program Program;
  std::vector<classify::Verdict> Verdicts;
  contexts::Model Contexts;
  std::vector<checks::Finding> Findings; ///< absolute paths
};

class Workspace {
public:
  explicit Workspace(ServerOptions Options) : Options(std::move(Options)) {}

  /// Reads the database -p names, if any: an error stops the server.
  llvm::Error loadFixedDatabase();

  /// Analyzes File as saved on disk, with the units of its project not
  /// analyzed yet, and relinks. File is parsed again when Saved, or when it
  /// changed on disk since it was analyzed. nullptr when nothing is
  /// reported for File (excluded, or not C or C++); Notices gets what the
  /// user should know.
  llvm::Expected<Project *> analyze(llvm::StringRef File, bool Saved, std::vector<Notice> &Notices);

  /// The project File was last analyzed in, if any.
  Project *projectOf(llvm::StringRef File) const;

  const ServerOptions &options() const { return Options; }

private:
  Project &projectFor(llvm::StringRef File, std::vector<Notice> &Notices);
  /// Facts of the other translation units of a project: fills P.Units with
  /// those of Files known without parsing (analyzed before in this session)
  /// and returns the files still to analyze.
  std::vector<std::string> factsOfOtherUnits(Project &P, llvm::ArrayRef<std::string> Files);
  void runFrontEnd(Project &P, const std::vector<std::string> &Files, std::vector<Notice> &Notices);

  ServerOptions Options;
  std::map<std::string, std::unique_ptr<Project>> Projects; ///< by Root
  llvm::StringMap<Project *> ByFile;
};

} // namespace quadrant::lsp

#endif
