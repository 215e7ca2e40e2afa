//===--- FunctionFlow.cpp - What holds at each point of a function -*- C++ -*-===//
#include "facts/FunctionFlow.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/StmtOpenMP.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace quadrant::facts {

namespace {

bool sameObject(const Descriptor &A, const Descriptor &B) {
  return A.Var == B.Var && A.Element == B.Element;
}

/// A local variable of record type, named directly (`tv`, not `p->tv`).
const VarDecl *localRecord(const Expr *E) {
  if (!E)
    return nullptr;
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->hasLocalStorage() || Var->getType()->isReferenceType() ||
      !Var->getType()->isRecordType())
    return nullptr;
  return Var;
}

unsigned fieldCount(const VarDecl *Var) {
  const RecordDecl *Record = Var->getType()->getAsRecordDecl();
  return Record ? std::distance(Record->field_begin(), Record->field_end()) : 0;
}

/// Statements whose state the extractor asks for: the sites rules label.
bool isSite(const Stmt *S) {
  return isa<CallExpr, CXXConstructExpr, CXXUnresolvedConstructExpr, CoroutineSuspendExpr, DependentCoawaitExpr,
             OMPExecutableDirective, ReturnStmt, DeclStmt>(S);
}

/// Where the end of a scope is written: a block's closing brace, or the
/// statement that leaves it (return, break, goto).
SourceLocation scopeExit(const Stmt *Trigger) {
  if (!Trigger)
    return {};
  if (const auto *Block = dyn_cast<CompoundStmt>(Trigger))
    return Block->getRBracLoc();
  if (isa<ReturnStmt, BreakStmt, ContinueStmt, GotoStmt, CoreturnStmt>(Trigger))
    return Trigger->getBeginLoc();
  return Trigger->getEndLoc();
}

/// The object a destructor element of the CFG destroys, and where.
std::optional<DestroyedObject> destructionOf(const CFGElement &E, const Stmt *Body) {
  DestroyedObject D;
  if (auto Dtor = E.getAs<CFGAutomaticObjDtor>()) {
    D.K = DestroyedObject::Variable;
    D.Var = Dtor->getVarDecl();
    D.Type = D.Var->getType();
    D.Loc = scopeExit(Dtor->getTriggerStmt());
  } else if (auto Dtor = E.getAs<CFGTemporaryDtor>()) {
    D.K = DestroyedObject::Temporary;
    D.Object = Dtor->getBindTemporaryExpr();
    D.Type = D.Object->getType();
    D.Loc = D.Object->getEndLoc();
  } else if (auto Dtor = E.getAs<CFGMemberDtor>()) {
    D.K = DestroyedObject::Member;
    D.Field = Dtor->getFieldDecl();
    D.Type = D.Field->getType();
    D.Loc = scopeExit(Body);
  } else if (auto Dtor = E.getAs<CFGBaseDtor>()) {
    D.K = DestroyedObject::Base;
    D.Type = Dtor->getBaseSpecifier()->getType();
    D.Loc = scopeExit(Body);
  } else if (auto Dtor = E.getAs<CFGDeleteDtor>()) {
    D.K = DestroyedObject::Deleted;
    D.Object = Dtor->getDeleteExpr();
    D.Type = Dtor->getDeleteExpr()->getDestroyedType();
    D.Loc = D.Object->getBeginLoc();
  } else {
    return std::nullopt;
  }
  return D;
}

} // namespace

const FlowState::FdFacts *FlowState::factsOf(Descriptor D) const {
  if (auto It = Fds.find({D.Var, D.Element}); It != Fds.end())
    return &It->second;
  if (auto It = Fds.find({D.Var, -1}); It != Fds.end())
    return &It->second;
  return nullptr;
}

bool FlowState::nonBlocking(Descriptor D) const {
  const FdFacts *F = factsOf(D);
  return F && F->AllPaths;
}

bool FlowState::nonBlockingOnSomePath(Descriptor D) const {
  const FdFacts *F = factsOf(D);
  return F && F->SomePath && !F->AllPaths;
}

bool FlowState::knownBlocking(Descriptor D) const {
  const FdFacts *F = factsOf(D);
  return F && F->Cleared;
}

