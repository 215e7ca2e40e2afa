//===--- Extractor.h - The AST walk behind extractFacts ---------*- C++ -*-===//
//
// Internal to the facts stage. One Extractor walks one TU; its work is split
// by concern across files:
//   FactExtractor.cpp  the walk: functions, calls, constructions, keywords
//   SiteLabeling.cpp   matching rules at a site, and what a call does to
//                      descriptors and locks (the events FunctionFlow needs)
//   Destructions.cpp   the destructors that run at scope ends, and the
//                      implicit special members that carry them
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_EXTRACTOR_H
#define QUADRANT_FACTS_EXTRACTOR_H

#include "facts/ArgumentConditions.h"
#include "facts/DependentCalls.h"
#include "facts/Facts.h"
#include "facts/FunctionFlow.h"
#include "facts/Names.h"
#include "rules/RuleSet.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"

namespace quadrant::facts {

/// The call an expression statement or initialiser makes, if it is one.
const clang::CallExpr *asCall(const clang::Expr *E);

/// A call or construction as the rules see it.
struct SiteShape {
  rules::SiteKind Kind = rules::SiteKind::Call;
  /// The name rules are indexed by, and the qualified names they may match.
  std::string Unqualified;
  llvm::SmallVector<std::string, 2> Names;
  /// The name Clang's thread-safety attributes give the callee, tried when
  /// no rule matches its own names ("@acquire_capability").
  std::string Capability;
  llvm::ArrayRef<const clang::Expr *> Args;
  /// The callee's parameters, in step with Args, when known.
  llvm::ArrayRef<const clang::ParmVarDecl *> Params;
  const clang::Expr *Receiver = nullptr;
  const clang::CXXRecordDecl *Class = nullptr;
  clang::SourceLocation Loc;
  const clang::Stmt *At = nullptr; ///< the call or construction
  std::string CalleeSuffix;        ///< "::thread" for a construction
  /// How reports show a call that acts as the function one of its arguments
  /// names ("syscall(SYS_read)"); empty for every other site.
  std::string ShownAs;
  /// What "locks"/"unlocks" take or release (the receiver, the first
  /// argument, the variable constructed), and the mutex that locks.
  std::optional<Descriptor> LockObject;
  std::optional<Descriptor> LockedMutex;
  std::optional<int64_t> TrySuccess;
  /// Resolved by name in a template with no instantiation (DependentCalls.h).
  bool ResolvedByName = false;
};

/// Where each call's result goes and which local each construction
/// initialises, in one function: the flow needs them for the descriptors
/// that `int fd = socket(...)` creates and the guards that `lock_guard g(m)`
/// makes.
struct FunctionContext {
  llvm::DenseMap<const clang::Expr *, Descriptor> ResultTarget;
  llvm::DenseMap<const clang::Expr *, const clang::VarDecl *> Initialises;
  /// The statement that declares each local, where its flow state is kept.
  llvm::DenseMap<const clang::VarDecl *, const clang::DeclStmt *> DeclaredBy;
  /// A templated function with no instantiation in the TU: its dependent
  /// calls are resolved by name (DependentCalls.h).
  bool ByName = false;
};
FunctionContext functionContextOf(const clang::FunctionDecl *FD);

/// Which subject of FD's summary a descriptor in its body is: a parameter,
/// or a member of the object the method is called on (for a constructor, a
/// member bound to a parameter is that parameter); none for anything else.
std::optional<int> summarySubjectOf(const clang::FunctionDecl *FD, const Descriptor &D);

class Extractor : public clang::RecursiveASTVisitor<Extractor> {
  using Base = clang::RecursiveASTVisitor<Extractor>;

public:
  Extractor(clang::ASTContext &Ctx, const rules::RuleSet &Rules, TranslationUnit &Out);

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldWalkTypesOfTypeLocs() const { return false; }

  bool TraverseDecl(clang::Decl *D);
  bool TraverseLambdaExpr(clang::LambdaExpr *L);
  bool TraverseWhileStmt(clang::WhileStmt *S, DataRecursionQueue *Queue = nullptr);
  bool TraverseDoStmt(clang::DoStmt *S, DataRecursionQueue *Queue = nullptr);
  bool TraverseForStmt(clang::ForStmt *S, DataRecursionQueue *Queue = nullptr);
  bool TraverseCXXForRangeStmt(clang::CXXForRangeStmt *S, DataRecursionQueue *Queue = nullptr);

