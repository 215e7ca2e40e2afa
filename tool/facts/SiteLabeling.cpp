//===--- SiteLabeling.cpp - Rules at a call site ----------------*- C++ -*-===//
//
// Matching the rules at one call or construction: the label it gets, and
// what it does to descriptors and locks for the flow (eventsOf). Both read a
// site through one SiteShape, so the flow and the labels agree on what a
// call is.
//
//===----------------------------------------------------------------------===//
#include "core/Format.h"
#include "facts/Attributes.h"
#include "facts/CallableSlots.h"
#include "facts/ContextConditions.h"
#include "facts/EditSpans.h"
#include "facts/Extractor.h"
#include "facts/Names.h"
#include "facts/SpawnShapes.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using quadrant::rules::Rule;
using quadrant::rules::SiteKind;

namespace quadrant::facts {

namespace {

/// What a matching rule says of a site: its first case whose conditions
/// hold, else the rule itself.
struct Outcome {
  std::optional<Quadrant> Label;
  llvm::StringRef Reason;
  std::vector<std::string> Traits;
  const std::vector<rules::RuleAdvice> *Advice;
};

Outcome outcome(const Rule &R, const SiteContext &Site) {
  Outcome O{R.Label, R.Reason, R.Traits, &R.Advice};
  for (const rules::Case &C : R.Cases)
    if (allHold(C.Where, Site)) {
      O.Label = C.Label;
      O.Reason = C.Reason;
      O.Traits.insert(O.Traits.end(), C.Traits.begin(), C.Traits.end());
      O.Advice = &C.Advice;
      break;
    }
  return O;
}

bool sameObject(const Descriptor &A, const Descriptor &B) {
  return A.Var == B.Var && A.Element == B.Element;
}

/// The mutex a lock call takes, for telling two locks apart: a mutex inside
/// a structure a parameter points to is that parameter's (`&mu->m` in
/// `void my_lock(my_mutex *mu)`), so a wrapper's summary can say which
/// argument it locks.
std::optional<Descriptor> lockedMutexOf(const Expr *E, const ASTContext &Ctx) {
  const Expr *Object = E->IgnoreParenImpCasts();
  if (const auto *AddrOf = dyn_cast<UnaryOperator>(Object); AddrOf && AddrOf->getOpcode() == UO_AddrOf)
    Object = AddrOf->getSubExpr()->IgnoreParenImpCasts();
  while (const auto *Member = dyn_cast<MemberExpr>(Object)) {
    Object = Member->getBase()->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Object))
      if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl()))
        return Descriptor{Param, -1};
  }
  return descriptorOf(E, Ctx);
}

/// The descriptor a rule's mark names at a site: an argument, the object
/// of a member call, or else what the call's result is stored in.
std::optional<Descriptor> markedDescriptor(const rules::DescriptorMark &Mark,
                                           const SiteContext &Site,
                                           std::optional<Descriptor> Result) {
  if (Mark.DescriptorArg)
    return *Mark.DescriptorArg < Site.Args.size()
               ? descriptorOf(Site.Args[*Mark.DescriptorArg], Site.Ctx)
               : std::nullopt;
  if (Mark.OnReceiver)
    return Site.Receiver ? descriptorOf(Site.Receiver, Site.Ctx) : std::nullopt;
  return Result;
}

/// The first of a site's names that one of the rule's names matches.
const std::string *matchedName(const Rule &R, llvm::ArrayRef<std::string> Names) {
  auto Name = std::find_first_of(Names.begin(), Names.end(), R.Names.begin(), R.Names.end(),
                                 [](llvm::StringRef Site, llvm::StringRef Pattern) {
                                   return rules::nameMatches(Pattern, Site);
                                 });
  return Name == Names.end() ? nullptr : &*Name;
}

} // namespace

