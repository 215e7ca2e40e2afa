//===--- FunctionFlow.h - What holds at each point of a function -*- C++ -*-===//
//
//   in:  one function body + what each call in it does (FlowEvents, which
//        the extractor derives from the rules)
//   out: the FlowState before each call, and every object destroyed, where
//
// A forward data-flow over Clang's CFG, built with implicit and temporary
// destructors, so that code which runs at the end of a scope is seen where it
// runs. Three facts travel along the edges:
//   - descriptor state: non-blocking on every path (a must-analysis), on some
//     path (for the reason), and the descriptor's kind (pipe, socket, ...)
//     where every path agrees;
//   - held locks (a may-analysis): a lock taken by a blocking call holds from
//     there, one taken by a try-lock only on the branch that tests success;
//     a lock object releases what it holds when it is destroyed;
//   - records known to be all zero (a must-analysis): `timeval tv{}`,
//     `memset(&tv, 0, sizeof tv)`, or each field assigned a zero;
//   - the tests on the function's own parameters every path has passed
//     (a must-analysis; ParameterGuards.h).
// The lattice is finite per function (the descriptors, locks and variables
// it names), joins only add or drop facts, so the worklist reaches a fixed
// point in a few passes over the blocks.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_FUNCTIONFLOW_H
#define QUADRANT_FACTS_FUNCTIONFLOW_H

#include "facts/ArgumentConditions.h"
#include "facts/Facts.h"
#include "facts/ParameterGuards.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <map>
#include <memory>
#include <optional>

namespace clang {
class ASTContext;
class CXXRecordDecl;
class FieldDecl;
class FunctionDecl;
class Stmt;
class VarDecl;
} // namespace clang

namespace quadrant::facts {

/// A lock taken: what releases it, and what it locks.
struct LockEntry {
  /// What an unlock or a destruction releases: the lock object (a guard, a
  /// unique_lock) or, for a mutex locked by hand, the mutex.
  Descriptor Object;
  /// The mutex itself: a second lock of it while held deadlocks.
  Descriptor Mutex;
  HeldLock Lock;
};

/// What one call does to the state, as its rule says.
struct FlowEvents {
  /// The variable the call's result is stored in starts afresh: blocking, of
  /// unknown kind.
  std::optional<Descriptor> Resets;
  llvm::SmallVector<Descriptor, 1> SetsNonBlocking;
  /// Cleared, or restored from flags read earlier: blocking again.
  llvm::SmallVector<Descriptor, 1> ClearsNonBlocking;
  llvm::SmallVector<std::pair<Descriptor, std::string>, 1> SetsKind;
  /// Locks taken whatever happens (a blocking lock call).
  llvm::SmallVector<LockEntry, 1> Acquires;
  /// Locks taken only if the call succeeds: held on the branch that tests
  /// for success (`if (m.try_lock())`, `if (pthread_mutex_trylock(&m) == 0)`),
  /// or, for a lock object, that tests the object (`if (lock)`).
  llvm::SmallVector<LockEntry, 1> Tries;
  /// What a successful try returns: true (bool), 0 (POSIX, C11) or -1
  /// (std::try_lock).
  int64_t TrySuccess = 0;
  bool TryReturnsBool = true;
  llvm::SmallVector<Descriptor, 1> Releases;
  /// A lock object that takes over mutexes locked by hand (std::adopt_lock):
  /// they are released when it is destroyed.
  std::optional<Descriptor> AdoptsInto;
  llvm::SmallVector<Descriptor, 2> Adopted;
};

/// What holds at one point of a function.
class FlowState {
public:
  /// Non-blocking on every path that reaches here.
  bool nonBlocking(Descriptor D) const;
  /// Non-blocking on at least one path, but maybe not all.
  bool nonBlockingOnSomePath(Descriptor D) const;
  /// Made blocking (cleared, or restored) on every path.
  bool knownBlocking(Descriptor D) const;
  /// "pipe", "socket", ... where every path agrees; "" when unknown.
  std::string kindOf(Descriptor D) const;
  /// Every field of the local record is known to be zero.
  bool zeroed(const clang::VarDecl *Var) const;
  /// What a field of a local record was last set to on every path (the
  /// initialiser's or assignment's value, and each value `|=` added since),
  /// or null when unknown.
  const llvm::SmallVector<const clang::Expr *, 2> *fieldValues(const clang::VarDecl *Var,
                                                                unsigned Field) const;
  const std::vector<LockEntry> &held() const { return Held; }
  /// The parameter tests every path to here passed, sorted.
  const std::vector<ParameterGuard> &guards() const { return Guards; }
  /// The held lock that locks Mutex, if any.
  const LockEntry *holding(Descriptor Mutex) const;
  /// For the linker's alternative label: as if D were non-blocking here.
  void assumeNonBlocking(Descriptor D) { Fds[{D.Var, D.Element}] = FdFacts{true, true, false, kindOf(D)}; }

private:
  friend class FlowAnalysis;
  struct FdFacts {
    bool AllPaths = false;
    bool SomePath = false;
    /// Cleared by the function itself on every path, not merely unknown.
    bool Cleared = false;
    std::string Kind; ///< "" unknown
    bool operator==(const FdFacts &O) const {
      return AllPaths == O.AllPaths && SomePath == O.SomePath && Cleared == O.Cleared &&
             Kind == O.Kind;
    }
  };
  using Key = std::pair<const clang::Decl *, int64_t>;
  const FdFacts *factsOf(Descriptor D) const;
  bool sameFacts(const FlowState &O) const;

