//===--- ThreadNotJoined.cpp - quadrant-thread-not-joined -------*- C++ -*-===//
//
// Destroying a joinable std::thread calls std::terminate.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"

namespace quadrant::checks {

void runThreadNotJoined(const CheckInput &In, std::vector<Finding> &Out) {
  for (const facts::Function &Fn : In.Program.Functions)
    for (const facts::UnjoinedThread &T : Fn.UnjoinedThreads)
      Out.push_back({"quadrant-thread-not-joined", T.Declared,
                     "thread '" + T.Variable + "' can be destroyed while joinable, which calls "
                     "std::terminate; join() or detach() it on every path",
                     {{T.Exit, "'" + T.Variable + "' is still joinable when " + T.How}},
                     Fn.Name});
}

} // namespace quadrant::checks
