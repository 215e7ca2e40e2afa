//===--- CheckUtils.h - What several checks need ----------------*- C++ -*-===//
#ifndef QUADRANT_CHECKS_CHECKUTILS_H
#define QUADRANT_CHECKS_CHECKUTILS_H

#include "checks/Check.h"
#include "core/Format.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include <functional>

namespace quadrant::checks {

/// A place in Functions[F] where its thread waits: a blocking call site, or
/// a call of a function that blocks (whose witness chain
/// BlockingReach::notes follows).
struct BlockingPoint {
  SourcePoint Loc;
  std::string Callee;      ///< "read", or the called function that blocks
  bool Direct;             ///< a labeled call site, not a call of a function
  const facts::CallSite *Site = nullptr; ///< set for a direct call site
  const facts::CallEdge *Call = nullptr; ///< set for a call of a blocking function
  unsigned Target = 0;                   ///< the function called, when Call is set
};

/// Which functions block through call sites that Counts accepts, with a
/// shortest witness each. Checks that ignore some blocking (a mutex taken
/// for a short critical section) get chains that show what they do count.
class BlockingReach {
public:
  BlockingReach(const CheckInput &In, std::function<bool(const facts::CallSite &)> Counts);

  bool blocks(unsigned F) const { return Witness[F].K != classify::Witness::Kind::None; }
  /// The places in Functions[F] where its thread waits.
  std::vector<BlockingPoint> points(unsigned F) const;
  /// Notes that follow B down to the blocking call site. Built only for
  /// the points a check reports: most points of a large program are not,
  /// and their chains would cost most of the checks' time.
  std::vector<Note> notes(const BlockingPoint &B) const;

private:
  /// Notes that follow Functions[F]'s witness down to the call site.
  std::vector<Note> chainNotes(unsigned F) const;

  const CheckInput &In;
  std::function<bool(const facts::CallSite &)> Counts;
  std::vector<classify::Witness> Witness;
};

/// Taking a mutex: blocking, but usually for a short critical section.
bool takesLock(const facts::CallSite &S);

/// "blocking call to 'sleep'" or "call to 'helper', which blocks,".
std::string describeCall(const BlockingPoint &B);

/// Index of the function with this USR, if it is in the program.
std::optional<unsigned> functionByUSR(const link::Program &P, llvm::StringRef USR);

bool hasTrait(const facts::CallSite &S, llvm::StringRef Trait);

/// The empty span where S starts, and where it ends: where to insert.
SourceSpan startOf(const SourceSpan &S);
SourceSpan endOf(const SourceSpan &S);
/// From the start of First to the end of Last (Last after First, one file).
SourceSpan through(const SourceSpan &First, const SourceSpan &Last);

/// Notes saying where each held lock was taken.
std::vector<Note> lockNotes(const std::vector<facts::HeldLock> &Held);

} // namespace quadrant::checks

#endif
