//===--- FactsCache.cpp - Per-TU facts kept between runs --------*- C++ -*-===//
#include "cache/FactsCache.h"
#include "core/AtomicFile.h"
#include "core/JsonNesting.h"
#include "facts/FactsIO.h"
#include "clang/Basic/Version.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <chrono>

namespace quadrant::cache {

namespace {

constexpr llvm::StringLiteral EntryFormat = "quadrant-cache/2";
/// The header nests three levels deep: the object, "files", one file.
constexpr unsigned MaxHeaderDepth = 3;

/// A file modified this close to (or after) the moment its digest was taken
/// may have changed in the same tick of its modification time, so its size
/// and time say nothing: it is hashed again (git's "racily clean" files).
/// The margin covers the kernel's coarse clock for file times and file
/// systems that keep times in whole seconds.
constexpr std::chrono::seconds RacyMargin{3};

int64_t nanoseconds(llvm::sys::TimePoint<> T) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(T.time_since_epoch()).count();
}

/// A file an entry depends on, as it was when its digest was last checked.
struct RecordedFile {
  std::string Path;
  int64_t Size;
  int64_t ModTime; ///< nanoseconds since the epoch
  std::string Digest;
};

/// Line 1 of an entry.
struct Header {
  std::string Key;
  /// When the digests were taken (the files were read no earlier): a file
  /// last modified well before this still holds what was digested as long
  /// as its size and time are the same.
  int64_t Verified = 0;
  std::string FactsDigest;
  std::vector<RecordedFile> Files;
};

/// The header, if Text is exactly one as writeEntry writes it.
std::optional<Header> parseHeader(llvm::StringRef Text) {
  if (jsonNestedTooDeeply(Text, MaxHeaderDepth))
    return std::nullopt;
  llvm::Expected<llvm::json::Value> Doc = llvm::json::parse(Text);
  if (!Doc) {
    llvm::consumeError(Doc.takeError());
    return std::nullopt;
  }
  const llvm::json::Object *O = Doc->getAsObject();
  if (!O || O->size() != 5 || O->getString("format") != EntryFormat)
    return std::nullopt;
  std::optional<llvm::StringRef> Key = O->getString("key");
  std::optional<llvm::StringRef> Facts = O->getString("facts");
  std::optional<int64_t> Verified = O->getInteger("verified");
  const llvm::json::Array *Files = O->getArray("files");
  if (!Key || !Facts || !Verified || !Files)
    return std::nullopt;
  Header H{Key->str(), *Verified, Facts->str(), {}};
  for (const llvm::json::Value &V : *Files) {
    const llvm::json::Array *F = V.getAsArray();
    if (!F || F->size() != 4)
      return std::nullopt;
    std::optional<llvm::StringRef> Path = (*F)[0].getAsString();
    std::optional<int64_t> Size = (*F)[1].getAsInteger();
    std::optional<int64_t> ModTime = (*F)[2].getAsInteger();
    std::optional<llvm::StringRef> Digest = (*F)[3].getAsString();
    if (!Path || !Size || !ModTime || !Digest)
      return std::nullopt;
    H.Files.push_back({Path->str(), *Size, *ModTime, Digest->str()});
  }
  return H;
}

llvm::Error writeEntry(llvm::StringRef Path, const Header &H, llvm::StringRef FactsText) {
  llvm::json::Array Files;
  for (const RecordedFile &F : H.Files)
    Files.push_back(llvm::json::Array{F.Path, F.Size, F.ModTime, F.Digest});
  llvm::json::Value Doc = llvm::json::Object{{"format", EntryFormat},
                                             {"key", H.Key},
                                             {"verified", H.Verified},
                                             {"facts", H.FactsDigest},
                                             {"files", std::move(Files)}};
  return writeAtomically(Path, [&](llvm::raw_ostream &OS) { OS << Doc << "\n" << FactsText; });
}

/// Whether the file at F.Path still holds what F's digest was taken of,
/// judged by its size and time when that is sound (see RacyMargin) and by
/// its contents otherwise. Brings F's size and time up to date when its
/// contents had to be read; Rehashed says so.
bool unchanged(RecordedFile &F, int64_t Verified, bool &Rehashed) {
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(F.Path, Status) || !llvm::sys::fs::is_regular_file(Status))
    return false;
  int64_t Size = Status.getSize();
  int64_t ModTime = nanoseconds(Status.getLastModificationTime());
  int64_t Margin = std::chrono::nanoseconds(RacyMargin).count();
  if (Size == F.Size && ModTime == F.ModTime && ModTime < Verified - Margin)
    return true;
  auto Contents = llvm::MemoryBuffer::getFile(F.Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
  if (!Contents || hex(digest((*Contents)->getBuffer())) != F.Digest)
    return false;
  F.Size = Size;
  F.ModTime = ModTime;
  Rehashed = true;
  return true;
}

} // namespace

std::string hex(llvm::XXH128_hash_t H) {
  return llvm::utohexstr(H.high64, /*LowerCase=*/true, 16) +
         llvm::utohexstr(H.low64, /*LowerCase=*/true, 16);
}

