//===--- FilesRead.h - What a parse read, for the caches --------*- C++ -*-===//
#ifndef QUADRANT_DRIVER_FILESREAD_H
#define QUADRANT_DRIVER_FILESREAD_H

#include "cache/FactsCache.h"
#include "clang/Basic/SourceManager.h"
#include <vector>

namespace quadrant::driver {

/// Every file SM holds the contents of, with absolute paths and the digests
/// of the buffers Clang parsed rather than of the files on disk, which may
/// have changed since. Files known to Clang but never read are left out.
std::vector<cache::FileRead> filesRead(const clang::SourceManager &SM);

} // namespace quadrant::driver

#endif