std::optional<SiteShape> Extractor::shapeOfCall(const CallExpr *E) {
  const FunctionDecl *Callee = E->getDirectCallee();
  if (!Callee)
    return std::nullopt;
  SiteShape Shape;
  Shape.Args = llvm::ArrayRef<const Expr *>(const_cast<const Expr *const *>(E->getArgs()),
                                            E->getNumArgs());
  Shape.Params = Callee->parameters();
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
    // Look through the derived-to-base conversion: `fut.wait()` calls a
    // member of std::__basic_future on a std::future, and rules say
    // "std::future::wait".
    Shape.Receiver = Member->getImplicitObjectArgument()->IgnoreParenImpCasts();
  else if (isa<CXXOperatorCallExpr>(E) && isa<CXXMethodDecl>(Callee) && !Shape.Args.empty()) {
    Shape.Receiver = Shape.Args.front()->IgnoreParenImpCasts();
    Shape.Args = Shape.Args.drop_front();
  }
  if (Shape.Receiver)
    Shape.Receiver = chainedStreamObject(Shape.Receiver);
  Shape.Kind = SiteKind::Call;
  Shape.Unqualified = unqualifiedNameOf(Callee).str();
  Shape.Names.push_back(qualifiedName(Callee));
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee); Method && Shape.Receiver)
    if (const CXXRecordDecl *Class = classOf(Shape.Receiver->getType());
        Class && Class != Method->getParent())
      Shape.Names.push_back(qualifiedName(Class) + "::" + Shape.Unqualified);
  Shape.Loc = E->getExprLoc();
  Shape.At = E;
  const Expr *Locked = Shape.Receiver ? Shape.Receiver
                       : Shape.Args.empty() ? nullptr
                                            : Shape.Args.front();
  if (std::optional<CapabilityRole> Role = capabilityRole(Callee)) {
    Shape.Capability = Role->PseudoName;
    Shape.TrySuccess = Role->Success;
    if (Role->Argument && *Role->Argument < E->getNumArgs())
      Locked = E->getArg(*Role->Argument);
  }
  if (Locked) {
    Shape.LockObject = descriptorOf(Locked, Ctx);
    Shape.LockedMutex = lockedMutexOf(Locked, Ctx);
  }
  if (std::optional<SiteShape> Named = shapeOfNamedCallee(Shape))
    return Named;
  return Shape;
}

std::optional<SiteShape> Extractor::shapeOfNamedCallee(const SiteShape &Call) {
  for (const Rule *R : Rules.candidates(SiteKind::Call, Call.Unqualified)) {
    if (!R->ActsAs || R->ActsAs->Arg >= Call.Args.size() || !matchedName(*R, Call.Names))
      continue;
    // The name as written: SYS_read is a macro, and leaves only a number.
    const Expr *Named = Call.Args[R->ActsAs->Arg];
    CharSourceRange Range = SM.getExpansionRange(Named->getSourceRange());
    llvm::StringRef Written = Lexer::getSourceText(Range, SM, Ctx.getLangOpts()).trim();
    for (llvm::StringRef Prefix : R->ActsAs->Prefixes) {
      llvm::StringRef Callee = Written;
      if (!Callee.consume_front(Prefix) || Callee.empty() ||
          !llvm::all_of(Callee, [](char C) { return isAsciiIdentifierContinue(C); }))
        continue;
      std::string CalleeName = Callee.str();
      bool Described =
          llvm::any_of(Rules.candidates(SiteKind::Call, Callee), [&](const Rule *Other) {
            return !Other->ActsAs && matchedName(*Other, CalleeName);
          });
      if (!Described)
        return std::nullopt;
      SiteShape Shape = Call;
      Shape.Unqualified = CalleeName;
      Shape.Names = {CalleeName};
      Shape.Args = Call.Args.drop_front(R->ActsAs->Arg + 1);
      Shape.Params = {};
      Shape.ShownAs = Call.Unqualified + "(" + Written.str() + ")";
      Shape.LockObject = Shape.LockedMutex = std::nullopt;
      if (!Shape.Args.empty()) {
        Shape.LockObject = descriptorOf(Shape.Args.front(), Ctx);
        Shape.LockedMutex = lockedMutexOf(Shape.Args.front(), Ctx);
      }
      return Shape;
    }
  }
  return std::nullopt;
}

