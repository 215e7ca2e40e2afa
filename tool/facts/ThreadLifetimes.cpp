//===--- ThreadLifetimes.cpp - Threads destroyed while joinable --*- C++ -*-===//
#include "facts/ThreadLifetimes.h"
#include "facts/EditSpans.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include <map>

using namespace clang;

namespace quadrant::facts {

namespace {

class JoinableAnalysis {
public:
  JoinableAnalysis(ASTContext &Ctx, llvm::function_ref<bool(const CXXRecordDecl *)> MustJoin,
                   llvm::function_ref<SourcePoint(SourceLocation)> PointOf)
      : Ctx(Ctx), MustJoin(MustJoin), PointOf(PointOf) {}

  std::vector<UnjoinedThread> run(const FunctionDecl *FD) {
    CFG::BuildOptions Options;
    Options.AddImplicitDtors = true;
    std::unique_ptr<CFG> Graph = CFG::buildCFG(FD, FD->getBody(), &Ctx, Options);
    if (!Graph)
      return {};
    collectVariables(*Graph);
    if (Variables.empty())
      return {};

    // Forward may-analysis to a fixpoint, in reverse post-order. Clang's
    // view, not llvm::ReversePostOrderTraversal: an edge the CFG pruned (the
    // exit of `while (true)`) is a null successor, which only it skips.
    const PostOrderCFGView Order(Graph.get());
    std::vector<llvm::BitVector> Out(Graph->getNumBlockIDs(), llvm::BitVector(Variables.size()));
    for (bool Changed = true; Changed;) {
      Changed = false;
      for (const CFGBlock *B : Order) {
        llvm::BitVector State = entryState(*B, Out);
        transfer(*B, State, /*Record=*/false);
        if (State != Out[B->getBlockID()]) {
          Out[B->getBlockID()] = std::move(State);
          Changed = true;
        }
      }
    }
    for (const CFGBlock *B : Order) {
      llvm::BitVector State = entryState(*B, Out);
      transfer(*B, State, /*Record=*/true);
    }
    std::vector<UnjoinedThread> Result;
    for (auto &[Key, Thread] : Found) {
      noteJThreadFacts(Thread, Variables[std::get<0>(Key)], FD, Ctx);
      Result.push_back(std::move(Thread));
    }
    return Result;
  }

private:
  void collectVariables(const CFG &Graph) {
    for (const CFGBlock *B : Graph)
      for (const CFGElement &E : *B)
        if (auto S = E.getAs<CFGStmt>())
          if (const auto *Decls = dyn_cast<DeclStmt>(S->getStmt()))
            for (const Decl *D : Decls->decls())
              if (const auto *Var = dyn_cast<VarDecl>(D))
                if (Var->hasLocalStorage() && !Var->getType()->isReferenceType())
                  if (const CXXRecordDecl *Class = Var->getType()->getAsCXXRecordDecl();
                      Class && MustJoin(Class))
                    Index.try_emplace(Var, Index.size()), Variables.push_back(Var);
  }

