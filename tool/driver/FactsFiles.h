//===--- FactsFiles.h - Facts files of --export-facts and link ---*- C++ -*-===//
//
//   in:  TranslationUnits  =>  out: <dir>/<file>-<hash>.facts (or .facts.json)
//   in:  facts files and directories of them  =>  out: TranslationUnits
//
// What `quadrant --export-facts` writes and `quadrant link` reads
// (docs/cli.md#sharding-export-facts-and-quadrant-link). The binary form is
// the default, as clangd-indexer's is: it is what a sharded run of a large
// program passes around; the JSON form is for reading and debugging.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_DRIVER_FACTSFILES_H
#define QUADRANT_DRIVER_FACTSFILES_H

#include "facts/FactsIO.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace quadrant::driver {

/// Writes each TU's facts to Dir, atomically, one file per TU named after
/// its main file: <file name>-<hash of its path>.facts (binary) or
/// .facts.json (JSON).
llvm::Error exportFacts(llvm::ArrayRef<facts::TranslationUnit> Units, llvm::StringRef Dir,
                        facts::FactsForm Form);

/// Reads facts files of either form, and directories of them (*.facts and
/// *.facts.json, in name order).
llvm::Expected<std::vector<facts::TranslationUnit>>
readFactsInputs(llvm::ArrayRef<std::string> Inputs);

} // namespace quadrant::driver

#endif
