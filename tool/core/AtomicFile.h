//===--- AtomicFile.h - Writing a file all at once --------------*- C++ -*-===//
//
// Reports, baselines, exported facts and cache entries are written beside
// their destination and renamed into place, so no reader (another run
// sharing a cache, a CI step reading the report) ever sees half a file.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CORE_ATOMICFILE_H
#define QUADRANT_CORE_ATOMICFILE_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace quadrant {

/// Writes what Write prints to a temporary file beside Path, then renames it
/// to Path. On failure, or on Ctrl-C, the temporary file is removed and Path
/// is left as it was.
llvm::Error writeAtomically(llvm::StringRef Path,
                            llvm::function_ref<void(llvm::raw_ostream &)> Write);

} // namespace quadrant

#endif
