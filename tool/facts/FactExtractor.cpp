//===--- FactExtractor.cpp - AST to facts -----------------------*- C++ -*-===//
#include "facts/FactExtractor.h"
#include "facts/ArgumentConditions.h"
#include "facts/CallableFlow.h"
#include "facts/DependentCalls.h"
#include "facts/Names.h"
#include "facts/ThreadLifetimes.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/StmtOpenMP.h"
#include "llvm/Frontend/OpenMP/OMP.h"
#include "clang/Basic/SourceManager.h"
#include "clang/AST/ASTLambda.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"

using namespace clang;
using quadrant::rules::Rule;
using quadrant::rules::SiteKind;

namespace quadrant::facts {

namespace {

/// Strips what the compiler wraps around an expression used as a statement.
const Expr *stripWrappers(const Expr *E) {
  while (true) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Next); Cast && Cast->getType()->isVoidType())
      Next = Cast->getSubExpr();
    if (Next == E)
      return E;
    E = Next;
  }
}

const CallExpr *asCall(const Expr *E) { return E ? dyn_cast<CallExpr>(stripWrappers(E)) : nullptr; }


/// What a function's declaration says about itself, which callers take as a
/// rule: [[clang::annotate("quadrant::blocking")]] and its siblings, or
/// Clang's function-effect attributes [[clang::blocking]]/[[clang::nonblocking]].
struct DeclaredLabel {
  Quadrant Label;
  std::string Reason;
};

std::optional<DeclaredLabel> declaredLabel(const FunctionDecl *FD) {
  for (const auto *Annotation : FD->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Value = Annotation->getAnnotation();
    if (!Value.consume_front("quadrant::"))
      continue;
    std::optional<Quadrant> Label = parseQuadrant(Value);
    if (Value == "blocking")
      Label = Quadrant::SyncBlocking;
    else if (Value == "nonblocking")
      Label = Quadrant::SyncNonBlocking;
    else if (Value == "async")
      Label = Quadrant::AsyncNonBlocking;
    if (Label)
      return DeclaredLabel{*Label, ("declared [[clang::annotate(\"quadrant::" + Value +
                                    "\")]]").str()};
  }
  for (const FunctionEffect &Effect : FD->getFunctionEffects().effects()) {
    if (Effect.kind() == FunctionEffect::Kind::Blocking)
      return DeclaredLabel{Quadrant::SyncBlocking, "declared [[clang::blocking]]"};
    if (Effect.kind() == FunctionEffect::Kind::NonBlocking)
      return DeclaredLabel{Quadrant::SyncNonBlocking, "declared [[clang::nonblocking]]"};
  }
  return std::nullopt;
}