std::string FlowState::kindOf(Descriptor D) const {
  const FdFacts *F = factsOf(D);
  return F ? F->Kind : std::string();
}

const llvm::SmallVector<const Expr *, 2> *FlowState::fieldValues(const VarDecl *Var,
                                                                 unsigned Field) const {
  auto It = FieldValues.find({Var, Field});
  return It == FieldValues.end() ? nullptr : &It->second;
}

bool FlowState::zeroed(const VarDecl *Var) const {
  auto It = ZeroFields.find(Var);
  return It != ZeroFields.end() && !It->second.empty() && llvm::all_of(It->second, [](bool B) { return B; });
}

const LockEntry *FlowState::holding(Descriptor Mutex) const {
  for (const LockEntry &L : Held)
    if (sameObject(L.Mutex, Mutex))
      return &L;
  return nullptr;
}

bool FlowState::sameFacts(const FlowState &O) const {
  auto Keys = [](const std::vector<LockEntry> &Locks) {
    std::vector<std::tuple<const Decl *, int64_t, const Decl *, int64_t>> K;
    for (const LockEntry &L : Locks)
      K.emplace_back(L.Object.Var, L.Object.Element, L.Mutex.Var, L.Mutex.Element);
    return K;
  };
  return Reached == O.Reached && Fds == O.Fds && ZeroFields == O.ZeroFields &&
         FieldValues == O.FieldValues && Guards == O.Guards &&
         Keys(Held) == Keys(O.Held) && Keys(Tried) == Keys(O.Tried);
}

class FlowAnalysis {
public:
  FlowAnalysis(ASTContext &Ctx, llvm::function_ref<FlowEvents(const Stmt *)> EventsOf)
      : Ctx(Ctx), EventsOf(EventsOf) {}

  std::optional<FunctionFlow> run(const FunctionDecl *FD) {
    CFG::BuildOptions Options;
    Options.AddImplicitDtors = true;
    Options.AddTemporaryDtors = true;
    Options.AddInitializers = true;
    Options.AddCXXDefaultInitExprInCtors = true;
    Options.setAllAlwaysAdd();
    Body = FD->getBody();
    std::unique_ptr<CFG> Graph = CFG::buildCFG(FD, const_cast<Stmt *>(Body), &Ctx, Options);
    // A coroutine template's body is not complete until it is instantiated:
    // the statements written in it are.
    if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(Body); !Graph && Coroutine) {
      Body = Coroutine->getBody();
      Graph = CFG::buildCFG(FD, const_cast<Stmt *>(Body), &Ctx, Options);
    }
    if (!Graph)
      return std::nullopt;
    Result.Parameters = std::make_unique<ParameterTests>(FD, Body, Ctx);
    // Clang's view, not llvm::ReversePostOrderTraversal: an edge the CFG
    // pruned (the exit of `while (true)`) is a null successor, which only it
    // skips.
    const PostOrderCFGView Order(Graph.get());
    std::vector<FlowState> Out(Graph->getNumBlockIDs());
    // Every pass can only drop must-facts and add may-facts, so this ends;
    // the cap guards against a transfer that is not monotone.
    for (unsigned Pass = 0, Changed = true; Changed && Pass < 64; ++Pass) {
      Changed = false;
      for (const CFGBlock *B : Order) {
        FlowState State = entryState(*B, Graph->getEntry(), Out);
        transfer(*B, State, /*Record=*/false);
        if (!State.sameFacts(Out[B->getBlockID()])) {
          Out[B->getBlockID()] = std::move(State);
          Changed = true;
        }
      }
    }
    for (const CFGBlock *B : Order) {
      FlowState State = entryState(*B, Graph->getEntry(), Out);
      if (State.Reached)
        transfer(*B, State, /*Record=*/true);
    }
    Result.AtExit = entryState(Graph->getExit(), Graph->getEntry(), Out);
    return std::move(Result);
  }

