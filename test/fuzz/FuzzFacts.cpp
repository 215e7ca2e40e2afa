//===--- FuzzFacts.cpp - libFuzzer target: the facts reader -----*- C++ -*-===//
//
// Any bytes, as a facts file (the cache, --export-facts, `quadrant link`):
// readFacts must accept or reject them without crashing, and whatever it
// accepts must survive writeFacts -> readFacts -> writeFacts byte for byte,
// or a cached TU would not be the TU that was written.
//
//===----------------------------------------------------------------------===//
#include "facts/FactsIO.h"
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace quadrant::facts;

static std::string write(const TranslationUnit &TU) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  writeFacts(TU, OS);
  return Out;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<TranslationUnit> TU = readFacts(Text);
  if (!TU) {
    llvm::consumeError(TU.takeError());
    return 0;
  }
  std::string First = write(*TU);
  llvm::Expected<TranslationUnit> Again = readFacts(First);
  if (!Again) {
    llvm::errs() << "readFacts rejects what writeFacts wrote: " << llvm::toString(Again.takeError())
                 << "\n--- written ---\n" << First;
    abort();
  }
  std::string Second = write(*Again);
  if (First != Second) {
    llvm::errs() << "facts changed in a write/read/write round trip\n--- first ---\n"
                 << First << "--- second ---\n" << Second;
    abort();
  }
  return 0;
}