SiteShape Extractor::shapeOfConstruct(const CXXConstructExpr *E, const FunctionContext &Context) {
  const CXXConstructorDecl *Ctor = E->getConstructor();
  SiteShape Shape;
  Shape.Kind = SiteKind::Construct;
  Shape.Class = Ctor->getParent();
  Shape.Args = llvm::ArrayRef<const Expr *>(const_cast<const Expr *const *>(E->getArgs()),
                                            E->getNumArgs());
  Shape.Params = Ctor->parameters();
  Shape.Unqualified = unqualifiedNameOf(Shape.Class).str();
  Shape.Names.push_back(qualifiedName(Shape.Class));
  Shape.Loc = E->getLocation();
  Shape.At = E;
  Shape.CalleeSuffix = "::" + Shape.Unqualified;
  if (const VarDecl *Var = Context.Initialises.lookup(E))
    Shape.LockObject = Descriptor{Var->getCanonicalDecl(), -1};
  std::optional<unsigned> MutexArg = 0;
  if (std::optional<CapabilityRole> Role = capabilityRole(Ctor)) {
    Shape.Capability = Role->PseudoName;
    Shape.TrySuccess = Role->Success;
    MutexArg = Role->Argument ? Role->Argument : 0;
  }
  if (*MutexArg < Shape.Args.size())
    Shape.LockedMutex = lockedMutexOf(Shape.Args[*MutexArg], Ctx);
  return Shape;
}

SiteShape Extractor::shapeOfResolution(const NameResolution &R, const Stmt *At, const VarDecl *Var) {
  SiteShape Shape;
  Shape.Kind = R.Kind;
  Shape.Unqualified = R.Unqualified;
  Shape.Names.assign(R.Names.begin(), R.Names.end());
  Shape.Args = R.Args;
  Shape.Receiver = R.Receiver;
  Shape.Class = R.Class;
  Shape.Loc = R.Loc;
  Shape.At = At;
  Shape.ResolvedByName = true;
  if (R.Kind != SiteKind::Call)
    Shape.CalleeSuffix = "::" + R.Unqualified;
  const Expr *Locked = R.Receiver ? R.Receiver : R.Args.empty() ? nullptr : R.Args.front();
  if (Var)
    Shape.LockObject = Descriptor{Var->getCanonicalDecl(), -1};
  else if (Locked)
    Shape.LockObject = descriptorOf(Locked, Ctx);
  if (Locked)
    Shape.LockedMutex = lockedMutexOf(Locked, Ctx);
  return Shape;
}

const FlowState &Extractor::stateAt(const Stmt *S) const {
  static const FlowState Unknown;
  if (Scopes.empty() || !Scopes.back().Flow || !S)
    return Unknown;
  const FlowState *State = Scopes.back().Flow->before(S);
  return State ? *State : Unknown;
}

SiteContext Extractor::contextOf(const SiteShape &Shape, const FlowState &State, bool Discarded) {
  SiteContext Site{Ctx, Shape.Args, Shape.Params, Shape.Receiver, Shape.Class, Discarded, &State,
                   Shape.LockedMutex};
  Site.ResolvedByName = Shape.ResolvedByName;
  if (!Scopes.empty() && !Scopes.back().Loops.empty())
    Site.Loop = Scopes.back().Loops.back();
  return Site;
}

