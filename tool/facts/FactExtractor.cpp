//===--- FactExtractor.cpp - AST to facts -----------------------*- C++ -*-===//
#include "facts/FactExtractor.h"
#include "facts/ArgumentConditions.h"
#include "facts/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/StmtOpenMP.h"
#include "llvm/Frontend/OpenMP/OMP.h"
#include "clang/Basic/SourceManager.h"
#include "clang/AST/ASTLambda.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"

using namespace clang;
using quadrant::rules::Rule;
using quadrant::rules::SiteKind;

namespace quadrant::facts {

namespace {

/// The function whose facts stand for FD: a template instantiation reports as
/// its template, so its call sites are labeled once, at the template's lines.
const FunctionDecl *reportedFunction(const FunctionDecl *FD) {
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    return Pattern;
  return FD;
}

std::string usrOf(const FunctionDecl *FD) {
  llvm::SmallString<128> USR;
  if (index::generateUSRForDecl(reportedFunction(FD), USR))
    return qualifiedName(FD); // no USR (should not happen for functions)
  return std::string(USR);
}

/// Strips what the compiler wraps around an expression used as a statement.
const Expr *stripWrappers(const Expr *E) {
  while (true) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Next); Cast && Cast->getType()->isVoidType())
      Next = Cast->getSubExpr();
    if (Next == E)
      return E;
    E = Next;
  }
}

const CallExpr *asCall(const Expr *E) { return E ? dyn_cast<CallExpr>(stripWrappers(E)) : nullptr; }

/// What a function's declaration says about itself, which callers take as a
/// rule: [[clang::annotate("quadrant::blocking")]] and its siblings, or
/// Clang's function-effect attributes [[clang::blocking]]/[[clang::nonblocking]].
struct DeclaredLabel {
  Quadrant Label;
  std::string Reason;
};

std::optional<DeclaredLabel> declaredLabel(const FunctionDecl *FD) {
  for (const auto *Annotation : FD->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Value = Annotation->getAnnotation();
    if (!Value.consume_front("quadrant::"))
      continue;
    std::optional<Quadrant> Label = parseQuadrant(Value);
    if (Value == "blocking")
      Label = Quadrant::SyncBlocking;
    else if (Value == "nonblocking")
      Label = Quadrant::SyncNonBlocking;
    else if (Value == "async")
      Label = Quadrant::AsyncNonBlocking;
    if (Label)
      return DeclaredLabel{*Label, ("declared [[clang::annotate(\"quadrant::" + Value +
                                    "\")]]").str()};
  }
  for (const FunctionEffect &Effect : FD->getFunctionEffects().effects()) {
    if (Effect.kind() == FunctionEffect::Kind::Blocking)
      return DeclaredLabel{Quadrant::SyncBlocking, "declared [[clang::blocking]]"};
    if (Effect.kind() == FunctionEffect::Kind::NonBlocking)
      return DeclaredLabel{Quadrant::SyncNonBlocking, "declared [[clang::nonblocking]]"};
  }
  return std::nullopt;
}

