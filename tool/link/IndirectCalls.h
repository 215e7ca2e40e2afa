//===--- IndirectCalls.h - What calls through pointers may run --*- C++ -*-===//
//
//   in:  every function's facts::IndirectCall + every TU's CallableStore
//   out: call edges to what each may run; the rest in UnresolvedCalls;
//        the handlers that call sites are given through slots
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_LINK_INDIRECTCALLS_H
#define QUADRANT_LINK_INDIRECTCALLS_H

#include "facts/Facts.h"
#include <vector>

namespace quadrant::link {

/// The index of FunctionUSR's parameter that Slot is (facts/CallableSlots.h
/// names them "<usr>#<index>"), or -1.
int parameterIndex(llvm::StringRef Slot, llvm::StringRef FunctionUSR);

/// Adds a call edge, at the call, to every function the slot of each
/// indirect call may hold; an indirect call whose slot holds none goes to
/// its function's UnresolvedCalls; an edge of a call through a parameter
/// says which (CallEdge::ThroughParameter), for link/ConstantArguments.h.
/// A call site's HandlerSlots add what they hold to its Handlers.
void resolveIndirectCalls(std::vector<facts::Function> &Functions,
                          const std::vector<facts::CallableStore> &Stores);

} // namespace quadrant::link

#endif
