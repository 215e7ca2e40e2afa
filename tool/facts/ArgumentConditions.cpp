//===--- ArgumentConditions.cpp - Evaluating rule conditions ----*- C++ -*-===//
#include "facts/ArgumentConditions.h"
#include "facts/ContextConditions.h"
#include "facts/FunctionFlow.h"
#include "facts/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
namespace quadrant::facts {

using rules::Condition;

namespace {

/// The index in Site.Args of the argument a condition looks at, if written.
std::optional<unsigned> argumentIndex(const Condition &C, const SiteContext &Site) {
  if (!C.Arg)
    return std::nullopt;
  int Size = static_cast<int>(Site.Args.size());
  if (*C.Arg < 0)
    // Counting from the end skips unnamed defaulted parameters, which
    // libraries add for overload constraints (asio's `constraint<...>::type
    // = 0` after the completion token).
    while (Size > 0) {
      const auto *Default = dyn_cast<CXXDefaultArgExpr>(Site.Args[Size - 1]);
      if (!Default || !Default->getParam()->getName().empty())
        break;
      --Size;
    }
  int Index = *C.Arg < 0 ? Size + *C.Arg : *C.Arg;
  if (Index < 0 || Index >= Size || isa<CXXDefaultArgExpr>(Site.Args[Index]))
    return std::nullopt;
  return Index;
}

const Expr *argument(const Condition &C, const SiteContext &Site) {
  std::optional<unsigned> Index = argumentIndex(C, Site);
  return Index ? Site.Args[*Index] : nullptr;
}

/// Names of the declarations an expression refers to, and the identifiers
/// written in its source text (macros such as O_NONBLOCK leave only a number
/// in the AST).
class MentionFinder : public RecursiveASTVisitor<MentionFinder> {
public:
  explicit MentionFinder(llvm::ArrayRef<std::string> Names) : Names(Names) {}
  // `flags & ~O_NONBLOCK` clears the flag: a complemented operand is not a
  // mention.
  bool TraverseUnaryNot(UnaryOperator *, DataRecursionQueue * = nullptr) { return true; }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (llvm::is_contained(Names, qualifiedName(E->getDecl())))
      Found = true;
    return !Found;
  }
  llvm::ArrayRef<std::string> Names;
  bool Found = false;
};

bool spellsIdentifier(const Stmt *E, llvm::ArrayRef<std::string> Names, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange Range = SM.getExpansionRange(E->getSourceRange());
  llvm::StringRef Text = Lexer::getSourceText(Range, SM, Ctx.getLangOpts());
  size_t I = 0;
  while (I < Text.size()) {
    if (!isAsciiIdentifierStart(Text[I])) {
      ++I;
      continue;
    }
    size_t Begin = I;
    while (I < Text.size() && isAsciiIdentifierContinue(Text[I]))
      ++I;
    bool Complemented = Text.substr(0, Begin).rtrim().ends_with("~");
    if (!Complemented && llvm::is_contained(Names, Text.slice(Begin, I)))
      return true;
  }
  return false;
}

bool isZeroValue(const APValue &V) {
  switch (V.getKind()) {
  case APValue::Int:
    return V.getInt().isZero();
  case APValue::Float:
    return V.getFloat().isZero();
  case APValue::Struct:
    for (unsigned I = 0; I < V.getStructNumBases(); ++I)
      if (!isZeroValue(V.getStructBase(I)))
        return false;
    for (unsigned I = 0; I < V.getStructNumFields(); ++I)
      if (!isZeroValue(V.getStructField(I)))
        return false;
    return true;
  default:
    return false;
  }
}

bool foldsToZeroImpl(const Expr *E, ASTContext &Ctx) {
  if (E->isValueDependent() || E->isTypeDependent())
    return false;
  Expr::EvalResult Result;
  if (E->EvaluateAsRValue(Result, Ctx) && isZeroValue(Result.Val))
    return true;
  // A class temporary such as `0s` reaches the call materialized; evaluate
  // what was materialized.
  if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E->IgnoreParens()))
    return foldsToZeroImpl(M->getSubExpr()->IgnoreImplicit(), Ctx);
  return false;
}

