//===--- Classifier.h - Which quadrant each function is in ------*- C++ -*-===//
//
//   in:  link::Program
//   out: one Verdict per function, with the witness for each axis
//
// A function blocks if something it runs on its own thread blocks: its own
// labeled call sites, the functions it calls (transitively, through
// recursion and virtual dispatch), and coroutines it co_awaits. Code it hands
// to another thread is not called by it and does not count. It is async if it
// has an async call site, is a coroutine that is not a pure generator, or
// calls a function that is async.
//
// Both axes are reachability over reversed call edges, computed by one
// breadth-first worklist each: O(functions + calls), no recursion, and the
// witness chains it leaves are shortest.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CLASSIFY_CLASSIFIER_H
#define QUADRANT_CLASSIFY_CLASSIFIER_H

#include "link/Program.h"
#include <vector>

namespace quadrant::classify {

/// Why one axis of a verdict holds.
struct Witness {
  /// Links in the chain this witness starts, and its last link: a call site
  /// of Functions[ChainEnd] (CallSites[ChainEndIndex]), or, for a chain that
  /// ends by calling a coroutine, one of its calls (Calls[ChainEndIndex]).
  /// Known for every function at once, so a chain 50,000 calls deep is
  /// summarized without walking it for each caller.
  unsigned ChainLength = 0;
  unsigned ChainEnd = 0;
  unsigned ChainEndIndex = 0;
  bool ChainEndsInCall = false;
  enum class Kind {
    None,      ///< the axis does not hold
    CallSite,  ///< Functions[F].CallSites[Index] decides it
    Call,      ///< Functions[F].Calls[Index] reaches Target, which holds
    Coroutine, ///< F is a coroutine that is not a generator (async axis only)
  };
  Kind K = Kind::None;
  unsigned Index = 0;
  unsigned Target = 0;
};

struct Verdict {
  bool Blocking = false;
  bool Async = false;
  Witness BlockingWitness;
  Witness AsyncWitness;
  /// Reaches a labeled call site or a coroutine (the opposite of pure).
  bool Concurrent = false;
  Witness ConcurrentWitness;
  /// Union of the traits of the function's own call sites, plus "coroutine".
  std::vector<std::string> Traits;
  /// Reaches a call with no target in the program (an unresolved indirect
  /// call); the witness's ChainEnd is the function that makes it.
  bool Unfollowed = false;
  Witness UnfollowedWitness;
  /// Neither the function nor anything it calls has a labeled call site or
  /// is a coroutine, and every call it reaches could be followed.
  bool PureComputation = false;

  Quadrant quadrant() const { return makeQuadrant(Blocking, Async); }
};

std::vector<Verdict> classifyProgram(const link::Program &P);

/// For a function that reaches no labeled call site but some call that
/// could not be followed, what its verdict rests on: "no blocking or
/// asynchronous call among the calls that could be followed; 2 indirect
/// calls were not followed (line 12: 'cb', line 14: 'table[i]')". Empty for
/// any other function.
std::string unfollowedNote(const link::Program &P, const std::vector<Verdict> &V, unsigned F);

/// Whether the blocking of Target propagates through Functions[F].Calls[C]:
/// calling a coroutine only creates it; co_await-ing it runs it here.
bool callPropagatesBlocking(const link::Program &P, unsigned F, unsigned C, unsigned Target);

/// One hop of a witness chain: the call of Callee at Loc.
struct ChainLink {
  std::string Callee;
  SourcePoint Loc;
};

/// The chain of calls from F to the call site that decided the axis; empty
/// when the axis does not hold or a coroutine decides it. A chain longer
/// than MaxLinks keeps its first MaxLinks - 1 links and its last one, and
/// says how many it left out.
struct Chain {
  std::vector<ChainLink> Links;
  size_t Omitted = 0; ///< links left out before the last one
};
Chain witnessChain(const link::Program &P, const std::vector<Verdict> &V, unsigned F,
                   bool BlockingAxis, size_t MaxLinks = 16);

} // namespace quadrant::classify

#endif
