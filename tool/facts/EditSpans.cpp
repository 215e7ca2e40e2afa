//===--- EditSpans.cpp - Where the checks' fixes may edit -------*- C++ -*-===//
#include "facts/EditSpans.h"
#include "facts/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include <numeric>

using namespace clang;

namespace quadrant::facts {

namespace {

SourcePoint pointAt(const SourceManager &SM, SourceLocation Loc, llvm::StringRef File) {
  return SourcePoint{File.str(), SM.getSpellingLineNumber(Loc), SM.getSpellingColumnNumber(Loc)};
}

/// A token range as the characters it covers, if it is written in a file.
std::optional<SourceSpan> tokenSpan(const ASTContext &Ctx, SourceRange Range) {
  if (Range.isInvalid())
    return std::nullopt;
  return editableSpan(Ctx, CharSourceRange::getTokenRange(Range));
}

/// Whether a duration of type T holds a whole number of nanoseconds:
/// std::chrono::duration<Rep, std::ratio<N, D>> with an integer Rep and a D
/// (in lowest terms) that divides 10^9. Then it converts implicitly to
/// std::chrono::nanoseconds, the steady clock's duration in libstdc++ and libc++.
bool holdsWholeNanoseconds(QualType T) {
  const auto *Duration =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Duration || qualifiedName(Duration) != "std::chrono::duration" ||
      Duration->getTemplateArgs().size() != 2)
    return false;
  const TemplateArgumentList &Args = Duration->getTemplateArgs();
  if (Args[0].getKind() != TemplateArgument::Type || !Args[0].getAsType()->isIntegerType() ||
      Args[1].getKind() != TemplateArgument::Type)
    return false;
  const auto *Ratio = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Args[1].getAsType()->getAsCXXRecordDecl());
  if (!Ratio || Ratio->getTemplateArgs().size() != 2 ||
      Ratio->getTemplateArgs()[0].getKind() != TemplateArgument::Integral ||
      Ratio->getTemplateArgs()[1].getKind() != TemplateArgument::Integral)
    return false;
  int64_t Num = Ratio->getTemplateArgs()[0].getAsIntegral().getSExtValue();
  int64_t Den = Ratio->getTemplateArgs()[1].getAsIntegral().getSExtValue();
  if (Num == 0 || Den <= 0)
    return false;
  Den /= std::gcd(Num < 0 ? -Num : Num, Den);
  return 1'000'000'000 % Den == 0;
}

/// The expression E stands in once the implicit nodes around it are left.
const Stmt *parentThroughImplicit(ASTContext &Ctx, const Stmt *E) {
  while (true) {
    DynTypedNodeList Parents = Ctx.getParents(*E);
    if (Parents.size() != 1)
      return nullptr;
    const Stmt *Parent = Parents[0].get<Stmt>();
    if (!Parent || !(isa<ImplicitCastExpr>(Parent) || isa<ParenExpr>(Parent)))
      return Parent;
    E = Parent;
  }
}

/// The uses of one thread variable in its function.
class ThreadUses : public RecursiveASTVisitor<ThreadUses> {
public:
  ThreadUses(ASTContext &Ctx, const VarDecl *Var) : Ctx(Ctx), Var(Var) {}

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (Ref->getDecl() != Var)
      return true;
    const auto *Member = dyn_cast_or_null<MemberExpr>(parentThroughImplicit(Ctx, Ref));
    const auto *Call = Member ? dyn_cast_or_null<CXXMemberCallExpr>(parentThroughImplicit(Ctx, Member))
                              : nullptr;
    const auto *Method = Member ? dyn_cast<CXXMethodDecl>(Member->getMemberDecl()) : nullptr;
    if (!Call || !Method || Call->getCallee()->IgnoreParens() != Member) {
      OnlyMemberCalls = false;
      return true;
    }
    llvm::StringRef Name = Method->getName();
    if (Name == "detach")
      Detached = true;
    else if (Name != "join" && Name != "joinable" && Name != "get_id" && Name != "native_handle")
      OnlyMemberCalls = false;
    return true;
  }

  bool OnlyMemberCalls = true;
  bool Detached = false;

private:
  ASTContext &Ctx;
  const VarDecl *Var;
};

/// Var is constructed from a callable, by `T v(f, ...)` or `T v{f, ...}`:
/// a declaration std::jthread accepts as it stands.
bool constructedFromCallable(const VarDecl *Var) {
  if (Var->getInitStyle() == VarDecl::CInit || !Var->getInit())
    return false;
  const auto *Construct = dyn_cast<CXXConstructExpr>(Var->getInit()->IgnoreImplicit());
  return Construct && Construct->getNumArgs() > 0 &&
         !Construct->getConstructor()->isCopyOrMoveConstructor();
}

/// The only variable its declaration statement declares: a type written
/// once for two variables cannot change for one of them.
bool declaredAlone(ASTContext &Ctx, const VarDecl *Var) {
  DynTypedNodeList Parents = Ctx.getParents(*Var);
  const auto *Decls = Parents.size() == 1 ? Parents[0].get<DeclStmt>() : nullptr;
  return Decls && Decls->isSingleDecl();
}

const NamespaceDecl *namespaceOfQualifier(const NestedNameSpecifier *Qualifier) {
  if (!Qualifier)
    return nullptr;
  if (const NamespaceDecl *NS = Qualifier->getAsNamespace())
    return NS->getCanonicalDecl();
  if (const NamespaceAliasDecl *Alias = Qualifier->getAsNamespaceAlias())
    return Alias->getNamespace()->getCanonicalDecl();
  return nullptr;
}

