//===--- VirtualCalls.h - What a virtual call may run -----------*- C++ -*-===//
//
//   in:  the merged functions (Overrides, Class) + the classes the program
//        constructs (TranslationUnit::ConstructedClasses)
//   out: for each virtual call, the methods it may run
//
// A virtual call may run the method it names and every overrider in the
// program, but only of a class some object of the program has as its type
// or a base (rapid type analysis): test fakes that only the tests
// construct do not make production code inherit their waits, nor the real
// implementation the tests'. When no candidate's class is constructed in
// the analyzed code (objects made by a library, or in code not analyzed),
// every candidate is kept: the narrowing never leaves a call with nothing.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_LINK_VIRTUALCALLS_H
#define QUADRANT_LINK_VIRTUALCALLS_H

#include "facts/Facts.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <vector>

namespace quadrant::link {

class VirtualDispatch {
public:
  VirtualDispatch(const std::vector<facts::Function> &Functions, llvm::StringSet<> Constructed);

  /// The methods a virtual call of Method may run, given the definitions of
  /// Method itself (Defined). When the caller shows the receiver's class
  /// (facts::CallEdge::ReceiverClasses, nearest first), that is the method
  /// of the nearest of them that has one, and Shown names the receiver's
  /// class; otherwise LeftOut counts the candidates dropped because the
  /// program never constructs their class.
  std::vector<unsigned> targets(llvm::StringRef Method, std::vector<unsigned> Defined,
                                llvm::ArrayRef<std::string> ReceiverClasses, unsigned &LeftOut,
                                std::string &Shown);

private:
  const std::vector<unsigned> &overriders(llvm::StringRef Method);

  const std::vector<facts::Function> &Functions;
  llvm::StringSet<> Constructed;
  llvm::StringMap<std::vector<unsigned>> DirectOverriders, AllOverriders;
};

} // namespace quadrant::link

#endif
