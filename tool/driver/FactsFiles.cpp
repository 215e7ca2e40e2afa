//===--- FactsFiles.cpp - Facts files of --export-facts and link -*- C++ -*-===//
#include "driver/FactsFiles.h"
#include "core/AtomicFile.h"
#include "core/Format.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

namespace quadrant::driver {

using namespace llvm;

namespace {

StringRef extension(facts::FactsForm Form) {
  return Form == facts::FactsForm::Binary ? ".facts" : ".facts.json";
}

bool isFactsFile(StringRef Path) {
  return Path.ends_with(extension(facts::FactsForm::Binary)) ||
         Path.ends_with(extension(facts::FactsForm::Json));
}

} // namespace

Error exportFacts(ArrayRef<facts::TranslationUnit> Units, StringRef Dir, facts::FactsForm Form) {
  if (std::error_code EC = sys::fs::create_directories(Dir))
    return createFileError(Dir, EC);
  for (const facts::TranslationUnit &TU : Units) {
    SmallString<256> Path(Dir);
    sys::path::append(Path, fmt::format("{}-{:x}{}", sys::path::filename(TU.MainFile).str(),
                                        xxh3_64bits(TU.MainFile), extension(Form).str()));
    if (Error E = writeAtomically(Path, [&](raw_ostream &OS) { facts::writeFacts(TU, Form, OS); }))
      return E;
  }
  return Error::success();
}

Expected<std::vector<facts::TranslationUnit>> readFactsInputs(ArrayRef<std::string> Inputs) {
  std::vector<std::string> Files;
  for (const std::string &Input : Inputs) {
    if (!sys::fs::is_directory(Input)) {
      Files.push_back(Input);
      continue;
    }
    std::vector<std::string> InDir;
    std::error_code EC;
    for (sys::fs::directory_iterator It(Input, EC), End; It != End && !EC; It.increment(EC))
      if (isFactsFile(It->path()))
        InDir.push_back(It->path());
    if (EC)
      return createFileError(Input, EC);
    llvm::sort(InDir);
    Files.insert(Files.end(), InDir.begin(), InDir.end());
  }
  std::vector<facts::TranslationUnit> Units;
  for (const std::string &File : Files) {
    auto Buffer = MemoryBuffer::getFile(File, /*IsText=*/false, /*RequiresNullTerminator=*/false);
    if (!Buffer)
      return createFileError(File, Buffer.getError());
    Expected<facts::TranslationUnit> TU = facts::readFacts((*Buffer)->getBuffer());
    if (!TU)
      return createFileError(File, TU.takeError());
    Units.push_back(std::move(*TU));
  }
  return Units;
}

} // namespace quadrant::driver
