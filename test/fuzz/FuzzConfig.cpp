//===--- FuzzConfig.cpp - libFuzzer target: .quadrant.yaml ------*- C++ -*-===//
//
// Any bytes, as a configuration file: parseConfig must answer with a Config
// or an error; a Config it accepts must also be written (--dump-config) and
// its glob lists evaluated without trouble.
//
//===----------------------------------------------------------------------===//
#include "config/Config.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Yaml(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<quadrant::config::Config> C =
      quadrant::config::parseConfig(Yaml, "/fuzz/.quadrant.yaml", "/fuzz");
  if (!C) {
    llvm::consumeError(C.takeError());
    return 0;
  }
  std::string Dump;
  llvm::raw_string_ostream OS(Dump);
  quadrant::config::writeConfig(*C, OS);
  if (C->Checks)
    (void)quadrant::config::GlobList(*C->Checks).contains("quadrant-blocking-under-lock");
  if (C->WarningsAsErrors)
    (void)quadrant::config::GlobList(*C->WarningsAsErrors).contains("quadrant-busy-wait-loop");
  return 0;
}
