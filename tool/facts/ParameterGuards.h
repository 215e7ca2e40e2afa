//===--- ParameterGuards.h - Branches on a function's parameters -*- C++ -*-===//
//
//   in:  one function body and its CFG
//   out: what each branch edge tells about the function's own parameters,
//        and what each call passes for its callee's parameters
//
// `void set_paused(bool paused) { if (!paused) wait(); }` only waits when it
// is given false; `pause()` calls `set_paused(true)`. The flow carries the
// tests along the edges (FunctionFlow), the facts record them per call, and
// the linker holds them against the constants a call passes
// (link/ConstantArguments.h). Only parameters of scalar type (bool, integer,
// enumeration, pointer) passed by value and never modified in the function
// are tested: anything else could change between the test and the call.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_PARAMETERGUARDS_H
#define QUADRANT_FACTS_PARAMETERGUARDS_H

#include "facts/Facts.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace clang {
class ASTContext;
class CFGBlock;
class Expr;
class FunctionDecl;
class ParmVarDecl;
class VarDecl;
class Stmt;
} // namespace clang

namespace quadrant::facts {

class ParameterTests {
public:
  ParameterTests(const clang::FunctionDecl *FD, const clang::Stmt *Body, clang::ASTContext &Ctx);
  ~ParameterTests();

  /// What taking the edge from From to its successor number Index tells:
  /// the true or false edge of `if (p == K)`, a `case K:` of `switch (p)`.
  llvm::SmallVector<ParameterGuard, 2> onEdge(const clang::CFGBlock &From, unsigned Index,
                                              const clang::CFGBlock &To);

  /// What a call passes for its callee's parameters: constants, and this
  /// function's own parameters passed on unmodified. Only the known ones.
  std::vector<ArgumentValue> argumentValues(const clang::FunctionDecl *Callee,
                                            const clang::Expr *Call);

private:
  struct Test {
    const clang::ParmVarDecl *Param;
    bool Equal;
    int64_t Value;
    std::string Spelling;
  };
  /// The test a branch condition makes, true when the condition is.
  std::optional<Test> testOf(const clang::Expr *Cond);
  /// The parameter E names, if it is one this function tests.
  const clang::ParmVarDecl *testedParameter(const clang::Expr *E);
  std::optional<int64_t> constantValue(const clang::Expr *E, bool Pointer) const;
  std::string spelling(const clang::Expr *E) const;
  /// Every use of the parameter in the body reads its value: nothing
  /// assigns or increments it, takes its address or binds a reference to
  /// it (a whitelist, so that unforeseen uses count as changes).
  bool unmodified(const clang::ParmVarDecl *Param);
  ParameterGuard guardOf(const Test &T, bool Holds) const;

  const clang::FunctionDecl *FD;
  const clang::Stmt *Body;
  clang::ASTContext &Ctx;
  /// Parameters used other than by reading them; found by one walk of the
  /// body, the first time a test asks.
  std::optional<llvm::DenseSet<const clang::ParmVarDecl *>> Modified;
};

} // namespace quadrant::facts

#endif
