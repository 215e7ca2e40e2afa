//===--- JsonNesting.h - A depth limit before llvm::json::parse -*- C++ -*-===//
//
// llvm::json::parse recurses once per level of nesting, so a corrupt file
// nested deeply enough (100,000 '[') overflows the stack. Readers of files
// quadrant wrote itself (facts, cache entries), which nest a few levels deep,
// check the depth with this first.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CORE_JSONNESTING_H
#define QUADRANT_CORE_JSONNESTING_H

#include "llvm/ADT/StringRef.h"

namespace quadrant {

/// Whether Text opens more than MaxDepth arrays and objects inside one
/// another, counted outside strings as the parser does.
bool jsonNestedTooDeeply(llvm::StringRef Text, unsigned MaxDepth);

} // namespace quadrant

#endif
