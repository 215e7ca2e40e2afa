//===--- ConstantArguments.h - Calls whose constants rule code out -*- C++ -*-===//
//
//   in:  the linked Program (targets resolved), with each call's guards
//        (facts::ParameterGuard) and known arguments (facts::ArgumentValue)
//   out: the same Program, where a call whose constant arguments contradict
//        some of its callee's guards runs a specialization of the callee
//        without that code
//
// `pause()` calls `set_paused(true)`, whose wait is under `if (!paused)`: the
// wait cannot happen through that call, and `pause()` does not block through
// it. Each such callee is copied once per set of constants (memoized), with
// the sites and calls the constants rule out removed, and appended to
// Program::Functions after the written ones; the classifier and the checks
// then follow calls as usual. Context is bounded: the constants of one call,
// plus constants the callee passes straight on to its own calls (one more
// level). A recursive call made while its own specialization is being built
// runs the unspecialized function, which can only keep more code.
//
// A function passed to a parameter the callee calls through is a constant
// too: the copy's call through that parameter runs only what this call
// passes (CallEdge::ThroughParameter), not every function any call of the
// program passes. A test runner `run(void (*test)())` called by the mains of
// forty test programs runs, for each, its own tests.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_LINK_CONSTANTARGUMENTS_H
#define QUADRANT_LINK_CONSTANTARGUMENTS_H

#include "link/Program.h"

namespace quadrant::link {

void specializeForConstantArguments(Program &P, const std::vector<facts::CallableStore> &Stores);

} // namespace quadrant::link

#endif
