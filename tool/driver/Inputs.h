//===--- Inputs.h - Which files and rule files an analysis takes -*- C++ -*-===//
//
// Shared by the command line and the language server, so both pick the same
// files and read each rule file once.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_DRIVER_INPUTS_H
#define QUADRANT_DRIVER_INPUTS_H

#include "config/Config.h"
#include "link/Program.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace quadrant::driver {

/// Whether a path names a C or C++ file, by its extension as compilers judge
/// it. Headers without an extension (<vector>-style) count.
bool isSourceFile(llvm::StringRef Path);

/// Whether the configuration's Exclude globs name File, so that nothing is
/// reported about it; they are relative to the configuration's directory, as
/// .gitignore patterns are.
bool excluded(const config::Config &C, llvm::StringRef File);

/// By function of P: defined in a file that the configuration nearest to it
/// excludes. Such functions stay in the program, since other functions call
/// them, but are not reported.
llvm::Expected<std::vector<bool>> excludedFunctions(const link::Program &P,
                                                    config::ConfigProvider &Configs);

/// Why BuildDir yields no compilation database, for people: what was looked
/// for (and, with SearchedParents, where), and how to make one. LoaderError
/// is LLVM's message, which is kept only for a compile_commands.json that
/// exists but does not parse.
std::string noDatabaseMessage(llvm::StringRef BuildDir, llvm::StringRef LoaderError,
                              bool SearchedParents);

/// The rule files named, each once however its path is spelled (several
/// configurations, or a configuration and --rules, may name the same file).
std::vector<std::string> uniqueRuleFiles(llvm::ArrayRef<std::string> Files);

} // namespace quadrant::driver

#endif
