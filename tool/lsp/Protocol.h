//===--- Protocol.h - URIs and positions as the protocol has them -*- C++ -*-===//
//
// The Language Server Protocol names files by URI and places by 0-based
// line and character, counting characters in the encoding agreed at
// initialize (UTF-16 unless the client offers UTF-8). quadrant's facts name
// files by path and places by 1-based line and byte column; this converts.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_LSP_PROTOCOL_H
#define QUADRANT_LSP_PROTOCOL_H

#include "core/Quadrant.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <string>
#include <vector>

namespace quadrant::lsp {

/// JSON-RPC and LSP error codes.
enum ErrorCode {
  ParseError = -32700,
  InvalidRequest = -32600,
  MethodNotFound = -32601,
  InvalidParams = -32602,
  ServerNotInitialized = -32002,
};

/// How the "character" of a position counts.
enum class OffsetEncoding { UTF8, UTF16, UTF32 };
llvm::StringRef encodingName(OffsetEncoding E);

/// file:///a%20b/c.cpp for /a b/c.cpp.
std::string pathToURI(llvm::StringRef AbsolutePath);
/// The absolute path a file: URI names; an error for any other URI.
llvm::Expected<std::string> uriToPath(llvm::StringRef URI);

/// A file's text, split into lines, to convert columns.
class SourceText {
public:
  explicit SourceText(std::string Text);
  /// The text of a file on disk; empty if it cannot be read.
  static SourceText fromFile(llvm::StringRef Path);

  /// Line Line0 (0-based) without its line end; empty past the end.
  llvm::StringRef line(unsigned Line0) const;
  /// Byte column (0-based) to characters in E, and back.
  unsigned toCharacter(unsigned Line0, unsigned Byte0, OffsetEncoding E) const;
  unsigned toByte(unsigned Line0, unsigned Character, OffsetEncoding E) const;
  /// The bytes [Begin, End) on the line of the name written at P (a
  /// qualified name like ns::f, ~T or a lambda's '['), at least one byte.
  std::pair<unsigned, unsigned> nameSpan(const SourcePoint &P) const;
  /// The protocol's Range of the name written at P.
  llvm::json::Value nameRange(const SourcePoint &P, OffsetEncoding E) const;

private:
  std::string Text;
  std::vector<size_t> LineStarts;
};

} // namespace quadrant::lsp

#endif
