//===--- OwnLoops.h - The event loops a program writes itself ---*- C++ -*-===//
//
//   in:  link::Program (indirect and virtual calls resolved)
//   out: each loop around a wait for many descriptors, and the functions
//        it calls through pointers or virtually: its handlers
//
// Many programs write their own event loop (aria2's and POCO's epoll
// classes, ninja's subprocess set, a student's select server): a loop
// around a call that waits for whichever of many descriptors is ready (a
// rule with the trait "multiplexes": select, poll, epoll_wait), which then
// calls what the program registered for the descriptor through a function
// pointer, a std::function or a virtual call. Those callees are the loop's
// handlers, as a callback handed to Asio or libuv is: they run on the
// threads that run the loop, one after another, and while one blocks no
// other runs. A direct call in the loop is the loop's own work.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CONTEXTS_OWNLOOPS_H
#define QUADRANT_CONTEXTS_OWNLOOPS_H

#include "link/Program.h"
#include <vector>

namespace quadrant::contexts {

struct OwnLoop {
  unsigned Function = 0;              ///< the function that holds the loop
  const facts::CallSite *Wait = nullptr; ///< the select, poll or epoll_wait in it
  /// The calls of the function, inside the loop, that run handlers
  /// (indices into Functions[Function].Calls).
  std::vector<unsigned> Dispatches;
  /// What they may run (indices into Program::Functions), in call order.
  std::vector<unsigned> Handlers;
};

/// The program's own event loops that dispatch to at least one function of
/// the program, by function and then by place.
std::vector<OwnLoop> findOwnLoops(const link::Program &P);

} // namespace quadrant::contexts

#endif