  std::optional<unsigned> variableOf(const Expr *E) const {
    if (!E)
      return std::nullopt;
    E = E->IgnoreImplicit()->IgnoreParenImpCasts();
    // `return t;` moves t into the result through an implicit constructor.
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E); Construct && Construct->getNumArgs() == 1)
      E = Construct->getArg(0)->IgnoreImplicit()->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      auto It = Index.find(Ref->getDecl());
      if (It != Index.end())
        return It->second;
    }
    return std::nullopt;
  }

  /// `t.joinable()`, possibly negated: the variable and which successor
  /// (0 true, 1 false) learns that it is not joinable.
  std::optional<std::pair<unsigned, unsigned>> joinableTest(const CFGBlock &B) const {
    const Expr *Cond = dyn_cast_or_null<Expr>(B.getTerminatorCondition());
    if (!Cond)
      return std::nullopt;
    Cond = Cond->IgnoreParenImpCasts();
    unsigned NotJoinableSuccessor = 1;
    if (const auto *Not = dyn_cast<UnaryOperator>(Cond); Not && Not->getOpcode() == UO_LNot) {
      Cond = Not->getSubExpr()->IgnoreParenImpCasts();
      NotJoinableSuccessor = 0;
    }
    const auto *Call = dyn_cast<CXXMemberCallExpr>(Cond);
    if (!Call || !Call->getMethodDecl() || Call->getMethodDecl()->getName() != "joinable")
      return std::nullopt;
    if (std::optional<unsigned> V = variableOf(Call->getImplicitObjectArgument()))
      return std::make_pair(*V, NotJoinableSuccessor);
    return std::nullopt;
  }

  llvm::BitVector entryState(const CFGBlock &B, const std::vector<llvm::BitVector> &Out) const {
    llvm::BitVector State(Variables.size());
    for (const CFGBlock::AdjacentBlock &Pred : B.preds()) {
      const CFGBlock *P = Pred.getReachableBlock();
      if (!P)
        continue;
      llvm::BitVector Edge = Out[P->getBlockID()];
      if (auto Test = joinableTest(*P)) {
        unsigned Successor = 0;
        for (const CFGBlock::AdjacentBlock &S : P->succs()) {
          if (S.getReachableBlock() == &B && Successor == Test->second)
            Edge.reset(Test->first);
          ++Successor;
        }
      }
      State |= Edge;
    }
    return State;
  }

  void transfer(const CFGBlock &B, llvm::BitVector &State, bool Record) {
    for (const CFGElement &E : B) {
      if (auto Dtor = E.getAs<CFGAutomaticObjDtor>()) {
        auto It = Index.find(Dtor->getVarDecl());
        if (It == Index.end())
          continue;
        if (Record && State.test(It->second))
          record(It->second, Dtor->getTriggerStmt());
        State.reset(It->second);
        continue;
      }
      auto S = E.getAs<CFGStmt>();
      if (!S)
        continue;
      const Stmt *St = S->getStmt();
      if (const auto *Decls = dyn_cast<DeclStmt>(St)) {
        for (const Decl *D : Decls->decls())
          if (auto It = Index.find(D); It != Index.end())
            State[It->second] = startsThread(cast<VarDecl>(D)->getInit());
      } else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(St)) {
        const CXXMethodDecl *Method = Call->getMethodDecl();
        if (std::optional<unsigned> V = variableOf(Call->getImplicitObjectArgument());
            V && Method && Method->getIdentifier() &&
            (Method->getName() == "join" || Method->getName() == "detach"))
          State.reset(*V);
      } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(St)) {
        if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
          if (std::optional<unsigned> V = variableOf(Op->getArg(0)))
            State[*V] = startsThread(Op->getArg(1));
      } else if (const auto *Call = dyn_cast<CallExpr>(St)) {
        // std::move(t) hands the thread to someone else.
        if (const FunctionDecl *Callee = Call->getDirectCallee();
            Callee && Callee->isInStdNamespace() && Callee->getIdentifier() &&
            Callee->getName() == "move" && Call->getNumArgs() == 1)
          if (std::optional<unsigned> V = variableOf(Call->getArg(0)))
            State.reset(*V);
      } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(St)) {
        for (unsigned V : guardedThreads(Construct))
          State.reset(V);
      } else if (const auto *Return = dyn_cast<ReturnStmt>(St)) {
        if (std::optional<unsigned> V = variableOf(Return->getRetValue()))
          State.reset(*V);
      } else if (isa<CXXThrowExpr>(St) && Record) {
        for (unsigned V : State.set_bits())
          record(V, St);
      }
    }
  }

  /// Threads handed by reference to a guard object: a user class with a
  /// destructor of its own, constructed with the thread by non-const
  /// reference or pointer (`thread_guard g(t);`, C++ Concurrency in Action
  /// 2.3). Its destructor is where the thread is joined, so the thread no
  /// longer needs joining here.
  llvm::SmallVector<unsigned, 1> guardedThreads(const CXXConstructExpr *Construct) const {
    llvm::SmallVector<unsigned, 1> Guarded;
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    const CXXRecordDecl *Guard = Ctor->getParent();
    if (!Guard->hasUserDeclaredDestructor() || MustJoin(Guard))
      return Guarded;
    for (unsigned I = 0; I < Construct->getNumArgs() && I < Ctor->getNumParams(); ++I) {
      QualType Param = Ctor->getParamDecl(I)->getType();
      bool Shared = (Param->isLValueReferenceType() || Param->isPointerType()) &&
                    !Param->getPointeeType().isConstQualified();
      const Expr *Arg = Construct->getArg(I)->IgnoreParenImpCasts();
      if (const auto *AddrOf = dyn_cast<UnaryOperator>(Arg); AddrOf && AddrOf->getOpcode() == UO_AddrOf)
        Arg = AddrOf->getSubExpr();
      if (Shared)
        if (std::optional<unsigned> V = variableOf(Arg))
          Guarded.push_back(*V);
    }
    return Guarded;
  }

  /// Whether a thread initialised or assigned from E is running.
  bool startsThread(const Expr *E) const {
    if (!E)
      return false;
    E = E->IgnoreImplicit();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
      return Construct->getNumArgs() > 0 &&
             !isa<CXXDefaultArgExpr>(Construct->getArg(0));
    return true; // a call returning a thread, or another thread moved in
  }

  void record(unsigned V, const Stmt *Trigger) {
    SourceLocation Loc = Trigger ? Trigger->getBeginLoc() : Variables[V]->getLocation();
    std::string How = "it goes out of scope here";
    if (const auto *Block = dyn_cast_or_null<CompoundStmt>(Trigger))
      Loc = Block->getRBracLoc();
    else if (isa_and_nonnull<ReturnStmt>(Trigger))
      How = "the function returns here";
    else if (isa_and_nonnull<CXXThrowExpr>(Trigger))
      How = "an exception thrown here unwinds it";
    SourcePoint Exit = PointOf(Loc);
    auto Key = std::make_tuple(V, Exit.Line, Exit.Column);
    if (Found.count(Key))
      return;
    Found[Key] = UnjoinedThread{Variables[V]->getNameAsString(),
                                PointOf(Variables[V]->getLocation()), Exit, How};
  }

  ASTContext &Ctx;
  llvm::function_ref<bool(const CXXRecordDecl *)> MustJoin;
  llvm::function_ref<SourcePoint(SourceLocation)> PointOf;
  llvm::DenseMap<const Decl *, unsigned> Index;
  std::vector<const VarDecl *> Variables;
  std::map<std::tuple<unsigned, unsigned, unsigned>, UnjoinedThread> Found;
};

} // namespace

std::vector<UnjoinedThread>
findUnjoinedThreads(const FunctionDecl *FD, ASTContext &Ctx,
                    llvm::function_ref<bool(const CXXRecordDecl *)> MustJoin,
                    llvm::function_ref<SourcePoint(SourceLocation)> PointOf) {
  if (!FD->hasBody() || FD->isDependentContext())
    return {};
  return JoinableAnalysis(Ctx, MustJoin, PointOf).run(FD);
}

} // namespace quadrant::facts
