//===--- DependentCalls.h - Calls in templates nothing instantiates -*- C++ -*-===//
//
//   in:  a call, construction or variable in a template with no instantiation
//   out: the names the rule base and the call graph know it by
//
// A template that the TU never instantiates has only its pattern, whose calls
// of anything that depends on a template parameter are not resolved by Clang:
// `std::async(...)` is an UnresolvedLookupExpr, `fut.get()` on a
// `std::future<T>` a CXXDependentScopeMemberExpr, `std::lock_guard<M> g(m)` a
// variable initialised by a ParenListExpr. They are resolved here by name, as
// clangd's HeuristicResolver does for go-to-definition: the overloads found at
// the template's definition, filtered by arity; a member looked up in the
// primary template of the object's class template (and its bases). An object
// whose type is a bare template parameter (`Fut f; f.get()`) names no class
// and is not resolved: method names alone ("get", "wait") say too little.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_DEPENDENTCALLS_H
#define QUADRANT_FACTS_DEPENDENTCALLS_H

#include "rules/Rule.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>

namespace quadrant::facts {

/// Appended to the reason of every call site labeled by name.
inline constexpr llvm::StringLiteral ResolvedByNameNote =
    " (in a template with no instantiation here: resolved by name)";

/// The patterns of the templated functions (function templates, members of
/// class templates, lambdas in either, generic lambdas) that the TU
/// instantiates with a body. Found by one walk of the user code, done the
/// first time a templated function is asked about.
class InstantiatedTemplates {
public:
  explicit InstantiatedTemplates(clang::ASTContext &Ctx) : Ctx(Ctx) {}
  /// Whether FD, a templated function's definition, has an instantiation.
  bool has(const clang::FunctionDecl *FD);

private:
  clang::ASTContext &Ctx;
  bool Collected = false;
  llvm::DenseSet<const clang::FunctionDecl *> Patterns;
};

/// A dependent call, construction or variable, resolved by name.
struct NameResolution {
  rules::SiteKind Kind = rules::SiteKind::Call;
  /// The last component of the name ("async", "get", "lock_guard").
  std::string Unqualified;
  /// The qualified names to look the rules up with: "std::async";
  /// "std::future::get" and the class that declares it.
  llvm::SmallVector<std::string, 2> Names;
  /// The object of a member call.
  const clang::Expr *Receiver = nullptr;
  /// The class whose member is called or which is constructed: the primary
  /// template's pattern when the type is dependent.
  const clang::CXXRecordDecl *Class = nullptr;
  llvm::SmallVector<const clang::Expr *, 4> Args;
  /// Functions defined in the program that the name may call (the overloads
  /// of the arity written): call edges when no rule matches.
  llvm::SmallVector<const clang::FunctionDecl *, 2> ProgramCallees;
  clang::SourceLocation Loc;
};

/// A call whose callee Clang left unresolved: an unresolved name, or a
/// member of a dependent or overloaded object.
std::optional<NameResolution> resolveDependentCall(const clang::CallExpr *E);

/// `std::thread(job)` with a dependent job: a functional cast Clang could not
/// resolve to a constructor.
std::optional<NameResolution> resolveDependentConstruct(const clang::CXXUnresolvedConstructExpr *E);

/// A local variable of a known class whose initialisation is dependent:
/// `std::lock_guard<Lock> g(l)`, `std::unique_lock u{m}`, `std::thread t(f)`.
std::optional<NameResolution> resolveDependentVariable(const clang::VarDecl *VD);

} // namespace quadrant::facts

#endif