/// A zero timeout: a number or duration that folds to zero, or a pointer to a
/// local timeval/timespec that is all zero where the call runs. A null
/// pointer is not zero: it means "wait forever" to select, pselect and
/// friends.
bool isZeroTimeout(const Expr *E, const SiteContext &Site) {
  ASTContext &Ctx = Site.Ctx;
  // Decide by the parameter's type before looking through casts: NULL is an
  // integer zero converted to a pointer, and means "no timeout".
  bool IsPointer = E->getType()->isPointerType();
  E = E->IgnoreParenImpCasts();
  if (!IsPointer)
    return foldsToZeroImpl(E, Ctx);
  const auto *AddrOf = dyn_cast<UnaryOperator>(E);
  if (!AddrOf || AddrOf->getOpcode() != UO_AddrOf)
    return false;
  const auto *Ref = dyn_cast<DeclRefExpr>(AddrOf->getSubExpr()->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var)
    return false;
  // A record's fields may be set one by one: the flow knows. An int's
  // initialiser alone decides.
  if (Site.Flow && Var->hasLocalStorage() && Var->getType()->isRecordType())
    return Site.Flow->zeroed(Var);
  return Var->getInit() && foldsToZeroImpl(Var->getInit(), Ctx);
}

/// `&hints` where the code last set `hints.ai_flags` to a value naming one
/// of Names, on every path to the call.
bool fieldMentions(const Expr *Arg, llvm::StringRef FieldName, llvm::ArrayRef<std::string> Names,
                   const SiteContext &Site) {
  const auto *AddrOf = dyn_cast<UnaryOperator>(Arg->IgnoreParenImpCasts());
  if (!AddrOf || AddrOf->getOpcode() != UO_AddrOf || !Site.Flow)
    return false;
  const auto *Ref = dyn_cast<DeclRefExpr>(AddrOf->getSubExpr()->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  const RecordDecl *Record = Var ? Var->getType()->getAsRecordDecl() : nullptr;
  if (!Record || !Var->hasLocalStorage())
    return false;
  for (const FieldDecl *Field : Record->fields())
    if (Field->getName() == FieldName) {
      const auto *Values = Site.Flow->fieldValues(Var, Field->getFieldIndex());
      return Values && llvm::any_of(*Values, [&](const Expr *V) { return mentions(V, Names, Site.Ctx); });
    }
  return false;
}

/// An integer or boolean argument that folds to a value other than zero: the
/// "on" of a flag (PQsetnonblocking(conn, 1)). A value not known where the
/// call is written is neither zero nor non-zero.
bool foldsToNonZero(const Expr *E, ASTContext &Ctx) {
  if (E->isValueDependent() || E->isTypeDependent())
    return false;
  Expr::EvalResult Result;
  return E->EvaluateAsInt(Result, Ctx) && !Result.Val.getInt().isZero();
}

/// A null pointer written at the call: NULL, nullptr or 0, also cast to the
/// parameter's type (`(uv_fs_cb)NULL`). A pointer variable that happens to
/// hold null is not seen.
bool isNullPointer(const Expr *E, ASTContext &Ctx) {
  return E->getType()->isPointerType() &&
         E->IgnoreParenCasts()->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) !=
             Expr::NPCK_NotNull;
}

/// Whether a type, or a typedef it is spelled through, is named one of Names.
bool spelledAs(QualType Type, llvm::ArrayRef<std::string> Names) {
  while (const auto *Typedef = Type->getAs<TypedefType>()) {
    if (llvm::is_contained(Names, Typedef->getDecl()->getName()))
      return true;
    Type = Typedef->desugar();
  }
  return false;
}

