//===--- SharedPreambles.h - One PCH for TUs that start alike ---*- C++ -*-===//
//
//   in:  a TU's compiler invocation and the system includes it opens with
//        (IncludePrefix.h)
//   out: a precompiled header of those includes, to parse the TU with
//
// Translation units built with the same flags that open with the same system
// includes parse the same declarations first: parsed once into a PCH, they
// are loaded, not parsed, by each TU (-include-pch); the headers' include
// guards then make the TU's own #includes of them empty. Facts never come
// from system headers, so the facts are the same with or without it.
//
// The store keeps, per prefix and flags (the key):
//
//   <dir>/preambles/<key>.h         the prefix, as #include lines
//   <dir>/preambles/<key>.pch       the PCH Clang wrote
//   <dir>/preambles/<key>.manifest  {"format": "quadrant-preamble/1",
//                                    "pch": <digest of the .pch>,
//                                    "files": [[path, digest], ...]}
//
// in the facts cache's directory, so a later run reuses them. Without a cache
// they go to the system's temporary directory, named <tmp>/quadrant-preamble-
// <unique>-<key>.*, each removed with the store or, on Ctrl-C, by LLVM's
// signal handler (a directory of them would outlive the signal, which can
// only remove files). A PCH is reused only if its
// manifest is intact, the .pch is the one it names, and every file it lists
// still holds what the PCH read; anything else is rebuilt, never trusted.
// Each file is written atomically, so runs sharing a directory are safe.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_DRIVER_SHAREDPREAMBLES_H
#define QUADRANT_DRIVER_SHAREDPREAMBLES_H

#include "cache/FactsCache.h"
#include "driver/BodySkipping.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

// Not included: its CodeGenOptions bring an llvm::driver namespace, which
// makes quadrant::driver ambiguous where both are used.
namespace clang {
class CompilerInvocation;
} // namespace clang

namespace quadrant::driver {

/// A precompiled header ready to load.
struct Preamble {
  std::string PchPath;
  /// The files the PCH read, with what it read: a TU that loads it depends
  /// on them as on the files it reads itself.
  std::vector<cache::FileRead> Read;
};

class PreambleStore {
public:
  /// A store in CacheDir/preambles, kept between runs, or, when CacheDir is
  /// empty, temporary files removed with the store.
  static llvm::Expected<std::unique_ptr<PreambleStore>> open(llvm::StringRef CacheDir);
  ~PreambleStore();

  /// The PCH of Prefix parsed with Invocation's flags (CommandKey, from
  /// preambleCommandKey, says what they are): the stored one if it is still
  /// valid, else, if Build, a new one. nullopt if there is none, or if the
  /// prefix does not compile with these flags. Thread-safe for different
  /// prefixes.
  std::optional<Preamble> get(const clang::CompilerInvocation &Invocation,
                              llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
                              llvm::StringRef CommandKey, llvm::ArrayRef<std::string> Prefix,
                              SkipSystemBodies Skip, bool Build);

  /// Makes Invocation load P before its main file.
  static void use(clang::CompilerInvocation &Invocation, const Preamble &P);

  /// PCHs built and reused so far.
  unsigned built() const { return Built; }
  unsigned reused() const { return Reused; }

private:
  PreambleStore(std::string Dir, std::string NamePrefix, bool Temporary)
      : Dir(std::move(Dir)), NamePrefix(std::move(NamePrefix)), Temporary(Temporary) {}
  /// Where Stem's files go, without their extension.
  std::string base(llvm::StringRef Stem) const;
  /// In a temporary store, makes Path (written or not yet) go with the
  /// store, or with the process on Ctrl-C.
  void own(llvm::StringRef Path) const;
  std::optional<Preamble> lookup(llvm::StringRef Stem) const;
  std::optional<Preamble> build(const clang::CompilerInvocation &Invocation,
                                llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
                                llvm::StringRef Stem, llvm::ArrayRef<std::string> Prefix,
                                SkipSystemBodies Skip) const;

  std::string Dir;
  std::string NamePrefix;
  bool Temporary;
  mutable std::mutex OwnedMutex;
  mutable std::vector<std::string> Owned;
  std::atomic<unsigned> Built = 0;
  std::atomic<unsigned> Reused = 0;
};

} // namespace quadrant::driver

#endif