const Rule *Extractor::matchRule(const SiteShape &Shape, const SiteContext &Site,
                                 std::string &Matched) {
  auto Try = [&](llvm::StringRef Unqualified, llvm::ArrayRef<std::string> Names) -> const Rule * {
    for (const Rule *R : Rules.candidates(Shape.Kind, Unqualified))
      if (const std::string *Name = matchedName(*R, Names); Name && allHold(R->Where, Site)) {
        Matched = *Name;
        return R;
      }
    return nullptr;
  };
  if (const Rule *R = Try(Shape.Unqualified, Shape.Names))
    return R;
  if (!Shape.Capability.empty())
    if (const Rule *R = Try(Shape.Capability, {Shape.Capability})) {
      Matched = Shape.Names.front();
      return R;
    }
  return nullptr;
}

std::optional<FunctionFlow> Extractor::flowOf(const FunctionDecl *FD, const FunctionContext &Context) {
  return FunctionFlow::analyze(FD, Ctx, [&](const Stmt *St) { return eventsOf(St, Context); });
}

FlowEvents Extractor::eventsOf(const Stmt *S, const FunctionContext &Context) {
  std::optional<SiteShape> Shape;
  const FunctionDecl *Callee = nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    Shape = shapeOfCall(Call);
    Callee = Call->getDirectCallee();
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
    Shape = shapeOfConstruct(Construct, Context);
    Callee = Construct->getConstructor();
  }
  // In a template with no instantiation, what Clang left unresolved is
  // resolved by name, as the walk does. The shape points into Resolution.
  std::optional<NameResolution> Resolution;
  if (!Shape && Context.ByName) {
    const VarDecl *Var = nullptr;
    if (const auto *Call = dyn_cast<CallExpr>(S); Call && !Call->getDirectCallee())
      Resolution = resolveDependentCall(Call);
    else if (const auto *Construct = dyn_cast<CXXUnresolvedConstructExpr>(S))
      Resolution = resolveDependentConstruct(Construct);
    else if (const auto *Decls = dyn_cast<DeclStmt>(S); Decls && Decls->isSingleDecl())
      if ((Var = dyn_cast<VarDecl>(Decls->getSingleDecl())))
        Resolution = resolveDependentVariable(Var);
    if (Resolution)
      Shape = shapeOfResolution(*Resolution, S, Var);
  }
  FlowEvents Events;
  if (!Shape)
    return Events;
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    auto Target = Context.ResultTarget.find(Call);
    if (Target != Context.ResultTarget.end())
      Events.Resets = Target->second;
  }
  FlowState Nothing;
  SiteContext Site = contextOf(*Shape, Nothing);
  std::string Matched;
  const Rule *R = matchRule(*Shape, Site, Matched);
  if (!R) {
    if (const Summary *Effects = summaryOf(Callee))
      applySummary(*Effects, *Shape, Events);
    return Events;
  }
  auto MarksOf = [&](const std::vector<rules::DescriptorMark> &Marks, auto &&Each) {
    for (const rules::DescriptorMark &Mark : Marks) {
      if (!allHold(Mark.Where, Site))
        continue;
      if (std::optional<Descriptor> Marked = markedDescriptor(Mark, Site, Events.Resets))
        Each(*Marked, Mark);
    }
  };
  MarksOf(R->DescriptorKinds, [&](Descriptor D, const rules::DescriptorMark &M) {
    Events.SetsKind.push_back({D, M.Kind});
  });
  MarksOf(R->MarksNonBlocking, [&](Descriptor D, const rules::DescriptorMark &) {
    Events.SetsNonBlocking.push_back(D);
  });
  MarksOf(R->MarksBlocking, [&](Descriptor D, const rules::DescriptorMark &) {
    Events.ClearsNonBlocking.push_back(D);
  });

  Outcome Taken = outcome(*R, Site);
  bool Locks = llvm::is_contained(Taken.Traits, "locks");
  bool Adopts = llvm::is_contained(Taken.Traits, "adopts-lock");
  if (Shape->LockObject && llvm::is_contained(Taken.Traits, "unlocks")) {
    Events.Releases.push_back(*Shape->LockObject);
    if (Shape->LockedMutex && Shape->LockedMutex->Var != Shape->LockObject->Var)
      Events.Releases.push_back(*Shape->LockedMutex);
  }
  if (Adopts && Shape->LockObject) {
    Events.AdoptsInto = Shape->LockObject;
    for (const Expr *Arg : Site.Args)
      if (std::optional<Descriptor> D = descriptorOf(Arg, Ctx))
        Events.Adopted.push_back(*D);
  }
  if (!Locks || Adopts || !Taken.Label || !Shape->LockObject)
    return Events;
  auto Entry = [&](Descriptor Object, Descriptor Mutex) {
    std::string Name = nameOf(Object);
    return LockEntry{Object, Mutex, HeldLock{Name, pointOf(Shape->Loc, nullptr)}};
  };
  llvm::SmallVector<LockEntry, 2> Taken_;
  // std::lock(a, b) locks every argument; pthread_mutex_lock(&m) and
  // mtx_timedlock(&m, deadline) only the first.
  if (Shape->Kind == SiteKind::Call && !Site.Receiver &&
      llvm::is_contained(Taken.Traits, "locks-every-argument")) {
    for (const Expr *Arg : Site.Args)
      if (std::optional<Descriptor> D = descriptorOf(Arg, Ctx))
        Taken_.push_back(Entry(*D, *D));
  } else {
    Taken_.push_back(Entry(*Shape->LockObject, Shape->LockedMutex.value_or(*Shape->LockObject)));
  }
  if (isBlocking(*Taken.Label)) {
    Events.Acquires.append(Taken_.begin(), Taken_.end());
    return Events;
  }
  // A lock that does not wait is a try: held only where success is tested.
  Events.Tries.append(Taken_.begin(), Taken_.end());
  const auto *Call = dyn_cast<CallExpr>(S);
  Events.TryReturnsBool = !Call || Call->getType()->isBooleanType();
  Events.TrySuccess = Shape->TrySuccess ? *Shape->TrySuccess : R->TrySuccess.value_or(0);
  if (Events.TryReturnsBool && Shape->TrySuccess && *Shape->TrySuccess == 0)
    Events.TryReturnsBool = false; // try_acquire_capability(false): success is false
  return Events;
}