/// Whether the parameter an argument is passed to is of one of the named
/// types or points to one. C libraries name their types by typedef (GLib's
/// GCancellable is `struct _GCancellable`, GAsyncReadyCallback a function
/// pointer), so a typedef's name counts as well as a class's:
/// `GCancellable *cancellable` marks GIO's synchronous calls whatever the
/// caller writes there (NULL, a variable). Without the callee's parameters
/// (a variadic argument) the argument's own type stands in.
bool passedAs(const Condition &C, const SiteContext &Site) {
  std::optional<unsigned> Index = argumentIndex(C, Site);
  if (!Index)
    return false;
  QualType Type = *Index < Site.Params.size() ? Site.Params[*Index]->getType()
                                              : Site.Args[*Index]->getType();
  QualType Pointee = Type->getPointeeType();
  return spelledAs(Type, C.Names) || (!Pointee.isNull() && spelledAs(Pointee, C.Names)) ||
         classIsOneOf(classOf(Type), C.Names);
}

const CXXRecordDecl *receiverClass(const SiteContext &Site) {
  if (Site.Receiver)
    if (const CXXRecordDecl *RD = classOf(Site.Receiver->getType()))
      return RD;
  return Site.ReceiverClass;
}

bool firstTemplateArgIsOneOf(const CXXRecordDecl *Class, llvm::ArrayRef<std::string> Names) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Class);
  if (!Spec || Spec->getTemplateArgs().size() == 0)
    return false;
  const TemplateArgument &First = Spec->getTemplateArgs()[0];
  return First.getKind() == TemplateArgument::Type &&
         classIsOneOf(classOf(First.getAsType()), Names);
}

bool predicateHolds(const Condition &C, const SiteContext &Site) {
  using P = Condition::Predicate;
  const Expr *Arg = argument(C, Site);
  switch (C.Kind) {
  case P::Absent:
    return !Arg && !Site.ArgumentsUnknown;
  case P::Mentions:
    if (!C.Field.empty())
      return Arg && fieldMentions(Arg, C.Field, C.Names, Site);
    return Arg && mentions(Arg, C.Names, Site.Ctx);
  case P::Zero:
    return Arg && isZeroTimeout(Arg, Site);
  case P::NonZero:
    return Arg && foldsToNonZero(Arg, Site.Ctx);
  case P::Null:
    return Arg && isNullPointer(Arg, Site.Ctx);
  case P::NonBlockingFd:
  case P::NonBlockingReceiver: {
    std::optional<Descriptor> D = nonBlockingSubject(C, Site);
    return D && Site.Flow && Site.Flow->nonBlocking(*D);
  }
  case P::DescriptorKind: {
    std::optional<Descriptor> D = Arg ? descriptorOf(Arg, Site.Ctx) : std::nullopt;
    return D && Site.Flow && llvm::is_contained(C.Names, Site.Flow->kindOf(*D));
  }
  case P::AlreadyHeld:
    return Site.LockedMutex && Site.Flow && Site.Flow->holding(*Site.LockedMutex);
  case P::UnwaitedAsyncResult:
    return Site.UnwaitedAsyncResult;
  case P::HasType: {
    if (!Arg)
      return false;
    // The written argument's class, not the base class it is converted to.
    QualType Type = chainedStreamObject(Arg)->getType();
    if (const auto *Enum = Type->getAs<EnumType>())
      return llvm::is_contained(C.Names, qualifiedName(Enum->getDecl()));
    return classIsOneOf(classOf(Type), C.Names);
  }
  case P::ParameterType:
    return passedAs(C, Site);
  case P::ReceiverType:
    return classIsOneOf(receiverClass(Site), C.Names);
  case P::ReceiverTemplateArg:
    return firstTemplateArgIsOneOf(receiverClass(Site), C.Names);
  case P::Discarded:
    return Site.Discarded;
  case P::Language:
  case P::Coroutines:
  case P::Declares:
  case P::LoopMentions:
    return contextHolds(C, Site);
  }
  return false;
}

/// Whether a condition looks at something whose type or value depends on a
/// template parameter.
bool looksAtDependent(const Condition &C, const SiteContext &Site) {
  using P = Condition::Predicate;
  const Expr *Subject = C.Kind == P::NonBlockingReceiver || C.Kind == P::ReceiverType ||
                                C.Kind == P::ReceiverTemplateArg
                            ? Site.Receiver
                            : argument(C, Site);
  return Subject && (Subject->isTypeDependent() || Subject->isValueDependent());
}