llvm::XXH128_hash_t digest(llvm::StringRef Contents) {
  return llvm::xxh3_128bits(llvm::arrayRefFromStringRef(Contents));
}

llvm::Expected<std::unique_ptr<FactsCache>> FactsCache::open(llvm::StringRef Dir,
                                                             const rules::RuleSet &Rules) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return llvm::createFileError(Dir, EC);
  // create_directories succeeds on an existing file.
  if (!llvm::sys::fs::is_directory(Dir))
    return llvm::createFileError(Dir, std::make_error_code(std::errc::not_a_directory));
  // The version does not change with every build, so the executable itself
  // stands for quadrant's code; Clang, a shared library, says its own.
  static int Anchor;
  std::string Exe = llvm::sys::fs::getMainExecutable(nullptr, &Anchor);
  auto Binary = llvm::MemoryBuffer::getFile(Exe, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Binary)
    return llvm::createFileError(Exe.empty() ? "quadrant's executable" : Exe, Binary.getError());
  std::string Salt;
  llvm::raw_string_ostream OS(Salt);
  OS << "quadrant " << QUADRANT_VERSION << "\n"
     << hex(digest((*Binary)->getBuffer())) << "\n"
     << clang::getClangFullVersion() << "\n";
  rules::writeRuleFile(Rules.rules(), OS);
  return std::unique_ptr<FactsCache>(new FactsCache(Dir.str(), digest(Salt)));
}

std::string FactsCache::entryPath(llvm::StringRef MainFile) const {
  llvm::SmallString<256> Path(Dir);
  // The name is for people; the hash tells files apart. Cut, it leaves room
  // for the temporary file's suffix within a file system's 255 bytes.
  llvm::sys::path::append(Path, llvm::sys::path::filename(MainFile).take_front(100) + "-" +
                                    llvm::utohexstr(llvm::xxh3_64bits(MainFile),
                                                    /*LowerCase=*/true, 16) +
                                    ".entry");
  return std::string(Path);
}

std::string FactsCache::keyDigest(llvm::StringRef Key) const {
  std::string Salted = hex(Salt);
  Salted += Key;
  return hex(digest(Salted));
}

std::optional<facts::TranslationUnit> FactsCache::lookup(llvm::StringRef MainFile,
                                                         llvm::StringRef Key) {
  std::string Path = entryPath(MainFile);
  auto Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  auto [HeaderText, FactsText] = (*Buffer)->getBuffer().split('\n');
  std::optional<Header> H = parseHeader(HeaderText);
  if (!H || H->Key != keyDigest(Key) || H->FactsDigest != hex(digest(FactsText)))
    return std::nullopt;
  int64_t Now = nanoseconds(std::chrono::system_clock::now());
  bool Rehashed = false;
  for (RecordedFile &F : H->Files)
    if (!unchanged(F, H->Verified, Rehashed))
      return std::nullopt;
  llvm::Expected<facts::TranslationUnit> TU = facts::readFacts(FactsText);
  if (!TU) {
    llvm::consumeError(TU.takeError());
    return std::nullopt;
  }
  // Files whose contents had to be read (touched, checked out again) are
  // recorded with their new times, so the next run need not read them.
  if (Rehashed) {
    H->Verified = Now;
    if (llvm::Error E = writeEntry(Path, *H, FactsText))
      noteWriteError(std::move(E));
  }
  return std::move(*TU);
}

void FactsCache::store(llvm::StringRef MainFile, llvm::StringRef Key,
                       const facts::TranslationUnit &TU, llvm::ArrayRef<FileRead> Read,
                       llvm::sys::TimePoint<> Started) {
  Header H{keyDigest(Key), nanoseconds(Started), "", {}};
  for (const FileRead &F : Read) {
    llvm::sys::fs::file_status Status;
    // A file gone already, or a path JSON cannot hold: the entry could
    // never be checked, so the TU is not cached.
    if (llvm::sys::fs::status(F.Path, Status) || !llvm::sys::fs::is_regular_file(Status) ||
        !llvm::json::isUTF8(F.Path))
      return;
    H.Files.push_back({F.Path, static_cast<int64_t>(Status.getSize()),
                       nanoseconds(Status.getLastModificationTime()), hex(F.Digest)});
  }
  // In path order, so an entry is the same whatever order Clang kept them in.
  llvm::sort(H.Files, [](const RecordedFile &A, const RecordedFile &B) { return A.Path < B.Path; });
  std::string FactsText;
  llvm::raw_string_ostream OS(FactsText);
  facts::writeFacts(TU, facts::FactsForm::Binary, OS);
  H.FactsDigest = hex(digest(FactsText));
  if (llvm::Error E = writeEntry(entryPath(MainFile), H, FactsText))
    noteWriteError(std::move(E));
}

void FactsCache::noteWriteError(llvm::Error E) {
  std::string Message = llvm::toString(std::move(E));
  std::lock_guard<std::mutex> Guard(Lock);
  if (!FirstWriteError)
    FirstWriteError = std::move(Message);
}

std::optional<std::string> FactsCache::writeError() const {
  std::lock_guard<std::mutex> Guard(Lock);
  return FirstWriteError;
}

} // namespace quadrant::cache
