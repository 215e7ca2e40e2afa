//===--- Config.h - .quadrant.yaml and its command-line twins ---*- C++ -*-===//
//
//   in:  .quadrant.yaml files (nearest above each source wins), --config,
//        --config-file, and the command line's --checks/--warnings-as-errors
//   out: the effective Config for each file
//
// The keys mirror clang-tidy's (Checks, WarningsAsErrors, HeaderFilterRegex)
// so its users already know them. Errors carry file:line:col, as rule files'.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CONFIG_CONFIG_H
#define QUADRANT_CONFIG_CONFIG_H

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace quadrant::config {

struct Config {
  std::optional<std::string> Checks;           ///< glob list: "-*,quadrant-blocking-*"
  std::optional<std::string> WarningsAsErrors; ///< glob list
  std::vector<std::string> Rules;              ///< extra rule files, absolute
  std::vector<std::string> NonBlockingFunctions;
  std::optional<std::string> HeaderFilterRegex;
  /// Globs of paths, relative to Directory, whose functions and findings are
  /// not reported; the files are still part of the program.
  std::vector<std::string> Exclude;
  /// The directory of the file the configuration came from (for --config,
  /// the working directory); relative paths in it are relative to this.
  std::string Directory;
};

/// The defaults: every check on, none an error, findings in all user files.
Config defaultConfig();

/// Parses one configuration; relative Rules paths resolve against BaseDir.
/// With KnownChecks, a glob of Checks or WarningsAsErrors that names none of
/// them is an error at its node (unknownChecks).
llvm::Expected<Config> parseConfig(llvm::StringRef Yaml, llvm::StringRef SourceName,
                                   llvm::StringRef BaseDir,
                                   llvm::ArrayRef<llvm::StringRef> KnownChecks = {});

/// Writes a configuration in the file format (--dump-config).
void writeConfig(const Config &C, llvm::raw_ostream &OS);

/// A clang-tidy glob list: comma-separated globs, '-' negates, '*' is a
/// wildcard, the last matching glob decides.
class GlobList {
public:
  explicit GlobList(llvm::StringRef Text);
  bool contains(llvm::StringRef Name) const;
  /// The globs, in order, that match none of Names.
  std::vector<std::string> unmatched(llvm::ArrayRef<llvm::StringRef> Names) const;

private:
  /// A check may be named with or without its "quadrant-" prefix.
  static bool matches(llvm::StringRef Glob, llvm::StringRef Name);

  struct Item {
    bool Positive;
    std::string Glob;
  };
  std::vector<Item> Items;
};

/// Why a glob list names no known check, one message per glob that matches
/// none of Known (full names, "quadrant-..."), worded as clang-tidy's
/// --verify-config words them: "unknown check 'x'; did you mean 'y'?" or
/// "check glob 'x*' doesn't match any known check". Empty when every glob
/// matches a check.
std::vector<std::string> unknownChecks(llvm::StringRef Globs,
                                       llvm::ArrayRef<llvm::StringRef> Known);

/// Finds and merges configurations: defaults, then the nearest .quadrant.yaml
/// above a file (or the --config-file/--config override instead), then the
/// command line's options on top.
class ConfigProvider {
public:
  /// KnownChecks verify the Checks of each configuration file read.
  ConfigProvider(std::optional<Config> Override, Config CommandLine,
                 std::vector<llvm::StringRef> KnownChecks)
      : Override(std::move(Override)), CommandLine(std::move(CommandLine)),
        KnownChecks(std::move(KnownChecks)) {}

  llvm::Expected<Config> configFor(llvm::StringRef File);

private:
  llvm::Expected<std::optional<Config>> nearestFileConfig(llvm::StringRef Dir);

  std::optional<Config> Override;
  Config CommandLine;
  std::vector<llvm::StringRef> KnownChecks;
  llvm::StringMap<std::optional<Config>> ByDirectory;
};

} // namespace quadrant::config

#endif
