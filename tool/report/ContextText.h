//===--- ContextText.h - Where a function runs, in words --------*- C++ -*-===//
//
//   in:  link::Program + contexts::Model
//   out: sentences for the text report's "runs on:" line and program
//        summary, `quadrant explain` and the editor's hover
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_REPORT_CONTEXTTEXT_H
#define QUADRANT_REPORT_CONTEXTTEXT_H

#include "contexts/ProgramShape.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>

namespace quadrant::report {

/// How a path is shown: relative to the working directory in reports, the
/// file's own name in a hover.
using ShowPath = llvm::function_ref<std::string(llvm::StringRef)>;

/// One context, as a noun phrase: "the main thread", "4 threads started by
/// 'std::thread::thread' at pool.cpp:17:5", "the event loop's thread (the
/// main thread), as a handler of 'asio::async_read' at server.cpp:42:7".
std::string describeContext(const link::Program &P, const contexts::Model &M, unsigned C,
                            ShowPath Show);

/// Functions[F]'s contexts joined with "; ", and whether it could run on
/// two threads at once. "no entry point of the analyzed code reaches it"
/// when it has none.
std::string runsOn(const link::Program &P, const contexts::Model &M, unsigned F, ShowPath Show);

/// The lines at the top of the text report: the verdict and why, the
/// counts, and the functions that could run on two threads at once.
std::vector<std::string> programSummary(const link::Program &P, const contexts::Model &M,
                                        const contexts::ProgramShape &S);

} // namespace quadrant::report

#endif
