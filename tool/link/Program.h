//===--- Program.h - The whole program, linked ------------------*- C++ -*-===//
//
//   in:  facts::TranslationUnit from any number of TUs (any order)
//   out: Program: each function once, every call edge resolved
//
// Functions are merged by USR (an inline function or template seen by several
// TUs is one function) and sorted by location, so the result does not depend
// on the order or grouping of the inputs. A virtual call resolves to the
// method and to every overrider defined in the analyzed code whose class the
// program constructs (link/VirtualCalls.h). A call site on
// a data member or global that any function makes non-blocking takes its
// non-blocking label (facts::CallSite::IfNonBlocking).
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_LINK_PROGRAM_H
#define QUADRANT_LINK_PROGRAM_H

#include "facts/Facts.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include <map>
#include <vector>

namespace quadrant::link {

/// A copy of a function for the calls whose constant arguments rule out
/// part of its body (link/ConstantArguments.h).
struct Specialization {
  unsigned Original = 0;
  /// The constants, by parameter, as the call that gave them spells them.
  std::vector<facts::ArgumentValue> Arguments;
  /// A call site or call of the original that the constants rule out, and
  /// the test of a parameter it needs that they fail.
  struct RuledOutCall {
    std::string Callee;
    SourcePoint Loc;
    facts::ParameterGuard Guard;
  };
  std::vector<RuledOutCall> RuledOut;
  /// A call through a parameter that runs only the functions this call
  /// passes it, and how many of the original's targets it leaves out.
  struct PassedCallable {
    SourcePoint Loc;
    int Parameter = -1;
    std::vector<std::string> Functions;
    unsigned LeftOut = 0;
  };
  std::vector<PassedCallable> OnlyPassed;
};

struct Program {
  /// The functions written in the program, then their specializations,
  /// which only calls reach: listings, and checks that look at each
  /// function's own code, stop at written().
  std::vector<facts::Function> Functions;
  std::vector<Specialization> Specializations; ///< of Functions[written() + I]
  unsigned written() const { return Functions.size() - Specializations.size(); }
  llvm::ArrayRef<facts::Function> writtenFunctions() const { return {Functions.data(), written()}; }
  bool isSpecialization(unsigned F) const { return F >= written(); }
  /// The written function F is, or is a specialization of.
  unsigned original(unsigned F) const {
    return F < written() ? F : Specializations[F - written()].Original;
  }
  /// Targets[F][C]: the functions that Functions[F].Calls[C] may run, as
  /// indices into Functions. Empty when the callee is not defined in the
  /// analyzed code.
  std::vector<std::vector<std::vector<unsigned>>> Targets;
  /// Functions by USR (the same USR at different places: several entries).
  llvm::StringMap<llvm::SmallVector<unsigned, 1>> FunctionsByUSR;
  /// For a virtual call (function, call index) that rapid type analysis
  /// narrowed: how many overriders it left out (link/VirtualCalls.h).
  std::map<std::pair<unsigned, unsigned>, unsigned> LeftOutOverriders;
  /// For a virtual call whose receiver the caller shows: its class.
  std::map<std::pair<unsigned, unsigned>, std::string> ShownReceivers;
  /// Main files of the TUs whose facts are incomplete (compile errors).
  std::vector<std::string> PartialFiles;
};

Program linkProgram(std::vector<facts::TranslationUnit> Units);

} // namespace quadrant::link

#endif
