//===--- CallableFlow.cpp - Where callables are stored and called -*- C++ -*-===//
#include "facts/CallableFlow.h"
#include "facts/CallableSlots.h"
#include "facts/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringMap.h"

using namespace clang;

namespace quadrant::facts {

namespace {

class FlowFinder : public RecursiveASTVisitor<FlowFinder> {
  using Base = RecursiveASTVisitor<FlowFinder>;

public:
  FlowFinder(ASTContext &Ctx, const rules::RuleSet &Rules, TranslationUnit &Out)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Rules(Rules), Out(Out) {
    for (unsigned I = 0; I < Out.Functions.size(); ++I)
      FunctionIndex.try_emplace(Out.Functions[I].USR, I);
  }

  // Instantiations store what their template's pattern only names
  // (`on_click = handler` with a lambda for `handler`).
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldWalkTypesOfTypeLocs() const { return false; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    if (!isa<TranslationUnitDecl>(D) && SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      return true;
    auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || FD->isImplicit() || !FD->doesThisDeclarationHaveABody())
      return Base::TraverseDecl(D);
    Enclosing.push_back(FD);
    bool Result = Base::TraverseDecl(D);
    Enclosing.pop_back();
    return Result;
  }

  bool TraverseLambdaExpr(LambdaExpr *L) {
    Enclosing.push_back(L->getCallOperator());
    bool Result = Base::TraverseLambdaExpr(L);
    Enclosing.pop_back();
    return Result;
  }

  bool VisitVarDecl(VarDecl *VD) {
    if (!isa<ParmVarDecl>(VD) && VD->getInit())
      store(VD->getType(), slotOf(VD), VD->getInit());
    return true;
  }

  bool VisitFieldDecl(FieldDecl *FD) {
    if (FD->hasInClassInitializer())
      store(FD->getType(), slotOf(FD), FD->getInClassInitializer());
    return true;
  }

  bool VisitCXXConstructorDecl(CXXConstructorDecl *Ctor) {
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (const FieldDecl *Member = Init->getMember(); Member && Init->isWritten())
        store(Member->getType(), slotOf(Member), Init->getInit());
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->getOpcode() == BO_Assign)
      store(B->getLHS()->getType(), slotOf(B->getLHS()), B->getRHS());
    return true;
  }

  bool VisitCallExpr(CallExpr *E) {
    if (Enclosing.empty())
      return true;
    const FunctionDecl *Callee = E->getDirectCallee();
    if (!Callee) {
      noteCallThroughPointer(E);
      return true;
    }
    llvm::ArrayRef<const Expr *> Args(const_cast<const Expr *const *>(E->getArgs()),
                                      E->getNumArgs());
    const Expr *Object = nullptr;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      Object = Member->getImplicitObjectArgument();
    } else if (isa<CXXOperatorCallExpr>(E) && isa<CXXMethodDecl>(Callee) && !Args.empty()) {
      Object = Args.front();
      Args = Args.drop_front();
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
        Op && Op->getOperator() == OO_Equal && Object && Args.size() == 1)
      store(Object->getType(), slotOf(Object), Args.front()); // std::function's operator=
    if (Object && callsStoredCallable(Callee))
      noteIndirectCall(slotOf(Object), Object, Object);
    bindArguments(Callee, Args, E->getExprLoc());
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    if (!Enclosing.empty())
      bindArguments(E->getConstructor(),
                    llvm::ArrayRef<const Expr *>(const_cast<const Expr *const *>(E->getArgs()),
                                                 E->getNumArgs()),
                    E->getLocation());
    return true;
  }

private:
  /// `h(fd)` with `void (*h)(int)`, `(*h)(fd)`, `table[i](fd)`.
  void noteCallThroughPointer(const CallExpr *E) {
    const Expr *Callee = E->getCallee();
    if (!Callee || E->isTypeDependent() || E->isValueDependent() || isa<CXXPseudoDestructorExpr>(Callee))
      return;
    QualType Type = Callee->IgnoreParenImpCasts()->getType();
    if (!Type->isFunctionPointerType() && !Type->isFunctionReferenceType() &&
        !Type->isFunctionType() && !Type->isMemberFunctionPointerType() &&
        Type != Ctx.BoundMemberTy)
      return;
    noteIndirectCall(slotOf(Callee), Callee, Callee);
  }

  void noteIndirectCall(std::string Slot, const Expr *Spelled, const Expr *At) {
    auto It = FunctionIndex.find(usrOf(Enclosing.back()));
    if (It == FunctionIndex.end())
      return;
    IndirectCall Call;
    Call.Slot = std::move(Slot);
    Call.Spelling = spelling(Spelled);
    Call.Loc = reportedPoint(Ctx, At->getExprLoc(), nullptr);
    Out.Functions[It->second].IndirectCalls.push_back(std::move(Call));
  }

