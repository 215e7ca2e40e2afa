//===--- YamlNesting.h - A depth limit before llvm::yaml::Input -*- C++ -*-===//
//
// llvm::yaml::Input builds its tree recursively, a few stack frames per level
// of nesting, so a file of enough '[' (or "- - - ...") overflows the stack: at
// about 30,000 levels in a release build, a 60 KB file. The rule and
// configuration loaders check the depth with this first, which walks the
// lazily parsed document with a stack of its own.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CORE_YAMLNESTING_H
#define QUADRANT_CORE_YAMLNESTING_H

#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"

namespace quadrant {

/// No rule or configuration file nests more than a handful of levels.
inline constexpr unsigned MaxYamlDepth = 1000;

/// An error at the first collection in Buffer that lies more than MaxDepth
/// collections deep ("name:line:col: error: ...", as the loaders' errors).
/// Stops at the first syntax error without one: yaml::Input reports it.
llvm::Error checkYamlNesting(llvm::MemoryBufferRef Buffer, unsigned MaxDepth = MaxYamlDepth);

} // namespace quadrant

#endif
