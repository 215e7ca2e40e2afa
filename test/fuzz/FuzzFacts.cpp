//===--- FuzzFacts.cpp - libFuzzer target: the facts reader -----*- C++ -*-===//
//
// Any bytes, as a facts file (the cache, --export-facts, `quadrant link`),
// in either form: readFacts must accept or reject them without crashing, and
// whatever it accepts must survive writeFacts -> readFacts -> writeFacts byte
// for byte in the form it came in, or a cached TU would not be the TU that
// was written. Seeds of both forms are in corpus/facts/.
//
//===----------------------------------------------------------------------===//
#include "facts/BinaryFacts.h"
#include "facts/FactsIO.h"
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace quadrant::facts;

static std::string write(const TranslationUnit &TU, FactsForm Form) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  writeFacts(TU, Form, OS);
  return Out;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<TranslationUnit> TU = readFacts(Text);
  if (!TU) {
    llvm::consumeError(TU.takeError());
    return 0;
  }
  FactsForm Form = Text.starts_with(BinaryFactsMagic) ? FactsForm::Binary : FactsForm::Json;
  std::string First = write(*TU, Form);
  llvm::Expected<TranslationUnit> Again = readFacts(First);
  if (!Again) {
    llvm::errs() << "readFacts rejects what writeFacts wrote: " << llvm::toString(Again.takeError())
                 << "\n--- written ---\n" << First;
    abort();
  }
  std::string Second = write(*Again, Form);
  if (First != Second) {
    llvm::errs() << "facts changed in a write/read/write round trip\n--- first ---\n"
                 << First << "--- second ---\n" << Second;
    abort();
  }
  return 0;
}