  /// Whether a slot of this type can be called through: a pointer or
  /// reference to function, or a class whose call operator runs what it
  /// holds, or an array of them. Other slots (every `int` argument) are not worth a fact.
  bool mayHoldCallable(QualType Type) {
    Type = Type.getNonReferenceType();
    while (const ArrayType *Array = Ctx.getAsArrayType(Type)) // a table of callables
      Type = Array->getElementType();
    if (Type->isFunctionPointerType() || Type->isFunctionType() ||
        Type->isMemberFunctionPointerType())
      return true;
    const CXXRecordDecl *Class = Type->getAsCXXRecordDecl();
    if (!Class || !Class->hasDefinition())
      return false;
    auto CallOperator = Ctx.DeclarationNames.getCXXOperatorName(OO_Call);
    return llvm::any_of(Class->lookup(CallOperator), [&](const NamedDecl *D) {
      const FunctionDecl *Fn = D->getAsFunction();
      return Fn && callsStoredCallable(Fn);
    });
  }

  /// Whether a rule marks Callee (std::function::operator()) as running the
  /// callable its object holds.
  bool callsStoredCallable(const FunctionDecl *Callee) {
    std::string Unqualified = Callee->getNameAsString();
    auto Candidates = Rules.candidates(rules::SiteKind::Call, Unqualified);
    if (Candidates.empty())
      return false;
    std::string Name = qualifiedName(Callee);
    return llvm::any_of(Candidates, [&](const rules::Rule *R) {
      return llvm::is_contained(R->Traits, "calls-stored-callable") &&
             llvm::any_of(R->Names, [&](const std::string &P) { return rules::nameMatches(P, Name); });
    });
  }

  /// Arguments given to a function of the program are stored into its
  /// parameters. A callable handed to a library (std::thread, std::async,
  /// an executor) is stored nowhere the program calls through.
  void bindArguments(const FunctionDecl *Callee, llvm::ArrayRef<const Expr *> Args, SourceLocation At) {
    if (!Callee || Callee->isImplicit() ||
        SM.isInSystemHeader(SM.getExpansionLoc(Callee->getCanonicalDecl()->getLocation())))
      return;
    std::string Caller = usrOf(Enclosing.back());
    SourcePoint Call = reportedPoint(Ctx, At, nullptr);
    for (unsigned I = 0; I < Args.size() && I < Callee->getNumParams(); ++I)
      store(Callee->getParamDecl(I)->getType(), parameterSlot(Callee, I), Args[I], Caller, Call);
  }

  /// Records what Value may put into Slot, a slot of type Type; by a call
  /// of Caller at At, when the slot is the callee's parameter.
  void store(QualType Type, const std::string &Slot, const Expr *Value, const std::string &Caller = {},
             const SourcePoint &At = {}) {
    if (Slot.empty() || !Value || !mayHoldCallable(Type))
      return;
    Callables Found = callablesIn(Value, Ctx);
    for (std::string &USR : Found.FunctionUSRs)
      Out.CallableStores.push_back({Slot, std::move(USR), "", Caller, At});
    for (std::string &From : Found.Slots)
      if (From != Slot)
        Out.CallableStores.push_back({Slot, "", std::move(From), Caller, At});
  }

  std::string slotOf(const Expr *E) { return facts::slotOf(E, Ctx); }
  std::string slotOf(const Decl *D) { return facts::slotOf(D, Ctx); }

  /// The callee as written, short enough for a reason.
  std::string spelling(const Expr *E) {
    CharSourceRange Range = SM.getExpansionRange(E->getSourceRange());
    std::string Text =
        Lexer::getSourceText(Range, SM, Ctx.getLangOpts()).trim().str();
    constexpr size_t MaxLength = 40;
    if (Text.size() > MaxLength)
      Text = Text.substr(0, MaxLength - 3) + "...";
    return Text;
  }

  ASTContext &Ctx;
  SourceManager &SM;
  const rules::RuleSet &Rules;
  TranslationUnit &Out;
  llvm::StringMap<unsigned> FunctionIndex;
  std::vector<const FunctionDecl *> Enclosing;
};

} // namespace

void extractCallableFlow(ASTContext &Ctx, const rules::RuleSet &Rules, TranslationUnit &TU) {
  FlowFinder(Ctx, Rules, TU).TraverseDecl(Ctx.getTranslationUnitDecl());
}

} // namespace quadrant::facts
