//===--- Paths.h - How paths are shown --------------------------*- C++ -*-===//
#ifndef QUADRANT_CORE_PATHS_H
#define QUADRANT_CORE_PATHS_H

#include "core/Format.h"
#include "core/Quadrant.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include <string>

namespace quadrant {

/// Paths below the working directory show relative to it, as a compiler
/// prints what it was given; others show as they are. Reports, baselines and
/// fingerprints use this form, so they do not depend on where a checkout is.
class PathDisplay {
public:
  PathDisplay() {
    llvm::SmallString<256> Cwd;
    if (!llvm::sys::fs::current_path(Cwd))
      Prefix = (Cwd + "/").str();
  }
  llvm::StringRef operator()(llvm::StringRef Path) const {
    if (!Prefix.empty() && Path.starts_with(Prefix))
      return Path.drop_front(Prefix.size());
    return Path;
  }
  /// "file:line:column", with the file shown as above.
  std::string operator()(const SourcePoint &P) const {
    return fmt::format("{}:{}:{}", (*this)(P.File), P.Line, P.Column);
  }

private:
  std::string Prefix;
};

} // namespace quadrant

#endif