bool declares(const DeclContext *DC, ASTContext &Ctx, llvm::StringRef Name) {
  return !DC->lookup(&Ctx.Idents.get(Name)).empty();
}

} // namespace

std::optional<SourceSpan> editableSpan(const ASTContext &Ctx, CharSourceRange Range) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID())
    return std::nullopt;
  CharSourceRange File = Lexer::makeFileCharRange(Range, SM, Ctx.getLangOpts());
  if (File.isInvalid() || SM.isInSystemHeader(File.getBegin()))
    return std::nullopt;
  auto [BeginFile, BeginOffset] = SM.getDecomposedLoc(File.getBegin());
  auto [EndFile, EndOffset] = SM.getDecomposedLoc(File.getEnd());
  if (BeginFile != EndFile || EndOffset < BeginOffset)
    return std::nullopt;
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(BeginFile);
  if (!Entry)
    return std::nullopt;
  std::string Path = reportedPath(SM, Entry->getName());
  return SourceSpan{pointAt(SM, File.getBegin(), Path), pointAt(SM, File.getEnd(), Path),
                    BeginOffset, EndOffset - BeginOffset};
}

std::optional<CallExtent> callExtentOf(const CallExpr *E, const ASTContext &Ctx, bool Statement) {
  std::optional<SourceSpan> Call = tokenSpan(Ctx, E->getSourceRange());
  if (!Call)
    return std::nullopt;
  CallExtent Extent{*Call, {}, Statement, false};
  for (const Expr *Arg : E->arguments()) {
    // A default argument is not written, and nothing after it is.
    if (isa<CXXDefaultArgExpr>(Arg))
      break;
    std::optional<SourceSpan> Span = tokenSpan(Ctx, Arg->getSourceRange());
    if (!Span)
      return std::nullopt;
    Extent.Arguments.push_back(std::move(*Span));
  }
  if (E->getNumArgs() > 0)
    Extent.WholeNanoseconds = holdsWholeNanoseconds(E->getArg(0)->getType());
  return Extent;
}

void noteJThreadFacts(UnjoinedThread &T, const VarDecl *Var, const FunctionDecl *FD,
                      ASTContext &Ctx) {
  T.Cxx20 = Ctx.getLangOpts().CPlusPlus20;
  if (const TypeSourceInfo *Type = Var->getTypeSourceInfo(); Type && declaredAlone(Ctx, Var))
    if ((T.TypeSpan = tokenSpan(Ctx, Type->getTypeLoc().getSourceRange())))
      T.TypeWritten = Lexer::getSourceText(
                          CharSourceRange::getTokenRange(Type->getTypeLoc().getSourceRange()),
                          Ctx.getSourceManager(), Ctx.getLangOpts())
                          .str();
  ThreadUses Uses(Ctx, Var);
  Uses.TraverseStmt(FD->getBody());
  T.Detached = Uses.Detached;
  T.OnlyThreadMemberUses = Uses.OnlyMemberCalls && constructedFromCallable(Var);
}

std::string asioNamespaceOf(const FunctionDecl *FD, ASTContext &Ctx) {
  const auto *Awaitable = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      FD->getReturnType()->getAsCXXRecordDecl());
  if (!Awaitable || Awaitable->getName() != "awaitable" || Awaitable->getTemplateArgs().size() != 2)
    return "";
  const auto *Asio = dyn_cast<NamespaceDecl>(Awaitable->getDeclContext());
  std::string Qualified = Asio ? Asio->getQualifiedNameAsString() : "";
  if (Qualified != "asio" && Qualified != "boost::asio")
    return "";
  // A coroutine on another executor awaits with another completion token.
  const auto *Executor = dyn_cast<TemplateTypeParmDecl>(
      Awaitable->getSpecializedTemplate()->getTemplateParameters()->getParam(1));
  if (!Executor || !Executor->hasDefaultArgument() ||
      !Ctx.hasSameType(Awaitable->getTemplateArgs()[1].getAsType(),
                       Executor->getDefaultArgument().getArgument().getAsType()))
    return "";
  auto ThisCoro = Asio->lookup(&Ctx.Idents.get("this_coro"));
  const auto *ThisCoroNS = ThisCoro.empty() ? nullptr : dyn_cast<NamespaceDecl>(ThisCoro.front());
  if (!declares(Asio, Ctx, "steady_timer") || !declares(Asio, Ctx, "use_awaitable") ||
      !ThisCoroNS || !declares(ThisCoroNS, Ctx, "executor"))
    return "";
  // The file's own spelling of the namespace, from the return type, when
  // it names it: `net::awaitable<void>` with `namespace net = boost::asio;`.
  if (FunctionTypeLoc Loc = FD->getFunctionTypeLoc())
    if (auto Written = Loc.getReturnLoc().getAs<ElaboratedTypeLoc>())
      if (NestedNameSpecifierLoc Qualifier = Written.getQualifierLoc();
          Qualifier && namespaceOfQualifier(Qualifier.getNestedNameSpecifier()) ==
                           Asio->getCanonicalDecl()) {
        std::optional<SourceSpan> Span = tokenSpan(Ctx, Qualifier.getSourceRange());
        llvm::StringRef Text = Lexer::getSourceText(
            CharSourceRange::getTokenRange(Qualifier.getSourceRange()), Ctx.getSourceManager(),
            Ctx.getLangOpts());
        Text.consume_back("::");
        bool Plain = llvm::all_of(Text, [](char C) { return llvm::isAlnum(C) || C == '_' || C == ':'; });
        if (Span && Plain && !Text.empty())
          return Text.str();
      }
  return Qualified;
}

} // namespace quadrant::facts
