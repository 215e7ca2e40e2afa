//===--- ContextConditions.cpp - Advice worded for the code -----*- C++ -*-===//
#include "facts/ContextConditions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace quadrant::facts {

namespace {

/// The namespaces a lookup in NS also searches: the inline ones in it, as
/// libstdc++'s std::__cxx11 is searched by a lookup in std.
void addWithInlineNamespaces(const DeclContext *NS,
                             llvm::SmallVectorImpl<const DeclContext *> &Scopes) {
  Scopes.push_back(NS);
  for (const Decl *D : NS->decls())
    if (const auto *Inner = dyn_cast<NamespaceDecl>(D); Inner && Inner->isInline())
      addWithInlineNamespaces(Inner, Scopes);
}

/// Whether the translation unit declares a qualified name: a namespace,
/// class, function, typedef or variable by that name ("asio",
/// "asio::steady_timer", "uv_timer_start").
bool declares(ASTContext &Ctx, llvm::StringRef QualifiedName) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  QualifiedName.split(Parts, "::");
  llvm::SmallVector<const DeclContext *, 4> Scopes{Ctx.getTranslationUnitDecl()};
  for (size_t I = 0; I < Parts.size(); ++I) {
    auto Id = Ctx.Idents.find(Parts[I]);
    if (Id == Ctx.Idents.end())
      return false; // no code of the TU spells the name
    llvm::SmallVector<const DeclContext *, 4> Inner;
    for (const DeclContext *Scope : Scopes)
      for (const NamedDecl *Found : Scope->lookup(DeclarationName(Id->getValue()))) {
        if (I + 1 == Parts.size())
          return true;
        if (const auto *Alias = dyn_cast<NamespaceAliasDecl>(Found))
          Found = Alias->getNamespace();
        if (const auto *NS = dyn_cast<NamespaceDecl>(Found))
          addWithInlineNamespaces(NS, Inner);
        else if (const auto *Class = dyn_cast<CXXRecordDecl>(Found);
                 Class && Class->hasDefinition())
          Inner.push_back(Class->getDefinition());
      }
    Scopes = std::move(Inner);
  }
  return false;
}

} // namespace

bool contextHolds(const rules::Condition &C, const SiteContext &Site) {
  using P = rules::Condition::Predicate;
  const LangOptions &Lang = Site.Ctx.getLangOpts();
  switch (C.Kind) {
  case P::Language:
    return llvm::is_contained(C.Names, Lang.CPlusPlus ? "c++" : "c");
  case P::Coroutines:
    return Lang.Coroutines;
  case P::Declares:
    return llvm::any_of(C.Names, [&](const std::string &N) { return declares(Site.Ctx, N); });
  case P::LoopMentions:
    return Site.Loop && mentions(Site.Loop, C.Names, Site.Ctx);
  default:
    return false;
  }
}

const rules::AdviceText *wordingAt(llvm::ArrayRef<rules::AdviceText> Texts,
                                   const SiteContext &Site) {
  for (const rules::AdviceText &T : Texts)
    if (allHold(T.Where, Site))
      return &T;
  return nullptr;
}

std::vector<Advice> adviceAt(llvm::ArrayRef<rules::RuleAdvice> Advice, const SiteContext &Site) {
  std::vector<quadrant::Advice> Out;
  for (const rules::RuleAdvice &A : Advice)
    if (const rules::AdviceText *T = wordingAt(A.Texts, Site))
      Out.push_back({A.To, T->Text});
  return Out;
}

} // namespace quadrant::facts
