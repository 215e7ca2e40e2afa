//===--- Transport.h - JSON-RPC messages over a byte stream -----*- C++ -*-===//
//
//   in:  bytes framed as the Language Server Protocol's base protocol
//        ("Content-Length: N\r\n\r\n" then N bytes of JSON)
//   out: one llvm::json::Value per message; messages framed the same way
//
// A message that cannot be read (a bad header, JSON that does not parse) is
// reported to the caller and skipped, so one bad message never stops the
// server: the next one is read as usual.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_LSP_TRANSPORT_H
#define QUADRANT_LSP_TRANSPORT_H

#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdio>
#include <optional>

namespace quadrant::lsp {

class Transport {
public:
  Transport(std::FILE *In, llvm::raw_fd_ostream &Out) : In(In), Out(Out) {}

  /// The next message; an error for one that cannot be read (its bytes are
  /// skipped); std::nullopt at the end of the input.
  std::optional<llvm::Expected<llvm::json::Value>> read();

  /// Frames and writes one message, then flushes.
  void send(const llvm::json::Value &Message);

  /// Whether the output failed: the client is gone.
  bool outputFailed() const { return Out.has_error(); }

private:
  /// One header line without its line end; std::nullopt at the end of input.
  std::optional<std::string> readLine();

  std::FILE *In;
  llvm::raw_fd_ostream &Out;
};

} // namespace quadrant::lsp

#endif