  bool VisitCallExpr(clang::CallExpr *E);
  bool VisitCXXConstructExpr(clang::CXXConstructExpr *E);
  bool VisitVarDecl(clang::VarDecl *VD);
  bool VisitCoawaitExpr(clang::CoawaitExpr *E);
  // Instantiating a coroutine resolves its co_awaits: only a template with
  // no instantiation reports those of its pattern.
  bool VisitDependentCoawaitExpr(clang::DependentCoawaitExpr *E);
  bool VisitCXXUnresolvedConstructExpr(clang::CXXUnresolvedConstructExpr *E);
  bool VisitCoyieldExpr(clang::CoyieldExpr *E);
  bool VisitOMPExecutableDirective(clang::OMPExecutableDirective *D);
  bool VisitCoreturnStmt(clang::CoreturnStmt *S);
  // Expressions in statement position: their value is discarded. (A
  // discarded std::async future blocks in its destructor right there.)
  bool VisitCompoundStmt(clang::CompoundStmt *S);
  bool VisitIfStmt(clang::IfStmt *S);
  bool VisitForStmt(clang::ForStmt *S);
  bool VisitWhileStmt(clang::WhileStmt *S) { return markDiscarded(S->getBody()); }
  bool VisitDoStmt(clang::DoStmt *S) { return markDiscarded(S->getBody()); }
  bool VisitCXXForRangeStmt(clang::CXXForRangeStmt *S) { return markDiscarded(S->getBody()); }
  bool VisitSwitchCase(clang::SwitchCase *S) { return markDiscarded(S->getSubStmt()); }
  bool VisitLabelStmt(clang::LabelStmt *S) { return markDiscarded(S->getSubStmt()); }

  /// Drops implicit special members that do nothing, and the calls of them.
  void finish();

private:
  /// What is known while walking one function body.
  struct Scope {
    unsigned Function;
    const clang::FunctionDecl *Decl;
    std::optional<FunctionFlow> Flow;
    llvm::DenseSet<const clang::Expr *> Discarded;
    llvm::DenseSet<const clang::Expr *> Awaited;
    FunctionContext Context;
    /// Labeled calls, by expression: Function.CallSites[index].
    llvm::DenseMap<const clang::Expr *, unsigned> SiteOf;
    /// The loops around the walk's position, innermost last.
    llvm::SmallVector<const clang::Stmt *, 4> Loops;
    /// For a site in a loop, its rule's polling-loop-advice worded for it,
    /// by index in CallSites: given if the loop turns out to poll.
    llvm::DenseMap<unsigned, std::string> PollingLoopAdvice;
    bool HasThreadVariable = false;
  };

  Function &current() { return Out.Functions[Scopes.back().Function]; }
  static llvm::StringRef unqualifiedNameOf(const clang::NamedDecl *D);
  bool markDiscarded(clang::Stmt *S);
  void enterFunction(const clang::FunctionDecl *FD, clang::SourceLocation NameLoc,
                     clang::SourceRange Extent);
  void leaveFunction(const clang::FunctionDecl *FD);
  std::string signatureOf(const clang::FunctionDecl *FD, llvm::StringRef Name);
  SourcePoint pointOf(clang::SourceLocation Loc, std::string *MacroName);
  void noteObjectAliases(const clang::CXXConstructExpr *E);
  template <typename Walk> bool inLoop(const clang::Stmt *Loop, Walk W);
  void notePollingLoop(clang::Stmt *Loop, clang::Expr *Cond, clang::Stmt *Body);
  void noteCoAwait(const clang::Expr *Operand, clang::SourceLocation Loc, const clang::Stmt *At);
  /// Labels a dependent call, construction or variable (Var) resolved by
  /// name, as a resolved one would be; else records the program's functions
  /// it may call as edges.
  void labelByName(std::optional<NameResolution> R, const clang::Expr *E,
                   const clang::VarDecl *Var = nullptr);
  /// Says so in the reason of the call sites labeled since Before.
  void noteResolvedByName(size_t Before);
  void labelKeyword(llvm::StringRef Keyword, const clang::Expr *Operand, clang::SourceLocation Loc,
                    const clang::Stmt *At);
  void recordEdge(const clang::FunctionDecl *Callee, const clang::Expr *E, clang::SourceLocation Loc,
                  llvm::ArrayRef<const clang::Expr *> Args = {});
  /// Records, for a callee whose summary only the linker can apply or
  /// complete, what the call passes it and the object it acts on (the
  /// object of a method, the variable a constructor initialises or a
  /// destructor destroys).
  void bindForLinker(CallEdge &Edge, const clang::FunctionDecl *Callee,
                     llvm::ArrayRef<const clang::Expr *> Args, std::optional<Descriptor> Object);
  bool mustJoin(const clang::CXXRecordDecl *Class);
  std::optional<std::string> objectKey(const clang::Decl *D);
  /// What names a descriptor for the linker's summaries: a member's or
  /// global's objectKey, or a local's or parameter's name and declaration.
  std::string bindingKey(const Descriptor &D);

