//===--- ThreadLifetimes.h - Threads destroyed while joinable ----*- C++ -*-===//
//
//   in:  one function body + which classes must be joined
//   out: the local thread objects that can reach the end of their life
//        joinable (std::thread's destructor then calls std::terminate)
//
// A forward may-analysis over Clang's CFG: a thread is joinable after it is
// constructed with a callable or assigned one, and stops being joinable on
// join(), detach(), std::move, or on the false branch of `t.joinable()`.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_THREADLIFETIMES_H
#define QUADRANT_FACTS_THREADLIFETIMES_H

#include "facts/Facts.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang {
class ASTContext;
class CXXRecordDecl;
class FunctionDecl;
class SourceLocation;
} // namespace clang

namespace quadrant::facts {

std::vector<UnjoinedThread>
findUnjoinedThreads(const clang::FunctionDecl *FD, clang::ASTContext &Ctx,
                    llvm::function_ref<bool(const clang::CXXRecordDecl *)> MustJoin,
                    llvm::function_ref<SourcePoint(clang::SourceLocation)> PointOf);

} // namespace quadrant::facts

#endif