private:
  const FlowEvents &eventsOf(const Stmt *S) {
    auto [It, Inserted] = Events.try_emplace(S);
    if (Inserted)
      It->second = EventsOf(S);
    return It->second;
  }

  static void join(FlowState &Into, const FlowState &Other) {
    if (!Other.Reached)
      return;
    if (!Into.Reached) {
      Into = Other;
      return;
    }
    std::map<FlowState::Key, FlowState::FdFacts> Fds;
    for (auto &[K, F] : Into.Fds) {
      auto It = Other.Fds.find(K);
      FlowState::FdFacts Joined;
      Joined.SomePath = F.SomePath || (It != Other.Fds.end() && It->second.SomePath);
      Joined.AllPaths = F.AllPaths && It != Other.Fds.end() && It->second.AllPaths;
      Joined.Cleared = F.Cleared && It != Other.Fds.end() && It->second.Cleared;
      if (It != Other.Fds.end() && It->second.Kind == F.Kind)
        Joined.Kind = F.Kind;
      Fds[K] = std::move(Joined);
    }
    for (auto &[K, F] : Other.Fds)
      if (!Into.Fds.count(K) && F.SomePath)
        Fds[K] = FlowState::FdFacts{false, true, false, ""};
    Into.Fds = std::move(Fds);
    auto Union = [](std::vector<LockEntry> &A, const std::vector<LockEntry> &B) {
      for (const LockEntry &L : B)
        if (llvm::none_of(A, [&](const LockEntry &M) {
              return sameObject(M.Object, L.Object) && sameObject(M.Mutex, L.Mutex);
            }))
          A.push_back(L);
    };
    Union(Into.Held, Other.Held);
    Union(Into.Tried, Other.Tried);
    for (auto It = Into.ZeroFields.begin(); It != Into.ZeroFields.end();) {
      auto Theirs = Other.ZeroFields.find(It->first);
      if (Theirs == Other.ZeroFields.end() || Theirs->second.size() != It->second.size()) {
        It = Into.ZeroFields.erase(It);
        continue;
      }
      for (unsigned I = 0; I < It->second.size(); ++I)
        It->second[I] = It->second[I] && Theirs->second[I];
      ++It;
    }
    std::erase_if(Into.FieldValues, [&](const auto &Entry) {
      auto Theirs = Other.FieldValues.find(Entry.first);
      return Theirs == Other.FieldValues.end() || Theirs->second != Entry.second;
    });
    std::erase_if(Into.Guards,
                  [&](const ParameterGuard &G) { return !llvm::is_contained(Other.Guards, G); });
  }

  static void addGuard(FlowState &State, ParameterGuard G) {
    auto Key = [](const ParameterGuard &G) { return std::tie(G.Parameter, G.Equal, G.Value); };
    auto At = llvm::lower_bound(State.Guards, G, [&](const ParameterGuard &A, const ParameterGuard &B) {
      return Key(A) < Key(B);
    });
    if (At == State.Guards.end() || !(*At == G))
      State.Guards.insert(At, std::move(G));
  }

  FlowState entryState(const CFGBlock &B, const CFGBlock &Entry,
                       const std::vector<FlowState> &Out) {
    FlowState State;
    if (&B == &Entry) {
      State.Reached = true;
      return State;
    }
    for (const CFGBlock::AdjacentBlock &Pred : B.preds()) {
      const CFGBlock *P = Pred.getReachableBlock();
      if (!P)
        continue;
      const FlowState &PredOut = Out[P->getBlockID()];
      if (!PredOut.Reached)
        continue;
      std::optional<unsigned> Success = successSuccessor(*P);
      unsigned Index = 0;
      for (const CFGBlock::AdjacentBlock &S : P->succs()) {
        if (S.getReachableBlock() == &B) {
          llvm::SmallVector<ParameterGuard, 2> Guards = Result.Parameters->onEdge(*P, Index, B);
          if (Guards.empty() && Success != Index) {
            join(State, PredOut);
          } else {
            FlowState Edge = PredOut;
            if (Success == Index)
              acquireTried(Edge, *P);
            for (ParameterGuard &G : Guards)
              addGuard(Edge, std::move(G));
            join(State, Edge);
          }
        }
        ++Index;
      }
    }
    return State;
  }

  /// What a block's branch condition tests for a try-lock: the call itself
  /// (`m.try_lock()`, `pthread_mutex_trylock(&m) == 0`) or a lock object
  /// constructed with std::try_to_lock (`if (lock)`, `lock.owns_lock()`).
  struct TriedTest {
    const Stmt *Call = nullptr;
    std::optional<Descriptor> Object;
    bool SuccessWhenTrue = true;
  };

  std::optional<TriedTest> triedTest(const CFGBlock &B) {
    const Expr *Cond = dyn_cast_or_null<Expr>(B.getTerminatorCondition());
    if (!Cond)
      return std::nullopt;
    bool Flip = false;
    std::optional<int64_t> Compared;
    bool Equal = true;
    while (true) {
      Cond = Cond->IgnoreParenImpCasts();
      if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(Cond)) {
        Cond = Cleanups->getSubExpr();
        continue;
      }
      if (const auto *Not = dyn_cast<UnaryOperator>(Cond); Not && Not->getOpcode() == UO_LNot) {
        Flip = !Flip;
        Cond = Not->getSubExpr();
        continue;
      }
      if (const auto *Cmp = dyn_cast<BinaryOperator>(Cond);
          Cmp && !Compared && (Cmp->getOpcode() == BO_EQ || Cmp->getOpcode() == BO_NE)) {
        Expr::EvalResult Value;
        const Expr *Other = nullptr;
        if (!Cmp->getRHS()->isValueDependent() && Cmp->getRHS()->EvaluateAsInt(Value, Ctx))
          Other = Cmp->getLHS();
        else if (!Cmp->getLHS()->isValueDependent() && Cmp->getLHS()->EvaluateAsInt(Value, Ctx))
          Other = Cmp->getRHS();
        if (!Other)
          return std::nullopt;
        Compared = Value.Val.getInt().getExtValue();
        Equal = Cmp->getOpcode() == BO_EQ;
        Cond = Other;
        continue;
      }
      break;
    }
    TriedTest Test;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Cond)) {
      const CXXMethodDecl *Method = Member->getMethodDecl();
      bool TestsObject = Method && (isa<CXXConversionDecl>(Method) ||
                                    (Method->getIdentifier() && Method->getName() == "owns_lock"));
      if (TestsObject && !Compared) {
        Test.Object = descriptorOf(Member->getImplicitObjectArgument(), Ctx);
        Test.SuccessWhenTrue = !Flip;
        return Test.Object ? std::optional<TriedTest>(Test) : std::nullopt;
      }
    }
    if (!isa<CallExpr>(Cond))
      return std::nullopt;
    const FlowEvents &E = eventsOf(Cond);
    if (E.Tries.empty())
      return std::nullopt;
    Test.Call = Cond;
    bool WhenTrue;
    if (!Compared) {
      // Truthiness: a bool try succeeds when true, an int one (0 on
      // success) when false; std::try_lock's -1 cannot be told this way.
      if (E.TryReturnsBool)
        WhenTrue = true;
      else if (E.TrySuccess == 0)
        WhenTrue = false;
      else
        return std::nullopt;
    } else if (*Compared == (E.TryReturnsBool ? 1 : E.TrySuccess)) {
      WhenTrue = Equal;
    } else if (E.TryReturnsBool) {
      WhenTrue = !Equal; // `try_lock() == false`
    } else {
      return std::nullopt; // `trylock(&m) == EBUSY`: failure, but which?
    }
    Test.SuccessWhenTrue = WhenTrue != Flip;
    return Test;
  }

  /// The successor (0: true, 1: false) on which the block's try succeeded.
  std::optional<unsigned> successSuccessor(const CFGBlock &B) {
    if (B.succ_size() != 2)
      return std::nullopt;
    std::optional<TriedTest> Test = triedTest(B);
    if (!Test)
      return std::nullopt;
    return Test->SuccessWhenTrue ? 0u : 1u;
  }

  void acquireTried(FlowState &State, const CFGBlock &B) {
    std::optional<TriedTest> Test = triedTest(B);
    if (!Test)
      return;
    if (Test->Call) {
      for (LockEntry L : eventsOf(Test->Call).Tries)
        acquire(State, std::move(L));
      return;
    }
    for (const LockEntry &L : State.Tried)
      if (sameObject(L.Object, *Test->Object))
        acquire(State, L);
  }

  static void acquire(FlowState &State, LockEntry L) {
    for (LockEntry &Held : State.Held)
      if (sameObject(Held.Object, L.Object)) {
        Held = std::move(L);
        return;
      }
    State.Held.push_back(std::move(L));
  }

  static void release(FlowState &State, const Descriptor &D) {
    llvm::erase_if(State.Held, [&](const LockEntry &L) {
      return sameObject(L.Object, D) || sameObject(L.Mutex, D);
    });
  }

  void applyEvents(FlowState &State, const FlowEvents &E, bool Record) {
    if (Record)
      Result.Released.insert(Result.Released.end(), E.Releases.begin(), E.Releases.end());
    if (E.Resets) {
      State.Fds.erase({E.Resets->Var, E.Resets->Element});
      // The variable holds a new value: nothing known of the old one holds.
      for (auto It = State.ZeroFields.begin(); It != State.ZeroFields.end();)
        It = It->first == E.Resets->Var ? State.ZeroFields.erase(It) : std::next(It);
    }
    for (const auto &[D, Kind] : E.SetsKind)
      State.Fds[{D.Var, D.Element}].Kind = Kind;
    for (const Descriptor &D : E.SetsNonBlocking) {
      FlowState::FdFacts &F = State.Fds[{D.Var, D.Element}];
      F.AllPaths = F.SomePath = true;
      F.Cleared = false;
    }
    for (const Descriptor &D : E.ClearsNonBlocking) {
      FlowState::FdFacts &F = State.Fds[{D.Var, D.Element}];
      F.AllPaths = F.SomePath = false;
      F.Cleared = true;
    }
    for (const Descriptor &D : E.Releases)
      release(State, D);
    for (const LockEntry &L : E.Acquires)
      acquire(State, L);
    for (const LockEntry &L : E.Tries)
      if (llvm::none_of(State.Tried, [&](const LockEntry &T) { return sameObject(T.Object, L.Object); }))
        State.Tried.push_back(L);
    if (E.AdoptsInto)
      for (const Descriptor &Mutex : E.Adopted)
        for (LockEntry &L : State.Held)
          if (sameObject(L.Object, Mutex))
            L.Object = *E.AdoptsInto;
  }

  void setZero(FlowState &State, const VarDecl *Var, std::optional<unsigned> Field, bool Zero) {
    unsigned Count = fieldCount(Var);
    if (!Count)
      return;
    auto &Fields = State.ZeroFields[Var];
    if (Fields.size() != Count)
      Fields.assign(Count, false);
    if (Field) {
      if (*Field < Count)
        Fields[*Field] = Zero;
    } else {
      Fields.assign(Count, Zero);
    }
  }

  /// `tv.tv_sec = 0`, `tv = {}`, `struct timeval tv = {0}`, `memset(&tv, 0,
  /// sizeof tv)`, `bzero(&tv, sizeof tv)`: what is known zero afterwards.
  void trackZeroes(FlowState &State, const Stmt *S) {
    if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : Decls->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D); Var && Var->hasLocalStorage() &&
                                                    Var->getType()->isRecordType()) {
          State.ZeroFields.erase(Var);
          forgetValues(State, Var);
          if (Var->getInit() && foldsToZero(Var->getInit(), Ctx))
            setZero(State, Var, std::nullopt, true);
          if (const auto *List = dyn_cast_or_null<InitListExpr>(Var->getInit()))
            initialiseValues(State, Var, List);
        }
      return;
    }
    const Expr *Target = nullptr, *Value = nullptr;
    if (const auto *Assign = dyn_cast<BinaryOperator>(S); Assign && Assign->isAssignmentOp()) {
      Target = Assign->getLHS();
      Value = Assign->getOpcode() == BO_Assign ? Assign->getRHS() : nullptr;
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
               Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2) {
      Target = Op->getArg(0);
      Value = Op->getArg(1);
    } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (!Callee || !Callee->getIdentifier() || Call->getNumArgs() < 2)
        return;
      llvm::StringRef Name = Callee->getName();
      bool Memset = Name == "memset" || Name == "__builtin_memset";
      if (!Memset && Name != "bzero" && Name != "explicit_bzero")
        return;
      const auto *AddrOf = dyn_cast<UnaryOperator>(Call->getArg(0)->IgnoreParenImpCasts());
      if (AddrOf && AddrOf->getOpcode() == UO_AddrOf)
        if (const VarDecl *Var = localRecord(AddrOf->getSubExpr())) {
          setZero(State, Var, std::nullopt, !Memset || foldsToZero(Call->getArg(1), Ctx));
          forgetValues(State, Var);
        }
      return;
    }
    if (!Target)
      return;
    bool Zero = Value && foldsToZero(Value->IgnoreImplicit(), Ctx);
    if (const VarDecl *Var = localRecord(Target)) {
      setZero(State, Var, std::nullopt, Zero);
      forgetValues(State, Var);
      return;
    }
    if (const auto *Member = dyn_cast<MemberExpr>(Target->IgnoreParenImpCasts()); Member && !Member->isArrow())
      if (const VarDecl *Var = localRecord(Member->getBase()))
        if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
            Field && Field->getParent() == Var->getType()->getAsRecordDecl()) {
          setZero(State, Var, Field->getFieldIndex(), Zero);
          auto &Values = State.FieldValues[{Var, Field->getFieldIndex()}];
          const auto *Compound = dyn_cast<CompoundAssignOperator>(S);
          if (!Compound)
            Values.clear();
          // `flags |= X` adds X to what was there; any other compound
          // assignment leaves a value no rule can read.
          if (Compound && Compound->getOpcode() != BO_OrAssign)
            State.FieldValues.erase({Var, Field->getFieldIndex()});
          else if (const Expr *Written = Compound ? Compound->getRHS() : Value)
            Values.push_back(Written);
        }
  }

  void forgetValues(FlowState &State, const VarDecl *Var) {
    std::erase_if(State.FieldValues, [&](const auto &Entry) { return Entry.first.first == Var; });
  }

  /// `struct addrinfo hints = {.ai_flags = AI_NUMERICHOST}`: each field the
  /// initialiser writes holds its value; a field it leaves out is zero.
  void initialiseValues(FlowState &State, const VarDecl *Var, const InitListExpr *List) {
    if (const InitListExpr *Semantic = List->isSemanticForm() ? List : List->getSemanticForm())
      List = Semantic;
    for (unsigned I = 0; I < List->getNumInits(); ++I)
      if (const Expr *Init = List->getInit(I); Init && !isa<ImplicitValueInitExpr>(Init))
        State.FieldValues[{Var, I}] = {Init};
  }

  void destroyed(FlowState &State, DestroyedObject D, bool Record) {
    if (Record && D.Loc.isValid()) {
      D.Before = State;
      Result.Destroyed.push_back(std::move(D));
    }
  }

  void transfer(const CFGBlock &B, FlowState &State, bool Record) {
    for (const CFGElement &E : B) {
      if (std::optional<DestroyedObject> D = destructionOf(E, Body)) {
        const VarDecl *Var = D->Var;
        destroyed(State, std::move(*D), Record);
        if (Var) {
          // A lock object releases what it holds; a mutex destroyed is gone.
          release(State, Descriptor{Var->getCanonicalDecl(), -1});
          llvm::erase_if(State.Tried, [&](const LockEntry &L) { return L.Object.Var == Var->getCanonicalDecl(); });
        }
        continue;
      }
      auto S = E.getAs<CFGStmt>();
      if (!S)
        continue;
      const Stmt *St = S->getStmt();
      if (Record && isSite(St)) {
        auto [It, Inserted] = Result.States.try_emplace(St, State);
        if (!Inserted)
          join(It->second, State);
      }
      if (isa<CallExpr, CXXConstructExpr, CXXUnresolvedConstructExpr, DeclStmt>(St))
        applyEvents(State, eventsOf(St), Record);
      trackZeroes(State, St);
    }
  }

  ASTContext &Ctx;
  llvm::function_ref<FlowEvents(const Stmt *)> EventsOf;
  llvm::DenseMap<const Stmt *, FlowEvents> Events;
  const Stmt *Body = nullptr;
  FunctionFlow Result;
};

std::optional<FunctionFlow>
FunctionFlow::analyze(const FunctionDecl *FD, ASTContext &Ctx,
                      llvm::function_ref<FlowEvents(const Stmt *)> EventsOf) {
  if (!FD->hasBody() || FD->isInvalidDecl())
    return std::nullopt;
  return FlowAnalysis(Ctx, EventsOf).run(FD);
}

const FlowState *FunctionFlow::before(const Stmt *S) const {
  auto It = States.find(S);
  return It == States.end() ? nullptr : &It->second;
}

} // namespace quadrant::facts
