//===--- CallableSlots.cpp - Where a callable may come from ----*- C++ -*-===//
#include "facts/CallableSlots.h"
#include "facts/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Index/USRGeneration.h"

using namespace clang;

namespace quadrant::facts {

namespace {

/// A member of a class template specialization is the template's member.
const FieldDecl *templateField(const FieldDecl *Field) {
  const auto *Class = dyn_cast<CXXRecordDecl>(Field->getParent());
  const CXXRecordDecl *Pattern = Class ? Class->getTemplateInstantiationPattern() : nullptr;
  if (!Pattern || !Field->getIdentifier())
    return Field;
  for (const NamedDecl *D : Pattern->lookup(Field->getDeclName()))
    if (const auto *Same = dyn_cast<FieldDecl>(D))
      return Same;
  return Field;
}

void collect(const Expr *E, ASTContext &Ctx, Callables &Found, unsigned Depth) {
  if (!E || Depth > 8)
    return;
  E = E->IgnoreImplicit()->IgnoreParenCasts();
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E)) {
    Found.FunctionUSRs.push_back(usrOf(Lambda->getCallOperator()));
  } else if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    const CXXRecordDecl *Closure = Var ? Var->getType()->getAsCXXRecordDecl() : nullptr;
    if (const auto *Fn = dyn_cast<FunctionDecl>(Ref->getDecl()))
      Found.FunctionUSRs.push_back(usrOf(Fn));
    else if (Closure && Closure->isLambda() && Var->getInit())
      // `auto work = [&] {...};`: a closure variable holds its lambda.
      collect(Var->getInit(), Ctx, Found, Depth + 1);
    else if (std::string Slot = slotOf(Ref->getDecl(), Ctx); !Slot.empty())
      Found.Slots.push_back(std::move(Slot));
  } else if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    if (std::string Slot = slotOf(Member->getMemberDecl(), Ctx); !Slot.empty())
      Found.Slots.push_back(std::move(Slot));
  } else if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
    if (Unary->getOpcode() == UO_AddrOf || Unary->getOpcode() == UO_Deref)
      collect(Unary->getSubExpr(), Ctx, Found, Depth + 1);
  } else if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
    collect(Cond->getTrueExpr(), Ctx, Found, Depth + 1);
    collect(Cond->getFalseExpr(), Ctx, Found, Depth + 1);
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    if (Construct->getNumArgs() == 1)
      collect(Construct->getArg(0), Ctx, Found, Depth + 1);
  } else if (const auto *Convert = dyn_cast<CXXMemberCallExpr>(E);
             Convert && isa_and_nonnull<CXXConversionDecl>(Convert->getMethodDecl()) &&
             Convert->getRecordDecl() && Convert->getRecordDecl()->isLambda()) {
    // A captureless lambda converted to a function pointer calls the lambda.
    collect(Convert->getImplicitObjectArgument(), Ctx, Found, Depth + 1);
  } else if (const auto *Call = dyn_cast<CallExpr>(E); Call && Call->isCallToStdMove()) {
    collect(Call->getArg(0), Ctx, Found, Depth + 1);
  } else if (const auto *List = dyn_cast<InitListExpr>(E)) {
    for (const Expr *Element : List->inits())
      collect(Element, Ctx, Found, Depth + 1);
  } else if (std::string Slot = slotOf(E, Ctx); !Slot.empty()) {
    Found.Slots.push_back(std::move(Slot)); // an element: `table[i]`
  }
}

/// The array or container an element is read from: `table[i]` (built in,
/// or a class's operator[]).
const Expr *indexedContainer(const Expr *E) {
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E))
    return Subscript->getBase();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2)
    return Op->getArg(0);
  return nullptr;
}

} // namespace

Callables callablesIn(const Expr *E, ASTContext &Ctx) {
  Callables Found;
  collect(E, Ctx, Found, 0);
  return Found;
}

std::string slotOf(const Expr *E, ASTContext &Ctx) {
  E = E->IgnoreImplicit()->IgnoreParenCasts();
  if (const auto *Unary = dyn_cast<UnaryOperator>(E); Unary && Unary->getOpcode() == UO_Deref)
    E = Unary->getSubExpr()->IgnoreImplicit()->IgnoreParenCasts();
  if (const Expr *Container = indexedContainer(E))
    return slotOf(Container, Ctx);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return slotOf(Ref->getDecl(), Ctx);
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return slotOf(Member->getMemberDecl(), Ctx);
  return "";
}

std::string slotOf(const Decl *D, ASTContext &Ctx) {
  if (const auto *Param = dyn_cast<ParmVarDecl>(D)) {
    const auto *Fn = dyn_cast_or_null<FunctionDecl>(Param->getDeclContext());
    return Fn ? parameterSlot(Fn, Param->getFunctionScopeIndex()) : "";
  }
  if (const auto *Var = dyn_cast<VarDecl>(D); Var && Var->isLocalVarDecl()) {
    const auto *Fn = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
    if (!Fn)
      return "";
    // A local of an instantiation is its template's local.
    SourcePoint At = reportedPoint(Ctx, Var->getLocation(), nullptr);
    return usrOf(Fn) + "$" + Var->getNameAsString() + "@" + std::to_string(At.Line) + ":" +
           std::to_string(At.Column);
  }
  if (const auto *Field = dyn_cast<FieldDecl>(D))
    D = templateField(Field);
  else if (!isa<VarDecl>(D))
    return "";
  llvm::SmallString<128> USR;
  if (index::generateUSRForDecl(D, USR))
    return "";
  return std::string(USR);
}

std::string parameterSlot(const FunctionDecl *Fn, unsigned Index) {
  return usrOf(Fn) + "#" + std::to_string(Index);
}

bool isCallableType(QualType Type) {
  Type = Type.getNonReferenceType();
  if (Type->isFunctionPointerType() || Type->isFunctionType() || Type->isMemberFunctionPointerType())
    return true;
  const CXXRecordDecl *Class = Type->getAsCXXRecordDecl();
  if (!Class || !Class->hasDefinition())
    return false;
  auto &Names = Class->getASTContext().DeclarationNames;
  return !Class->lookup(Names.getCXXOperatorName(OO_Call)).empty();
}

} // namespace quadrant::facts
