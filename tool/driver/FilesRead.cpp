//===--- FilesRead.cpp - What a parse read, for the caches ------*- C++ -*-===//
#include "driver/FilesRead.h"
#include "clang/Basic/FileManager.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace quadrant::driver {

std::vector<cache::FileRead> filesRead(const clang::SourceManager &SM) {
  std::vector<cache::FileRead> Read;
  llvm::vfs::FileSystem &FS = SM.getFileManager().getVirtualFileSystem();
  for (auto It = SM.fileinfo_begin(), End = SM.fileinfo_end(); It != End; ++It) {
    std::optional<llvm::StringRef> Contents = It->second->getBufferDataIfLoaded();
    if (!Contents)
      continue;
    llvm::SmallString<256> Path(It->first.getName());
    FS.makeAbsolute(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/false);
    Read.push_back({std::string(Path), cache::digest(*Contents)});
  }
  return Read;
}

} // namespace quadrant::driver