class Extractor : public RecursiveASTVisitor<Extractor> {
  using Base = RecursiveASTVisitor<Extractor>;

public:
  Extractor(ASTContext &Ctx, const rules::RuleSet &Rules, TranslationUnit &Out)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Rules(Rules), Out(Out), Instantiated(Ctx) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldWalkTypesOfTypeLocs() const { return false; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    if (!isa<TranslationUnitDecl>(D) && SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      return true;
    auto *FD = dyn_cast<FunctionDecl>(D);
    if (FD && FD->isImplicit())
      return true;
    if (!FD || !FD->doesThisDeclarationHaveABody() || isLambdaCallOperator(FD))
      return Base::TraverseDecl(D);
    enterFunction(FD, FD->getLocation(), FD->getSourceRange());
    bool Result = Base::TraverseDecl(D);
    leaveFunction(FD);
    return Result;
  }

  bool TraverseLambdaExpr(LambdaExpr *L) {
    enterFunction(L->getCallOperator(), L->getBeginLoc(), L->getSourceRange());
    bool Result = Base::TraverseLambdaExpr(L);
    leaveFunction(L->getCallOperator());
    return Result;
  }

  // A lock object is held until the end of the block that declares it.
  bool TraverseCompoundStmt(CompoundStmt *S, DataRecursionQueue *Queue = nullptr) {
    if (Scopes.empty())
      return Base::TraverseCompoundStmt(S, Queue);
    unsigned Depth = ++Scopes.back().BlockDepth;
    bool Result = Base::TraverseCompoundStmt(S, nullptr);
    auto &Locks = Scopes.back().Locks;
    Locks.erase(std::remove_if(Locks.begin(), Locks.end(),
                               [&](const ActiveLock &L) { return L.BlockDepth == Depth; }),
                Locks.end());
    --Scopes.back().BlockDepth;
    return Result;
  }

  // A catch handler starts with the locks held when the try block began, not
  // those the try block took before it threw.
  bool TraverseCXXTryStmt(CXXTryStmt *S, DataRecursionQueue *Queue = nullptr) {
    if (Scopes.empty())
      return Base::TraverseCXXTryStmt(S, Queue);
    std::vector<ActiveLock> AtEntry = Scopes.back().Locks;
    if (!TraverseStmt(S->getTryBlock()))
      return false;
    std::vector<ActiveLock> AfterTry = Scopes.back().Locks;
    for (unsigned I = 0; I < S->getNumHandlers(); ++I) {
      Scopes.back().Locks = AtEntry;
      if (!TraverseStmt(S->getHandler(I)))
        return false;
    }
    Scopes.back().Locks = std::move(AfterTry);
    return true;
  }

  bool TraverseWhileStmt(WhileStmt *S, DataRecursionQueue *Queue = nullptr) {
    bool Result = Base::TraverseWhileStmt(S, nullptr);
    notePollingLoop(S, S->getCond(), S->getBody());
    return Result;
  }
  bool TraverseDoStmt(DoStmt *S, DataRecursionQueue *Queue = nullptr) {
    bool Result = Base::TraverseDoStmt(S, nullptr);
    notePollingLoop(S, S->getCond(), S->getBody());
    return Result;
  }

  bool VisitCallExpr(CallExpr *E) {
    if (Scopes.empty())
      return true;
    const FunctionDecl *Callee = E->getDirectCallee();
    if (!Callee) {
      if (Scopes.back().ByName)
        labelByName(resolveDependentCall(E), E);
      return true;
    }
    llvm::ArrayRef<const Expr *> Args(const_cast<const Expr *const *>(E->getArgs()),
                                      E->getNumArgs());
    const Expr *Receiver = nullptr;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
      // Look through the derived-to-base conversion: `fut.wait()` calls a
      // member of std::__basic_future on a std::future, and rules say
      // "std::future::wait".
      Receiver = Member->getImplicitObjectArgument()->IgnoreParenImpCasts();
    else if (isa<CXXOperatorCallExpr>(E) && isa<CXXMethodDecl>(Callee) && !Args.empty()) {
      Receiver = Args.front()->IgnoreParenImpCasts();
      Args = Args.drop_front();
    }
    if (Receiver)
      Receiver = chainedStreamObject(Receiver);
    if (std::optional<DeclaredLabel> Declared = declaredLabel(Callee)) {
      CallSite &S = addCallSite(qualifiedName(reportedFunction(Callee)), E->getExprLoc(),
                                Declared->Label, "annotation", Declared->Reason, {});
      S.HeldLocks = heldLocksExcept(Args);
      return true;
    }
    Scope &S = Scopes.back();
    SiteContext Site{Ctx, Args, Receiver, nullptr, S.Discarded.contains(E), &S.NonBlockingFds};

    llvm::StringRef Unqualified = unqualifiedNameOf(Callee);
    if (!Rules.candidates(SiteKind::Call, Unqualified).empty()) {
      llvm::SmallVector<std::string, 2> Names{qualifiedName(Callee)};
      if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee); Method && Receiver)
        if (const CXXRecordDecl *Class = classOf(Receiver->getType());
            Class && Class != Method->getParent())
          Names.push_back(qualifiedName(Class) + "::" + Unqualified.str());
      std::optional<Descriptor> LockObject;
      if (Receiver)
        LockObject = descriptorOf(Receiver, Ctx);
      else if (!Args.empty())
        LockObject = descriptorOf(Args.front(), Ctx);
      if (labelSite(SiteKind::Call, Unqualified, Names, Site, E->getExprLoc(), E, "", LockObject))
        return true;
    }
    recordEdge(Callee, E, E->getExprLoc(), Args);
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    noteObjectAliases(E);
    if (Scopes.empty())
      return true;
    const CXXConstructorDecl *Ctor = E->getConstructor();
    const CXXRecordDecl *Class = Ctor->getParent();
    llvm::ArrayRef<const Expr *> Args(const_cast<const Expr *const *>(E->getArgs()),
                                      E->getNumArgs());
    SiteContext Site{Ctx, Args, nullptr, Class, false, &Scopes.back().NonBlockingFds};
    llvm::StringRef Unqualified = unqualifiedNameOf(Class);
    if (!Rules.candidates(SiteKind::Construct, Unqualified).empty()) {
      llvm::SmallVector<std::string, 1> Names{qualifiedName(Class)};
      std::optional<Descriptor> LockObject;
      if (const VarDecl *Var = Scopes.back().Initialises.lookup(E))
        LockObject = Descriptor{Var->getCanonicalDecl(), -1};
      if (labelSite(SiteKind::Construct, Unqualified, Names, Site, E->getLocation(), nullptr,
                    "::" + Unqualified.str(), LockObject))
        return true;
    }
    recordEdge(Ctor, E, E->getLocation());
    return true;
  }

  bool VisitVarDecl(VarDecl *VD) {
    if (Scopes.empty())
      return true;
    if (Scopes.back().ByName)
      if (std::optional<NameResolution> R = resolveDependentVariable(VD)) {
        labelByName(std::move(R), nullptr, VD);
        return true;
      }
    const Expr *Init = VD->getInit();
    if (const CallExpr *Call = asCall(Init))
      Scopes.back().ResultTarget[Call] = Descriptor{VD->getCanonicalDecl(), -1};
    if (!VD->hasLocalStorage() || isa<ParmVarDecl>(VD))
      return true;
    if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Init ? Init->IgnoreImplicit() : nullptr))
      Scopes.back().Initialises[Construct] = VD;
    const CXXRecordDecl *Class = VD->getType()->getAsCXXRecordDecl();
    if (!Class)
      return true;
    if (!VD->getType()->isReferenceType() && mustJoin(Class))
      Scopes.back().HasThreadVariable = true;
    llvm::StringRef Unqualified = unqualifiedNameOf(Class);
    if (Rules.candidates(SiteKind::Destroy, Unqualified).empty())
      return true;
    // The destroyed object's "arguments" are its constructor's; an object
    // initialised from a call or a cast has one, the initialiser.
    llvm::ArrayRef<const Expr *> Args;
    if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Init ? Init->IgnoreImplicit() : nullptr))
      Args = llvm::ArrayRef<const Expr *>(const_cast<const Expr *const *>(Construct->getArgs()),
                                         Construct->getNumArgs());
    else if (Init)
      Args = llvm::ArrayRef<const Expr *>(Init);
    SiteContext Site{Ctx, Args, nullptr, Class, false, &Scopes.back().NonBlockingFds};
    llvm::SmallVector<std::string, 1> Names{qualifiedName(Class)};
    labelSite(SiteKind::Destroy, Unqualified, Names, Site, VD->getLocation(), nullptr,
              "::~" + Unqualified.str());
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *B) {
    if (Scopes.empty() || !B->isAssignmentOp())
      return true;
    if (const CallExpr *Call = asCall(B->getRHS()))
      if (std::optional<Descriptor> Target = descriptorOf(B->getLHS(), Ctx))
        Scopes.back().ResultTarget[Call] = *Target;
    return true;
  }

  bool VisitCoawaitExpr(CoawaitExpr *E) {
    if (!Scopes.empty() && !E->isImplicit())
      noteCoAwait(E->getOperand(), E->getKeywordLoc());
    return true;
  }
  // Instantiating a coroutine resolves its co_awaits: only a template with
  // no instantiation reports those of its pattern.
  bool VisitDependentCoawaitExpr(DependentCoawaitExpr *E) {
    if (!Scopes.empty() && Scopes.back().ByName) {
      size_t Before = current().CallSites.size();
      noteCoAwait(E->getOperand(), E->getKeywordLoc());
      noteResolvedByName(Before);
    }
    return true;
  }

  bool VisitCXXUnresolvedConstructExpr(CXXUnresolvedConstructExpr *E) {
    if (!Scopes.empty() && Scopes.back().ByName)
      labelByName(resolveDependentConstruct(E), E);
    return true;
  }

  bool VisitCoyieldExpr(CoyieldExpr *E) {
    if (Scopes.empty())
      return true;
    current().HasCoYield = true;
    labelKeyword("co_yield", E->getOperand(), E->getKeywordLoc());
    return true;
  }

  bool VisitOMPExecutableDirective(OMPExecutableDirective *D) {
    if (Scopes.empty())
      return true;
    std::string Name = ("omp " + llvm::omp::getOpenMPDirectiveName(D->getDirectiveKind())).str();
    llvm::SmallVector<std::string, 1> Names{Name};
    SiteContext Site{Ctx, {}, nullptr, nullptr, false, &Scopes.back().NonBlockingFds};
    labelSite(SiteKind::Directive, Name, Names, Site, D->getBeginLoc(), nullptr, "");
    return true;
  }

  bool VisitCoreturnStmt(CoreturnStmt *S) {
    if (!Scopes.empty() && !S->isImplicit())
      current().HasCoReturn = true;
    return true;
  }

  // Expressions in statement position: their value is discarded. (A
  // discarded std::async future blocks in its destructor right there.)
  bool VisitCompoundStmt(CompoundStmt *S) {
    for (Stmt *Child : S->body())
      markDiscarded(Child);
    return true;
  }
  bool VisitIfStmt(IfStmt *S) {
    markDiscarded(S->getThen());
    markDiscarded(S->getElse());
    return true;
  }
  bool VisitForStmt(ForStmt *S) {
    markDiscarded(S->getInit());
    markDiscarded(S->getInc());
    markDiscarded(S->getBody());
    return true;
  }
  bool VisitWhileStmt(WhileStmt *S) { return markDiscarded(S->getBody()); }
  bool VisitDoStmt(DoStmt *S) { return markDiscarded(S->getBody()); }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *S) { return markDiscarded(S->getBody()); }
  bool VisitSwitchCase(SwitchCase *S) { return markDiscarded(S->getSubStmt()); }
  bool VisitLabelStmt(LabelStmt *S) { return markDiscarded(S->getSubStmt()); }

