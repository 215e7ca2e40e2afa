//===--- Summaries.h - Helpers in other TUs, applied by the linker -*- C++ -*-===//
//
//   in:  the merged functions, with their summaries (facts::Summary) and the
//        bindings of calls the facts stage could not follow
//   out: the same functions, with the locks those calls leave held and the
//        descriptors they make non-blocking applied to what follows them
//
// The facts stage applies a summary flow-sensitively when the callee is
// defined in the same TU. A callee defined in another TU is known only
// here, where the caller's control flow is gone: its effects apply to the
// caller's sites and calls that come after the call in source order, which
// is exact for straight-line code and an approximation across branches
// (docs/classification.md says so). Summaries themselves are completed
// first, so that a wrapper of a wrapper in a third TU counts too.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_LINK_SUMMARIES_H
#define QUADRANT_LINK_SUMMARIES_H

#include "facts/Facts.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include <vector>

namespace quadrant::link {

/// Completes every summary with what its function's calls into other TUs
/// do (a wrapper of a wrapper defined elsewhere), to a fixed point, then
/// applies the summaries of callees defined in other TUs, and what the
/// linker added to those of callees the caller's TU applied. Members and
/// globals a helper makes non-blocking are returned as marks, for the
/// program-wide relabeling that follows.
std::vector<facts::ObjectMark>
applySummaries(std::vector<facts::Function> &Functions,
               const llvm::StringMap<llvm::SmallVector<unsigned, 1>> &ByUSR);

} // namespace quadrant::link

#endif
