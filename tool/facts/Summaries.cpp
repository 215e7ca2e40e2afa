//===--- Summaries.cpp - What a call of a user function does ----*- C++ -*-===//
//
// A project's own wrappers take locks and change descriptors in a function
// of their own: uv_mutex_lock(m) locks m, scoped_lock_t's constructor locks
// the mutex it is given and its destructor unlocks it, set_nonblocking(fd)
// makes fd non-blocking. A function's summary says which of its parameters
// (or the object it is called on) it leaves locked, releases, or makes
// (non-)blocking, read off its own flow at its exit. A call of a function
// defined in the same TU applies the summary to the caller's flow exactly
// as a rule's events; summaries are also facts (Function::Effects).
//
//===----------------------------------------------------------------------===//
#include "facts/Extractor.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace quadrant::facts {

namespace {

/// The parameter a constructor binds a reference or pointer member to:
/// `scoped_lock_t(mutex_t &m) : _mutex(m)`.
std::optional<int> boundParameter(const CXXConstructorDecl *Ctor, const FieldDecl *Field) {
  for (const CXXCtorInitializer *Init : Ctor->inits()) {
    if (Init->getMember() != Field || !Init->getInit())
      continue;
    const Expr *E = Init->getInit()->IgnoreImplicit()->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl()))
        return static_cast<int>(Param->getFunctionScopeIndex());
  }
  return std::nullopt;
}

void addOnce(std::vector<int> &Subjects, int S) {
  if (llvm::find(Subjects, S) == Subjects.end())
    Subjects.push_back(S);
}

/// The statements of one kind in a function body, not those of lambdas
/// inside it.
template <class Kind> struct BodyStatements : RecursiveASTVisitor<BodyStatements<Kind>> {
  explicit BodyStatements(const FunctionDecl *FD) { this->TraverseStmt(FD->getBody()); }
  std::vector<const Kind *> Found;
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool VisitStmt(Stmt *S) {
    if (const auto *Of = dyn_cast<Kind>(S))
      Found.push_back(Of);
    return true;
  }
};

} // namespace

std::optional<int> summarySubjectOf(const FunctionDecl *FD, const Descriptor &D) {
  if (D.Element != -1)
    return std::nullopt;
  if (const auto *Param = dyn_cast_or_null<ParmVarDecl>(D.Var))
    if (Param->getDeclContext() == FD || Param->getDeclContext() == FD->getCanonicalDecl())
      return static_cast<int>(Param->getFunctionScopeIndex());
  const auto *Method = dyn_cast<CXXMethodDecl>(FD);
  if (Method && D.Var == Method->getParent()->getCanonicalDecl())
    return Summary::Receiver;
  const auto *Field = dyn_cast_or_null<FieldDecl>(D.Var);
  if (!Field || !Method || Method->isStatic())
    return std::nullopt;
  // Its own member, or one it inherits.
  const CXXRecordDecl *Class = Method->getParent();
  const auto *Owner = dyn_cast<CXXRecordDecl>(Field->getParent());
  if (Owner != Class && !(Owner && Class->hasDefinition() && Class->isDerivedFrom(Owner)))
    return std::nullopt;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    if (std::optional<int> Param = boundParameter(Ctor, Field))
      return Param;
  return Summary::Receiver;
}

Summary Extractor::summarize(const FunctionDecl *FD, const FunctionFlow &Flow) {
  Summary S;
  const FlowState &Exit = Flow.atExit();
  for (const LockEntry &L : Exit.held())
    if (std::optional<int> Subject = summarySubjectOf(FD, L.Mutex))
      addOnce(S.LeavesLocked, *Subject);
  for (const Descriptor &D : Flow.released())
    if (std::optional<int> Subject = summarySubjectOf(FD, D))
      if (llvm::find(S.LeavesLocked, *Subject) == S.LeavesLocked.end())
        addOnce(S.Releases, *Subject);
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    Descriptor Param{FD->getParamDecl(I)->getCanonicalDecl(), -1};
    if (Exit.nonBlocking(Param))
      addOnce(S.MakesNonBlocking, I);
    else if (Exit.knownBlocking(Param))
      addOnce(S.MakesBlocking, I);
    if (std::string Kind = Exit.kindOf(Param); !Kind.empty()) {
      S.Kinds.resize(FD->getNumParams());
      S.Kinds[I] = Kind;
    }
  }
  // The descriptor returned: non-blocking, or of one kind, on every return.
  BodyStatements<ReturnStmt> Found(FD);
  bool AllNonBlocking = !Found.Found.empty();
  std::optional<std::string> Kind;
  for (const ReturnStmt *R : Found.Found) {
    const FlowState *State = Flow.before(R);
    std::optional<Descriptor> D =
        R->getRetValue() ? descriptorOf(R->getRetValue(), Ctx) : std::nullopt;
    if (!State || !D) {
      AllNonBlocking = false;
      Kind = "";
      continue;
    }
    AllNonBlocking &= State->nonBlocking(*D);
    std::string Here = State->kindOf(*D);
    Kind = !Kind || *Kind == Here ? Here : "";
  }
  S.ReturnsNonBlocking = AllNonBlocking;
  S.ReturnsKind = Kind.value_or("");
  return S;
}

