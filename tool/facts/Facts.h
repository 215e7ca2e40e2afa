//===--- Facts.h - What one translation unit says -----------------*- C++ -*-===//
//
//   in:  one parsed TU + the RuleSet  =>  out: TranslationUnit facts
//
// Facts are plain values (strings and numbers, no AST pointers) so they can be
// cached on disk, produced by independent runs and merged by the linker.
// Functions are keyed by USR, which is the same in every TU that sees them.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_FACTS_H
#define QUADRANT_FACTS_FACTS_H

#include "core/Quadrant.h"
#include <optional>
#include <string>
#include <vector>

namespace quadrant::facts {

/// A lock held at a call: a lock object ('guard') or a mutex locked by hand.
struct HeldLock {
  std::string Name; ///< "guard" or "mu", as written
  SourcePoint Loc;  ///< where it was taken
};

/// How a call site would be labeled if a data member or global it uses as a
/// descriptor were non-blocking: other functions may make it so
/// (socket_.non_blocking(true) in start(), read_some in a handler). The
/// linker decides, once it has seen every function.
struct NonBlockingAlternative {
  /// ObjectMark::Object of the descriptor, or for a local or parameter its
  /// binding key (CallEdge::Arguments), for a helper the linker follows.
  std::string Object;
  Quadrant Label = Quadrant::SyncNonBlocking;
  std::string Reason;
  std::vector<quadrant::Advice> Advice;
};

/// Where a call is written, for the checks' fixes (docs/checks/README.md#fixes).
/// Recorded only for a call written out in user code: not in a macro
/// expansion (an edit there would change every use of the macro), not in a
/// system header.
struct CallExtent {
  SourceSpan Call;                 ///< the callee's name to the closing ')'
  std::vector<SourceSpan> Arguments; ///< each argument as written
  /// The call is a statement of its own (`sleep_for(d);`): its value is
  /// unused, and it can become another expression statement.
  bool Statement = false;
  /// The first argument is a std::chrono::duration that holds a whole number
  /// of nanoseconds (an integer count of a period that 1 ns divides), so it
  /// converts implicitly to std::chrono::steady_clock::duration.
  bool WholeNanoseconds = false;
};

/// A test on one of the function's own parameters that every path to a call
/// passes (`if (!paused)`, `case Mode::Fast:`, an early return on `p ==
/// nullptr`): the call runs only when the parameter equals, or differs from,
/// Value. Booleans and null pointers are 0. Only parameters the function
/// never modifies are tested (ParameterGuards.h).
struct ParameterGuard {
  int Parameter = 0;
  std::string Name;         ///< the parameter's name, for the reason
  bool Equal = true;        ///< equals Value, or differs from it
  int64_t Value = 0;
  std::string ValueSpelling; ///< "false", "nullptr", "Mode::Fast", "3"
  bool operator==(const ParameterGuard &O) const {
    return Parameter == O.Parameter && Equal == O.Equal && Value == O.Value;
  }
};

/// What a call passes for one parameter of its callee, when it is known: a
/// constant (a bool, integer or enumerator constant, or a null pointer), or
/// one of the caller's own parameters, passed on unmodified.
struct ArgumentValue {
  int Parameter = 0;                 ///< the callee's parameter
  std::optional<int64_t> Value;      ///< the constant
  std::optional<int> CallerParameter;
  std::string Spelling;              ///< the argument as written
};

/// How many times the loops around a call run per run of its function, as
/// far as their bounds say (SpawnShapes.h): `for (int i = 0; i < 4; ++i)`
/// runs 4 times; `i < std::thread::hardware_concurrency()` once per
/// hardware thread; a loop with any other bound an unknown number of times.
struct LoopCount {
  enum class Kind { Constant, PerHardwareThread, Unknown };
  Kind K = Kind::Unknown;
  unsigned Times = 0; ///< for Constant
};

/// The branch of the code after a fork() where its result is 0: what runs
/// in the child process (`if (pid == 0) { ... }`, `if (!fork()) { ... }`).
struct ForkChild {
  SourcePoint Begin, End; ///< the branch's first and last token
  /// The functions the branch calls, by qualified name, in source order:
  /// library functions included, which are not call sites of their own.
  std::vector<std::string> Callees;
  /// Those of Callees that a rule with the trait "async-signal-safe" names
  /// (write, close, dup2, _exit): what POSIX allows the child of a
  /// multithreaded process before exec.
  std::vector<std::string> AsyncSignalSafe;
};

/// A loop statement, from its keyword to its last token.
struct LoopExtent {
  SourcePoint Begin, End;
  bool contains(const SourcePoint &Loc) const { return !(Loc < Begin) && !(End < Loc); }
};

/// A call site labeled by a rule.
struct CallSite {
  std::string Callee; ///< qualified name without template arguments, or "co_await"
  SourcePoint Loc;
  Quadrant Label = Quadrant::SyncNonBlocking;
  std::string RuleId;
  std::string Reason;
  std::vector<std::string> Traits;
  /// The rule's advice for the outcome taken: what would move the call.
  std::vector<quadrant::Advice> Advice;
  /// Locks held here, other than one the call is given (cv.wait(lock)).
  std::vector<HeldLock> HeldLocks;
  /// USRs of the lambdas and functions passed to the call: the handlers an
  /// asynchronous initiation will run later, or a parallel algorithm runs on
  /// its threads.
  std::vector<std::string> Handlers;
  /// Of Handlers, those passed as the arguments a rule's loop-handler-args
  /// names: they run on the event loop, not where the rule's traits send
  /// the others (uv_queue_work's after-work callback, beside its work
  /// callback on the thread pool).
  std::vector<std::string> LoopHandlers;
  /// Slots (CallableSlots.h) whose callables are passed to the call: a
  /// wrapper's parameter handed on to std::thread, or the member a rule's
  /// handler-members names (a libev watcher's cb). The linker adds what the
  /// program stores in them to Handlers.
  std::vector<std::string> HandlerSlots;
  /// For a call that is the whole body of a loop polling a condition (a
  /// sleep in `while (!done) sleep_for(1ms);`), the loop.
  std::optional<SourcePoint> PollingLoop;
  /// What to do instead of that loop, as the rule words it for this code
  /// (polling-loop-advice); empty when it gives none.
  std::string PollingLoopAdvice;
  std::optional<NonBlockingAlternative> IfNonBlocking;
  /// For a lock call: the same mutex is already held here (a second lock of
  /// a mutex that is not recursive deadlocks), and where it was taken.
  std::optional<HeldLock> Relocks;
  std::optional<CallExtent> Extent;
  /// The parameter tests every path to the site passes.
  std::vector<ParameterGuard> Guards;
  /// For a site that starts threads or processes inside loops: how many
  /// times the loops run. Not set outside loops.
  std::optional<LoopCount> Repeats;
  /// For a site with the trait "forks": the child's branch, when the code
  /// tests the result for 0.
  std::optional<ForkChild> Child;
  /// For a site with the trait "multiplexes" (select, poll, epoll_wait):
  /// the innermost loop around it in its function. The functions that loop
  /// calls through pointers or virtually are the handlers of the program's
  /// own event loop (contexts/OwnLoops.h).
  std::optional<LoopExtent> EventLoop;
};

/// A data member or global made non-blocking by a rule's mark
/// (marks-nonblocking), which lasts beyond the function that made it.
struct ObjectMark {
  /// The declaration's USR and where it is declared: classes of the same
  /// name in different programs analyzed together are different objects.
  std::string Object;
  std::string Function; ///< the function that marks it
  SourcePoint Loc;      ///< the marking call
};

/// Two names of one descriptor: a member initialised from a constructor
/// parameter, constructed with another member or global as that argument
/// (`session_impl_{socket_}` with `session(socket &s) : socket_(s)`).
struct ObjectAlias {
  std::string Member;
  std::string Source;
};

/// How a binding key (CallEdge::Arguments) starts when it names a local
/// variable or parameter rather than a member or global (ObjectMark::Object).
inline constexpr const char *LocalKeyPrefix = "local:";

/// A call of a function declared in user code; the linker resolves it.
struct CallEdge {
  std::string CalleeUSR;
  std::string CalleeName;
  SourcePoint Loc;
  bool Virtual = false; ///< dispatched: any overrider in the program may run
  bool Awaited = false; ///< the operand of co_await
  /// A constructor: Receiver is the variable it initialises, which holds
  /// what the constructor leaves locked (a guard) until it is destroyed.
  bool Constructs = false;
  std::vector<HeldLock> HeldLocks;
  /// For a callee whose summary only the linker can apply, or complete:
  /// what each argument names in the caller, and the object a method
  /// is called on (binding keys, "" for anything else). Empty when the
  /// facts stage applied the summary itself.
  std::vector<std::string> Arguments;
  std::string Receiver;
  /// The callee is defined in this TU and its summary, as far as this TU
  /// knows it, was applied here; Arguments are recorded because the linker
  /// may learn more of it (it calls into another TU).
  bool SummaryApplied = false;
  /// The parameter tests every path to the call passes.
  std::vector<ParameterGuard> Guards;
  /// What the call passes that the linker can hold the callee's guards
  /// against (link/ConstantArguments.h); only the known ones.
  std::vector<ArgumentValue> Constants;
  /// For a virtual call whose receiver's dynamic type the function shows
  /// (ReceiverTypes.h): that class and its bases, nearest first.
  std::vector<std::string> ReceiverClasses;
  /// Set by the linker, never stored: the edge is a call through the
  /// caller's parameter of this index, to one function it may hold.
  int ThroughParameter = -1;
};

/// A local thread object (a class with the trait "must-join") that can reach
/// the end of its lifetime joinable.
struct UnjoinedThread {
  std::string Variable;
  SourcePoint Declared;
  SourcePoint Exit;   ///< where it is destroyed joinable
  std::string How;    ///< "goes out of scope", "the function returns", ...
  /// What thread-not-joined's fix (std::jthread) needs to know, false or
  /// empty where unknown:
  /// the declared type as written ("std::thread") and where, outside macros;
  std::string TypeWritten;
  std::optional<SourceSpan> TypeSpan;
  /// the translation unit is C++20 or later, where std::jthread exists;
  bool Cxx20 = false;
  /// detach() is called on the variable somewhere in the function;
  bool Detached = false;
  /// the variable is constructed from a callable and every other use of it
  /// calls join(), joinable(), detach(), get_id() or native_handle(), which
  /// std::jthread has with the same meaning (no move, no assignment, no
  /// reference taken).
  bool OnlyThreadMemberUses = false;
};

/// What a call of a function does to its caller's state, as the function's
/// own body shows it: the wrapper that locks its parameter, the guard whose
/// constructor locks the mutex it is given, the helper that makes a
/// descriptor non-blocking. Subjects are parameter indices, or Receiver for
/// the object a method is called on (a constructor's: the object built).
struct Summary {
  static constexpr int Receiver = -1;
  std::vector<int> LeavesLocked;
  std::vector<int> Releases;
  std::vector<int> MakesNonBlocking;
  std::vector<int> MakesBlocking;
  /// What kind of descriptor each parameter is made ("pipe" for the array
  /// pipe2 fills), by parameter index; "" where unknown. Empty when none is.
  std::vector<std::string> Kinds;
  /// The descriptor the function returns is non-blocking on every path, or
  /// of a known kind ("socket").
  bool ReturnsNonBlocking = false;
  std::string ReturnsKind;