bool holds(const Condition &C, const SiteContext &Site) {
  if (Site.ResolvedByName && looksAtDependent(C, Site))
    return false;
  return predicateHolds(C, Site) != C.Negated;
}

} // namespace

const Expr *chainedStreamObject(const Expr *Receiver) {
  Receiver = Receiver->IgnoreParenImpCasts();
  while (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Receiver)) {
    bool Shift = Op->getOperator() == OO_GreaterGreater || Op->getOperator() == OO_LessLess;
    if (!Shift || Op->getNumArgs() != 2 || !Op->isLValue())
      break;
    Receiver = Op->getArg(0)->IgnoreParenImpCasts();
  }
  return Receiver;
}

std::optional<Descriptor> nonBlockingSubject(const Condition &C, const SiteContext &Site) {
  const Expr *Subject = nullptr;
  if (C.Kind == Condition::Predicate::NonBlockingFd)
    Subject = argument(C, Site);
  else if (C.Kind == Condition::Predicate::NonBlockingReceiver)
    Subject = Site.Receiver;
  return Subject ? descriptorOf(Subject, Site.Ctx) : std::nullopt;
}

std::string nameOf(const Descriptor &D) {
  if (isa_and_nonnull<CXXRecordDecl>(D.Var))
    return "*this";
  const auto *Named = dyn_cast_or_null<NamedDecl>(D.Var);
  return Named ? Named->getNameAsString() : std::string();
}

bool foldsToZero(const Expr *E, ASTContext &Ctx) { return foldsToZeroImpl(E, Ctx); }

bool mentions(const Stmt *S, llvm::ArrayRef<std::string> Names, ASTContext &Ctx) {
  MentionFinder Finder(Names);
  Finder.TraverseStmt(const_cast<Stmt *>(S));
  return Finder.Found || spellsIdentifier(S, Names, Ctx);
}

bool allHold(llvm::ArrayRef<Condition> Conditions, const SiteContext &Site) {
  return llvm::all_of(Conditions, [&](const Condition &C) { return holds(C, Site); });
}

std::optional<Descriptor> descriptorOf(const Expr *E, const ASTContext &Ctx) {
  int64_t Element = -1;
  while (true) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return Descriptor{Ref->getDecl()->getCanonicalDecl(), Element};
    // The object a method runs on: what `lock()` in FastMutex::lock locks
    // when it calls its base's lockImpl().
    if (const auto *This = dyn_cast<CXXThisExpr>(E)) {
      const CXXRecordDecl *Class = This->getType()->getPointeeCXXRecordDecl();
      return Class && Element == -1 ? std::optional(Descriptor{Class->getCanonicalDecl()}) : std::nullopt;
    }
    if (const auto *Member = dyn_cast<MemberExpr>(E))
      return Descriptor{Member->getMemberDecl()->getCanonicalDecl(), Element};
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      // A non-constant index could be either end of a pipe: the whole array.
      Expr::EvalResult Index;
      if (Element == -1 && !Subscript->getIdx()->isValueDependent() &&
          Subscript->getIdx()->EvaluateAsInt(Index, Ctx))
        Element = Index.Val.getInt().getExtValue();
      E = Subscript->getBase();
      continue;
    }
    if (const auto *Unary = dyn_cast<UnaryOperator>(E);
        Unary && (Unary->getOpcode() == UO_AddrOf || Unary->getOpcode() == UO_Deref)) {
      E = Unary->getSubExpr();
      continue;
    }
    // `socket_.native_handle()` is socket_'s own descriptor: what
    // socket_.non_blocking(true) changes, and what ::sendmsg then uses.
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E); Member && Member->getNumArgs() == 0) {
      const CXXMethodDecl *Method = Member->getMethodDecl();
      if (Method && Method->getIdentifier() && Method->getName() == "native_handle") {
        E = Member->getImplicitObjectArgument();
        continue;
      }
    }
    return std::nullopt;
  }
}

} // namespace quadrant::facts
