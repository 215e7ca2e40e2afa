//===--- AtomicFile.cpp - Writing a file all at once ------------*- C++ -*-===//
#include "core/AtomicFile.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Signals.h"

namespace quadrant {

llvm::Error writeAtomically(llvm::StringRef Path,
                            llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  llvm::SmallString<256> Temp;
  int FD;
  llvm::SmallString<256> Model(Path);
  Model += ".tmp-%%%%%%";
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Model, FD, Temp))
    return llvm::createFileError(Path, EC);
  // Ctrl-C while writing leaves nothing behind.
  llvm::sys::RemoveFileOnSignal(Temp);
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    Write(OS);
    OS.close();
    if (OS.has_error()) {
      // A stream destroyed with its error still set aborts the program.
      std::error_code EC = OS.error();
      OS.clear_error();
      llvm::sys::DontRemoveFileOnSignal(Temp);
      llvm::sys::fs::remove(Temp);
      return llvm::createFileError(Path, EC);
    }
  }
  std::error_code EC = llvm::sys::fs::rename(Temp, Path);
  llvm::sys::DontRemoveFileOnSignal(Temp);
  if (EC) {
    llvm::sys::fs::remove(Temp);
    return llvm::createFileError(Path, EC);
  }
  return llvm::Error::success();
}

} // namespace quadrant
