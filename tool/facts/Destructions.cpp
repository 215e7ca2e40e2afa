//===--- Destructions.cpp - Code that runs at the end of a scope -*- C++ -*-===//
//
// Every destructor the CFG shows running (FunctionFlow::destroyed) becomes a
// call site of the function, where the object dies: a library type's by its
// destroy rule (std::jthread joins), an owner's elements by its
// destroys-elements (a std::vector<std::jthread> joins them all), a user
// type's as a call edge to its destructor, implicit ones included.
//
//===----------------------------------------------------------------------===//
#include "core/Format.h"
#include "facts/ContextConditions.h"
#include "facts/Extractor.h"
#include "facts/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;
using quadrant::rules::Rule;
using quadrant::rules::SiteKind;

namespace quadrant::facts {

namespace {

/// How a report names the object that dies.
std::string describe(const DestroyedObject &D, const PrintingPolicy &Policy) {
  switch (D.K) {
  case DestroyedObject::Variable:
    return D.Var->getNameAsString();
  case DestroyedObject::Member:
    return D.Field->getNameAsString();
  case DestroyedObject::Base:
    return fmt::format("the base {}", D.Type.getAsString(Policy));
  case DestroyedObject::Temporary:
    return fmt::format("the temporary {}", D.Type.getAsString(Policy));
  case DestroyedObject::Deleted:
    return fmt::format("the deleted {}", D.Type.getAsString(Policy));
  }
  return {};
}

/// Whether the function does something with a future that ends its claim on
/// the task: waits for it, or hands it on (moved, returned, captured or
/// passed by reference, where someone else may wait).
class FutureUses : public RecursiveASTVisitor<FutureUses> {
public:
  explicit FutureUses(const VarDecl *Var) : Var(Var) {}
  bool Settled = false;

  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *C) {
    const CXXMethodDecl *Method = C->getMethodDecl();
    if (isVar(C->getImplicitObjectArgument()) && Method && Method->getIdentifier() &&
        llvm::is_contained({"get", "wait", "wait_for", "wait_until", "share"}, Method->getName()))
      Settled = true;
    return !Settled;
  }
  bool VisitCallExpr(CallExpr *C) {
    if (isa<CXXMemberCallExpr>(C))
      return true;
    const FunctionDecl *Callee = C->getDirectCallee();
    for (unsigned I = 0; I < C->getNumArgs(); ++I) {
      if (!isVar(C->getArg(I)))
        continue;
      bool ByReference = !Callee || I >= Callee->getNumParams() ||
                         Callee->getParamDecl(I)->getType()->isReferenceType() ||
                         C->isCallToStdMove();
      Settled |= ByReference;
    }
    return !Settled;
  }
  bool VisitReturnStmt(ReturnStmt *R) {
    Settled |= R->getRetValue() && isVar(R->getRetValue());
    return !Settled;
  }
  bool VisitLambdaExpr(LambdaExpr *L) {
    for (const LambdaCapture &Capture : L->captures())
      Settled |= Capture.capturesVariable() && Capture.getCapturedVar() == Var;
    for (const Expr *Init : L->capture_inits())
      Settled |= Init && containsVar(Init);
    return !Settled;
  }

private:
  bool isVar(const Expr *E) const {
    E = E->IgnoreImplicit()->IgnoreParenImpCasts();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E); Construct && Construct->getNumArgs() == 1)
      E = Construct->getArg(0)->IgnoreImplicit()->IgnoreParenImpCasts();
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    return Ref && Ref->getDecl() == Var;
  }
  bool containsVar(const Expr *E) const {
    struct Finder : RecursiveASTVisitor<Finder> {
      const VarDecl *Var;
      bool Found = false;
      bool VisitDeclRefExpr(DeclRefExpr *R) {
        Found |= R->getDecl() == Var;
        return !Found;
      }
    } F;
    F.Var = Var;
    F.TraverseStmt(const_cast<Expr *>(E));
    return F.Found;
  }
  const VarDecl *Var;
};

} // namespace

