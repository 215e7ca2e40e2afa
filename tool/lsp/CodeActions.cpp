//===--- CodeActions.cpp - Quick fixes for the findings ---------*- C++ -*-===//
#include "lsp/CodeActions.h"
#include "core/Format.h"

using llvm::json::Array;
using llvm::json::Object;

namespace quadrant::lsp {

namespace {

Object positionOf(const SourcePoint &P, const SourceText &Text, OffsetEncoding E) {
  unsigned Line0 = P.Line - 1;
  return Object{{"line", Line0}, {"character", Text.toCharacter(Line0, P.Column - 1, E)}};
}

} // namespace

llvm::json::Value quickFix(const checks::Finding &F, llvm::StringRef URI, const SourceText &Text,
                           OffsetEncoding E, llvm::json::Value Diagnostic) {
  Array Edits;
  for (const checks::Replacement &R : F.Fix->Replacements)
    Edits.push_back(Object{{"range", Object{{"start", positionOf(R.Span.Begin, Text, E)},
                                            {"end", positionOf(R.Span.End, Text, E)}}},
                           {"newText", R.Text}});
  return Object{{"title", fmt::format("quadrant: {}", F.Fix->Description)},
                {"kind", "quickfix"},
                {"isPreferred", true},
                {"diagnostics", Array{std::move(Diagnostic)}},
                {"edit", Object{{"changes", Object{{URI.str(), std::move(Edits)}}}}}};
}

} // namespace quadrant::lsp