  bool empty() const {
    return LeavesLocked.empty() && Releases.empty() && MakesNonBlocking.empty() &&
           MakesBlocking.empty() && Kinds.empty() && !ReturnsNonBlocking && ReturnsKind.empty();
  }
};

/// A binding key (CallEdge::Arguments) that names what a summary calls a
/// subject in the function that holds it: a parameter, or a member of the
/// object a method is called on. The linker extends a function's summary
/// with what its calls of other TUs' functions do to these.
struct SubjectBinding {
  std::string Key;
  int Subject = Summary::Receiver;
};

/// A call through a function pointer, a reference to function, or a stored
/// callable (std::function): it may run whatever the program stores where it
/// calls through (link/IndirectCalls.cpp).
struct IndirectCall {
  /// The variable, member or parameter called through (CallableStore::Slot);
  /// "" when it is none of them (a pointer loaded from a table).
  std::string Slot;
  std::string Spelling; ///< the callee as written: "cb", "this->on_click"
  SourcePoint Loc;
};

/// A function or lambda stored into a slot, or the contents of another slot
/// copied into it: by an initialisation, an assignment, or an argument bound
/// to a parameter of a function of the program.
struct CallableStore {
  std::string Slot;
  std::string FunctionUSR; ///< what is stored, or
  std::string FromSlot;    ///< the slot whose contents are copied
  /// For an argument bound to a parameter: the function that makes the
  /// call, and where. A call through the parameter runs, at that call, what
  /// that caller passes (link/IndirectCalls.h).
  std::string CallerUSR;
  SourcePoint At;
};

/// A function defined in user (non-system) code. For templates, one Function
/// stands for the template and merges what its instantiations do.
struct Function {
  std::string USR;
  std::string Name;      ///< "ns::Class::method", "main::(lambda at 12:15)"
  std::string Signature; ///< "void ns::Class::method(int)"
  SourcePoint Loc;       ///< the name in the definition; a lambda's '['
  /// The definition from its first token to its last (the closing brace):
  /// what `quadrant explain file:line` looks for.
  SourcePoint Begin, End;
  bool IsCoroutine = false;
  bool HasCoAwait = false;
  bool HasCoYield = false;
  bool HasCoReturn = false;
  /// For a coroutine returning Asio's awaitable<T> (with its default
  /// executor): Asio's namespace as the file writes it ("asio",
  /// "boost::asio", or an alias of either), when steady_timer,
  /// this_coro::executor and use_awaitable are declared in it. Empty
  /// otherwise. blocking-in-coroutine's fix awaits a timer through it.
  std::string AsioNamespace;
  /// What the declaration promises (a quadrant annotation or Clang function
  /// effect); the nonblocking-violation check holds the body to it.
  std::optional<Quadrant> Declared;
  std::vector<std::string> Overrides; ///< USRs of the methods this one overrides
  /// For a virtual method: its class, as ConstructedClasses names it.
  std::string Class;
  std::vector<CallSite> CallSites;
  std::vector<CallEdge> Calls;
  std::vector<UnjoinedThread> UnjoinedThreads;
  Summary Effects;
  /// The subjects among the keys of Calls' Arguments and Receiver.
  std::vector<SubjectBinding> Subjects;
  /// Every TU that saw the function failed to compile, so what is known of
  /// it may be incomplete. Set by the linker from TranslationUnit::Partial.
  bool Partial = false;
  /// Main files of the TUs that saw it, sorted. Set by the linker: a call
  /// whose callee is defined in several programs (each example's own
  /// `helper()`) goes to the definition its own TU saw.
  std::vector<std::string> SeenIn;
  /// The function is a template with no instantiation in the TU that saw it,
  /// its dependent calls resolved by name (DependentCalls.h). A TU that
  /// instantiates it knows better: the linker keeps that TU's facts.
  bool ResolvedByName = false;
  std::vector<IndirectCall> IndirectCalls;
  /// Calls with no target in the program: indirect calls through a slot
  /// nothing is stored into, virtual calls with no overrider. Set by the
  /// linker; the verdict rests on the calls that could be followed.
  std::vector<IndirectCall> UnresolvedCalls;
};

struct TranslationUnit {
  std::string MainFile;
  std::vector<Function> Functions;
  std::vector<ObjectMark> NonBlockingObjects;
  std::vector<ObjectAlias> ObjectAliases;
  /// The TU had compile errors: what parsed is still here, but incomplete.
  bool Partial = false;
  /// Functions whose control-flow graph Clang could not build: their calls
  /// were labeled without flow facts (no descriptor state, no held locks).
  unsigned FunctionsWithoutFlow = 0;
  std::vector<CallableStore> CallableStores;
  /// Polymorphic classes this TU constructs, and their bases
  /// (ConstructedClasses.h).
  std::vector<std::string> ConstructedClasses;
};

/// Sorts a function's call sites and calls by location and merges repeats:
/// the instantiations of one template, or one inline function seen by several
/// TUs, report each place once. Differing labels at one place merge: blocking
/// if any instance blocks, async if any is async.
void normalizeFunction(Function &F);
/// Merges the body facts of Other (the same function seen again) into Into.
void mergeFunction(Function &Into, Function Other);

} // namespace quadrant::facts

#endif
