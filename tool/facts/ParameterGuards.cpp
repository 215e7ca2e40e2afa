//===--- ParameterGuards.cpp - Branches on a function's parameters -*- C++ -*-===//
#include "facts/ParameterGuards.h"
#include "facts/References.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/ParentMap.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Analysis/CFG.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace quadrant::facts {

namespace {

bool isScalarByValue(QualType T) {
  T = T.getCanonicalType();
  return !T->isReferenceType() &&
         (T->isIntegralOrEnumerationType() || T->isPointerType() || T->isNullPtrType());
}

/// A long argument ("compute_flags(a, b) | EXTRA") is named by its value.
constexpr size_t MaxSpelling = 40;

} // namespace

ParameterTests::ParameterTests(const FunctionDecl *FD, const Stmt *Body, ASTContext &Ctx)
    : FD(FD), Body(Body), Ctx(Ctx) {}
ParameterTests::~ParameterTests() = default;

const ParmVarDecl *ParameterTests::testedParameter(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *Param = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  if (!Param || Param->getDeclContext() != FD || !isScalarByValue(Param->getType()))
    return nullptr;
  return unmodified(Param) ? Param : nullptr;
}

bool ParameterTests::unmodified(const ParmVarDecl *Param) {
  // A map of the body suffices for what a scalar parameter can undergo.
  if (!Modified) {
    Modified.emplace();
    everyReference(Body, [&](const DeclRefExpr *Ref, const ParentMap &Parents) {
      if (const auto *Used = dyn_cast<ParmVarDecl>(Ref->getDecl())) {
        const auto *Read =
            dyn_cast_or_null<ImplicitCastExpr>(Parents.getParentIgnoreParens(const_cast<DeclRefExpr *>(Ref)));
        if (!Read || Read->getCastKind() != CK_LValueToRValue)
          Modified->insert(Used);
      }
      return true;
    });
  }
  return !Modified->contains(Param);
}

std::optional<int64_t> ParameterTests::constantValue(const Expr *E, bool Pointer) const {
  if (E->isValueDependent() || E->isTypeDependent())
    return std::nullopt;
  if (Pointer)
    return E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) ? std::optional<int64_t>(0)
                                                                            : std::nullopt;
  Expr::EvalResult Result;
  if (!E->EvaluateAsInt(Result, Ctx) || !Result.Val.isInt())
    return std::nullopt;
  const llvm::APSInt &V = Result.Val.getInt();
  if (V.getSignificantBits() > 64)
    return std::nullopt;
  return V.getExtValue();
}

std::string ParameterTests::spelling(const Expr *E) const {
  if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E))
    E = Default->getExpr();
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange Range = SM.getExpansionRange(E->getSourceRange());
  llvm::StringRef Text = Lexer::getSourceText(Range, SM, Ctx.getLangOpts());
  if (Text.empty() || Text.size() > MaxSpelling || Text.contains('\n'))
    return "";
  return Text.str();
}

std::optional<ParameterTests::Test> ParameterTests::testOf(const Expr *Cond) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond); Not && Not->getOpcode() == UO_LNot) {
    std::optional<Test> T = testOf(Not->getSubExpr());
    if (T)
      T->Equal = !T->Equal;
    return T;
  }
  if (const auto *Op = dyn_cast<BinaryOperator>(Cond)) {
    // The block that ends `a && b` branches on b: a held on the way in.
    if (Op->isLogicalOp())
      return testOf(Op->getRHS());
    if (!Op->isEqualityOp())
      return std::nullopt;
    const Expr *L = Op->getLHS(), *R = Op->getRHS();
    const ParmVarDecl *Param = testedParameter(L);
    if (!Param)
      std::swap(L, R), Param = testedParameter(L);
    if (!Param)
      return std::nullopt;
    std::optional<int64_t> Value = constantValue(R, Param->getType()->isPointerType());
    if (!Value)
      return std::nullopt;
    std::string Spelled = spelling(R);
    return Test{Param, Op->getOpcode() == BO_EQ, *Value,
                Spelled.empty() ? std::to_string(*Value) : Spelled};
  }
  // `if (p)`: p differs from false, 0 or null.
  const ParmVarDecl *Param = testedParameter(Cond);
  if (!Param)
    return std::nullopt;
  QualType T = Param->getType();
  return Test{Param, false, 0,
              T->isBooleanType() ? "false" : T->isPointerType() ? "nullptr" : "0"};
}