bool Extractor::labelSite(const SiteShape &Shape, bool Discarded) {
  const FlowState &State = stateAt(Shape.At);
  SiteContext Site = contextOf(Shape, State, Discarded);
  std::string Matched;
  const Rule *R = matchRule(Shape, Site, Matched);
  if (!R)
    return false;
  markObjects(*R, Shape, Site);
  Outcome Taken = outcome(*R, Site);
  if (!Taken.Label)
    return true;
  std::string Reason = Taken.Reason.str();
  // Evidence that holds on some paths only: say so, the label stays.
  if (isBlocking(*Taken.Label))
    for (const rules::Case &C : R->Cases)
      for (const rules::Condition &Cond : C.Where)
        if (std::optional<Descriptor> Subject = nonBlockingSubject(Cond, Site);
            Subject && State.nonBlockingOnSomePath(*Subject) &&
            Reason.find("only on some paths") == std::string::npos)
          Reason += " (it is non-blocking only on some paths to this call)";
  std::string Callee = Shape.ShownAs.empty() ? Matched + Shape.CalleeSuffix : Shape.ShownAs;
  CallSite &S =
      addCallSite(std::move(Callee), Shape.Loc, *Taken.Label, R->Id, Reason, Taken.Traits);
  S.Advice = adviceAt(*Taken.Advice, Site);
  if (const rules::AdviceText *Instead = wordingAt(R->PollingLoopAdvice, Site);
      Instead && Site.Loop)
    Scopes.back().PollingLoopAdvice[current().CallSites.size() - 1] = Instead->Text;
  S.IfNonBlocking = alternativeIfNonBlocking(*R, Site, *Taken.Label);
  // The lock a site takes is not "another" lock held while it waits.
  S.HeldLocks = heldLocksAt(State, Site.Args, Shape.LockObject);
  S.Guards = State.guards();
  bool TakesLock = llvm::is_contained(S.Traits, "locks") && isBlocking(*Taken.Label) &&
                   !llvm::is_contained(S.Traits, "adopts-lock");
  if (TakesLock && Shape.LockedMutex)
    if (const LockEntry *Held = State.holding(*Shape.LockedMutex))
      S.Relocks = HeldLock{nameOf(*Shape.LockedMutex), Held->Lock.Loc};
  auto HasTrait = [&](llvm::StringRef T) { return llvm::is_contained(S.Traits, T); };
  if (Shape.At && (HasTrait("spawns-thread") || HasTrait("spawns-process")))
    S.Repeats = loopCountAround(Shape.At, Ctx);
  if (Shape.At && HasTrait("forks"))
    if ((S.Child = forkChildOf(Shape.At, Ctx)))
      for (const std::string &Callee : S.Child->Callees)
        if (!llvm::is_contained(S.Child->AsyncSignalSafe, Callee) &&
            llvm::any_of(Rules.candidates(SiteKind::Call, rules::unqualifiedName(Callee)),
                         [&](const Rule *Named) {
                           return llvm::is_contained(Named->Traits, "async-signal-safe") &&
                                  matchedName(*Named, Callee);
                         }))
          S.Child->AsyncSignalSafe.push_back(Callee);
  if (Shape.At && HasTrait("multiplexes"))
    S.EventLoop = innermostLoopAround(Shape.At, Ctx);
  // A parallel algorithm waits for its work, but runs it on other threads.
  if (isAsync(*Taken.Label) || HasTrait("parallel")) {
    noteHandlers(S, Site.Args, R->LoopHandlerArgs);
    noteHandlerMembers(S, Site.Args, R->HandlerMembers);
  }
  // A call resolved by name has no arguments of known types to judge.
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Shape.At); Call && !Shape.ResolvedByName)
    S.Extent = callExtentOf(Call, Ctx, Discarded);
  if (const auto *Call = dyn_cast_or_null<Expr>(Shape.At))
    Scopes.back().SiteOf[Call] = current().CallSites.size() - 1;
  return true;
}

