//===--- DependentCalls.cpp - Calls in templates nothing instantiates -*- C++ -*-===//
#include "facts/DependentCalls.h"
#include "facts/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace quadrant::facts {

namespace {

/// Finds the instantiations the extractor will walk: functions and the
/// lambdas in their bodies. A generic lambda's own specializations live in
/// its closure class, which no traversal visits, so a generic lambda counts
/// as instantiated only as part of an instantiated enclosing template.
class InstantiationFinder : public RecursiveASTVisitor<InstantiationFinder> {
  using Base = RecursiveASTVisitor<InstantiationFinder>;

public:
  InstantiationFinder(const SourceManager &SM, llvm::DenseSet<const FunctionDecl *> &Patterns)
      : SM(SM), Patterns(Patterns) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldWalkTypesOfTypeLocs() const { return false; }

  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) &&
        SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      return true;
    return Base::TraverseDecl(D);
  }
  bool VisitFunctionDecl(FunctionDecl *FD) {
    note(FD);
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *L) {
    note(L->getCallOperator());
    return true;
  }

private:
  void note(const FunctionDecl *FD) {
    if (!FD->doesThisDeclarationHaveABody())
      return;
    if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
      Patterns.insert(Pattern->getCanonicalDecl());
  }

  const SourceManager &SM;
  llvm::DenseSet<const FunctionDecl *> &Patterns;
};

/// The class a type names, for looking members up: the class itself when the
/// type is not dependent, else the pattern of the class template it is a
/// specialization of (`std::future<T>`, CTAD's `std::lock_guard`, the
/// injected `queue` inside `template <class T> class queue`). A template
/// parameter, or a member type of one, names no class.
const CXXRecordDecl *patternClassOf(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType();
  if (const auto *Ptr = T->getAs<PointerType>())
    T = Ptr->getPointeeType();
  if (!T->isDependentType())
    return T->getAsCXXRecordDecl();
  TemplateName Name;
  if (const auto *Spec = T->getAs<TemplateSpecializationType>())
    Name = Spec->getTemplateName();
  else if (const auto *Deduced = T->getAs<DeducedTemplateSpecializationType>())
    Name = Deduced->getTemplateName();
  else if (const auto *Injected = T->getAs<InjectedClassNameType>())
    return Injected->getDecl();
  if (const auto *Template = dyn_cast_or_null<ClassTemplateDecl>(Name.getAsTemplateDecl()))
    return Template->getTemplatedDecl();
  return nullptr;
}

/// A member of Class or of one of its bases (std::future<T>::wait is
/// declared in std::__basic_future<T>), by name. Bases that are themselves
/// dependent are searched in their primary template.
const NamedDecl *lookupMember(const CXXRecordDecl *Class, DeclarationName Name, unsigned Depth = 0) {
  // Deep enough for any real hierarchy; a cycle through invalid code stops.
  if (!Class || Depth > 16 || !(Class = Class->getDefinition()))
    return nullptr;
  for (const NamedDecl *D : Class->lookup(Name))
    return D->getUnderlyingDecl();
  for (const CXXBaseSpecifier &Base : Class->bases())
    if (const NamedDecl *Found = lookupMember(patternClassOf(Base.getType()), Name, Depth + 1))
      return Found;
  return nullptr;
}

/// Whether FD can take the arguments written: their number is within its
/// parameters', or unknown (a pack expansion).
bool arityFits(const FunctionDecl *FD, llvm::ArrayRef<const Expr *> Args) {
  if (llvm::any_of(Args, [](const Expr *A) { return isa<PackExpansionExpr>(A); }))
    return true;
  if (Args.size() < FD->getMinRequiredArguments())
    return false;
  return FD->isVariadic() || Args.size() <= FD->getNumParams() ||
         llvm::any_of(FD->parameters(), [](const ParmVarDecl *P) { return P->isParameterPack(); });
}

bool inSystemHeader(const Decl *D) {
  const SourceManager &SM = D->getASTContext().getSourceManager();
  return SM.isInSystemHeader(SM.getExpansionLoc(D->getCanonicalDecl()->getLocation()));
}

void addName(NameResolution &R, std::string Name) {
  if (!llvm::is_contained(R.Names, Name))
    R.Names.push_back(std::move(Name));
}

/// A callee found by name: a rule name to try, and a call edge when the
/// program defines it.
void addCallee(NameResolution &R, const NamedDecl *Found) {
  const FunctionDecl *FD = Found->getAsFunction();
  if (!FD)
    return;
  addName(R, qualifiedName(FD));
  if (!inSystemHeader(FD) && !FD->isImplicit() && !llvm::is_contained(R.ProgramCallees, FD))
    R.ProgramCallees.push_back(FD);
}

