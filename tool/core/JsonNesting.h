//===--- JsonNesting.h - A depth limit before llvm::json::parse -*- C++ -*-===//
//
// llvm::json::parse recurses once per level of nesting, so a corrupt or
// hostile document nested deeply enough (100,000 '[') overflows the stack.
// Readers of JSON from outside (facts files, language server messages)
// count the levels with this first.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CORE_JSONNESTING_H
#define QUADRANT_CORE_JSONNESTING_H

#include "llvm/ADT/StringRef.h"

namespace quadrant {

/// Whether Text nests arrays and objects more than MaxDepth levels deep,
/// counting outside strings as the parser does, up to the first place the
/// parser would stop at anyway.
bool jsonNestedTooDeeply(llvm::StringRef Text, unsigned MaxDepth);

} // namespace quadrant

#endif
