//===--- DefaultFlags.h - Flags for files outside any database --*- C++ -*-===//
//
//   in:  a source file that no compilation database lists and that has no
//        '--' flags
//   out: the compile command to analyze it with, chosen by its language as
//        clangd chooses: C (-std=c17) for .c, C++ (-std=c++20) for the C++
//        extensions, and for a .h, which may be either, C++ first and C when
//        only C accepts it
//
// A C file given -std=c++20 does not compile at all, so one default for every
// file loses every C program. Shared by the command line and the language
// server, so both treat a loose file alike.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_DRIVER_DEFAULTFLAGS_H
#define QUADRANT_DRIVER_DEFAULTFLAGS_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/ArrayRef.h"
#include <memory>
#include <string>

namespace quadrant::driver {

/// Which attempt a DefaultFlagsDatabase answers for.
enum class DefaultFlagsAttempt {
  /// Every file, by its language; a .h as C++.
  First,
  /// Only a .h the first attempt could not compile: as C.
  HeaderAsC,
};

/// Compile commands from the language defaults, run in Directory.
class DefaultFlagsDatabase : public clang::tooling::CompilationDatabase {
public:
  DefaultFlagsDatabase(llvm::StringRef Directory, DefaultFlagsAttempt Attempt)
      : Directory(Directory.str()), Attempt(Attempt) {}

  std::vector<clang::tooling::CompileCommand>
  getCompileCommands(llvm::StringRef File) const override;

private:
  std::string Directory;
  DefaultFlagsAttempt Attempt;
};

/// The defaults the files get, for the note that says which were used:
/// "C: -std=c17", "C: -std=c17; C++: -std=c++20", ...
std::string describeDefaultFlags(llvm::ArrayRef<std::string> Files);

/// The flags a header gets when it is analyzed as C, for the note that says so.
llvm::StringRef headerAsCFlags();

} // namespace quadrant::driver

#endif