/// `std::async(...)`, `::read(fd, ...)`, `ts.emplace_back(job)`: the
/// overloads found where the template is defined, of the arity written.
std::optional<NameResolution> resolveOverloads(const OverloadExpr *Callee, NameResolution R) {
  for (const NamedDecl *D : Callee->decls()) {
    const NamedDecl *Found = D->getUnderlyingDecl();
    if (const FunctionDecl *FD = Found->getAsFunction(); FD && arityFits(FD, R.Args))
      addCallee(R, Found);
  }
  if (R.Names.empty())
    return std::nullopt;
  R.Unqualified = Callee->getName().getAsString();
  if (const auto *Member = dyn_cast<UnresolvedMemberExpr>(Callee)) {
    R.Receiver = Member->isImplicitAccess() ? nullptr : Member->getBase();
    R.Class = Member->getNamingClass();
    R.Loc = Member->getMemberLoc(); // where resolved member calls are reported
  }
  return R;
}

/// `fut.get()` on a `std::future<T>`: the member of that name in the
/// primary template, spelled both as its declaring class and as the object's
/// class names it, as for resolved calls.
std::optional<NameResolution> resolveDependentMember(const CXXDependentScopeMemberExpr *Callee,
                                                     NameResolution R) {
  const CXXRecordDecl *Class = patternClassOf(Callee->getBaseType());
  const NamedDecl *Found = lookupMember(Class, Callee->getMember());
  if (!Found || !Found->getAsFunction())
    return std::nullopt;
  R.Unqualified = Callee->getMember().getAsString();
  R.Receiver = Callee->isImplicitAccess() ? nullptr : Callee->getBase();
  R.Class = Class;
  R.Loc = Callee->getMemberLoc();
  addCallee(R, Found);
  addName(R, qualifiedName(Class) + "::" + R.Unqualified);
  return R;
}

std::optional<NameResolution> resolveConstruction(QualType Type, llvm::ArrayRef<const Expr *> Args,
                                                  SourceLocation Loc) {
  const CXXRecordDecl *Class = patternClassOf(Type);
  if (!Class || Class->isLambda())
    return std::nullopt;
  NameResolution R;
  R.Kind = rules::SiteKind::Construct;
  R.Class = Class;
  R.Unqualified = Class->getNameAsString();
  R.Names.push_back(qualifiedName(Class));
  R.Args.assign(Args.begin(), Args.end());
  R.Loc = Loc;
  return R;
}

} // namespace

bool InstantiatedTemplates::has(const FunctionDecl *FD) {
  if (!Collected) {
    InstantiationFinder(Ctx.getSourceManager(), Patterns).TraverseDecl(Ctx.getTranslationUnitDecl());
    Collected = true;
  }
  return Patterns.contains(FD->getCanonicalDecl());
}

std::optional<NameResolution> resolveDependentCall(const CallExpr *E) {
  if (!E->isTypeDependent() || E->getDirectCallee())
    return std::nullopt;
  NameResolution R;
  R.Args.assign(E->arg_begin(), E->arg_end());
  R.Loc = E->getExprLoc();
  const Expr *Callee = E->getCallee()->IgnoreParens();
  if (const auto *Overloads = dyn_cast<OverloadExpr>(Callee))
    return resolveOverloads(Overloads, std::move(R));
  if (const auto *Member = dyn_cast<CXXDependentScopeMemberExpr>(Callee))
    return resolveDependentMember(Member, std::move(R));
  return std::nullopt;
}

std::optional<NameResolution> resolveDependentConstruct(const CXXUnresolvedConstructExpr *E) {
  llvm::SmallVector<const Expr *, 4> Args(E->arg_begin(), E->arg_end());
  // `std::unique_lock<M>{m}` holds its arguments in one braced list.
  if (const auto *List = Args.size() == 1 ? dyn_cast<InitListExpr>(Args.front()) : nullptr)
    Args.assign(List->inits().begin(), List->inits().end());
  return resolveConstruction(E->getTypeAsWritten(), Args, E->getBeginLoc());
}

std::optional<NameResolution> resolveDependentVariable(const VarDecl *VD) {
  if (!VD->hasLocalStorage() || isa<ParmVarDecl>(VD) || VD->getType()->isReferenceType())
    return std::nullopt;
  const Expr *Init = VD->getInit();
  llvm::SmallVector<const Expr *, 4> Args;
  if (const auto *Parens = dyn_cast_or_null<ParenListExpr>(Init))
    for (unsigned I = 0; I < Parens->getNumExprs(); ++I)
      Args.push_back(Parens->getExpr(I));
  else if (const auto *List = dyn_cast_or_null<InitListExpr>(Init); List && List->isTypeDependent())
    Args.assign(List->inits().begin(), List->inits().end());
  else if (Init || !VD->getType()->isDependentType())
    return std::nullopt; // resolved, or initialised by a call or a cast
  return resolveConstruction(VD->getType(), Args, VD->getLocation());
}

} // namespace quadrant::facts