class Extractor : public RecursiveASTVisitor<Extractor> {
  using Base = RecursiveASTVisitor<Extractor>;

public:
  Extractor(ASTContext &Ctx, const rules::RuleSet &Rules, TranslationUnit &Out)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Rules(Rules), Out(Out) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldWalkTypesOfTypeLocs() const { return false; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    if (!isa<TranslationUnitDecl>(D) && SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      return true;
    auto *FD = dyn_cast<FunctionDecl>(D);
    if (FD && FD->isImplicit())
      return true;
    if (!FD || !FD->doesThisDeclarationHaveABody() || isLambdaCallOperator(FD))
      return Base::TraverseDecl(D);
    enterFunction(FD, FD->getLocation());
    bool Result = Base::TraverseDecl(D);
    Scopes.pop_back();
    return Result;
  }

  bool TraverseLambdaExpr(LambdaExpr *L) {
    enterFunction(L->getCallOperator(), L->getBeginLoc());
    bool Result = Base::TraverseLambdaExpr(L);
    Scopes.pop_back();
    return Result;
  }

  bool VisitCallExpr(CallExpr *E) {
    if (Scopes.empty())
      return true;
    const FunctionDecl *Callee = E->getDirectCallee();
    if (!Callee)
      return true;
    llvm::ArrayRef<const Expr *> Args(const_cast<const Expr *const *>(E->getArgs()),
                                      E->getNumArgs());
    const Expr *Receiver = nullptr;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
      // Look through the derived-to-base conversion: `fut.wait()` calls a
      // member of std::__basic_future on a std::future, and rules say
      // "std::future::wait".
      Receiver = Member->getImplicitObjectArgument()->IgnoreParenImpCasts();
    else if (isa<CXXOperatorCallExpr>(E) && isa<CXXMethodDecl>(Callee) && !Args.empty()) {
      Receiver = Args.front()->IgnoreParenImpCasts();
      Args = Args.drop_front();
    }
    if (std::optional<DeclaredLabel> Declared = declaredLabel(Callee)) {
      addCallSite(qualifiedName(reportedFunction(Callee)), E->getExprLoc(), Declared->Label,
                  "annotation", Declared->Reason, {});
      return true;
    }
    Scope &S = Scopes.back();
    SiteContext Site{Ctx, Args, Receiver, nullptr, S.Discarded.contains(E), &S.NonBlockingFds};

    llvm::StringRef Unqualified = unqualifiedNameOf(Callee);
    if (!Rules.candidates(SiteKind::Call, Unqualified).empty()) {
      llvm::SmallVector<std::string, 2> Names{qualifiedName(Callee)};
      if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee); Method && Receiver)
        if (const CXXRecordDecl *Class = classOf(Receiver->getType());
            Class && Class != Method->getParent())
          Names.push_back(qualifiedName(Class) + "::" + Unqualified.str());
      if (labelSite(SiteKind::Call, Unqualified, Names, Site, E->getExprLoc(), E, ""))
        return true;
    }
    recordEdge(Callee, E, E->getExprLoc());
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    if (Scopes.empty())
      return true;
    const CXXConstructorDecl *Ctor = E->getConstructor();
    const CXXRecordDecl *Class = Ctor->getParent();
    llvm::ArrayRef<const Expr *> Args(const_cast<const Expr *const *>(E->getArgs()),
                                      E->getNumArgs());
    SiteContext Site{Ctx, Args, nullptr, Class, false, &Scopes.back().NonBlockingFds};
    llvm::StringRef Unqualified = unqualifiedNameOf(Class);
    if (!Rules.candidates(SiteKind::Construct, Unqualified).empty()) {
      llvm::SmallVector<std::string, 1> Names{qualifiedName(Class)};
      if (labelSite(SiteKind::Construct, Unqualified, Names, Site, E->getLocation(), nullptr,
                    "::" + Unqualified.str()))
        return true;
    }
    recordEdge(Ctor, E, E->getLocation());
    return true;
  }

  bool VisitVarDecl(VarDecl *VD) {
    if (Scopes.empty())
      return true;
    const Expr *Init = VD->getInit();
    if (const CallExpr *Call = asCall(Init))
      Scopes.back().ResultTarget[Call] = Descriptor{VD->getCanonicalDecl(), -1};
    if (!VD->hasLocalStorage() || isa<ParmVarDecl>(VD))
      return true;
    const CXXRecordDecl *Class = VD->getType()->getAsCXXRecordDecl();
    if (!Class)
      return true;
    llvm::StringRef Unqualified = unqualifiedNameOf(Class);
    if (Rules.candidates(SiteKind::Destroy, Unqualified).empty())
      return true;
    // The destroyed object's "arguments" are its constructor's; an object
    // initialised from a call or a cast has one, the initialiser.
    llvm::ArrayRef<const Expr *> Args;
    if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Init ? Init->IgnoreImplicit() : nullptr))
      Args = llvm::ArrayRef<const Expr *>(const_cast<const Expr *const *>(Construct->getArgs()),
                                         Construct->getNumArgs());
    else if (Init)
      Args = llvm::ArrayRef<const Expr *>(Init);
    SiteContext Site{Ctx, Args, nullptr, Class, false, &Scopes.back().NonBlockingFds};
    llvm::SmallVector<std::string, 1> Names{qualifiedName(Class)};
    labelSite(SiteKind::Destroy, Unqualified, Names, Site, VD->getLocation(), nullptr,
              "::~" + Unqualified.str());
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *B) {
    if (Scopes.empty() || !B->isAssignmentOp())
      return true;
    if (const CallExpr *Call = asCall(B->getRHS()))
      if (std::optional<Descriptor> Target = descriptorOf(B->getLHS(), Ctx))
        Scopes.back().ResultTarget[Call] = *Target;
    return true;
  }

  bool VisitCoawaitExpr(CoawaitExpr *E) {
    if (Scopes.empty() || E->isImplicit())
      return true;
    current().HasCoAwait = true;
    if (const CallExpr *Operand = asCall(E->getOperand()))
      Scopes.back().Awaited.insert(Operand);
    labelKeyword("co_await", E->getOperand(), E->getKeywordLoc());
    return true;
  }

  bool VisitCoyieldExpr(CoyieldExpr *E) {
    if (Scopes.empty())
      return true;
    current().HasCoYield = true;
    labelKeyword("co_yield", E->getOperand(), E->getKeywordLoc());
    return true;
  }

  bool VisitOMPExecutableDirective(OMPExecutableDirective *D) {
    if (Scopes.empty())
      return true;
    std::string Name = ("omp " + llvm::omp::getOpenMPDirectiveName(D->getDirectiveKind())).str();
    llvm::SmallVector<std::string, 1> Names{Name};
    SiteContext Site{Ctx, {}, nullptr, nullptr, false, &Scopes.back().NonBlockingFds};
    labelSite(SiteKind::Directive, Name, Names, Site, D->getBeginLoc(), nullptr, "");
    return true;
  }

  bool VisitCoreturnStmt(CoreturnStmt *S) {
    if (!Scopes.empty() && !S->isImplicit())
      current().HasCoReturn = true;
    return true;
  }

  // Expressions in statement position: their value is discarded. (A
  // discarded std::async future blocks in its destructor right there.)
  bool VisitCompoundStmt(CompoundStmt *S) {
    for (Stmt *Child : S->body())
      markDiscarded(Child);
    return true;
  }
  bool VisitIfStmt(IfStmt *S) {
    markDiscarded(S->getThen());
    markDiscarded(S->getElse());
    return true;
  }
  bool VisitForStmt(ForStmt *S) {
    markDiscarded(S->getInit());
    markDiscarded(S->getInc());
    markDiscarded(S->getBody());
    return true;
  }
  bool VisitWhileStmt(WhileStmt *S) { return markDiscarded(S->getBody()); }
  bool VisitDoStmt(DoStmt *S) { return markDiscarded(S->getBody()); }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *S) { return markDiscarded(S->getBody()); }
  bool VisitSwitchCase(SwitchCase *S) { return markDiscarded(S->getSubStmt()); }
  bool VisitLabelStmt(LabelStmt *S) { return markDiscarded(S->getSubStmt()); }

