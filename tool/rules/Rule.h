//===--- Rule.h - One entry of the rule database ----------------*- C++ -*-===//
//
// A rule says how a library API behaves on the two axes. Rules are data, read
// from rules/*.yaml (see docs/rules.md); nothing here knows about the AST.
//
//   in:  YAML files  =>  out: Rule values, grouped in a RuleSet
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_RULES_RULE_H
#define QUADRANT_RULES_RULE_H

#include "core/Quadrant.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace quadrant::rules {

/// What kind of source construct a rule matches.
enum class SiteKind {
  Call,      ///< a call of a function or member function, by qualified name
  Construct, ///< construction of an object of a class, by qualified class name
  Destroy,   ///< end of lifetime of a local variable of a class
  Keyword,   ///< a coroutine keyword: co_await, co_yield
  Directive, ///< an OpenMP directive, spelled "omp parallel for"
};
inline constexpr int NumSiteKinds = 5;

/// A test on a call site. Exactly one predicate is set; `Arg` names the
/// argument it looks at (explicit arguments only, 0-based, negative counts
/// from the end: -1 is the last, where asio takes its completion token; the
/// object of a member call is the "receiver").
struct Condition {
  enum class Predicate {
    Mentions,            ///< the argument names one of Names (declaration or macro)
    Zero,                ///< the argument folds to zero (a zero timeout)
    NonZero,             ///< the argument folds to a non-zero integer (an "on" flag)
    Null,                ///< the argument is a null pointer written at the call
    NonBlockingFd,       ///< the argument is a descriptor made non-blocking earlier
    NonBlockingReceiver, ///< the receiver is an object made non-blocking earlier
    Absent,              ///< the argument is not written at the call
    HasType,             ///< the argument's class is, or derives from, one of Names
    ParameterType,       ///< the argument is passed as (a pointer to) one of Names
    ReceiverType,        ///< the receiver's class is, or derives from, one of Names
    ReceiverTemplateArg, ///< the receiver's first template argument is one of Names
    Discarded,           ///< the call's result is discarded
    DescriptorKind,      ///< the argument is a descriptor of one of Names' kinds
    AlreadyHeld,         ///< the mutex the site locks is held here already
    UnwaitedAsyncResult, ///< a destroyed future holds a task nobody waited for
    // What surrounds the site rather than the call itself: advice reads
    // these to fit the code it is given for (ContextConditions.h).
    Language,     ///< the translation unit is in one of Names ("c", "c++")
    Coroutines,   ///< the translation unit has C++20 coroutines
    Declares,     ///< the translation unit declares one of Names ("asio")
    LoopMentions, ///< the innermost loop around the site mentions one of Names
  };
  Predicate Kind = Predicate::Mentions;
  std::optional<int> Arg;
  std::vector<std::string> Names;
  /// For Mentions: look at this field of the local record the argument
  /// points to, as the code last set it (`hints.ai_flags = AI_NUMERICHOST`).
  std::string Field;
  bool Negated = false; ///< `not: true`: holds when the predicate does not
};

/// One wording of a piece of advice, for the sites where all of `Where`
/// hold: C code is told about poll and timerfd, Asio code about
/// steady_timer, a loop that retries after EAGAIN about poll.
struct AdviceText {
  std::vector<Condition> Where;
  std::string Text;
};

/// Advice for moving a call to quadrant `To`: the first wording whose
/// conditions hold at the site; none when no wording's conditions hold.
struct RuleAdvice {
  Quadrant To = Quadrant::SyncNonBlocking;
  std::vector<AdviceText> Texts;
};

/// Whether a condition looks at the site's surroundings (language,
/// coroutines, declares, loop-mentions), which choose advice's wording and
/// nothing else.
inline bool isContextCondition(const Condition &C) {
  using P = Condition::Predicate;
  return C.Kind == P::Language || C.Kind == P::Coroutines || C.Kind == P::Declares ||
         C.Kind == P::LoopMentions;
}

/// An alternative outcome, taken when all of `Where` hold.
struct Case {
  std::vector<Condition> Where;
  std::optional<Quadrant> Label; ///< std::nullopt: the call is not labeled
  std::string Reason;
  /// Added to the rule's traits when this case is taken.
  std::vector<std::string> Traits;
  /// Edits that would move the call elsewhere. A case without advice of its
  /// own takes the rule's when both have the same label.
  std::vector<RuleAdvice> Advice;
};

/// A call that makes a descriptor non-blocking for later calls
/// (open(..., O_NONBLOCK), fcntl(fd, F_SETFL, ... | O_NONBLOCK),
/// socket.non_blocking(true)): later in the same function for a local
/// variable, everywhere in the program for a data member or a global.
struct DescriptorMark {
  std::vector<Condition> Where;
  /// Which argument is the descriptor; std::nullopt: the call's result,
  /// or the receiver when OnReceiver.
  std::optional<unsigned> DescriptorArg;
  bool OnReceiver = false;
  /// For `descriptor-kinds`: what the descriptor is ("pipe", "socket", ...).
  std::string Kind;
};