/// A future initialised from an asynchronous call that starts a thread
/// (std::async, launch::async or the default policy), which nothing waits
/// for or takes over: its destructor waits for the task.
bool Extractor::unwaitedAsyncResult(const VarDecl *Var) {
  const Expr *Init = Var->getInit();
  while (Init) {
    Init = Init->IgnoreImplicit()->IgnoreParens();
    const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
    if (!Construct || Construct->getNumArgs() != 1)
      break;
    Init = Construct->getArg(0);
  }
  const auto *Call = dyn_cast_or_null<CallExpr>(Init);
  auto Site = Call ? Scopes.back().SiteOf.find(Call) : Scopes.back().SiteOf.end();
  if (Site == Scopes.back().SiteOf.end())
    return false;
  const CallSite &S = current().CallSites[Site->second];
  if (!isAsync(S.Label) || !llvm::is_contained(S.Traits, "spawns-thread"))
    return false;
  FutureUses Uses(Var);
  Uses.TraverseStmt(Scopes.back().Decl->getBody());
  return !Uses.Settled;
}

void Extractor::noteDestructions() {
  const Scope &S = Scopes.back();
  if (!S.Flow)
    return;
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressUnwrittenScope = true;
  for (const DestroyedObject &D : S.Flow->destroyed()) {
    std::string Who = describe(D, Policy);
    if (D.K == DestroyedObject::Member)
      Who = fmt::format("the member '{}'", Who);
    bool Virtual = false;
    if (D.K == DestroyedObject::Deleted)
      if (const CXXRecordDecl *Class = D.Type->getAsCXXRecordDecl(); Class && Class->hasDefinition())
        if (const CXXDestructorDecl *Dtor = Class->getDestructor())
          Virtual = Dtor->isVirtual();
    noteDestruction(D.Type, Who, D.Loc, D.Before, D.Var, Virtual, 0);
  }
}