const Summary *Extractor::summaryOf(const FunctionDecl *Callee) {
  const FunctionDecl *Definition = nullptr;
  if (!Callee || !Callee->hasBody(Definition) || Definition->isDependentContext() ||
      SM.isInSystemHeader(SM.getExpansionLoc(Definition->getLocation())))
    return nullptr;
  if (auto It = Summaries.find(Definition); It != Summaries.end())
    return It->second && !It->second->empty() ? &*It->second : nullptr; // or being computed
  // Wrappers nest a few levels; a chain deeper than this (generated code)
  // is not followed, so the stack stays bounded.
  constexpr unsigned MaxDepth = 16;
  if (SummaryDepth >= MaxDepth)
    return nullptr;
  Summaries[Definition] = std::nullopt;
  ++SummaryDepth;
  FunctionContext Context = functionContextOf(Definition);
  std::optional<FunctionFlow> Flow = flowOf(Definition, Context);
  --SummaryDepth;
  Summary S = Flow ? summarize(Definition, *Flow) : Summary();
  if (Flow)
    SummarizedFlows.try_emplace(Definition, std::move(*Flow));
  // The map may have grown while the callee's own callees were summarized.
  std::optional<Summary> &Slot = Summaries[Definition];
  Slot = std::move(S);
  return Slot->empty() ? nullptr : &*Slot;
}

bool Extractor::summaryMayGrow(const FunctionDecl *Callee) {
  const FunctionDecl *Definition = nullptr;
  if (!Callee || !Callee->hasBody(Definition) ||
      SM.isInSystemHeader(SM.getExpansionLoc(Definition->getLocation())))
    return false;
  auto [It, Inserted] = MayGrow.try_emplace(Definition, false);
  if (!Inserted)
    return It->second; // decided, or being decided (a recursive call)
  BodyStatements<CallExpr> Body(Definition);
  bool Grows = false;
  for (const CallExpr *E : Body.Found) {
    const FunctionDecl *Target = E->getDirectCallee();
    if (!Target || SM.isInSystemHeader(SM.getExpansionLoc(Target->getLocation())))
      continue;
    if (Target->hasBody()) {
      Grows = summaryMayGrow(Target);
    } else {
      const auto *Member = dyn_cast<CXXMemberCallExpr>(E);
      Grows = (Member && descriptorOf(Member->getImplicitObjectArgument(), Ctx)) ||
              llvm::any_of(E->arguments(), [&](const Expr *A) { return descriptorOf(A, Ctx).has_value(); });
    }
    if (Grows)
      break;
  }
  MayGrow[Definition] = Grows;
  return Grows;
}

void Extractor::applySummary(const Summary &Effects, const SiteShape &Shape, FlowEvents &Events) {
  // The caller's descriptor for a subject: the argument, or the object the
  // method is called on (a constructor's: the variable it initialises).
  auto Bound = [&](int Subject) -> std::optional<Descriptor> {
    if (Subject == Summary::Receiver)
      return Shape.Kind == rules::SiteKind::Construct || !Shape.Receiver
                 ? Shape.LockObject
                 : descriptorOf(Shape.Receiver, Ctx);
    if (Subject >= 0 && static_cast<size_t>(Subject) < Shape.Args.size())
      return descriptorOf(Shape.Args[Subject], Ctx);
    return std::nullopt;
  };
  for (int Subject : Effects.LeavesLocked)
    if (std::optional<Descriptor> Mutex = Bound(Subject)) {
      // A guard's constructor: the guard holds the lock until it dies.
      Descriptor Object = Shape.Kind == rules::SiteKind::Construct && Shape.LockObject
                              ? *Shape.LockObject
                              : *Mutex;
      Events.Acquires.push_back(
          LockEntry{Object, *Mutex, HeldLock{nameOf(Object), pointOf(Shape.Loc, nullptr)}});
    }
  for (int Subject : Effects.Releases)
    if (std::optional<Descriptor> D = Bound(Subject))
      Events.Releases.push_back(*D);
  for (int Subject : Effects.MakesNonBlocking)
    if (std::optional<Descriptor> D = Bound(Subject))
      Events.SetsNonBlocking.push_back(*D);
  for (int Subject : Effects.MakesBlocking)
    if (std::optional<Descriptor> D = Bound(Subject))
      Events.ClearsNonBlocking.push_back(*D);
  for (unsigned I = 0; I < Effects.Kinds.size(); ++I)
    if (!Effects.Kinds[I].empty())
      if (std::optional<Descriptor> D = Bound(I))
        Events.SetsKind.push_back({*D, Effects.Kinds[I]});
  if (Events.Resets) {
    if (Effects.ReturnsNonBlocking)
      Events.SetsNonBlocking.push_back(*Events.Resets);
    if (!Effects.ReturnsKind.empty())
      Events.SetsKind.push_back({*Events.Resets, Effects.ReturnsKind});
  }
}

} // namespace quadrant::facts
