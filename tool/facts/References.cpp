//===--- References.cpp - Each reference in a body, with its parent -*- C++ -*-===//
#include "facts/References.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include <vector>

using namespace clang;

namespace quadrant::facts {

bool everyReference(const Stmt *Body,
                    llvm::function_ref<bool(const DeclRefExpr *, const ParentMap &)> Visit) {
  ParentMap Parents(const_cast<Stmt *>(Body));
  std::vector<const Stmt *> Work{Body};
  while (!Work.empty()) {
    const Stmt *S = Work.back();
    Work.pop_back();
    for (const Stmt *Child : S->children())
      if (Child)
        Work.push_back(Child);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S); Ref && !Visit(Ref, Parents))
      return false;
  }
  return true;
}

} // namespace quadrant::facts
