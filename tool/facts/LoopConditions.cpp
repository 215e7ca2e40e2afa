//===--- LoopConditions.cpp - What a loop waits for -------------*- C++ -*-===//
#include "facts/LoopConditions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace quadrant::facts {

namespace {

struct ConditionPart {
  bool CountsItself = false; ///< ++, --, or an assignment
  bool ReadsClock = false;
};

ConditionPart inspectConditionPart(const Expr *Part) {
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

bool isAtomicClass(const CXXRecordDecl *Class) {
  if (!Class || !Class->isInStdNamespace() || !Class->getIdentifier())
    return false;
  llvm::StringRef Name = Class->getName();
  return Name == "atomic" || Name == "atomic_flag" || Name == "atomic_ref" ||
         Name.starts_with("__atomic") || Name == "__atomic_base" || Name == "__atomic_flag_base";
}

/// The atomic or volatile objects an expression reads, by name.
struct SharedReads : RecursiveASTVisitor<SharedReads> {
  std::optional<std::string> Name;
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *C) {
    if (const CXXRecordDecl *Class = C->getRecordDecl(); Class && isAtomicClass(Class))
      note(C->getImplicitObjectArgument());
    return true;
  }
  bool VisitCallExpr(CallExpr *C) {
    // C11 <stdatomic.h> and the GNU builtins: atomic_load(&x), __atomic_load_n(&x, ...).
    unsigned Builtin = C->getBuiltinCallee();
    if (Builtin && C->getNumArgs() > 0) {
      llvm::StringRef Name = C->getDirectCallee()->getName();
      if (Name.starts_with("__c11_atomic") || Name.starts_with("__atomic") || Name.starts_with("__sync"))
        note(C->getArg(0));
    }
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (E->getType().isVolatileQualified() || E->getType()->isAtomicType())
      note(E);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    if (E->getType().isVolatileQualified() || E->getType()->isAtomicType())
      note(E);
    return true;
  }
  void note(const Expr *Object) {
    if (Name)
      return;
    Object = Object->IgnoreParenImpCasts();
    if (const auto *AddrOf = dyn_cast<UnaryOperator>(Object); AddrOf && AddrOf->getOpcode() == UO_AddrOf)
      Object = AddrOf->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Object))
      Name = Ref->getDecl()->getNameAsString();
    else if (const auto *Member = dyn_cast<MemberExpr>(Object))
      Name = Member->getMemberDecl()->getNameAsString();
    else
      Name = "shared state";
  }
};

/// A body that only waits its turn: empty, or yields, pauses and atomics.
struct IdleBody : RecursiveASTVisitor<IdleBody> {
  bool Idle = true;
  bool VisitCallExpr(CallExpr *C) {
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(C))
      if (isAtomicClass(Member->getRecordDecl()))
        return true;
    const FunctionDecl *Callee = C->getDirectCallee();
    llvm::StringRef Name = Callee && Callee->getIdentifier() ? Callee->getName() : "";
    bool Yields = Name == "yield" || Name == "sched_yield" || Name == "pthread_yield" ||
                  Name == "_mm_pause" || Name == "__builtin_ia32_pause" ||
                  Name == "cpu_relax" || Name.starts_with("__atomic") ||
                  Name.starts_with("__c11_atomic") || Name.starts_with("atomic_");
    Idle &= Yields;
    return Idle;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *) { return Idle = false; }
  bool VisitCoroutineSuspendExpr(CoroutineSuspendExpr *) { return Idle = false; }
};

} // namespace

bool waitsForOtherThread(const Expr *Cond, ASTContext &Ctx) {
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

bool answersCondition(const CallExpr *Call, const Expr *Cond) {
  struct Reads : RecursiveASTVisitor<Reads> {
    llvm::SmallPtrSet<const Decl *, 4> Variables;
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      Variables.insert(E->getDecl()->getCanonicalDecl());
      return true;
    }
  } R;
  R.TraverseStmt(const_cast<Expr *>(Cond));
  return llvm::any_of(Call->arguments(), [&](const Expr *Arg) {
    const auto *AddrOf = dyn_cast<UnaryOperator>(Arg->IgnoreParenImpCasts());
    const auto *Ref = AddrOf && AddrOf->getOpcode() == UO_AddrOf
                          ? dyn_cast<DeclRefExpr>(AddrOf->getSubExpr()->IgnoreParenImpCasts())
                          : nullptr;
    return Ref && R.Variables.contains(Ref->getDecl()->getCanonicalDecl());
  });
}

std::optional<std::string> spinsOn(const Expr *Cond, const Stmt *Body, const Stmt *Increment,
                                   ASTContext &Ctx) {
  if (!Cond || Increment || Cond->isValueDependent() || Cond->isTypeDependent())
    return std::nullopt;
  if (bool Constant; Cond->EvaluateAsBooleanCondition(Constant, Ctx))
    return std::nullopt;
  ConditionPart What = inspectConditionPart(Cond);
  if (What.CountsItself || What.ReadsClock)
    return std::nullopt;
  SharedReads Reads;
  Reads.TraverseStmt(const_cast<Expr *>(Cond));
  if (!Reads.Name)
    return std::nullopt;
  IdleBody Idle;
  if (Body)
    Idle.TraverseStmt(const_cast<Stmt *>(Body));
  if (!Idle.Idle)
    return std::nullopt;
  return Reads.Name;
}

} // namespace quadrant::facts