  bool Reached = false;
  std::map<Key, FdFacts> Fds;
  std::vector<LockEntry> Held;
  std::vector<LockEntry> Tried;
  /// Fields known zero, by local record variable; a variable with every
  /// field set is all zero.
  std::map<const clang::VarDecl *, llvm::SmallVector<bool, 4>> ZeroFields;
  std::map<std::pair<const clang::VarDecl *, unsigned>, llvm::SmallVector<const clang::Expr *, 2>>
      FieldValues;
  std::vector<ParameterGuard> Guards;
};

/// An object whose destructor runs at some point of the function.
struct DestroyedObject {
  enum Kind { Variable, Temporary, Member, Base, Deleted };
  Kind K = Variable;
  clang::QualType Type;
  const clang::VarDecl *Var = nullptr;     ///< Variable
  const clang::FieldDecl *Field = nullptr; ///< Member
  const clang::Expr *Object = nullptr;     ///< Temporary, Deleted
  clang::SourceLocation Loc;               ///< where it is destroyed
  FlowState Before;
};

class FunctionFlow {
public:
  /// Runs the analysis; std::nullopt when Clang cannot build the function's
  /// CFG (some invalid code), in which case callers fall back to what each
  /// call shows on its own.
  static std::optional<FunctionFlow>
  analyze(const clang::FunctionDecl *FD, clang::ASTContext &Ctx,
          llvm::function_ref<FlowEvents(const clang::Stmt *)> EventsOf);

  /// The state before S runs, or null when the CFG does not reach S. S is
  /// a call, a construction, a coroutine keyword, an OpenMP directive or a
  /// return statement.
  const FlowState *before(const clang::Stmt *S) const;
  const std::vector<DestroyedObject> &destroyed() const { return Destroyed; }
  /// The state when the function returns (its locals destroyed).
  const FlowState &atExit() const { return AtExit; }
  /// Every lock object or mutex some call in the function releases.
  const std::vector<Descriptor> &released() const { return Released; }
  /// The function's tests of its parameters, and what its calls pass.
  ParameterTests &parameters() const { return *Parameters; }

private:
  friend class FlowAnalysis;
  std::unique_ptr<ParameterTests> Parameters;
  llvm::DenseMap<const clang::Stmt *, FlowState> States;
  std::vector<DestroyedObject> Destroyed;
  FlowState AtExit;
  std::vector<Descriptor> Released;
};

} // namespace quadrant::facts

#endif