CallSite &Extractor::addCallSite(std::string Callee, SourceLocation Loc, Quadrant Label,
                                 llvm::StringRef RuleId, llvm::StringRef Reason,
                                 std::vector<std::string> Traits) {
  CallSite S;
  std::string Macro;
  S.Loc = pointOf(Loc, &Macro);
  S.Callee = std::move(Callee);
  S.Label = Label;
  S.RuleId = RuleId.str();
  S.Reason = Reason.str();
  if (!Macro.empty())
    S.Reason += fmt::format(" (in expansion of macro '{}')", Macro);
  S.Traits = std::move(Traits);
  current().CallSites.push_back(std::move(S));
  return current().CallSites.back();
}

std::vector<HeldLock> Extractor::heldLocksAt(const FlowState &State,
                                             llvm::ArrayRef<const Expr *> Args,
                                             std::optional<Descriptor> Self) {
  std::vector<HeldLock> Held;
  for (const LockEntry &L : State.held()) {
    if (Self && (sameObject(L.Object, *Self) || sameObject(L.Mutex, *Self)))
      continue;
    bool Given = llvm::any_of(Args, [&](const Expr *A) {
      std::optional<Descriptor> D = descriptorOf(A, Ctx);
      return D && (D->Var == L.Object.Var || D->Var == L.Mutex.Var);
    });
    if (!Given)
      Held.push_back(L.Lock);
  }
  std::sort(Held.begin(), Held.end(), [](const HeldLock &A, const HeldLock &B) {
    return std::tie(A.Loc, A.Name) < std::tie(B.Loc, B.Name);
  });
  return Held;
}

