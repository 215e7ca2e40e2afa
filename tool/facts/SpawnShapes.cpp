//===--- SpawnShapes.cpp - How often a start runs, and a fork's child -===//
#include "facts/SpawnShapes.h"
#include "facts/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace quadrant::facts {

namespace {

/// The one parent of a node, walking through the declaration a construction
/// initialises (`std::thread t(work);` sits in a VarDecl in a DeclStmt).
/// Null at the function's own boundary: a lambda's body is another function.
const Stmt *enclosingStmt(ASTContext &Ctx, DynTypedNode Node) {
  while (true) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return nullptr;
    Node = Parents[0];
    if (Node.get<LambdaExpr>())
      return nullptr;
    if (const auto *S = Node.get<Stmt>())
      return S;
    if (!Node.get<VarDecl>())
      return nullptr;
  }
}

bool isHardwareConcurrency(const Expr *E) {
  const auto *Call = dyn_cast<CallExpr>(E->IgnoreParenImpCasts());
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && Callee->getIdentifier() && Callee->getName() == "hardware_concurrency";
}

/// A loop bound: an integer constant, hardware_concurrency(), or a local
/// initialised with either (`unsigned n = hardware_concurrency();`, even if
/// a fallback may replace a 0 later: the count is what the code means).
std::optional<LoopCount> boundOf(const Expr *E, ASTContext &Ctx) {
  E = E->IgnoreParenImpCasts();
  if (std::optional<llvm::APSInt> N = E->getIntegerConstantExpr(Ctx); N && !N->isNegative())
    return LoopCount{LoopCount::Kind::Constant, static_cast<unsigned>(N->getExtValue())};
  if (isHardwareConcurrency(E))
    return LoopCount{LoopCount::Kind::PerHardwareThread, 0};
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
        Var && Var->isLocalVarDecl() && Var->getInit())
      return boundOf(Var->getInit(), Ctx);
  return std::nullopt;
}

/// `for (T i = 0; i < N; ++i)` or `i <= N`, `i != N`: N runs, from 0.
std::optional<LoopCount> countOf(const ForStmt *For, ASTContext &Ctx) {
  const auto *Init = dyn_cast_or_null<DeclStmt>(For->getInit());
  const auto *Var = Init && Init->isSingleDecl() ? dyn_cast<VarDecl>(Init->getSingleDecl()) : nullptr;
  std::optional<llvm::APSInt> Start =
      Var && Var->getInit() ? Var->getInit()->getIntegerConstantExpr(Ctx) : std::nullopt;
  const auto *Cond = dyn_cast_or_null<BinaryOperator>(For->getCond());
  if (!Start || *Start != 0 || !Cond ||
      !(Cond->getOpcode() == BO_LT || Cond->getOpcode() == BO_LE || Cond->getOpcode() == BO_NE))
    return std::nullopt;
  const auto *Ref = dyn_cast<DeclRefExpr>(Cond->getLHS()->IgnoreParenImpCasts());
  if (!Ref || Ref->getDecl() != Var)
    return std::nullopt;
  std::optional<LoopCount> Bound = boundOf(Cond->getRHS(), Ctx);
  if (Bound && Cond->getOpcode() == BO_LE) {
    if (Bound->K != LoopCount::Kind::Constant)
      return std::nullopt;
    ++Bound->Times;
  }
  return Bound;
}

/// Gives Visit the first parent of At, then its first parent, and so on,
/// until Visit says to stop or the top is reached.
void walkUp(const Stmt *At, ASTContext &Ctx, llvm::function_ref<bool(const DynTypedNode &)> Stop) {
  DynTypedNode Node = DynTypedNode::create(*At);
  while (true) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty() || Stop(Parents[0]))
      return;
    Node = Parents[0];
  }
}

/// The holder of a call's result: the variable it initialises or is
/// assigned to; null when the call is tested where it stands.
const VarDecl *resultVariable(const Stmt *At, ASTContext &Ctx) {
  const VarDecl *Result = nullptr;
  walkUp(At, Ctx, [&](const DynTypedNode &Node) {
    if ((Result = Node.get<VarDecl>()))
      return true;
    if (const auto *Assign = Node.get<BinaryOperator>(); Assign && Assign->isAssignmentOp()) {
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Assign->getLHS()->IgnoreParenImpCasts()))
        Result = dyn_cast<VarDecl>(Ref->getDecl());
      return true;
    }
    const auto *E = Node.get<Expr>();
    return !E || !(isa<ImplicitCastExpr>(E) || isa<ParenExpr>(E));
  });
  return Result;
}

/// The body of the function or lambda that holds At.
const Stmt *functionBody(const Stmt *At, ASTContext &Ctx) {
  const Stmt *Body = nullptr;
  walkUp(At, Ctx, [&](const DynTypedNode &Node) {
    if (const auto *Lambda = Node.get<LambdaExpr>())
      Body = Lambda->getBody();
    else if (const auto *FD = Node.get<FunctionDecl>())
      Body = FD->getBody();
    return Body != nullptr;
  });
  return Body;
}

bool isZero(const Expr *E, ASTContext &Ctx) {
  std::optional<llvm::APSInt> N = E->IgnoreParenImpCasts()->getIntegerConstantExpr(Ctx);
  return N && *N == 0;
}

/// The if and switch statements of a body that test a fork's result, and
/// the branch the first gives the child: one statement, or the statements
/// of a switch from `case 0:` to the next label.
class ForkTests : public RecursiveASTVisitor<ForkTests> {
public:
  ForkTests(ASTContext &Ctx, const Stmt *Call, const VarDecl *Result)
      : Ctx(Ctx), Call(Call), Result(Result) {}

