//===--- LoopConditions.h - What a loop waits for ---------------*- C++ -*-===//
//
//   in:  a loop's condition and body
//   out: whether it waits for another thread, by sleeping between polls or
//        by spinning
//
// Two shapes wait for another thread without a call that says so: a loop
// that sleeps between polls of a flag (`while (!done) sleep_for(1ms);`: the
// sleep is blocking already; the busy-wait-loop check reports the shape, and
// the same shape with a poll that writes the flag itself,
// `while (!done) MPI_Test(&req, &done, ...);`),
// and a loop that spins on shared state (`while (!ready.load()) yield();`,
// `while (flag.test_and_set()) {}`), which is itself a blocking site: it does
// not end until something else happens.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_LOOPCONDITIONS_H
#define QUADRANT_FACTS_LOOPCONDITIONS_H

#include <optional>
#include <string>

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
class Stmt;
} // namespace clang

namespace quadrant::facts {

/// Whether a loop condition waits for another thread: it counts nothing
/// down itself (`n-- > 0` is a bounded retry), and some part of it that is
/// not a constant reads no clock. `now() < deadline` alone is a sleep until
/// a time; `!ready && now() < deadline` polls `ready`, with a deadline.
bool waitsForOtherThread(const clang::Expr *Cond, clang::ASTContext &Ctx);

/// Whether a call is handed the address of a variable the loop condition
/// reads: the poll that answers the loop's question
/// (`MPI_Test(&req, &done, ...)` in `while (!done)`).
bool answersCondition(const clang::CallExpr *Call, const clang::Expr *Cond);

/// For a loop that spins until another thread changes shared state, the
/// name of that state: the condition reads an atomic or volatile object and
/// counts nothing itself, and the body does nothing but yield, pause or
/// touch atomics (a body that calls anything else is doing work, or
/// sleeping, which is a poll).
std::optional<std::string> spinsOn(const clang::Expr *Cond, const clang::Stmt *Body,
                                   const clang::Stmt *Increment, clang::ASTContext &Ctx);

} // namespace quadrant::facts

#endif