/// A data member or global made non-blocking stays so beyond this function:
/// the linker applies the mark program-wide.
void Extractor::markObjects(const Rule &R, const SiteShape &Shape, const SiteContext &Site) {
  for (const rules::DescriptorMark &Mark : R.MarksNonBlocking) {
    if (!allHold(Mark.Where, Site))
      continue;
    std::optional<Descriptor> Result;
    if (const auto *Call = dyn_cast_or_null<Expr>(Shape.At))
      if (auto It = Scopes.back().Context.ResultTarget.find(Call);
          It != Scopes.back().Context.ResultTarget.end())
        Result = It->second;
    std::optional<Descriptor> Marked = markedDescriptor(Mark, Site, Result);
    if (!Marked)
      continue;
    if (std::optional<std::string> Object = objectKey(Marked->Var))
      Out.NonBlockingObjects.push_back({std::move(*Object), current().Name, pointOf(Shape.Loc, nullptr)});
  }
}

/// For a site a non-blocking descriptor would label differently, when that
/// descriptor is a data member or global not (yet) known non-blocking
/// here: the other outcome, for the linker to take if some function in
/// the program makes it non-blocking.
std::optional<NonBlockingAlternative>
Extractor::alternativeIfNonBlocking(const Rule &R, const SiteContext &Site, Quadrant Taken) {
  for (const rules::Case &C : R.Cases)
    for (const rules::Condition &Cond : C.Where) {
      std::optional<Descriptor> Subject = nonBlockingSubject(Cond, Site);
      if (!Subject || (Site.Flow && Site.Flow->nonBlocking(*Subject)))
        continue;
      std::string Object = bindingKey(*Subject);
      if (Object.empty())
        continue;
      FlowState Assumed = Site.Flow ? *Site.Flow : FlowState();
      Assumed.assumeNonBlocking(*Subject);
      SiteContext AssumedSite = Site;
      AssumedSite.Flow = &Assumed;
      Outcome Other = outcome(R, AssumedSite);
      if (Other.Label && Other.Label != Taken)
        return NonBlockingAlternative{std::move(Object), *Other.Label, Other.Reason.str(),
                                      adviceAt(*Other.Advice, AssumedSite)};
    }
  return std::nullopt;
}

/// The members named by a rule's handler-members, of the objects the
/// arguments point to: `ev_io_start(loop, &w)` runs what `w.cb` holds.
void Extractor::noteHandlerMembers(CallSite &S, llvm::ArrayRef<const Expr *> Args,
                                   llvm::ArrayRef<std::string> Members) {
  if (Members.empty())
    return;
  for (const Expr *A : Args) {
    QualType Pointee = A->IgnoreParenImpCasts()->getType()->getPointeeType();
    const RecordDecl *Object = Pointee.isNull() ? nullptr : Pointee->getAsRecordDecl();
    if (!Object)
      continue;
    for (const FieldDecl *Field : Object->fields())
      if (Field->getIdentifier() && llvm::is_contained(Members, Field->getName()))
        if (std::string Slot = slotOf(Field, Ctx); !Slot.empty())
          S.HandlerSlots.push_back(std::move(Slot));
  }
}

/// Lambdas and functions passed as arguments: what an initiation runs later.
void Extractor::noteHandlers(CallSite &S, llvm::ArrayRef<const Expr *> Args,
                             llvm::ArrayRef<unsigned> LoopArgs) {
  for (unsigned I = 0; I < Args.size(); ++I) {
    const Expr *A = Args[I];
    Callables Found = callablesIn(A, Ctx);
    llvm::append_range(S.Handlers, Found.FunctionUSRs);
    if (llvm::is_contained(LoopArgs, I))
      llvm::append_range(S.LoopHandlers, Found.FunctionUSRs);
    // A slot's contents are known once the program is linked; only one
    // that can hold a callable is worth a fact (not every `&t` argument).
    if (isCallableType(A->IgnoreImplicit()->getType()))
      llvm::append_range(S.HandlerSlots, Found.Slots);
  }
}

} // namespace quadrant::facts
