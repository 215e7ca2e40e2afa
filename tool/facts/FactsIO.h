//===--- FactsIO.h - Facts on disk ------------------------------*- C++ -*-===//
//
//   in:  TranslationUnit  <=>  out: JSON text (schema quadrant-facts/12)
//
// The form facts take between runs: the cache, --export-facts and
// `quadrant link`. There are two forms of one schema: this JSON one, for
// reading and debugging (--export-facts-format=json), and the compact binary
// one (BinaryFacts.h), which the cache and --export-facts write by default.
// readFacts reads both. Reading is strict: anything that is not exactly this
// schema, at this version, is an error, so a corrupt or foreign file is
// rebuilt or reported, never trusted.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_FACTSIO_H
#define QUADRANT_FACTS_FACTSIO_H

#include "facts/Facts.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace quadrant::facts {

inline constexpr const char *FactsSchema = "quadrant-facts/12";

/// The two forms of the facts on disk.
enum class FactsForm { Binary, Json };

/// Writes TU in the JSON form.
void writeFacts(const TranslationUnit &TU, llvm::raw_ostream &OS);
void writeFacts(const TranslationUnit &TU, FactsForm Form, llvm::raw_ostream &OS);
/// Reads either form: binary facts start with BinaryFactsMagic, which no JSON
/// document does.
llvm::Expected<TranslationUnit> readFacts(llvm::StringRef Data);

} // namespace quadrant::facts

#endif
