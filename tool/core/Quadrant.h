//===--- Quadrant.h - The two axes and the four quadrants -------*- C++ -*-===//
//
// Glossary (used throughout quadrant):
//   blocking      the call can suspend the calling thread until an outside event.
//   async         the outcome is delivered later or elsewhere, not on return.
//   quadrant      the pair (blocking?, async?), one of four cells.
//   call site     a place in user code where a rule labels a call (or a
//                 construction, destruction or co_await) on both axes.
//   witness       the chain of calls from a function to the call site that
//                 decided its verdict.
//   advice        an edit, in words, that would move a call site to another
//                 quadrant (from the rules; `quadrant explain` shows it).
//
// These are small value types shared by every pipeline stage.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CORE_QUADRANT_H
#define QUADRANT_CORE_QUADRANT_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <tuple>

namespace quadrant {

/// One cell of the taxonomy: sync/async by blocking/non-blocking.
enum class Quadrant { SyncBlocking, SyncNonBlocking, AsyncBlocking, AsyncNonBlocking };

inline Quadrant makeQuadrant(bool Blocking, bool Async) {
  if (Async)
    return Blocking ? Quadrant::AsyncBlocking : Quadrant::AsyncNonBlocking;
  return Blocking ? Quadrant::SyncBlocking : Quadrant::SyncNonBlocking;
}
inline bool isBlocking(Quadrant Q) {
  return Q == Quadrant::SyncBlocking || Q == Quadrant::AsyncBlocking;
}
inline bool isAsync(Quadrant Q) {
  return Q == Quadrant::AsyncBlocking || Q == Quadrant::AsyncNonBlocking;
}

/// The spelling used in rules and reports: "sync-blocking", ...
llvm::StringRef quadrantName(Quadrant Q);
/// Inverse of quadrantName; std::nullopt for an unknown spelling.
std::optional<Quadrant> parseQuadrant(llvm::StringRef Name);
/// All four spellings, in table order, for messages and "did you mean".
const char *const *quadrantNames();

/// A position in a source file, as reported to users (1-based line and column).
struct SourcePoint {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;

  friend bool operator<(const SourcePoint &A, const SourcePoint &B) {
    return std::tie(A.File, A.Line, A.Column) < std::tie(B.File, B.Line, B.Column);
  }
  friend bool operator==(const SourcePoint &A, const SourcePoint &B) {
    return std::tie(A.File, A.Line, A.Column) == std::tie(B.File, B.Line, B.Column);
  }
};

/// A stretch of a source file that a fix edits: byte offsets, which is what
/// --fix and clang-apply-replacements use, and line:column at both ends (End
/// is just past the last byte; Begin == End for an insertion), which is what
/// SARIF and the language server use. Both are recorded by the facts stage
/// from one reading of the file, so they agree.
struct SourceSpan {
  SourcePoint Begin;
  SourcePoint End;
  unsigned Offset = 0;
  unsigned Length = 0;

  friend bool operator==(const SourceSpan &A, const SourceSpan &B) {
    return A.Begin == B.Begin && A.Offset == B.Offset && A.Length == B.Length;
  }
};

/// How a call could move to another quadrant: the edit, in words a student
/// follows, and the label the call would have after it.
struct Advice {
  Quadrant To = Quadrant::SyncNonBlocking;
  std::string Text;

  friend bool operator==(const Advice &A, const Advice &B) {
    return A.To == B.To && A.Text == B.Text;
  }
};

} // namespace quadrant

#endif
