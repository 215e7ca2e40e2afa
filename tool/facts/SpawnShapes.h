//===--- SpawnShapes.h - How often a start runs, and a fork's child -*- C++ -*-===//
//
//   in:  a call that starts threads or processes, or waits for events, in
//        its function's AST
//   out: how many times the loops around it run (LoopCount), for fork()
//        the branch that runs in the child (ForkChild), and for a wait on
//        many descriptors the loop around it (LoopExtent)
//
// The contexts stage (tool/contexts/) says how many threads a site starts
// and what a child process runs; only the AST shows the loop bound
// (`for (int i = 0; i < 4; ++i) pool.emplace_back(work);`) and the test of
// fork's result (`if (pid == 0)`), so they are recorded here as plain facts.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_SPAWNSHAPES_H
#define QUADRANT_FACTS_SPAWNSHAPES_H

#include "facts/Facts.h"
#include <optional>

namespace clang {
class ASTContext;
class Stmt;
} // namespace clang

namespace quadrant::facts {

/// How many times the loops around At (inside its function) run; nullopt
/// when At is in no loop. Nested loops multiply; a loop whose bound is not
/// a constant or hardware_concurrency() makes the count unknown.
std::optional<LoopCount> loopCountAround(const clang::Stmt *At, clang::ASTContext &Ctx);

/// The branch where the result of the fork() call At is 0: the then-branch
/// of `if (r == 0)` / `if (!r)`, the else-branch of `if (r != 0)` / `if (r)`
/// / `if (r > 0)`, the statements from `case 0:` to the next label of
/// `switch (r)`, where r is At itself or the variable it initialises or is
/// assigned to. nullopt when the function tests the result nowhere. Its
/// AsyncSignalSafe is left for the caller, which knows the rules.
std::optional<ForkChild> forkChildOf(const clang::Stmt *At, clang::ASTContext &Ctx);

/// The innermost loop of At's own function around At, its condition
/// included (`while (epoll_wait(...) > 0)`); nullopt when there is none.
std::optional<LoopExtent> innermostLoopAround(const clang::Stmt *At, clang::ASTContext &Ctx);

} // namespace quadrant::facts

#endif