private:
  /// A lock taken in the function being walked.
  struct ActiveLock {
    Descriptor Object; ///< the lock object, or the mutex locked by hand
    HeldLock Lock;
    /// The block whose end releases it; 0 for a mutex locked by hand, which
    /// stays locked until unlocked.
    unsigned BlockDepth;
    bool Held;
  };

  /// What is known while walking one function body.
  struct Scope {
    unsigned Function;
    DescriptorSet NonBlockingFds;
    llvm::DenseSet<const Expr *> Discarded;
    llvm::DenseSet<const Expr *> Awaited;
    /// Calls whose result initialises or is assigned to a variable.
    llvm::DenseMap<const Expr *, Descriptor> ResultTarget;
    /// Constructions that initialise a local variable.
    llvm::DenseMap<const Expr *, const VarDecl *> Initialises;
    /// Labeled calls, by expression: Function.CallSites[index].
    llvm::DenseMap<const Expr *, unsigned> SiteOf;
    std::vector<ActiveLock> Locks;
    unsigned BlockDepth = 0;
    bool HasThreadVariable = false;
    /// A templated function with no instantiation in the TU: its dependent
    /// calls are resolved by name (DependentCalls.h).
    bool ByName = false;
  };

  Function &current() { return Out.Functions[Scopes.back().Function]; }

  static llvm::StringRef unqualifiedNameOf(const NamedDecl *D) {
    if (const IdentifierInfo *Id = D->getIdentifier())
      return Id->getName();
    // Operators and conversion functions have no identifier.
    static thread_local std::string Spelled;
    Spelled = D->getNameAsString();
    return Spelled;
  }

  bool markDiscarded(Stmt *S) {
    if (!Scopes.empty())
      if (const CallExpr *Call = asCall(dyn_cast_or_null<Expr>(S)))
        Scopes.back().Discarded.insert(Call);
    return true;
  }

  void enterFunction(const FunctionDecl *FD, SourceLocation NameLoc, SourceRange Extent) {
    std::string USR = usrOf(FD);
    auto [It, Inserted] = FunctionIndex.try_emplace(USR, Out.Functions.size());
    if (Inserted) {
      const FunctionDecl *Reported = reportedFunction(FD);
      Function F;
      F.USR = USR;
      F.Name = qualifiedName(Reported);
      F.Signature = signatureOf(Reported, F.Name);
      F.Loc = pointOf(NameLoc, nullptr);
      F.Begin = pointOf(Extent.getBegin(), nullptr);
      F.End = pointOf(Extent.getEnd(), nullptr);
      if (const auto *Method = dyn_cast<CXXMethodDecl>(Reported))
        for (const CXXMethodDecl *Overridden : Method->overridden_methods())
          F.Overrides.push_back(usrOf(Overridden));
      if (std::optional<DeclaredLabel> Declared = declaredLabel(Reported))
        F.Declared = Declared->Label;
      Out.Functions.push_back(std::move(F));
    }
    Scopes.emplace_back();
    Scopes.back().Function = It->second;
    Scopes.back().ByName = FD->isTemplated() && !Instantiated.has(FD);
    current().ResolvedByName |= Scopes.back().ByName;
    if (isa_and_nonnull<CoroutineBodyStmt>(FD->getBody()))
      current().IsCoroutine = true;
  }

  std::string signatureOf(const FunctionDecl *FD, llvm::StringRef Name) {
    PrintingPolicy Policy(Ctx.getLangOpts());
    Policy.SuppressUnwrittenScope = true;
    std::string Signature;
    if (!isa<CXXConstructorDecl>(FD) && !isa<CXXDestructorDecl>(FD))
      Signature = FD->getReturnType().getAsString(Policy) + " ";
    Signature += Name;
    Signature += "(";
    for (unsigned I = 0; I < FD->getNumParams(); ++I) {
      if (I)
        Signature += ", ";
      Signature += FD->getParamDecl(I)->getType().getAsString(Policy);
    }
    if (FD->isVariadic())
      Signature += FD->getNumParams() ? ", ..." : "...";
    Signature += ")";
    if (const auto *Method = dyn_cast<CXXMethodDecl>(FD); Method && Method->isConst())
      Signature += " const";
    return Signature;
  }

  /// Where a construct is reported: where the user wrote it. A call inside a
  /// macro's body is reported where the macro is used, and MacroName says
  /// which macro; a call written as a macro argument is reported as written.
  SourcePoint pointOf(SourceLocation Loc, std::string *MacroName) {
    return reportedPoint(Ctx, Loc, MacroName);
  }

  /// A constructor that initialises a member from a parameter makes the
  /// member another name for the argument: `session_impl_{socket_}` with
  /// `session(socket &s) : socket_(s)` (a reference, or a descriptor number
  /// copied, or a socket moved: all the same descriptor). Runs outside
  /// functions too, for default member initialisers.
  void noteObjectAliases(const CXXConstructExpr *E) {
    const FunctionDecl *Definition = nullptr;
    if (E->getNumArgs() == 0 || !E->getConstructor()->hasBody(Definition) ||
        SM.isInSystemHeader(SM.getExpansionLoc(Definition->getLocation())))
      return;
    const auto *Ctor = cast<CXXConstructorDecl>(Definition);
    for (const CXXCtorInitializer *Init : Ctor->inits()) {
      const FieldDecl *Member = Init->getMember();
      const auto *Param = Member ? parameterIn(Init->getInit()) : nullptr;
      if (!Param || Param->getFunctionScopeIndex() >= E->getNumArgs())
        continue;
      std::optional<Descriptor> Source =
          descriptorOf(E->getArg(Param->getFunctionScopeIndex()), Ctx);
      if (!Source)
        continue;
      std::optional<std::string> MemberKey = objectKey(Member);
      if (!MemberKey)
        continue;
      if (std::optional<std::string> SourceKey = objectKey(Source->Var))
        Out.ObjectAliases.push_back({std::move(*MemberKey), std::move(*SourceKey)});
      else if (!Scopes.empty() && Scopes.back().NonBlockingFds.contains(*Source))
        // A local made non-blocking, handed to the object that keeps it.
        Out.NonBlockingObjects.push_back(
            {std::move(*MemberKey), current().Name, pointOf(E->getBeginLoc(), nullptr)});
    }
  }

  /// The parameter an initialiser copies, moves or binds, if it is one.
  static const ParmVarDecl *parameterIn(const Expr *Init) {
    while (Init) {
      Init = Init->IgnoreImplicit()->IgnoreParens();
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Init))
        return dyn_cast<ParmVarDecl>(Ref->getDecl());
      if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
          Construct && Construct->getNumArgs() == 1)
        Init = Construct->getArg(0);
      else if (const auto *Call = dyn_cast<CallExpr>(Init);
               Call && Call->getNumArgs() == 1 && Call->isCallToStdMove())
        Init = Call->getArg(0);
      else
        return nullptr;
    }
    return nullptr;
  }

  /// What a matching rule says of a site: its first case whose conditions
  /// hold, else the rule itself.
  struct Outcome {
    std::optional<Quadrant> Label;
    llvm::StringRef Reason;
    std::vector<std::string> Traits;
    const std::vector<Advice> *Advice;
  };
  static Outcome outcome(const Rule &R, const SiteContext &Site) {
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

  /// Labels a site if a rule matches it. Returns whether one did, even when
  /// the rule's outcome is "not labeled" (a recognised library call is never
  /// a call edge). LockObject is what a "locks"/"unlocks" rule takes or
  /// releases: the receiver, the first argument, or the variable constructed.
  bool labelSite(SiteKind Kind, llvm::StringRef Unqualified, llvm::ArrayRef<std::string> Names,
                 const SiteContext &Site, SourceLocation Loc, const Expr *Call,
                 llvm::StringRef CalleeSuffix, std::optional<Descriptor> LockObject = std::nullopt) {
    for (const Rule *R : Rules.candidates(Kind, Unqualified)) {
      auto Matched = std::find_first_of(
          Names.begin(), Names.end(), R->Names.begin(), R->Names.end(),
          [](llvm::StringRef Site, llvm::StringRef Pattern) { return rules::nameMatches(Pattern, Site); });
      if (Matched == Names.end() || !allHold(R->Where, Site))
        continue;
      applyDescriptorMarks(*R, Site, dyn_cast_or_null<CallExpr>(Call), Loc);
      Outcome Taken = outcome(*R, Site);
      std::optional<Quadrant> Label = Taken.Label;
      std::vector<std::string> Traits = std::move(Taken.Traits);
      bool Unlocks = llvm::is_contained(Traits, "unlocks");
      bool Adopts = llvm::is_contained(Traits, "adopts-lock");
      if (Label) {
        CallSite &S = addCallSite(*Matched + CalleeSuffix.str(), Loc, *Label, R->Id, Taken.Reason,
                                  std::move(Traits));
        S.Advice = *Taken.Advice;
        S.IfNonBlocking = alternativeIfNonBlocking(*R, Site, Taken);
        // Locking a lock object again is not "another" lock: in source
        // order, that is usually a second path (a catch handler).
        S.HeldLocks = heldLocksExcept(Site.Args, LockObject);
        if (isAsync(*Label))
          S.Handlers = handlersIn(Site.Args);
        if (Call)
          Scopes.back().SiteOf[Call] = current().CallSites.size() - 1;
        if (LockObject && isBlocking(*Label) && llvm::is_contained(S.Traits, "locks")) {
          // std::lock(a, b) locks every argument; pthread_mutex_lock(&m)
          // and mtx_timedlock(&m, deadline) only the first.
          if (Kind == SiteKind::Call && !Site.Receiver && llvm::is_contained(S.Traits, "locks-every-argument"))
            for (const Expr *Arg : Site.Args) {
              if (std::optional<Descriptor> D = descriptorOf(Arg, Ctx))
                acquireLock(*D, Loc, /*ScopedObject=*/false);
            }
          else
            acquireLock(*LockObject, Loc, Kind == SiteKind::Construct);
        }
      }
      if (LockObject && Unlocks)
        setHeld(*LockObject, false);
      if (Adopts)
        adoptLocks(Site.Args);
      return true;
    }
    return false;
  }

  CallSite &addCallSite(std::string Callee, SourceLocation Loc, Quadrant Label, llvm::StringRef RuleId,
                        llvm::StringRef Reason, std::vector<std::string> Traits) {
    CallSite S;
    std::string Macro;
    S.Loc = pointOf(Loc, &Macro);
    S.Callee = std::move(Callee);
    S.Label = Label;
    S.RuleId = RuleId.str();
    S.Reason = Reason.str();
    if (!Macro.empty())
      S.Reason += " (in expansion of macro '" + Macro + "')";
    S.Traits = std::move(Traits);
    current().CallSites.push_back(std::move(S));
    return current().CallSites.back();
  }

  static bool sameObject(const Descriptor &A, const Descriptor &B) {
    return A.Var == B.Var && A.Element == B.Element;
  }

  void setHeld(const Descriptor &Object, bool Held) {
    for (ActiveLock &L : Scopes.back().Locks)
      if (sameObject(L.Object, Object))
        L.Held = Held;
  }

  /// A lock object constructed here is released at the end of its block; a
  /// mutex locked by hand stays locked until unlocked. Locking a lock object
  /// again (unique_lock::lock) holds it again.
  void acquireLock(const Descriptor &Object, SourceLocation Loc, bool ScopedObject) {
    for (ActiveLock &L : Scopes.back().Locks)
      if (sameObject(L.Object, Object)) {
        L.Held = true;
        L.Lock.Loc = pointOf(Loc, nullptr);
        return;
      }
    const auto *Named = dyn_cast_or_null<NamedDecl>(Object.Var);
    if (!Named)
      return;
    ActiveLock L{Object, HeldLock{Named->getNameAsString(), pointOf(Loc, nullptr)},
                 ScopedObject ? Scopes.back().BlockDepth : 0, true};
    Scopes.back().Locks.push_back(std::move(L));
  }

  /// A lock object constructed with std::adopt_lock takes over mutexes
  /// locked by hand: they are released at the end of its block.
  void adoptLocks(llvm::ArrayRef<const Expr *> Args) {
    for (const Expr *Arg : Args)
      if (std::optional<Descriptor> D = descriptorOf(Arg, Ctx))
        for (ActiveLock &L : Scopes.back().Locks)
          if (sameObject(L.Object, *D) && L.BlockDepth == 0)
            L.BlockDepth = Scopes.back().BlockDepth;
  }

  /// The locks held now, except those the call is handed: cv.wait(lock)
  /// releases the lock it waits with.
  std::vector<HeldLock> heldLocksExcept(llvm::ArrayRef<const Expr *> Args,
                                        std::optional<Descriptor> Self = std::nullopt) {
    std::vector<HeldLock> Held;
    for (const ActiveLock &L : Scopes.back().Locks) {
      if (!L.Held || (Self && sameObject(L.Object, *Self)))
        continue;
      bool Given = llvm::any_of(Args, [&](const Expr *A) {
        std::optional<Descriptor> D = descriptorOf(A, Ctx);
        return D && D->Var == L.Object.Var;
      });
      if (!Given)
        Held.push_back(L.Lock);
    }
    return Held;
  }

  /// Lambdas and functions passed as arguments: what an initiation runs later.
  std::vector<std::string> handlersIn(llvm::ArrayRef<const Expr *> Args) {
    std::vector<std::string> USRs;
    for (const Expr *A : Args) {
      const Expr *E = A->IgnoreImplicit()->IgnoreParenImpCasts();
      if (const auto *Construct = dyn_cast<CXXConstructExpr>(E); Construct && Construct->getNumArgs() == 1)
        E = Construct->getArg(0)->IgnoreImplicit()->IgnoreParenImpCasts();
      if (const auto *Lambda = dyn_cast<LambdaExpr>(E))
        USRs.push_back(usrOf(Lambda->getCallOperator()));
      else if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
        if (const auto *Fn = dyn_cast<FunctionDecl>(Ref->getDecl()))
          USRs.push_back(usrOf(Fn));
    }
    return USRs;
  }

  /// `while (!done) sleep_for(1ms);`: a loop with a condition whose body is
  /// nothing but waiting for time to pass.
  void notePollingLoop(Stmt *Loop, Expr *Cond, Stmt *Body) {
    if (Scopes.empty() || !Cond || !Body || Cond->isValueDependent())
      return;
    if (bool Constant; Cond->EvaluateAsBooleanCondition(Constant, Ctx))
      return; // while (true) sleep: a timer loop, not polling
    if (!waitsForOtherThread(Cond))
      return;
    llvm::SmallVector<Stmt *, 2> Statements;
    if (auto *Block = dyn_cast<CompoundStmt>(Body))
      Statements.append(Block->body_begin(), Block->body_end());
    else
      Statements.push_back(Body);
    llvm::SmallVector<unsigned, 2> Sleeps;
    for (Stmt *St : Statements) {
      const CallExpr *Call = asCall(dyn_cast<Expr>(St));
      auto It = Call ? Scopes.back().SiteOf.find(Call) : Scopes.back().SiteOf.end();
      if (It == Scopes.back().SiteOf.end() ||
          !llvm::is_contained(current().CallSites[It->second].Traits, "sleeps"))
        return;
      Sleeps.push_back(It->second);
    }
    for (unsigned Index : Sleeps)
      current().CallSites[Index].PollingLoop = pointOf(Loop->getBeginLoc(), nullptr);
  }

  /// Whether a loop condition waits for another thread: it counts nothing
  /// down itself (`n-- > 0` is a bounded retry), and some part of it that
  /// is not a constant reads no clock. `now() < deadline` alone is a sleep
  /// until a time; `!ready && now() < deadline` polls `ready`, with a
  /// deadline. The parts are the operands of a top-level &&.
  bool waitsForOtherThread(const Expr *Cond) {
    llvm::SmallVector<const Expr *, 4> Parts, Pending{Cond};
    while (!Pending.empty()) {
      const Expr *E = Pending.pop_back_val()->IgnoreParenImpCasts();
      if (const auto *And = dyn_cast<BinaryOperator>(E); And && And->getOpcode() == BO_LAnd) {
        Pending.push_back(And->getRHS());
        Pending.push_back(And->getLHS());
      } else {
        Parts.push_back(E);
      }
    }
    bool Polls = false;
    for (const Expr *Part : Parts) {
      ConditionPart What = inspectConditionPart(Part);
      if (What.CountsItself)
        return false;
      bool Constant;
      Polls |= !What.ReadsClock && !Part->EvaluateAsBooleanCondition(Constant, Ctx);
    }
    return Polls;
  }

  struct ConditionPart {
    bool CountsItself = false; ///< ++, --, or an assignment
    bool ReadsClock = false;
  };

  static ConditionPart inspectConditionPart(const Expr *Part) {
    struct Finder : RecursiveASTVisitor<Finder> {
      ConditionPart What;
      bool VisitUnaryOperator(UnaryOperator *U) {
        What.CountsItself |= U->isIncrementDecrementOp();
        return true;
      }
      bool VisitBinaryOperator(BinaryOperator *B) {
        What.CountsItself |= B->isAssignmentOp();
        return true;
      }
      bool VisitCallExpr(CallExpr *C) {
        if (const FunctionDecl *Callee = C->getDirectCallee(); Callee && Callee->getIdentifier())
          What.ReadsClock |= llvm::is_contained(
              {"now", "time", "clock", "clock_gettime", "gettimeofday"}, Callee->getName());
        return true;
      }
    } F;
    F.TraverseStmt(const_cast<Expr *>(Part));
    return F.What;
  }

  /// Whether a class is one a construct rule marks "must-join" (std::thread).
  bool mustJoin(const CXXRecordDecl *Class) {
    llvm::StringRef Unqualified = unqualifiedNameOf(Class);
    auto Candidates = Rules.candidates(SiteKind::Construct, Unqualified);
    if (Candidates.empty())
      return false;
    std::string Name = qualifiedName(Class);
    return llvm::any_of(Candidates, [&](const Rule *R) {
      return llvm::is_contained(R->Traits, "must-join") &&
             llvm::any_of(R->Names, [&](const std::string &P) { return rules::nameMatches(P, Name); });
    });
  }

  void leaveFunction(const FunctionDecl *FD) {
    if (Scopes.back().HasThreadVariable)
      for (UnjoinedThread &T : findUnjoinedThreads(
               FD, Ctx, [&](const CXXRecordDecl *C) { return mustJoin(C); },
               [&](SourceLocation L) { return pointOf(L, nullptr); }))
        current().UnjoinedThreads.push_back(std::move(T));
    Scopes.pop_back();
  }

  void noteCoAwait(const Expr *Operand, SourceLocation Loc) {
    current().HasCoAwait = true;
    if (const CallExpr *Call = asCall(Operand))
      Scopes.back().Awaited.insert(Call);
    labelKeyword("co_await", Operand, Loc);
  }

  /// Labels a dependent call, construction or variable (Var) resolved by
  /// name, as a resolved one would be; else records the program's functions
  /// it may call as edges.
  void labelByName(std::optional<NameResolution> R, const Expr *E, const VarDecl *Var = nullptr) {
    if (!R)
      return;
    Scope &S = Scopes.back();
    SiteContext Site{Ctx, R->Args, R->Receiver, R->Class, E && S.Discarded.contains(E),
                     &S.NonBlockingFds, /*ResolvedByName=*/true};
    std::optional<Descriptor> LockObject;
    if (Var)
      LockObject = Descriptor{Var->getCanonicalDecl(), -1};
    else if (R->Receiver)
      LockObject = descriptorOf(R->Receiver, Ctx);
    else if (!R->Args.empty())
      LockObject = descriptorOf(R->Args.front(), Ctx);
    bool Call = R->Kind == SiteKind::Call;
    size_t Before = current().CallSites.size();
    bool Matched = labelSite(R->Kind, R->Unqualified, R->Names, Site, R->Loc, Call ? E : nullptr,
                             Call ? "" : "::" + R->Unqualified, LockObject);
    if (Var)
      labelSite(SiteKind::Destroy, R->Unqualified, R->Names, Site, R->Loc, nullptr,
                "::~" + R->Unqualified);
    noteResolvedByName(Before);
    if (!Matched && E)
      for (const FunctionDecl *Callee : R->ProgramCallees)
        recordEdge(Callee, E, R->Loc, R->Args);
  }

  /// Says so in the reason of the call sites labeled since Before.
  void noteResolvedByName(size_t Before) {
    for (size_t I = Before; I < current().CallSites.size(); ++I)
      current().CallSites[I].Reason += ResolvedByNameNote;
  }

  void labelKeyword(llvm::StringRef Keyword, const Expr *Operand, SourceLocation Loc) {
    llvm::SmallVector<std::string, 1> Names{Keyword.str()};
    const Expr *Args[] = {Operand};
    SiteContext Site{Ctx, Args, nullptr, nullptr, false, &Scopes.back().NonBlockingFds};
    labelSite(SiteKind::Keyword, Keyword, Names, Site, Loc, nullptr, "");
  }

  void applyDescriptorMarks(const Rule &R, const SiteContext &Site, const CallExpr *Call,
                            SourceLocation Loc) {
    for (const rules::DescriptorMark &Mark : R.MarksNonBlocking) {
      if (!allHold(Mark.Where, Site))
        continue;
      std::optional<Descriptor> Marked;
      if (Mark.DescriptorArg) {
        if (*Mark.DescriptorArg < Site.Args.size())
          Marked = descriptorOf(Site.Args[*Mark.DescriptorArg], Ctx);
      } else if (Mark.OnReceiver) {
        if (Site.Receiver)
          Marked = descriptorOf(Site.Receiver, Ctx);
      } else if (Call) {
        auto It = Scopes.back().ResultTarget.find(Call);
        if (It != Scopes.back().ResultTarget.end())
          Marked = It->second;
      }
      if (!Marked)
        continue;
      Scopes.back().NonBlockingFds.insert(*Marked);
      if (std::optional<std::string> Object = objectKey(Marked->Var))
        Out.NonBlockingObjects.push_back({std::move(*Object), current().Name, pointOf(Loc, nullptr)});
    }
  }

  /// What names a data member or global across functions and TUs: its
  /// qualified name (the same for every instantiation of a class template)
  /// and where it is declared. Locals and parameters have none.
  std::optional<std::string> objectKey(const Decl *D) {
    const auto *Named = dyn_cast_or_null<NamedDecl>(D);
    if (!Named)
      return std::nullopt;
    if (const auto *Var = dyn_cast<VarDecl>(D); Var && Var->hasLocalStorage())
      return std::nullopt;
    if (!isa<FieldDecl>(D) && !isa<VarDecl>(D))
      return std::nullopt;
    SourcePoint Declared = pointOf(Named->getLocation(), nullptr);
    return qualifiedName(Named) + "@" + Declared.File + ":" + std::to_string(Declared.Line) + ":" +
           std::to_string(Declared.Column);
  }

  /// For a site a non-blocking descriptor would label differently, when that
  /// descriptor is a data member or global not (yet) known non-blocking
  /// here: the other outcome, for the linker to take if some function in
  /// the program makes it non-blocking.
  std::optional<NonBlockingAlternative> alternativeIfNonBlocking(const Rule &R,
                                                                  const SiteContext &Site,
                                                                  const Outcome &Taken) {
    for (const rules::Case &C : R.Cases)
      for (const rules::Condition &Cond : C.Where) {
        std::optional<Descriptor> Subject = nonBlockingSubject(Cond, Site);
        if (!Subject || (Site.NonBlockingFds && Site.NonBlockingFds->contains(*Subject)))
          continue;
        std::optional<std::string> Object = objectKey(Subject->Var);
        if (!Object)
          continue;
        DescriptorSet Assumed = Site.NonBlockingFds ? *Site.NonBlockingFds : DescriptorSet();
        Assumed.insert(*Subject);
        SiteContext AssumedSite = Site;
        AssumedSite.NonBlockingFds = &Assumed;
        Outcome Other = outcome(R, AssumedSite);
        if (Other.Label && Other.Label != Taken.Label)
          return NonBlockingAlternative{std::move(*Object), *Other.Label, Other.Reason.str(),
                                        *Other.Advice};
      }
    return std::nullopt;
  }

  void recordEdge(const FunctionDecl *Callee, const Expr *E, SourceLocation Loc,
                  llvm::ArrayRef<const Expr *> Args = {}) {
    if (Callee->isImplicit() ||
        SM.isInSystemHeader(SM.getExpansionLoc(Callee->getCanonicalDecl()->getLocation())))
      return;
    CallEdge Edge;
    Edge.CalleeUSR = usrOf(Callee);
    Edge.CalleeName = qualifiedName(reportedFunction(Callee));
    Edge.Loc = pointOf(Loc, nullptr);
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      const auto *Method = Member->getMethodDecl();
      const auto *Callee = dyn_cast<MemberExpr>(Member->getCallee()->IgnoreParens());
      Edge.Virtual = Method && Method->isVirtual() && Callee && !Callee->hasQualifier();
    }
    Edge.Awaited = Scopes.back().Awaited.contains(E);
    Edge.HeldLocks = heldLocksExcept(Args);
    current().Calls.push_back(std::move(Edge));
  }

  ASTContext &Ctx;
  SourceManager &SM;
  const rules::RuleSet &Rules;
  TranslationUnit &Out;
  std::vector<Scope> Scopes;
  llvm::StringMap<unsigned> FunctionIndex;
  InstantiatedTemplates Instantiated;
};

} // namespace

TranslationUnit extractFacts(ASTContext &Ctx, const rules::RuleSet &Rules) {
  TranslationUnit TU;
  const SourceManager &SM = Ctx.getSourceManager();
  if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    TU.MainFile = reportedPath(SM, Main->getName());
  Extractor(Ctx, Rules, TU).TraverseDecl(Ctx.getTranslationUnitDecl());
  extractCallableFlow(Ctx, Rules, TU);
  for (Function &F : TU.Functions)
    normalizeFunction(F);
  return TU;
}

} // namespace quadrant::facts
