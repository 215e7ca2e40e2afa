//===--- FactExtractor.cpp - AST to facts -----------------------*- C++ -*-===//
#include "facts/FactExtractor.h"
#include "core/Format.h"
#include "facts/Attributes.h"
#include "facts/CallableFlow.h"
#include "facts/ReceiverTypes.h"
#include "facts/ConstructedClasses.h"
#include "facts/Extractor.h"
#include "facts/EditSpans.h"
#include "facts/LoopConditions.h"
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

} // namespace

/// Strips what the compiler wraps around an expression used as a statement.
static const Expr *stripWrappers(const Expr *E) {
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

namespace {

} // namespace

namespace {

struct Destinations : RecursiveASTVisitor<Destinations> {
  const ASTContext &Ctx;
  llvm::DenseMap<const Expr *, Descriptor> &ResultTarget;
  llvm::DenseMap<const Expr *, const VarDecl *> &Initialises;
  llvm::DenseMap<const VarDecl *, const DeclStmt *> &DeclaredBy;
  Destinations(const ASTContext &Ctx, FunctionContext &C)
      : Ctx(Ctx), ResultTarget(C.ResultTarget), Initialises(C.Initialises), DeclaredBy(C.DeclaredBy) {}
  bool TraverseLambdaExpr(LambdaExpr *) { return true; } // a function of its own
  bool VisitDeclStmt(DeclStmt *S) {
    for (const Decl *D : S->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D))
        DeclaredBy[Var] = S;
    return true;
  }
  bool VisitVarDecl(VarDecl *VD) {
    const Expr *Init = VD->getInit();
    if (const CallExpr *Call = asCall(Init))
      ResultTarget[Call] = Descriptor{VD->getCanonicalDecl(), -1};
    if (VD->hasLocalStorage() && !isa<ParmVarDecl>(VD))
      if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Init ? Init->IgnoreImplicit() : nullptr))
        Initialises[Construct] = VD;
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->isAssignmentOp())
      if (const CallExpr *Call = asCall(B->getRHS()))
        if (std::optional<Descriptor> Target = descriptorOf(B->getLHS(), Ctx))
          ResultTarget[Call] = *Target;
    return true;
  }
};

} // namespace

FunctionContext functionContextOf(const FunctionDecl *FD) {
  FunctionContext C;
  Destinations Find(FD->getASTContext(), C);
  Find.TraverseStmt(FD->getBody());
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      Find.TraverseStmt(Init->getInit());
  return C;
}

Extractor::Extractor(ASTContext &Ctx, const rules::RuleSet &Rules, TranslationUnit &Out)
    : Ctx(Ctx), SM(Ctx.getSourceManager()), Rules(Rules), Out(Out), Instantiated(Ctx) {}

/// Implicit constructors and destructors of user classes are walked too:
/// they run default member initialisers and member destructors (a class
/// with a std::jthread member joins in its destructor). Those that turn out
/// to do nothing are dropped again (finish()).
static bool isWalkedImplicitMember(const FunctionDecl *FD) {
  return isa<CXXConstructorDecl, CXXDestructorDecl>(FD) && FD->hasBody() && !FD->isDeleted();
}

