//===--- IncludePrefix.h - The system includes a TU starts with -*- C++ -*-===//
//
//   in:  a TU's compiler invocation and its main file
//   out: the #includes of system headers its preamble opens with, verbatim
//
// Translation units that open with the same system includes under the same
// flags parse the same declarations first; SharedPreambles.h parses them once
// for all. Only what provably means the same in every such TU counts: the
// prefix stops at the first thing that could change what an include means or
// finds (a #define, #undef, another #pragma, a non-system include, code).
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_DRIVER_INCLUDEPREFIX_H
#define QUADRANT_DRIVER_INCLUDEPREFIX_H

#include "clang/Frontend/CompilerInvocation.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <string>
#include <vector>

namespace quadrant::driver {

/// The leading `#include`s of the preamble of MainPath (Lexer::ComputePreamble)
/// that resolve, under Invocation's search path, into a system include
/// directory; each as written between `#include` and the end of its line:
/// `<vector>` or `"asio.hpp"`. Only comments, blank lines and `#pragma once`
/// may come before or between them. Empty when the invocation already
/// includes something before the main file (-include, a PCH).
std::vector<std::string> systemIncludePrefix(const clang::CompilerInvocation &Invocation,
                                             llvm::vfs::FileSystem &FS,
                                             llvm::StringRef MainPath);

/// What of Invocation a precompiled header of a prefix depends on: every
/// cc1 argument but those naming the main file, the output and the
/// compilation directory; the input language; and the working directory,
/// when a search path is relative to it. Equal keys parse a prefix alike.
std::string preambleCommandKey(const clang::CompilerInvocation &Invocation,
                               llvm::StringRef Directory);

} // namespace quadrant::driver

#endif