ParameterGuard ParameterTests::guardOf(const Test &T, bool Holds) const {
  return ParameterGuard{static_cast<int>(T.Param->getFunctionScopeIndex()),
                        T.Param->getNameAsString(), T.Equal == Holds, T.Value, T.Spelling};
}

llvm::SmallVector<ParameterGuard, 2> ParameterTests::onEdge(const CFGBlock &From, unsigned Index,
                                                            const CFGBlock &To) {
  llvm::SmallVector<ParameterGuard, 2> Guards;
  if (const auto *Switch = dyn_cast_or_null<SwitchStmt>(From.getTerminatorStmt())) {
    const ParmVarDecl *Param = testedParameter(Switch->getCond());
    if (!Param)
      return Guards;
    bool Pointer = Param->getType()->isPointerType();
    auto CaseTest = [&](const CaseStmt *Case) -> std::optional<Test> {
      std::optional<int64_t> Value = Case->caseStmtIsGNURange() ? std::nullopt
                                                                : constantValue(Case->getLHS(), Pointer);
      if (!Value)
        return std::nullopt;
      std::string Spelled = spelling(Case->getLHS());
      return Test{Param, true, *Value, Spelled.empty() ? std::to_string(*Value) : Spelled};
    };
    if (const auto *Case = dyn_cast_or_null<CaseStmt>(To.getLabel())) {
      if (std::optional<Test> T = CaseTest(Case))
        Guards.push_back(guardOf(*T, true));
      return Guards;
    }
    // The default, or past the switch: none of the cases matched.
    for (const SwitchCase *C = Switch->getSwitchCaseList(); C; C = C->getNextSwitchCase())
      if (const auto *Case = dyn_cast<CaseStmt>(C))
        if (std::optional<Test> T = CaseTest(Case))
          Guards.push_back(guardOf(*T, false));
    return Guards;
  }
  if (From.succ_size() != 2)
    return Guards;
  const auto *Cond = dyn_cast_or_null<Expr>(From.getTerminatorCondition());
  if (!Cond)
    return Guards;
  if (std::optional<Test> T = testOf(Cond))
    Guards.push_back(guardOf(*T, Index == 0));
  return Guards;
}

std::vector<ArgumentValue> ParameterTests::argumentValues(const FunctionDecl *Callee,
                                                          const Expr *Call) {
  llvm::ArrayRef<const Expr *> Args;
  if (const auto *C = dyn_cast<CallExpr>(Call)) {
    Args = llvm::ArrayRef(C->getArgs(), C->getNumArgs());
    // A member operator's first argument is the object.
    if (isa<CXXOperatorCallExpr>(C) && isa<CXXMethodDecl>(Callee) && !Args.empty())
      Args = Args.drop_front();
  } else if (const auto *C = dyn_cast<CXXConstructExpr>(Call)) {
    Args = llvm::ArrayRef(C->getArgs(), C->getNumArgs());
  }
  std::vector<ArgumentValue> Values;
  for (unsigned I = 0; I < Args.size() && I < Callee->getNumParams(); ++I) {
    QualType T = Callee->getParamDecl(I)->getType();
    if (!isScalarByValue(T))
      continue;
    ArgumentValue V;
    V.Parameter = static_cast<int>(I);
    V.Value = constantValue(Args[I], T->isPointerType());
    if (!V.Value)
      if (const ParmVarDecl *Own = testedParameter(Args[I]))
        V.CallerParameter = static_cast<int>(Own->getFunctionScopeIndex());
    if (!V.Value && !V.CallerParameter)
      continue;
    V.Spelling = spelling(Args[I]);
    Values.push_back(std::move(V));
  }
  return Values;
}

} // namespace quadrant::facts