private:
  /// What is known while walking one function body.
  struct Scope {
    unsigned Function;
    DescriptorSet NonBlockingFds;
    llvm::DenseSet<const Expr *> Discarded;
    llvm::DenseSet<const Expr *> Awaited;
    /// Calls whose result initialises or is assigned to a variable.
    llvm::DenseMap<const Expr *, Descriptor> ResultTarget;
  };

  Function &current() { return Out.Functions[Scopes.back().Function]; }

  static llvm::StringRef unqualifiedNameOf(const NamedDecl *D) {
    if (const IdentifierInfo *Id = D->getIdentifier())
      return Id->getName();
    // Operators and conversion functions have no identifier.
    static thread_local std::string Spelled;
    Spelled = D->getNameAsString();
    return Spelled;
  }

  bool markDiscarded(Stmt *S) {
    if (!Scopes.empty())
      if (const CallExpr *Call = asCall(dyn_cast_or_null<Expr>(S)))
        Scopes.back().Discarded.insert(Call);
    return true;
  }

  void enterFunction(const FunctionDecl *FD, SourceLocation NameLoc) {
    std::string USR = usrOf(FD);
    auto [It, Inserted] = FunctionIndex.try_emplace(USR, Out.Functions.size());
    if (Inserted) {
      const FunctionDecl *Reported = reportedFunction(FD);
      Function F;
      F.USR = USR;
      F.Name = qualifiedName(Reported);
      F.Signature = signatureOf(Reported, F.Name);
      F.Loc = pointOf(NameLoc, nullptr);
      if (const auto *Method = dyn_cast<CXXMethodDecl>(Reported))
        for (const CXXMethodDecl *Overridden : Method->overridden_methods())
          F.Overrides.push_back(usrOf(Overridden));
      if (std::optional<DeclaredLabel> Declared = declaredLabel(Reported))
        F.Declared = Declared->Label;
      Out.Functions.push_back(std::move(F));
    }
    Scopes.emplace_back();
    Scopes.back().Function = It->second;
    if (isa_and_nonnull<CoroutineBodyStmt>(FD->getBody()))
      current().IsCoroutine = true;
  }

  std::string signatureOf(const FunctionDecl *FD, llvm::StringRef Name) {
    PrintingPolicy Policy(Ctx.getLangOpts());
    Policy.SuppressUnwrittenScope = true;
    std::string Signature;
    if (!isa<CXXConstructorDecl>(FD) && !isa<CXXDestructorDecl>(FD))
      Signature = FD->getReturnType().getAsString(Policy) + " ";
    Signature += Name;
    Signature += "(";
    for (unsigned I = 0; I < FD->getNumParams(); ++I) {
      if (I)
        Signature += ", ";
      Signature += FD->getParamDecl(I)->getType().getAsString(Policy);
    }
    if (FD->isVariadic())
      Signature += FD->getNumParams() ? ", ..." : "...";
    Signature += ")";
    if (const auto *Method = dyn_cast<CXXMethodDecl>(FD); Method && Method->isConst())
      Signature += " const";
    return Signature;
  }

  /// Where a construct is reported: where the user wrote it. A call inside a
  /// macro's body is reported where the macro is used, and MacroName says
  /// which macro; a call written as a macro argument is reported as written.
  SourcePoint pointOf(SourceLocation Loc, std::string *MacroName) {
    while (Loc.isMacroID()) {
      if (SM.isMacroArgExpansion(Loc)) {
        Loc = SM.getImmediateSpellingLoc(Loc);
        continue;
      }
      if (MacroName)
        *MacroName = Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts()).str();
      Loc = SM.getImmediateExpansionRange(Loc).getBegin();
    }
    PresumedLoc P = SM.getPresumedLoc(Loc, /*UseLineDirectives=*/false);
    if (P.isInvalid())
      return {};
    llvm::SmallString<256> File(P.getFilename());
    llvm::sys::path::remove_dots(File, /*remove_dot_dot=*/false);
    return SourcePoint{std::string(File), P.getLine(), P.getColumn()};
  }

  /// Labels a site if a rule matches it. Returns whether one did, even when
  /// the rule's outcome is "not labeled" (a recognised library call is never
  /// a call edge).
  bool labelSite(SiteKind Kind, llvm::StringRef Unqualified, llvm::ArrayRef<std::string> Names,
                 const SiteContext &Site, SourceLocation Loc, const CallExpr *Call,
                 llvm::StringRef CalleeSuffix) {
    for (const Rule *R : Rules.candidates(Kind, Unqualified)) {
      auto Matched = std::find_first_of(
          Names.begin(), Names.end(), R->Names.begin(), R->Names.end(),
          [](llvm::StringRef Site, llvm::StringRef Pattern) { return rules::nameMatches(Pattern, Site); });
      if (Matched == Names.end() || !allHold(R->Where, Site))
        continue;
      applyDescriptorMarks(*R, Site, Call);
      std::optional<Quadrant> Label = R->Label;
      llvm::StringRef Reason = R->Reason;
      for (const rules::Case &C : R->Cases)
        if (allHold(C.Where, Site)) {
          Label = C.Label;
          Reason = C.Reason;
          break;
        }
      if (Label)
        addCallSite(*Matched + CalleeSuffix.str(), Loc, *Label, R->Id, Reason, R->Traits);
      return true;
    }
    return false;
  }

  void addCallSite(std::string Callee, SourceLocation Loc, Quadrant Label, llvm::StringRef RuleId,
                   llvm::StringRef Reason, llvm::ArrayRef<std::string> Traits) {
    CallSite S;
    std::string Macro;
    S.Loc = pointOf(Loc, &Macro);
    S.Callee = std::move(Callee);
    S.Label = Label;
    S.RuleId = RuleId.str();
    S.Reason = Reason.str();
    if (!Macro.empty())
      S.Reason += " (in expansion of macro '" + Macro + "')";
    S.Traits = Traits;
    current().CallSites.push_back(std::move(S));
  }

  void labelKeyword(llvm::StringRef Keyword, const Expr *Operand, SourceLocation Loc) {
    llvm::SmallVector<std::string, 1> Names{Keyword.str()};
    const Expr *Args[] = {Operand};
    SiteContext Site{Ctx, Args, nullptr, nullptr, false, &Scopes.back().NonBlockingFds};
    labelSite(SiteKind::Keyword, Keyword, Names, Site, Loc, nullptr, "");
  }

  void applyDescriptorMarks(const Rule &R, const SiteContext &Site, const CallExpr *Call) {
    for (const rules::DescriptorMark &Mark : R.MarksNonBlocking) {
      if (!allHold(Mark.Where, Site))
        continue;
      std::optional<Descriptor> Marked;
      if (Mark.DescriptorArg) {
        if (*Mark.DescriptorArg < Site.Args.size())
          Marked = descriptorOf(Site.Args[*Mark.DescriptorArg], Ctx);
      } else if (Call) {
        auto It = Scopes.back().ResultTarget.find(Call);
        if (It != Scopes.back().ResultTarget.end())
          Marked = It->second;
      }
      if (Marked)
        Scopes.back().NonBlockingFds.insert(*Marked);
    }
  }

  void recordEdge(const FunctionDecl *Callee, const Expr *E, SourceLocation Loc) {
    if (Callee->isImplicit() ||
        SM.isInSystemHeader(SM.getExpansionLoc(Callee->getCanonicalDecl()->getLocation())))
      return;
    CallEdge Edge;
    Edge.CalleeUSR = usrOf(Callee);
    Edge.CalleeName = qualifiedName(reportedFunction(Callee));
    Edge.Loc = pointOf(Loc, nullptr);
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      const auto *Method = Member->getMethodDecl();
      const auto *Callee = dyn_cast<MemberExpr>(Member->getCallee()->IgnoreParens());
      Edge.Virtual = Method && Method->isVirtual() && Callee && !Callee->hasQualifier();
    }
    Edge.Awaited = Scopes.back().Awaited.contains(E);
    current().Calls.push_back(std::move(Edge));
  }

  ASTContext &Ctx;
  SourceManager &SM;
  const rules::RuleSet &Rules;
  TranslationUnit &Out;
  std::vector<Scope> Scopes;
  llvm::StringMap<unsigned> FunctionIndex;
};

} // namespace

TranslationUnit extractFacts(ASTContext &Ctx, const rules::RuleSet &Rules) {
  TranslationUnit TU;
  const SourceManager &SM = Ctx.getSourceManager();
  if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    TU.MainFile = Main->getName().str();
  Extractor(Ctx, Rules, TU).TraverseDecl(Ctx.getTranslationUnitDecl());
  for (Function &F : TU.Functions)
    normalizeFunction(F);
  return TU;
}

} // namespace quadrant::facts