bool Extractor::TraverseDecl(Decl *D) {
  if (!D)
    return true;
  if (!isa<TranslationUnitDecl>(D) && SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
    return true;
  auto *FD = dyn_cast<FunctionDecl>(D);
  if (FD && FD->isImplicit() && !isWalkedImplicitMember(FD))
    return true;
  if (!FD || !FD->doesThisDeclarationHaveABody() || isLambdaCallOperator(FD))
    return Base::TraverseDecl(D);
  SourceRange Extent = FD->getSourceRange();
  if (FD->isImplicit())
    Extent = cast<CXXMethodDecl>(FD)->getParent()->getSourceRange();
  enterFunction(FD, FD->getLocation(), Extent);
  if (FD->isImplicit())
    ImplicitFunctions.insert(Scopes.back().Function);
  bool Result = Base::TraverseDecl(D);
  // A constructor runs the initialisers it does not write: a default member
  // initialiser (`std::jthread th{[] { ... }}`) runs in every constructor
  // that does not initialise the member itself.
  if (auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    for (CXXCtorInitializer *Init : Ctor->inits())
      if (!Init->isWritten()) {
        Expr *E = Init->getInit();
        if (auto *Default = dyn_cast_or_null<CXXDefaultInitExpr>(E))
          E = Default->getExpr();
        Result = Result && TraverseStmt(E);
      }
  leaveFunction(FD);
  return Result;
}

bool Extractor::TraverseLambdaExpr(LambdaExpr *L) {
  enterFunction(L->getCallOperator(), L->getBeginLoc(), L->getSourceRange());
  bool Result = Base::TraverseLambdaExpr(L);
  leaveFunction(L->getCallOperator());
  return Result;
}

/// Walks a loop with it known as the innermost loop around its sites
/// (SiteContext::Loop).
template <typename Walk> bool Extractor::inLoop(const Stmt *Loop, Walk W) {
  if (Scopes.empty())
    return W();
  Scopes.back().Loops.push_back(Loop);
  bool Result = W();
  Scopes.back().Loops.pop_back();
  return Result;
}

bool Extractor::TraverseWhileStmt(WhileStmt *S, DataRecursionQueue *) {
  bool Result = inLoop(S, [&] { return Base::TraverseWhileStmt(S, nullptr); });
  notePollingLoop(S, S->getCond(), S->getBody());
  return Result;
}
bool Extractor::TraverseDoStmt(DoStmt *S, DataRecursionQueue *) {
  bool Result = inLoop(S, [&] { return Base::TraverseDoStmt(S, nullptr); });
  notePollingLoop(S, S->getCond(), S->getBody());
  return Result;
}
bool Extractor::TraverseForStmt(ForStmt *S, DataRecursionQueue *) {
  bool Result = inLoop(S, [&] { return Base::TraverseForStmt(S, nullptr); });
  if (!S->getInc())
    notePollingLoop(S, S->getCond(), S->getBody());
  return Result;
}
bool Extractor::TraverseCXXForRangeStmt(CXXForRangeStmt *S, DataRecursionQueue *) {
  return inLoop(S, [&] { return Base::TraverseCXXForRangeStmt(S, nullptr); });
}

bool Extractor::VisitCallExpr(CallExpr *E) {
  if (Scopes.empty())
    return true;
  if (!E->getDirectCallee()) {
    if (Scopes.back().Context.ByName)
      labelByName(resolveDependentCall(E), E);
    return true;
  }
  std::optional<SiteShape> Shape = shapeOfCall(E);
  if (!Shape)
    return true;
  if (std::optional<DeclaredLabel> Declared = declaredLabel(E->getDirectCallee())) {
    CallSite &S = addCallSite(qualifiedName(reportedFunction(E->getDirectCallee())),
                              E->getExprLoc(), Declared->Label, "annotation", Declared->Reason, {});
    S.HeldLocks = heldLocksAt(stateAt(E), Shape->Args);
    S.Guards = stateAt(E).guards();
    return true;
  }
  if (labelSite(*Shape, Scopes.back().Discarded.contains(E)))
    return true;
  recordEdge(E->getDirectCallee(), E, E->getExprLoc(), Shape->Args);
  return true;
}

bool Extractor::VisitCXXConstructExpr(CXXConstructExpr *E) {
  noteObjectAliases(E);
  if (Scopes.empty())
    return true;
  if (labelSite(shapeOfConstruct(E, Scopes.back().Context), false))
    return true;
  recordEdge(E->getConstructor(), E, E->getLocation(),
             llvm::ArrayRef<const Expr *>(const_cast<const Expr *const *>(E->getArgs()), E->getNumArgs()));
  return true;
}

bool Extractor::VisitVarDecl(VarDecl *VD) {
  if (Scopes.empty())
    return true;
  if (Scopes.back().Context.ByName)
    if (std::optional<NameResolution> R = resolveDependentVariable(VD)) {
      labelByName(std::move(R), nullptr, VD);
      return true;
    }
  if (!VD->hasLocalStorage() || isa<ParmVarDecl>(VD))
    return true;
  if (const CXXRecordDecl *Class = VD->getType()->getAsCXXRecordDecl();
      Class && !VD->getType()->isReferenceType() && mustJoin(Class))
    Scopes.back().HasThreadVariable = true;
  return true;
}

bool Extractor::VisitCoawaitExpr(CoawaitExpr *E) {
  if (!Scopes.empty() && !E->isImplicit())
    noteCoAwait(E->getOperand(), E->getKeywordLoc(), E);
  return true;
}

bool Extractor::VisitDependentCoawaitExpr(DependentCoawaitExpr *E) {
  if (!Scopes.empty() && Scopes.back().Context.ByName) {
    size_t Before = current().CallSites.size();
    noteCoAwait(E->getOperand(), E->getKeywordLoc(), E);
    noteResolvedByName(Before);
  }
  return true;
}

bool Extractor::VisitCXXUnresolvedConstructExpr(CXXUnresolvedConstructExpr *E) {
  if (!Scopes.empty() && Scopes.back().Context.ByName)
    labelByName(resolveDependentConstruct(E), E);
  return true;
}

void Extractor::noteCoAwait(const Expr *Operand, SourceLocation Loc, const Stmt *At) {
  current().HasCoAwait = true;
  if (const CallExpr *Call = asCall(Operand))
    Scopes.back().Awaited.insert(Call);
  labelKeyword("co_await", Operand, Loc, At);
}

void Extractor::labelByName(std::optional<NameResolution> R, const Expr *E, const VarDecl *Var) {
  if (!R)
    return;
  const Stmt *At = E;
  if (Var)
    At = Scopes.back().Context.DeclaredBy.lookup(Var);
  SiteShape Shape = shapeOfResolution(*R, At, Var);
  size_t Before = current().CallSites.size();
  bool Matched = labelSite(Shape, E && Scopes.back().Discarded.contains(E));
  // A dependent variable's destructor runs where it was declared, as far as
  // a template with no flow can tell.
  if (Var) {
    Shape.Kind = SiteKind::Destroy;
    Shape.CalleeSuffix = "::~" + Shape.Unqualified;
    labelSite(Shape, false);
  }
  noteResolvedByName(Before);
  if (!Matched && E)
    for (const FunctionDecl *Callee : R->ProgramCallees)
      recordEdge(Callee, E, R->Loc, R->Args);
}

void Extractor::noteResolvedByName(size_t Before) {
  for (size_t I = Before; I < current().CallSites.size(); ++I)
    current().CallSites[I].Reason += ResolvedByNameNote;
}

bool Extractor::VisitCoyieldExpr(CoyieldExpr *E) {
  if (Scopes.empty())
    return true;
  current().HasCoYield = true;
  labelKeyword("co_yield", E->getOperand(), E->getKeywordLoc(), E);
  return true;
}

bool Extractor::VisitOMPExecutableDirective(OMPExecutableDirective *D) {
  if (Scopes.empty())
    return true;
  SiteShape Shape;
  Shape.Kind = SiteKind::Directive;
  Shape.Unqualified = ("omp " + llvm::omp::getOpenMPDirectiveName(D->getDirectiveKind())).str();
  Shape.Names = {Shape.Unqualified};
  Shape.Loc = D->getBeginLoc();
  Shape.At = D;
  labelSite(Shape, false);
  return true;
}

bool Extractor::VisitCoreturnStmt(CoreturnStmt *S) {
  if (!Scopes.empty() && !S->isImplicit())
    current().HasCoReturn = true;
  return true;
}

bool Extractor::VisitCompoundStmt(CompoundStmt *S) {
  for (Stmt *Child : S->body())
    markDiscarded(Child);
  return true;
}
bool Extractor::VisitIfStmt(IfStmt *S) {
  markDiscarded(S->getThen());
  markDiscarded(S->getElse());
  return true;
}
bool Extractor::VisitForStmt(ForStmt *S) {
  markDiscarded(S->getInit());
  markDiscarded(S->getInc());
  markDiscarded(S->getBody());
  return true;
}

llvm::StringRef Extractor::unqualifiedNameOf(const NamedDecl *D) {
  if (const IdentifierInfo *Id = D->getIdentifier())
    return Id->getName();
  // Operators and conversion functions have no identifier.
  static thread_local std::string Spelled;
  Spelled = D->getNameAsString();
  return Spelled;
}

bool Extractor::markDiscarded(Stmt *S) {
  if (!Scopes.empty())
    if (const CallExpr *Call = asCall(dyn_cast_or_null<Expr>(S)))
      Scopes.back().Discarded.insert(Call);
  return true;
}

void Extractor::enterFunction(const FunctionDecl *FD, SourceLocation NameLoc, SourceRange Extent) {
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
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Reported)) {
      for (const CXXMethodDecl *Overridden : Method->overridden_methods())
        F.Overrides.push_back(usrOf(Overridden));
      if (Method->isVirtual())
        F.Class = qualifiedName(Method->getParent());
    }
    if (std::optional<DeclaredLabel> Declared = declaredLabel(Reported))
      F.Declared = Declared->Label;
    Out.Functions.push_back(std::move(F));
  }
  Scopes.emplace_back();
  Scope &S = Scopes.back();
  S.Function = It->second;
  S.Decl = FD;
  if (isa_and_nonnull<CoroutineBodyStmt>(FD->getBody()))
    current().IsCoroutine = true;
  S.Context = functionContextOf(FD);
  S.Context.ByName = FD->isTemplated() && !Instantiated.has(FD);
  current().ResolvedByName |= S.Context.ByName;
  if (auto Computed = SummarizedFlows.find(FD); Computed != SummarizedFlows.end()) {
    S.Flow = std::move(Computed->second);
    SummarizedFlows.erase(Computed);
  } else if (!FD->isDependentContext() || S.Context.ByName) {
    // A template's pattern with instantiations reports through them; one
    // with none has only its pattern, whose flow then holds its locks.
    S.Flow = flowOf(FD, S.Context);
    if (!S.Flow && FD->hasBody())
      ++Out.FunctionsWithoutFlow;
  }
}