/// A call that does what the function named in one of its arguments does:
/// syscall(SYS_read, fd, buf, n) is read(fd, buf, n).
struct NamedCallee {
  unsigned Arg = 0;                  ///< the argument that names the function
  std::vector<std::string> Prefixes; ///< what the name carries there ("SYS_")
};

struct Rule {
  std::string Id;
  SiteKind Kind = SiteKind::Call;
  /// Fully qualified names, without template arguments: "read",
  /// "std::this_thread::sleep_for", "std::future::get", "std::thread". A '*'
  /// matches any run of characters within one name component:
  /// "asio::basic_socket::async_*".
  std::vector<std::string> Names;
  /// The rule applies only when all of these hold.
  std::vector<Condition> Where;
  std::optional<Quadrant> Label;
  std::string Reason;
  std::vector<std::string> Traits;
  /// Edits that would move the call to another quadrant (never to Label).
  std::vector<RuleAdvice> Advice;
  /// For a call that sleeps or polls: what to do instead of a loop that
  /// polls its condition around it (quadrant-busy-wait-loop's remedy),
  /// the first wording whose conditions hold.
  std::vector<AdviceText> PollingLoopAdvice;
  /// Checked in order; the first whose conditions hold replaces Label/Reason.
  std::vector<Case> Cases;
  std::vector<DescriptorMark> MarksNonBlocking;
  /// Calls that make a descriptor blocking again: O_NONBLOCK cleared, or
  /// flags restored from a value read before they changed.
  std::vector<DescriptorMark> MarksBlocking;
  /// What kind of descriptor a call creates or turns one into.
  std::vector<DescriptorMark> DescriptorKinds;
  /// For a destroy rule of an owner (std::vector, std::unique_ptr): the
  /// template arguments whose objects it destroys with it.
  std::vector<unsigned> DestroysElements;
  /// For a try-lock ("locks" on a non-blocking call): the result that means
  /// it took the lock, when it is not true or 0 (std::try_lock: -1).
  std::optional<int64_t> TrySuccess;
  /// The rules of the function an argument names label the call, with the
  /// arguments after that one; this rule's own outcome stands when no rule
  /// names that function.
  std::optional<NamedCallee> ActsAs;
  /// For a rule with runs-handler-on-loop: members of the objects its
  /// arguments point to whose stored functions are handlers too (a libev
  /// watcher keeps its callback in `cb`, set by a macro, not passed).
  std::vector<std::string> HandlerMembers;
  /// For a rule that hands callables to other threads: the arguments whose
  /// callables run on the event loop instead (uv_queue_work's after_work_cb).
  std::vector<unsigned> LoopHandlerArgs;
  /// The file the rule was read from.
  std::string SourceFile;
};

/// Whether a qualified name matches a rule name, '*' included.
bool nameMatches(llvm::StringRef Pattern, llvm::StringRef Name);

/// Traits a rule may attach to its call sites, reported per function; the
/// lint checks (docs/checks/) read them.
inline constexpr const char *KnownTraits[] = {
    "spawns-thread",         ///< starts a thread
    "spawns-process",        ///< starts a process
    "forks",                 ///< the process goes on as two copies; 0 is returned in the child
    "replaces-process",      ///< replaces the process's program (exec)
    "runs-on-pool",          ///< hands callables to a pool of worker threads
    "parallel",              ///< runs the work on several threads and waits for them all
    "event-loop",            ///< runs an event loop on the calling thread
    "locks",                 ///< takes a lock (blocking labels: holds it afterwards)
    "adopts-lock",           ///< a lock object takes over a mutex locked earlier
    "locks-every-argument",  ///< std::lock(a, b): every argument is a mutex it locks
    "unlocks",               ///< releases a lock taken earlier
    "polls",                 ///< asks whether something is ready
    "multiplexes",           ///< waits for whichever of many descriptors is ready (select)
    "sleeps",                ///< waits for time to pass
    "waits-for-result",      ///< waits for an asynchronous result (future.get())
    "blocks-fiber",          ///< waits by suspending the calling fiber, not its thread
    "runs-handler-on-loop",  ///< the callables it is given run later on an event loop
    "must-join",             ///< the object must be joined or detached before it dies
    "discarded-future",      ///< a future whose destructor waits is thrown away
    "default-launch-policy", ///< std::async without a launch policy
    "default-launch-policy-written", ///< ... with the default one written as its first argument
    "spins",                 ///< a loop that runs until another thread changes shared state
    "calls-stored-callable", ///< runs the callable its object holds (std::function)
    "async-signal-safe",     ///< POSIX allows it in a signal handler and in a forked child
};

} // namespace quadrant::rules

#endif
