//===--- ConstructedClasses.cpp - Which classes the program makes -*- C++ -*-===//
#include "facts/ConstructedClasses.h"
#include "facts/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include <set>

using namespace clang;

namespace quadrant::facts {

namespace {

class ConstructionFinder : public RecursiveASTVisitor<ConstructionFinder> {
  using Base = RecursiveASTVisitor<ConstructionFinder>;

public:
  explicit ConstructionFinder(ASTContext &Ctx) : SM(Ctx.getSourceManager()) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldWalkTypesOfTypeLocs() const { return false; }

  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) && SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      return true;
    return Base::TraverseDecl(D);
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    // A base-class subobject is part of an object of the derived class,
    // which is what a virtual call on it dispatches to.
    switch (E->getConstructionKind()) {
    case CXXConstructionKind::NonVirtualBase:
    case CXXConstructionKind::VirtualBase:
    case CXXConstructionKind::Delegating:
      return true;
    case CXXConstructionKind::Complete:
      break;
    }
    note(E->getConstructor()->getParent());
    return true;
  }

  /// The library constructs what std::make_unique<D> and its kin are asked
  /// for, in a body quadrant does not read.
  bool VisitCallExpr(CallExpr *E) {
    const FunctionDecl *Callee = E->getDirectCallee();
    if (!Callee || !Callee->getIdentifier() || !Callee->isInStdNamespace())
      return true;
    llvm::StringRef Name = Callee->getName();
    if (Name != "make_unique" && Name != "make_shared" && Name != "allocate_shared" &&
        Name != "make_unique_for_overwrite" && Name != "make_shared_for_overwrite")
      return true;
    if (const TemplateArgumentList *Args = Callee->getTemplateSpecializationArgs();
        Args && Args->size() > 0 && Args->get(0).getKind() == TemplateArgument::Type)
      note(Args->get(0).getAsType()->getAsCXXRecordDecl());
    return true;
  }

  std::set<std::string> Names;

private:
  void note(const CXXRecordDecl *Class) {
    if (!Class || !Class->hasDefinition() || !Class->isPolymorphic() || !Seen.insert(Class).second)
      return;
    Names.insert(qualifiedName(Class));
    Class->forallBases([&](const CXXRecordDecl *Base) {
      Names.insert(qualifiedName(Base));
      return true;
    });
  }

  const SourceManager &SM;
  llvm::DenseSet<const CXXRecordDecl *> Seen;
};

} // namespace

void extractConstructedClasses(ASTContext &Ctx, TranslationUnit &TU) {
  ConstructionFinder Finder(Ctx);
  Finder.TraverseDecl(Ctx.getTranslationUnitDecl());
  TU.ConstructedClasses.assign(Finder.Names.begin(), Finder.Names.end());
}

} // namespace quadrant::facts