  bool VisitIfStmt(IfStmt *If) {
    if (Child.empty())
      if (const Stmt *Branch = childBranch(If))
        Child = {Branch};
    return true;
  }

  bool VisitSwitchStmt(SwitchStmt *Switch) {
    if (Child.empty() && isResult(Switch->getCond()))
      Child = zeroCase(Switch);
    return true;
  }

  std::vector<const Stmt *> Child;

private:
  bool isResult(const Expr *E) const {
    E = E->IgnoreParenImpCasts();
    if (E == Call)
      return true;
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    return Result && Ref && Ref->getDecl() == Result;
  }

  const Stmt *childBranch(const IfStmt *If) const {
    const Expr *Cond = If->getCond()->IgnoreParenImpCasts();
    if (isResult(Cond)) // `if (pid)`: the parent's branch
      return If->getElse();
    if (const auto *Not = dyn_cast<UnaryOperator>(Cond);
        Not && Not->getOpcode() == UO_LNot && isResult(Not->getSubExpr()))
      return If->getThen();
    const auto *Compare = dyn_cast<BinaryOperator>(Cond);
    if (!Compare)
      return nullptr;
    const Expr *L = Compare->getLHS(), *R = Compare->getRHS();
    bool ResultLeft = isResult(L) && isZero(R, Ctx);
    bool ResultRight = isResult(R) && isZero(L, Ctx);
    if (!ResultLeft && !ResultRight)
      return nullptr;
    switch (Compare->getOpcode()) {
    case BO_EQ:
      return If->getThen();
    case BO_NE:
      return If->getElse();
    case BO_GT: // `pid > 0` (or `0 > pid`, the failure): the rest is the child's
      return ResultLeft ? If->getElse() : nullptr;
    default:
      return nullptr;
    }
  }

  /// `case 0:` and the statements after it, up to the next case or
  /// default of the switch (a fall-through into it is not followed).
  std::vector<const Stmt *> zeroCase(const SwitchStmt *Switch) const {
    const auto *Body = dyn_cast_or_null<CompoundStmt>(Switch->getBody());
    std::vector<const Stmt *> Branch;
    if (!Body)
      return Branch;
    for (const Stmt *S : Body->body()) {
      bool Label = isa<SwitchCase>(S);
      if (!Branch.empty() && Label)
        break;
      const auto *Case = dyn_cast<CaseStmt>(S);
      if (!Branch.empty() || (Case && !Case->caseStmtIsGNURange() && isZero(Case->getLHS(), Ctx)))
        Branch.push_back(S);
    }
    return Branch;
  }

  ASTContext &Ctx;
  const Stmt *Call;
  const VarDecl *Result;
};

class CalleeNames : public RecursiveASTVisitor<CalleeNames> {
public:
  bool VisitCallExpr(CallExpr *E) {
    if (const FunctionDecl *Callee = E->getDirectCallee())
      Names.push_back(Callee->getQualifiedNameAsString());
    return true;
  }
  std::vector<std::string> Names;
};

} // namespace

std::optional<LoopCount> loopCountAround(const Stmt *At, ASTContext &Ctx) {
  std::optional<LoopCount> Total;
  const Stmt *Inner = At;
  for (const Stmt *S = enclosingStmt(Ctx, DynTypedNode::create(*At)); S;
       Inner = S, S = enclosingStmt(Ctx, DynTypedNode::create(*S))) {
    std::optional<LoopCount> Here;
    if (const auto *For = dyn_cast<ForStmt>(S)) {
      if (For->getBody() != Inner)
        continue; // in the loop's own condition or increment: not repeated per pass
      Here = countOf(For, Ctx).value_or(LoopCount{});
    } else if (isa<WhileStmt, DoStmt, CXXForRangeStmt>(S)) {
      Here = LoopCount{};
    } else {
      continue;
    }
    if (!Total)
      Total = Here;
    else if (Total->K == LoopCount::Kind::Constant && Here->K == LoopCount::Kind::Constant)
      Total->Times *= Here->Times;
    else
      Total = LoopCount{};
  }
  return Total;
}

std::optional<ForkChild> forkChildOf(const Stmt *At, ASTContext &Ctx) {
  const Stmt *Body = functionBody(At, Ctx);
  if (!Body)
    return std::nullopt;
  ForkTests Tests(Ctx, At, resultVariable(At, Ctx));
  Tests.TraverseStmt(const_cast<Stmt *>(Body));
  if (Tests.Child.empty())
    return std::nullopt;
  CalleeNames Callees;
  for (const Stmt *S : Tests.Child)
    Callees.TraverseStmt(const_cast<Stmt *>(S));
  return ForkChild{reportedPoint(Ctx, Tests.Child.front()->getBeginLoc(), nullptr),
                   reportedPoint(Ctx, Tests.Child.back()->getEndLoc(), nullptr),
                   std::move(Callees.Names),
                   {}};
}

std::optional<LoopExtent> innermostLoopAround(const Stmt *At, ASTContext &Ctx) {
  for (const Stmt *S = enclosingStmt(Ctx, DynTypedNode::create(*At)); S;
       S = enclosingStmt(Ctx, DynTypedNode::create(*S)))
    if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S))
      return LoopExtent{reportedPoint(Ctx, S->getBeginLoc(), nullptr),
                        reportedPoint(Ctx, S->getEndLoc(), nullptr)};
  return std::nullopt;
}

} // namespace quadrant::facts
