//===--- BinaryFacts.h - Facts on disk, compactly ----------------*- C++ -*-===//
//
//   in:  TranslationUnit  <=>  out: bytes (the binary form of FactsSchema)
//
// The form the facts cache and --export-facts write by default: the same
// values as the JSON form (FactsIO.h), without the field names, with each
// distinct string stored once. A large program's facts repeat a few file
// paths and USRs millions of times; this form reads several times faster
// than JSON and is a fraction of its size (docs/performance.md#link-at-scale).
//
//   magic         "\0QFB" (a NUL: never the start of a JSON document)
//   schema        string: FactsSchema ("quadrant-facts/12")
//   strings       count, then each string: length, bytes
//   unit          the TranslationUnit, field by field in declaration order
//
// Numbers are LEB128 (signed ones zigzag-encoded first), strings are indices
// into the string table, a vector is its length then its elements, an
// optional a 0 or 1 byte then its value. Reading is strict: truncated or
// corrupt bytes, another schema or trailing bytes are errors naming the byte
// offset, never a crash nor a half-read unit.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_BINARYFACTS_H
#define QUADRANT_FACTS_BINARYFACTS_H

#include "facts/Facts.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace quadrant::facts {

/// The first bytes of the binary form.
inline constexpr llvm::StringLiteral BinaryFactsMagic = llvm::StringLiteral::withInnerNUL("\0QFB");

void writeBinaryFacts(const TranslationUnit &TU, llvm::raw_ostream &OS);
/// Bytes must start with BinaryFactsMagic.
llvm::Expected<TranslationUnit> readBinaryFacts(llvm::StringRef Bytes);

} // namespace quadrant::facts

#endif
