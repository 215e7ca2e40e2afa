//===--- Server.h - quadrant as a language server ---------------*- C++ -*-===//
//
//   in:  Language Server Protocol messages on standard input
//   out: diagnostics (the lint findings), hovers (a function's quadrant and
//        why) and code lenses (the quadrant over each function definition)
//        on standard output
//
// One thread: a message is handled to the end before the next is read, so
// a hover that follows a didOpen sees that file analyzed. Files are analyzed
// as saved on disk; see docs/editors.md.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_LSP_SERVER_H
#define QUADRANT_LSP_SERVER_H

#include "lsp/Workspace.h"
#include "llvm/Support/Error.h"

namespace quadrant::lsp {

/// Serves on standard input and output until the client says exit or the
/// input ends. Returns the exit status: 0 if shutdown came first, else 1 (as
/// the protocol asks); an error if the server cannot start (-p names no
/// database).
llvm::Expected<int> runServer(ServerOptions Options);

} // namespace quadrant::lsp

#endif