  // SiteLabeling.cpp
  std::optional<SiteShape> shapeOfCall(const clang::CallExpr *E);
  /// The shape of a call as the function an argument names, when a rule says
  /// the call acts as it (acts-as) and a rule names that function.
  std::optional<SiteShape> shapeOfNamedCallee(const SiteShape &Call);
  SiteShape shapeOfResolution(const NameResolution &R, const clang::Stmt *At,
                              const clang::VarDecl *Var);
  SiteShape shapeOfConstruct(const clang::CXXConstructExpr *E, const FunctionContext &Context);
  /// The state where S runs: the flow's, or an empty one.
  const FlowState &stateAt(const clang::Stmt *S) const;
  SiteContext contextOf(const SiteShape &Shape, const FlowState &State, bool Discarded = false);
  /// The first rule whose names and conditions match, and the name it matched.
  const rules::Rule *matchRule(const SiteShape &Shape, const SiteContext &Site,
                               std::string &Matched);
  /// What a call or construction does to descriptors and locks: what its
  /// rule says, or, for a function of the program defined in this TU, what
  /// its summary says.
  FlowEvents eventsOf(const clang::Stmt *S, const FunctionContext &Context);
  /// The flow of FD, with the events its calls have.
  std::optional<FunctionFlow> flowOf(const clang::FunctionDecl *FD, const FunctionContext &Context);
  /// Labels a site if a rule matches it. Returns whether one did, even when
  /// the rule's outcome is "not labeled" (a recognised library call is never
  /// a call edge).
  bool labelSite(const SiteShape &Shape, bool Discarded);
  CallSite &addCallSite(std::string Callee, clang::SourceLocation Loc, Quadrant Label,
                        llvm::StringRef RuleId, llvm::StringRef Reason,
                        std::vector<std::string> Traits);
  /// The locks held at S, except the one the site takes and those it is
  /// handed (cv.wait(lock) releases the lock it waits with).
  std::vector<HeldLock> heldLocksAt(const FlowState &State, llvm::ArrayRef<const clang::Expr *> Args,
                                    std::optional<Descriptor> Self = std::nullopt);
  void markObjects(const rules::Rule &R, const SiteShape &Shape, const SiteContext &Site);
  std::optional<NonBlockingAlternative> alternativeIfNonBlocking(const rules::Rule &R,
                                                                  const SiteContext &Site,
                                                                  Quadrant Taken);
  /// The functions and lambdas passed to an asynchronous call, and the
  /// slots that pass them on (a wrapper's parameter); those passed as the
  /// arguments LoopArgs names are loop handlers too.
  void noteHandlers(CallSite &S, llvm::ArrayRef<const clang::Expr *> Args,
                    llvm::ArrayRef<unsigned> LoopArgs);
  /// The slots of the members a rule's handler-members names, of the
  /// objects the arguments point to (a libev watcher's cb).
  void noteHandlerMembers(CallSite &S, llvm::ArrayRef<const clang::Expr *> Args,
                          llvm::ArrayRef<std::string> Members);

  // Summaries.cpp
  /// The summary of a function defined in this TU, computed once; null for
  /// one defined elsewhere, in a system header, or being summarized (a
  /// recursive call).
  const Summary *summaryOf(const clang::FunctionDecl *Callee);
  /// Whether the linker may add to Callee's summary: its body, or that of a
  /// function of this TU it calls, passes a descriptor or lock to a
  /// function defined in another TU.
  bool summaryMayGrow(const clang::FunctionDecl *Callee);
  Summary summarize(const clang::FunctionDecl *FD, const FunctionFlow &Flow);
  void applySummary(const Summary &Effects, const SiteShape &Shape, FlowEvents &Events);

  // Destructions.cpp
  void noteDestructions();
  void noteDestruction(clang::QualType Type, const std::string &Who, clang::SourceLocation Loc,
                       const FlowState &State, const clang::VarDecl *Var, bool Virtual,
                       unsigned Depth);
  bool unwaitedAsyncResult(const clang::VarDecl *Var);

  clang::ASTContext &Ctx;
  clang::SourceManager &SM;
  const rules::RuleSet &Rules;
  TranslationUnit &Out;
  std::vector<Scope> Scopes;
  llvm::StringMap<unsigned> FunctionIndex;
  /// Implicit constructors and destructors walked: kept only if they do
  /// something (finish()).
  llvm::DenseSet<unsigned> ImplicitFunctions;
  /// Summaries by definition; std::nullopt while one is being computed.
  llvm::DenseMap<const clang::FunctionDecl *, std::optional<Summary>> Summaries;
  /// Flows computed for a summary, kept for the walk of the function itself.
  llvm::DenseMap<const clang::FunctionDecl *, FunctionFlow> SummarizedFlows;
  /// How many summaries are being computed, one inside another.
  unsigned SummaryDepth = 0;
  /// summaryMayGrow by definition; false while one is being decided.
  llvm::DenseMap<const clang::FunctionDecl *, bool> MayGrow;
  InstantiatedTemplates Instantiated;
};

} // namespace quadrant::facts

#endif
