//===--- Protocol.cpp - URIs and positions as the protocol has them -===//
#include "lsp/Protocol.h"
#include "core/Format.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace quadrant::lsp {

llvm::StringRef encodingName(OffsetEncoding E) {
  switch (E) {
  case OffsetEncoding::UTF8:
    return "utf-8";
  case OffsetEncoding::UTF16:
    return "utf-16";
  case OffsetEncoding::UTF32:
    return "utf-32";
  }
  llvm_unreachable("unknown encoding");
}

std::string pathToURI(llvm::StringRef AbsolutePath) {
  std::string URI = "file://";
  for (unsigned char C : AbsolutePath) {
    // RFC 3986 unreserved characters and the path separator stay as they are.
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      URI.push_back(C);
    else
      URI += "%" + llvm::utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return URI;
}

llvm::Expected<std::string> uriToPath(llvm::StringRef URI) {
  llvm::StringRef Rest = URI;
  if (!Rest.consume_front("file://"))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   fmt::format("'{}' is not a file: URI", URI));
  // file://host/path: only the local host is ours.
  if (!Rest.starts_with("/") && !Rest.consume_front("localhost"))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   fmt::format("'{}' names a file on another host", URI));
  std::string Path;
  for (size_t I = 0; I < Rest.size(); ++I) {
    if (Rest[I] == '%' && I + 2 < Rest.size() && llvm::isHexDigit(Rest[I + 1]) &&
        llvm::isHexDigit(Rest[I + 2])) {
      Path.push_back(static_cast<char>(llvm::hexFromNibbles(Rest[I + 1], Rest[I + 2])));
      I += 2;
    } else {
      Path.push_back(Rest[I]);
    }
  }
  if (!llvm::sys::path::is_absolute(Path))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   fmt::format("'{}' does not name an absolute path", URI));
  llvm::SmallString<256> Clean(Path);
  llvm::sys::path::remove_dots(Clean, /*remove_dot_dot=*/true);
  return std::string(Clean);
}

SourceText::SourceText(std::string Content) : Text(std::move(Content)) {
  LineStarts.push_back(0);
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      LineStarts.push_back(I + 1);
}

SourceText SourceText::fromFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  return SourceText(Buffer ? (*Buffer)->getBuffer().str() : "");
}

llvm::StringRef SourceText::line(unsigned Line0) const {
  if (Line0 >= LineStarts.size())
    return "";
  llvm::StringRef L = llvm::StringRef(Text).substr(LineStarts[Line0]);
  L = L.take_until([](char C) { return C == '\n'; });
  if (L.ends_with("\r"))
    L = L.drop_back();
  return L;
}

namespace {
/// Characters of E that the UTF-8 sequence starting with Lead counts for.
unsigned unitsOf(unsigned char Lead, OffsetEncoding E) {
  if (E == OffsetEncoding::UTF8)
    return 1;
  // Only lead bytes count; a 4-byte sequence is a surrogate pair in UTF-16.
  if ((Lead & 0xC0) == 0x80)
    return 0;
  return E == OffsetEncoding::UTF16 && Lead >= 0xF0 ? 2 : 1;
}
} // namespace

unsigned SourceText::toCharacter(unsigned Line0, unsigned Byte0, OffsetEncoding E) const {
  llvm::StringRef L = line(Line0);
  unsigned Units = 0;
  for (unsigned I = 0; I < Byte0; ++I)
    Units += I < L.size() ? unitsOf(L[I], E) : 1;
  return Units;
}

unsigned SourceText::toByte(unsigned Line0, unsigned Character, OffsetEncoding E) const {
  llvm::StringRef L = line(Line0);
  unsigned Units = 0, I = 0;
  for (; I < L.size(); ++I) {
    unsigned N = unitsOf(L[I], E);
    if (N && Units + N > Character)
      return I;
    Units += N;
  }
  return I + (Character - Units);
}

std::pair<unsigned, unsigned> SourceText::nameSpan(const SourcePoint &P) const {
  llvm::StringRef L = line(P.Line ? P.Line - 1 : 0);
  unsigned Begin = P.Column ? P.Column - 1 : 0, End = Begin;
  auto IsName = [](char C) { return llvm::isAlnum(C) || C == '_' || C == '~'; };
  while (End < L.size()) {
    if (IsName(L[End]))
      ++End;
    else if (L.substr(End).starts_with("::") && End + 2 < L.size() && IsName(L[End + 2]))
      End += 2;
    else
      break;
  }
  return {Begin, std::max(End, Begin + 1)};
}

llvm::json::Value SourceText::nameRange(const SourcePoint &P, OffsetEncoding E) const {
  unsigned Line0 = P.Line ? P.Line - 1 : 0;
  auto [Begin, End] = nameSpan(P);
  auto Position = [&](unsigned Byte) {
    return llvm::json::Object{{"line", Line0}, {"character", toCharacter(Line0, Byte, E)}};
  };
  return llvm::json::Object{{"start", Position(Begin)}, {"end", Position(End)}};
}

} // namespace quadrant::lsp