std::string Extractor::signatureOf(const FunctionDecl *FD, llvm::StringRef Name) {
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
SourcePoint Extractor::pointOf(SourceLocation Loc, std::string *MacroName) {
  return reportedPoint(Ctx, Loc, MacroName);
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

/// A constructor that initialises a member from a parameter makes the
/// member another name for the argument: `session_impl_{socket_}` with
/// `session(socket &s) : socket_(s)` (a reference, or a descriptor number
/// copied, or a socket moved: all the same descriptor). Runs outside
/// functions too, for default member initialisers.
void Extractor::noteObjectAliases(const CXXConstructExpr *E) {
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
    std::optional<Descriptor> Source = descriptorOf(E->getArg(Param->getFunctionScopeIndex()), Ctx);
    if (!Source)
      continue;
    std::optional<std::string> MemberKey = objectKey(Member);
    if (!MemberKey)
      continue;
    if (std::optional<std::string> SourceKey = objectKey(Source->Var))
      Out.ObjectAliases.push_back({std::move(*MemberKey), std::move(*SourceKey)});
    else if (!Scopes.empty() && stateAt(E).nonBlocking(*Source))
      // A local made non-blocking, handed to the object that keeps it.
      Out.NonBlockingObjects.push_back(
          {std::move(*MemberKey), current().Name, pointOf(E->getBeginLoc(), nullptr)});
  }
}

/// `while (!done) sleep_for(1ms);`: a loop with a condition whose body is
/// nothing but waiting for time to pass, or `while (!done) MPI_Test(&req,
/// &done, ...);`, nothing but a poll that answers the condition.
/// `while (!ready.load()) yield();`: a loop that spins, a blocking site of
/// its own.
void Extractor::notePollingLoop(Stmt *Loop, Expr *Cond, Stmt *Body) {
  if (Scopes.empty() || !Cond || !Body || Cond->isValueDependent())
    return;
  if (std::optional<std::string> Shared = spinsOn(Cond, Body, nullptr, Ctx)) {
    CallSite &S = addCallSite(fmt::format("spin on '{}'", *Shared), Loop->getBeginLoc(),
                              Quadrant::SyncBlocking, "spin-loop",
                              fmt::format("spins until another thread changes '{}'", *Shared),
                              {"spins"});
    S.HeldLocks = heldLocksAt(stateAt(Cond), {});
    S.Guards = stateAt(Cond).guards();
    return;
  }
  if (bool Constant; Cond->EvaluateAsBooleanCondition(Constant, Ctx))
    return; // while (true) sleep: a timer loop, not polling
  if (!waitsForOtherThread(Cond, Ctx))
    return;
  llvm::SmallVector<Stmt *, 2> Statements;
  if (auto *Block = dyn_cast<CompoundStmt>(Body))
    Statements.append(Block->body_begin(), Block->body_end());
  else
    Statements.push_back(Body);
  llvm::SmallVector<unsigned, 2> Waits;
  for (Stmt *St : Statements) {
    const CallExpr *Call = asCall(dyn_cast<Expr>(St));
    auto It = Call ? Scopes.back().SiteOf.find(Call) : Scopes.back().SiteOf.end();
    if (It == Scopes.back().SiteOf.end())
      return;
    const CallSite &Site = current().CallSites[It->second];
    bool Sleeps = llvm::is_contained(Site.Traits, "sleeps");
    bool Polls = llvm::is_contained(Site.Traits, "polls") && !isBlocking(Site.Label) &&
                 answersCondition(Call, Cond);
    if (!Sleeps && !Polls)
      return;
    Waits.push_back(It->second);
  }
  for (unsigned Index : Waits) {
    CallSite &Site = current().CallSites[Index];
    Site.PollingLoop = pointOf(Loop->getBeginLoc(), nullptr);
    Site.PollingLoopAdvice = Scopes.back().PollingLoopAdvice.lookup(Index);
  }
}

/// Whether a class is one a construct rule marks "must-join" (std::thread).
bool Extractor::mustJoin(const CXXRecordDecl *Class) {
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

void Extractor::leaveFunction(const FunctionDecl *FD) {
  noteDestructions();
  if (current().IsCoroutine && current().AsioNamespace.empty())
    current().AsioNamespace = asioNamespaceOf(FD, Ctx);
  if (const Scope &S = Scopes.back(); S.Flow) {
    auto [It, Inserted] = Summaries.try_emplace(FD);
    if (Inserted || !It->second)
      It->second = summarize(FD, *S.Flow);
    current().Effects = *It->second;
  }
  if (Scopes.back().HasThreadVariable)
    for (UnjoinedThread &T : findUnjoinedThreads(
             FD, Ctx, [&](const CXXRecordDecl *C) { return mustJoin(C); },
             [&](SourceLocation L) { return pointOf(L, nullptr); }))
      current().UnjoinedThreads.push_back(std::move(T));
  Scopes.pop_back();
}

void Extractor::labelKeyword(llvm::StringRef Keyword, const Expr *Operand, SourceLocation Loc,
                             const Stmt *At) {
  SiteShape Shape;
  Shape.Kind = SiteKind::Keyword;
  Shape.Unqualified = Keyword.str();
  Shape.Names = {Keyword.str()};
  const Expr *Operands[] = {Operand};
  Shape.Args = Operands;
  Shape.Loc = Loc;
  Shape.At = At;
  labelSite(Shape, false);
}

/// What names a data member or global across functions and TUs: its
/// qualified name (the same for every instantiation of a class template)
/// and where it is declared. Locals and parameters have none.
std::optional<std::string> Extractor::objectKey(const Decl *D) {
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

std::string Extractor::bindingKey(const Descriptor &D) {
  const auto *Named = dyn_cast_or_null<NamedDecl>(D.Var);
  if (!Named)
    return {};
  std::string Element = D.Element >= 0 ? "[" + std::to_string(D.Element) + "]" : "";
  if (std::optional<std::string> Object = objectKey(Named))
    return *Object + Element;
  SourcePoint Declared = pointOf(Named->getLocation(), nullptr);
  return LocalKeyPrefix + Named->getNameAsString() + "@" + Declared.File + ":" +
         std::to_string(Declared.Line) + ":" + std::to_string(Declared.Column) + Element;
}

void Extractor::bindForLinker(CallEdge &Edge, const FunctionDecl *Callee,
                              llvm::ArrayRef<const Expr *> Args, std::optional<Descriptor> Object) {
  // A callee defined in another TU: its summary is the linker's to apply;
  // one defined here that calls into another TU: the linker's to complete.
  bool Defined = Callee->hasBody();
  if (Defined && !summaryMayGrow(Callee))
    return;
  // The key of what the caller passes, and which of the caller's own
  // subjects it is, for the linker to extend the caller's summary.
  auto KeyOf = [&](std::optional<Descriptor> D) -> std::string {
    if (!D)
      return {};
    std::string Key = bindingKey(*D);
    std::vector<SubjectBinding> &Subjects = current().Subjects;
    if (std::optional<int> Subject = summarySubjectOf(Scopes.back().Decl, *D);
        Subject && !Key.empty() &&
        llvm::none_of(Subjects, [&](const SubjectBinding &B) { return B.Key == Key; }))
      Subjects.push_back({Key, *Subject});
    return Key;
  };
  bool Named = false;
  for (const Expr *Arg : Args) {
    Edge.Arguments.push_back(KeyOf(descriptorOf(Arg, Ctx)));
    Named |= !Edge.Arguments.back().empty();
  }
  Edge.Receiver = KeyOf(Object);
  if (!Named)
    Edge.Arguments.clear();
  Edge.SummaryApplied = Defined && (Named || !Edge.Receiver.empty());
}

void Extractor::recordEdge(const FunctionDecl *Callee, const Expr *E, SourceLocation Loc,
                           llvm::ArrayRef<const Expr *> Args) {
  if ((Callee->isImplicit() && !isa<CXXConstructorDecl>(Callee)) ||
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
  Edge.Constructs = isa<CXXConstructExpr>(E);
  Edge.HeldLocks = heldLocksAt(stateAt(E), Args);
  Edge.Guards = stateAt(E).guards();
  if (const FunctionFlow *Flow = Scopes.back().Flow ? &*Scopes.back().Flow : nullptr)
    Edge.Constants = Flow->parameters().argumentValues(Callee, E);
  if (Edge.Virtual)
    Edge.ReceiverClasses = receiverClasses(cast<CXXMemberCallExpr>(E), Scopes.back().Decl);
  std::optional<Descriptor> Object;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
    Object = descriptorOf(Member->getImplicitObjectArgument(), Ctx);
  else if (const VarDecl *Var = isa<CXXConstructExpr>(E) ? Scopes.back().Context.Initialises.lookup(E) : nullptr)
    Object = Descriptor{Var->getCanonicalDecl(), -1};
  bindForLinker(Edge, Callee, Args, Object);
  current().Calls.push_back(std::move(Edge));
}

/// Every walk here skips the declarations of system headers, and so may the
/// parent map (ASTContext::getParents), which otherwise covers the whole
/// traversal scope: most of a TU's AST, all of it in system headers, and
/// more memory than the rest of the facts (28 MiB of a LevelDB file's
/// 152 MiB peak). Restores the whole TU as the scope when the facts are made.
class UserCodeScope {
public:
  explicit UserCodeScope(ASTContext &Ctx) : Ctx(Ctx) {
    const SourceManager &SM = Ctx.getSourceManager();
    std::vector<Decl *> User;
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
      if (!SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
        User.push_back(D);
    Ctx.setTraversalScope(User);
  }
  ~UserCodeScope() { Ctx.setTraversalScope({Ctx.getTranslationUnitDecl()}); }

private:
  ASTContext &Ctx;
};

TranslationUnit extractFacts(ASTContext &Ctx, const rules::RuleSet &Rules) {
  UserCodeScope Scope(Ctx);
  TranslationUnit TU;
  const SourceManager &SM = Ctx.getSourceManager();
  if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    TU.MainFile = reportedPath(SM, Main->getName());
  Extractor E(Ctx, Rules, TU);
  E.TraverseDecl(Ctx.getTranslationUnitDecl());
  E.finish();
  extractCallableFlow(Ctx, Rules, TU);
  extractConstructedClasses(Ctx, TU);
  for (Function &F : TU.Functions)
    normalizeFunction(F);
  return TU;
}

} // namespace quadrant::facts
