//===--- ReceiverTypes.cpp - Virtual calls whose object the code shows -*- C++ -*-===//
#include "facts/ReceiverTypes.h"
#include "facts/Names.h"
#include "facts/References.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include <deque>

using namespace clang;

namespace quadrant::facts {

namespace {

/// The class an expression allocates: `new D`, `std::make_unique<D>()`,
/// `std::make_shared<D>()`, through the conversions to a base's pointer.
const CXXRecordDecl *allocatedClass(const Expr *Init) {
  if (!Init)
    return nullptr;
  Init = Init->IgnoreImplicit();
  // std::unique_ptr<Base> p(new D): the smart pointer's constructor.
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init))
    return Construct->getNumArgs() == 1 ? allocatedClass(Construct->getArg(0)) : nullptr;
  if (const auto *New = dyn_cast<CXXNewExpr>(Init))
    return New->isArray() ? nullptr : New->getAllocatedType()->getAsCXXRecordDecl();
  const auto *Call = dyn_cast<CallExpr>(Init);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || !Callee->isInStdNamespace() || !Callee->getIdentifier())
    return nullptr;
  llvm::StringRef Name = Callee->getName();
  if (Name != "make_unique" && Name != "make_shared")
    return nullptr;
  const TemplateArgumentList *Args = Callee->getTemplateSpecializationArgs();
  if (!Args || Args->size() == 0 || Args->get(0).getKind() != TemplateArgument::Type)
    return nullptr;
  return Args->get(0).getAsType()->getAsCXXRecordDecl();
}

/// The local variable a pointer-like expression reads: `p` in `p->f()`,
/// and in `ptr->f()` or `(*ptr).f()` for a smart pointer.
const VarDecl *pointerVariable(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && (Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star) && Op->getNumArgs() >= 1)
    E = Op->getArg(0)->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && Var->isLocalVarDecl() && !Var->getType()->isReferenceType() ? Var : nullptr;
}

/// Every use of the pointer in the body reads it to reach the object (`p->`,
/// `*p`, `p.get()`, `delete p`): nothing can make it point elsewhere. A
/// whitelist, so that anything unforeseen (`p = q`, `&p`, `std::move(p)`,
/// `p.reset()`, a lambda capturing it) counts as a change.
bool onlyDereferenced(const VarDecl *Var, const Stmt *Body) {
  if (!Body)
    return false;
  return everyReference(Body, [Var](const DeclRefExpr *Ref, const ParentMap &Parents) {
    if (Ref->getDecl() != Var)
      return true;
    // Implicit conversions read it (to an rvalue, to const, to a base).
    const Stmt *Use = Parents.getParentIgnoreParenImpCasts(const_cast<DeclRefExpr *>(Ref));
    if (const auto *Member = dyn_cast_or_null<MemberExpr>(Use)) {
      // p->f(), or smart.get()
      const auto *Method = dyn_cast<CXXMethodDecl>(Member->getMemberDecl());
      return Member->isArrow() || (Method && Method->isConst());
    }
    if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(Use))
      return Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star;
    if (const auto *Deref = dyn_cast_or_null<UnaryOperator>(Use))
      return Deref->getOpcode() == UO_Deref;
    return isa_and_nonnull<CXXDeleteExpr>(Use);
  });
}

/// The class of an object the expression is, not refers to: a variable or
/// member of class type, or a temporary.
const CXXRecordDecl *objectClass(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    return Var && !Var->getType()->isReferenceType() ? Var->getType()->getAsCXXRecordDecl() : nullptr;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
    return Field && !Field->getType()->isReferenceType() ? Field->getType()->getAsCXXRecordDecl()
                                                         : nullptr;
  }
  if (isa<CXXTemporaryObjectExpr, CXXConstructExpr>(E))
    return E->getType()->getAsCXXRecordDecl();
  return nullptr;
}

/// The class and its bases, breadth first: a call runs the nearest
/// definition of the method.
std::vector<std::string> withBases(const CXXRecordDecl *Class) {
  std::vector<std::string> Names;
  std::deque<const CXXRecordDecl *> Work{Class};
  while (!Work.empty()) {
    const CXXRecordDecl *Next = Work.front();
    Work.pop_front();
    if (!Next || !(Next = Next->getDefinition()))
      continue;
    std::string Name = qualifiedName(Next);
    if (std::find(Names.begin(), Names.end(), Name) != Names.end())
      continue;
    Names.push_back(std::move(Name));
    for (const CXXBaseSpecifier &Base : Next->bases())
      Work.push_back(Base.getType()->getAsCXXRecordDecl());
  }
  return Names;
}

} // namespace

std::vector<std::string> receiverClasses(const CXXMemberCallExpr *Call, const FunctionDecl *Caller) {
  const auto *Callee = dyn_cast<MemberExpr>(Call->getCallee()->IgnoreParens());
  if (!Callee)
    return {};
  const Expr *Object = Callee->getBase();
  const CXXRecordDecl *Class = nullptr;
  if (!Callee->isArrow() && !isa<CXXOperatorCallExpr>(Object->IgnoreParenImpCasts()))
    Class = objectClass(Object);
  else if (const VarDecl *Pointer = pointerVariable(Object);
           Pointer && Pointer->getDeclContext() == Caller && onlyDereferenced(Pointer, Caller->getBody()))
    Class = allocatedClass(Pointer->getInit());
  if (!Class || !Class->hasDefinition() || !Class->getDefinition()->isPolymorphic())
    return {};
  return withBases(Class);
}

} // namespace quadrant::facts
