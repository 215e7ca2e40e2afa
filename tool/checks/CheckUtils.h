//===--- CheckUtils.h - What several checks need ----------------*- C++ -*-===//
#ifndef QUADRANT_CHECKS_CHECKUTILS_H
#define QUADRANT_CHECKS_CHECKUTILS_H

#include "checks/Check.h"
#include "llvm/ADT/StringRef.h"

namespace quadrant::checks {

/// A place in Functions[F] where its thread waits: a blocking call site, or
/// a call of a function that blocks (whose witness chain the notes follow).
struct BlockingPoint {
  SourcePoint Loc;
  std::string Callee;      ///< "read", or the called function that blocks
  bool Direct;             ///< a labeled call site, not a call of a function
  std::vector<Note> Notes; ///< the chain down to the blocking call site
  const facts::CallSite *Site = nullptr; ///< set for a direct call site
  const facts::CallEdge *Call = nullptr; ///< set for a call of a blocking function
  unsigned Target = 0;                   ///< the function called, when Call is set
};

std::vector<BlockingPoint> blockingPoints(const CheckInput &In, unsigned F);

/// "blocking call to 'sleep'" or "call to 'helper', which blocks,".
std::string describeCall(const BlockingPoint &B);

/// Notes that follow Functions[F]'s blocking witness to the call site.
std::vector<Note> blockingChainNotes(const CheckInput &In, unsigned F);

/// Index of the function with this USR, if it is in the program.
std::optional<unsigned> functionByUSR(const link::Program &P, llvm::StringRef USR);

bool hasTrait(const facts::CallSite &S, llvm::StringRef Trait);

/// Notes saying where each held lock was taken.
std::vector<Note> lockNotes(const std::vector<facts::HeldLock> &Held);

} // namespace quadrant::checks

#endif
