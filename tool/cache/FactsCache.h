//===--- FactsCache.h - Per-TU facts kept between runs ----------*- C++ -*-===//
//
//   in:  a TU's key, its facts and the files it read (contents digested)
//   out: on a later run, the same facts, if the key is the same and every
//        file still holds what the TU read
//
// The facts of a translation unit depend only on its compile command, the
// files it reads, the rules and quadrant itself; the key (built by the
// driver from the compile command) and the salt (the rules and this build
// of quadrant, added here) cover all but the files, which are checked one by
// one. One entry per main file, so the cache does not grow with every edit:
//
//   <dir>/<file name>-<hash of its path>.entry
//     line 1: {"format": "quadrant-cache/2", "key": ..., "verified": ...,
//              "facts": <digest of the rest>, "files": [[path, size,
//              mtime, digest], ...]}
//     then:   the facts, in the binary form (facts/BinaryFacts.h), which
//             reads several times faster than JSON
//
// An entry that is not exactly this (truncated, corrupt, written by another
// version) is a miss and is rebuilt: it is never trusted, and reading it
// never fails the run. Entries are written atomically, so runs sharing a
// cache directory in parallel are safe. docs/scaling.md has the user's view.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CACHE_FACTSCACHE_H
#define QUADRANT_CACHE_FACTSCACHE_H

#include "facts/Facts.h"
#include "rules/RuleSet.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/xxhash.h"
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace quadrant::cache {

/// A file a translation unit read, with the digest of what it read.
struct FileRead {
  std::string Path; ///< absolute
  llvm::XXH128_hash_t Digest;
};

/// The digest of a file's contents, as FileRead holds it.
llvm::XXH128_hash_t digest(llvm::StringRef Contents);

/// A digest in 32 hexadecimal digits, as cache files spell it.
std::string hex(llvm::XXH128_hash_t H);

class FactsCache {
public:
  /// Opens the cache in Dir, creating the directory, for facts computed with
  /// Rules by this build of quadrant.
  static llvm::Expected<std::unique_ptr<FactsCache>> open(llvm::StringRef Dir,
                                                          const rules::RuleSet &Rules);

  /// The facts stored for MainFile under Key, if its entry is intact and
  /// every file it lists still holds what was read. Anything else is a miss.
  /// Thread-safe.
  std::optional<facts::TranslationUnit> lookup(llvm::StringRef MainFile, llvm::StringRef Key);

  /// Stores the facts of MainFile under Key. Read lists every file the
  /// analysis read, with the digests of what it read; Started is when it
  /// began reading. A file that can no longer be found leaves the TU
  /// uncached. Thread-safe; a write error is kept for writeError().
  void store(llvm::StringRef MainFile, llvm::StringRef Key, const facts::TranslationUnit &TU,
             llvm::ArrayRef<FileRead> Read, llvm::sys::TimePoint<> Started);

  /// The first error met writing an entry ("<path>: <reason>"), if any.
  std::optional<std::string> writeError() const;

private:
  FactsCache(std::string Dir, llvm::XXH128_hash_t Salt) : Dir(std::move(Dir)), Salt(Salt) {}
  std::string entryPath(llvm::StringRef MainFile) const;
  std::string keyDigest(llvm::StringRef Key) const;
  void noteWriteError(llvm::Error E);

  std::string Dir;
  /// Digest of what every entry depends on besides its key: quadrant's
  /// build, Clang's version and the rules.
  llvm::XXH128_hash_t Salt;
  mutable std::mutex Lock;
  std::optional<std::string> FirstWriteError;
};

} // namespace quadrant::cache

#endif
