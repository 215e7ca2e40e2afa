//===--- CodeActions.h - Quick fixes for the findings -----------*- C++ -*-===//
//
//   in:  a finding with a fix (checks::FixIt), shown as a diagnostic
//   out: the protocol's CodeAction of kind "quickfix" that makes the fix
//
// The editor shows the quick fix on the diagnostic and applies its edit to
// the buffer; nothing is written to disk here.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_LSP_CODEACTIONS_H
#define QUADRANT_LSP_CODEACTIONS_H

#include "checks/Check.h"
#include "lsp/Protocol.h"

namespace quadrant::lsp {

/// The quick fix for F, which has a fix, in the document URI names; Text is
/// that document's text, to count characters in E; Diagnostic is F as
/// published, which the action says it fixes.
llvm::json::Value quickFix(const checks::Finding &F, llvm::StringRef URI, const SourceText &Text,
                           OffsetEncoding E, llvm::json::Value Diagnostic);

} // namespace quadrant::lsp

#endif
