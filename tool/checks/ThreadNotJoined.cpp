//===--- ThreadNotJoined.cpp - quadrant-thread-not-joined -------*- C++ -*-===//
//
// Destroying a joinable std::thread calls std::terminate.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckUtils.h"

namespace quadrant::checks {

namespace {

/// std::jthread in place of std::thread joins on every path out of the
/// scope. Only where that is all it changes: C++20 (it exists), a thread
/// never detached (a jthread would join it instead), and used only through
/// members both classes share (a std::jthread is not a std::thread to
/// assign, move or pass on).
std::optional<FixIt> useJThread(const facts::UnjoinedThread &T) {
  llvm::StringRef Written = T.TypeWritten;
  if (!T.TypeSpan || !T.Cxx20 || T.Detached || !T.OnlyThreadMemberUses ||
      !(Written == "std::thread" || Written == "::std::thread"))
    return std::nullopt;
  // "std::thread" or "::std::thread" becomes the same spelling of jthread.
  return FixIt{fmt::format("declare '{}' as std::jthread, which joins in its destructor",
                           T.Variable),
               {{*T.TypeSpan, fmt::format("{}jthread", Written.drop_back(6))}}};
}

} // namespace

void runThreadNotJoined(const CheckInput &In, std::vector<Finding> &Out) {
  for (const facts::Function &Fn : In.Program.writtenFunctions())
    for (const facts::UnjoinedThread &T : Fn.UnjoinedThreads) {
      Finding F{"quadrant-thread-not-joined", T.Declared,
                fmt::format("thread '{}' can be destroyed while joinable, which calls "
                            "std::terminate; join() or detach() it on every path",
                            T.Variable),
                {{T.Exit, fmt::format("'{}' is still joinable when {}", T.Variable, T.How)}},
                Fn.Name};
      F.Fix = useJThread(T);
      Out.push_back(std::move(F));
    }
}

} // namespace quadrant::checks
