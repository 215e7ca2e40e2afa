//===--- Explainer.h - One function, explained for a student ----*- C++ -*-===//
//
//   in:  a Report (the classified program) and what the user typed: a
//        function's name, or a file:line inside its definition
//   out: the function's quadrant in plain words: why each axis holds (the
//        witness chains, with the rules' reasons), the calls that decide it,
//        and the rules' advice on what would move it elsewhere
//
// Every "it would then be ..." is computed, not guessed: the program is
// classified again with the advised calls relabeled as the advice says.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_REPORT_EXPLAINER_H
#define QUADRANT_REPORT_EXPLAINER_H

#include "report/Report.h"
#include "llvm/Support/Error.h"

namespace quadrant::report {

/// The function Target names: a qualified or unqualified name ("task",
/// "Queue::pop"), or "file:line" (also "file:line:column") inside a
/// definition, the innermost one, so a line in a lambda names the lambda.
/// An unknown name is an error with "did you mean"; an ambiguous one lists
/// the candidates with their locations.
llvm::Expected<unsigned> findFunction(const link::Program &P, llvm::StringRef Target);

/// Explains Functions[F] in sentences a student can follow.
void writeExplanation(const Report &R, unsigned F, llvm::raw_ostream &OS);

/// The same for tools (schema quadrant-explain/1, docs/cli.md): the
/// function as in quadrant-report/1, the advice, and the text.
void writeExplanationJson(const Report &R, unsigned F, llvm::raw_ostream &OS);

} // namespace quadrant::report

#endif