void Extractor::noteDestruction(QualType Type, const std::string &Who, SourceLocation Loc,
                                const FlowState &State, const VarDecl *Var, bool Virtual,
                                unsigned Depth) {
  // An owner of owners of ... : four levels say all there is to say.
  if (Depth > 4 || Type.isNull())
    return;
  Type = Type.getNonReferenceType();
  if (const ArrayType *Array = Ctx.getAsArrayType(Type))
    Type = Ctx.getBaseElementType(Array);
  const CXXRecordDecl *Class = Type->getAsCXXRecordDecl();
  if (!Class || !Class->hasDefinition() || Class->hasTrivialDestructor())
    return;

  llvm::StringRef Unqualified = unqualifiedNameOf(Class);
  if (!Rules.candidates(SiteKind::Destroy, Unqualified).empty()) {
    // The destroyed object's "arguments" are its constructor's; an object
    // initialised from a call or a cast has one, the initialiser.
    llvm::ArrayRef<const Expr *> Args;
    const Expr *Init = Var ? Var->getInit() : nullptr;
    if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Init ? Init->IgnoreImplicit() : nullptr))
      Args = llvm::ArrayRef<const Expr *>(const_cast<const Expr *const *>(Construct->getArgs()),
                                         Construct->getNumArgs());
    else if (Init)
      Args = llvm::ArrayRef<const Expr *>(Init);
    SiteShape Shape;
    Shape.Kind = SiteKind::Destroy;
    Shape.Unqualified = Unqualified.str();
    Shape.Names = {qualifiedName(Class)};
    Shape.Args = Args;
    Shape.Class = Class;
    SiteContext Site = contextOf(Shape, State);
    Site.ArgumentsUnknown = !Var;
    Site.UnwaitedAsyncResult = Var && unwaitedAsyncResult(Var);
    std::string Matched;
    if (const Rule *R = matchRule(Shape, Site, Matched)) {
      const rules::Case *Taken = nullptr;
      for (const rules::Case &C : R->Cases)
        if (allHold(C.Where, Site)) {
          Taken = &C;
          break;
        }
      std::optional<Quadrant> Label = Taken ? Taken->Label : R->Label;
      if (Label) {
        std::string Subject = Who;
        if (Var)
          Subject = fmt::format(
              "'{}', declared at line {},", Who,
              SM.getPresumedLineNumber(SM.getExpansionLoc(Var->getLocation())));
        std::vector<std::string> Traits = R->Traits;
        if (Taken)
          Traits.insert(Traits.end(), Taken->Traits.begin(), Taken->Traits.end());
        CallSite &S = addCallSite(Matched + "::~" + Unqualified.str(), Loc, *Label, R->Id,
                                  fmt::format("{} is destroyed here: {}", Subject,
                                              Taken ? Taken->Reason : R->Reason),
                                  std::move(Traits));
        S.Advice = adviceAt(Taken ? Taken->Advice : R->Advice, Site);
        S.HeldLocks = heldLocksAt(State, {});
        S.Guards = State.guards();
      }
      // An owner destroys what it owns: a std::vector<std::jthread> joins.
      if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class))
        for (unsigned Index : R->DestroysElements)
          if (Index < Spec->getTemplateArgs().size() &&
              Spec->getTemplateArgs()[Index].getKind() == TemplateArgument::Type)
            noteDestruction(Spec->getTemplateArgs()[Index].getAsType(),
                            Var ? fmt::format("what '{}' owns", Who)
                                : fmt::format("what {} owns", Who),
                            Loc, State, nullptr,
                            false, Depth + 1);
      return;
    }
  }

  const CXXDestructorDecl *Dtor = Class->getDestructor();
  if (!Dtor || SM.isInSystemHeader(SM.getExpansionLoc(Class->getLocation())))
    return;
  CallEdge Edge;
  Edge.CalleeUSR = usrOf(Dtor);
  Edge.CalleeName = qualifiedName(reportedFunction(Dtor));
  Edge.Loc = pointOf(Loc, nullptr);
  Edge.Virtual = Virtual;
  Edge.HeldLocks = heldLocksAt(State, {});
  Edge.Guards = State.guards();
  if (Var)
    bindForLinker(Edge, Dtor, {}, Descriptor{Var->getCanonicalDecl(), -1});
  current().Calls.push_back(std::move(Edge));
}

void Extractor::finish() {
  if (ImplicitFunctions.empty())
    return;
  // A function is inert when it labels nothing and calls only inert
  // functions defined in this TU (an empty defaulted destructor, an implicit
  // one that only destroys members of such classes). Inert implicit members
  // are dropped with the calls of them: they would only clutter reports. A
  // call to a function defined elsewhere may do anything, so it is kept.
  llvm::StringMap<unsigned> Defined;
  for (unsigned I = 0; I < Out.Functions.size(); ++I)
    Defined[Out.Functions[I].USR] = I;
  std::vector<bool> Inert(Out.Functions.size());
  for (unsigned I = 0; I < Out.Functions.size(); ++I)
    Inert[I] = Out.Functions[I].CallSites.empty() && !Out.Functions[I].IsCoroutine;
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (unsigned I = 0; I < Out.Functions.size(); ++I)
      if (Inert[I] && llvm::any_of(Out.Functions[I].Calls, [&](const CallEdge &E) {
            auto It = Defined.find(E.CalleeUSR);
            return It == Defined.end() || !Inert[It->second];
          })) {
        Inert[I] = false;
        Changed = true;
      }
  }
  llvm::StringSet<> Dropped;
  for (unsigned I : ImplicitFunctions)
    if (Inert[I])
      Dropped.insert(Out.Functions[I].USR);
  if (Dropped.empty())
    return;
  std::vector<Function> Kept;
  for (Function &F : Out.Functions) {
    if (Dropped.contains(F.USR))
      continue;
    llvm::erase_if(F.Calls, [&](const CallEdge &E) { return Dropped.contains(E.CalleeUSR); });
    Kept.push_back(std::move(F));
  }
  Out.Functions = std::move(Kept);
}

} // namespace quadrant::facts
