//===--- DidYouMean.h - The nearest known name to a misspelt one -*- C++ -*-===//
//
// Rule files, configurations, --checks and NOLINT comments all answer an
// unknown name the same way, so the threshold of a typo is decided once.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CORE_DIDYOUMEAN_H
#define QUADRANT_CORE_DIDYOUMEAN_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace quadrant {

/// "; did you mean 'x'?" for the name of Known nearest to Got, or "" if none
/// is within a typo's distance (two edits).
std::string didYouMean(llvm::StringRef Got, llvm::ArrayRef<llvm::StringRef> Known);

} // namespace quadrant

#endif
