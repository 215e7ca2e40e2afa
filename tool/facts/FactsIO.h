//===--- FactsIO.h - Facts on disk ------------------------------*- C++ -*-===//
//
//   in:  TranslationUnit  <=>  out: JSON text (schema quadrant-facts/11)
//
// The form facts take between runs: the cache, --export-facts and
// `quadrant link`. Reading is strict: anything that is not exactly this
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

inline constexpr const char *FactsSchema = "quadrant-facts/11";

void writeFacts(const TranslationUnit &TU, llvm::raw_ostream &OS);
llvm::Expected<TranslationUnit> readFacts(llvm::StringRef Text);

} // namespace quadrant::facts

#endif
