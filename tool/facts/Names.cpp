//===--- Names.cpp - How quadrant spells declarations -----------*- C++ -*-===//
#include "facts/Names.h"
#include "core/Format.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Path.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace quadrant::facts {

static std::string lambdaName(const CXXRecordDecl *Lambda) {
  const SourceManager &SM = Lambda->getASTContext().getSourceManager();
  PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(Lambda->getLocation()));
  if (P.isInvalid())
    return "(lambda)";
  return fmt::format("(lambda at {}:{})", P.getLine(), P.getColumn());
}

/// The name of one scope component, or "" when the scope is transparent.
static std::string componentName(const Decl *D) {
  if (const auto *NS = dyn_cast<NamespaceDecl>(D)) {
    if (NS->isInline())
      return "";
    return NS->isAnonymousNamespace() ? "(anonymous namespace)" : NS->getNameAsString();
  }
  if (const auto *RD = dyn_cast<CXXRecordDecl>(D); RD && RD->isLambda())
    return lambdaName(RD);
  if (const auto *MD = dyn_cast<CXXMethodDecl>(D); MD && MD->getParent()->isLambda())
    return ""; // the lambda class already names it
  // A constructor of a class template is spelled "G<M>" by Clang; quadrant
  // names it after the class, as it names the class.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(D))
    return Ctor->getParent()->getNameAsString();
  if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(D))
    return "~" + Dtor->getParent()->getNameAsString();
  if (const auto *ED = dyn_cast<EnumDecl>(D))
    return ED->isScoped() ? ED->getNameAsString() : "";
  if (const auto *ND = dyn_cast<NamedDecl>(D)) {
    if (const auto *RD = dyn_cast<RecordDecl>(ND); RD && !RD->getIdentifier())
      return "(anonymous)";
    return ND->getNameAsString();
  }
  return "";
}

std::string qualifiedName(const NamedDecl *D) {
  llvm::SmallVector<std::string, 4> Parts;
  for (const Decl *Cur = D; Cur && !isa<TranslationUnitDecl>(Cur);
       Cur = cast<Decl>(Cur->getDeclContext())) {
    if (isa<LinkageSpecDecl>(Cur) || isa<ExternCContextDecl>(Cur))
      continue;
    std::string Part = componentName(Cur);
    if (!Part.empty())
      Parts.push_back(std::move(Part));
  }
  std::string Name;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    if (!Name.empty())
      Name += "::";
    Name += *It;
  }
  return Name;
}

const CXXRecordDecl *classOf(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *Ptr = T->getAs<PointerType>())
    T = Ptr->getPointeeType();
  return T->getAsCXXRecordDecl();
}

bool classIsOneOf(const CXXRecordDecl *Class, llvm::ArrayRef<std::string> Names) {
  if (!Class)
    return false;
  if (llvm::is_contained(Names, qualifiedName(Class)))
    return true;
  if (!Class->hasDefinition())
    return false;
  return llvm::any_of(Class->bases(), [&](const CXXBaseSpecifier &Base) {
    return classIsOneOf(Base.getType()->getAsCXXRecordDecl(), Names);
  });
}

const FunctionDecl *reportedFunction(const FunctionDecl *FD) {
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    return Pattern;
  return FD;
}

std::string usrOf(const FunctionDecl *FD) {
  FD = reportedFunction(FD);
  llvm::SmallString<128> USR;
  if (index::generateUSRForDecl(FD, USR))
    return qualifiedName(FD); // no USR (should not happen for functions)
  // Clang names every lambda of an inline function or template alike (an
  // unnamed class in that function), which would merge them into one
  // function. Where it is written tells them apart, the same in every TU
  // that includes it; the mangling number, lambdas of one macro expansion.
  if (const auto *Method = dyn_cast<CXXMethodDecl>(FD); Method && Method->getParent()->isLambda()) {
    const CXXRecordDecl *Closure = Method->getParent();
    SourcePoint At = reportedPoint(FD->getASTContext(), Closure->getLocation(), nullptr);
    USR += "@lambda@" + std::to_string(At.Line) + ":" + std::to_string(At.Column) + "#" +
           std::to_string(Closure->getLambdaManglingNumber());
  }
  return std::string(USR);
}

std::string reportedPath(const SourceManager &SM, llvm::StringRef Name) {
  llvm::SmallString<256> File(Name);
  bool Relative = llvm::sys::path::is_relative(File);
  SM.getFileManager().makeAbsolutePath(File);
  llvm::sys::path::remove_dots(File, /*remove_dot_dot=*/Relative);
  return std::string(File);
}

SourcePoint reportedPoint(const ASTContext &Ctx, SourceLocation Loc, std::string *MacroName) {
  const SourceManager &SM = Ctx.getSourceManager();
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
  return SourcePoint{reportedPath(SM, P.getFilename()), P.getLine(), P.getColumn()};
}

} // namespace quadrant::facts
