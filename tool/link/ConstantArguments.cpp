//===--- ConstantArguments.cpp - Calls whose constants rule code out -*- C++ -*-===//
#include "link/ConstantArguments.h"
#include "link/IndirectCalls.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>
#include <map>
#include <tuple>

namespace quadrant::link {

namespace {

/// Constants by parameter, sorted: what one call gives its callee.
using Bindings = std::vector<facts::ArgumentValue>;
/// Functions by parameter, sorted: what one call passes its callee to call.
using Callables = std::vector<std::pair<int, std::string>>;

/// Clones made through a callee passing its constants on are of depth 2;
/// their own calls only bind the constants written in them.
constexpr unsigned MaxDepth = 2;

class Specializer {
public:
  Specializer(Program &P, const std::vector<facts::CallableStore> &Stores) : P(P), Base(P.Targets) {
    for (const facts::CallableStore &S : Stores)
      if (!S.CallerUSR.empty())
        Arguments[{S.CallerUSR, S.At}].push_back(&S);
  }

  void run() {
    for (unsigned F = 0, Written = P.Functions.size(); F < Written; ++F)
      for (unsigned C = 0; C < P.Functions[F].Calls.size(); ++C) {
        std::vector<unsigned> Targets = targetsIn(F, C, {}, {}, 0);
        P.Targets[F][C] = std::move(Targets);
      }
  }

private:
  /// The test of Guards that Given fails, if any.
  static const facts::ParameterGuard *failedGuard(const std::vector<facts::ParameterGuard> &Guards,
                                                  const Bindings &Given) {
    for (const facts::ParameterGuard &G : Guards)
      for (const facts::ArgumentValue &A : Given)
        if (A.Parameter == G.Parameter && (*A.Value == G.Value) != G.Equal)
          return &G;
    return nullptr;
  }

  /// The functions Functions[F].Calls[C] passes its callee's parameters,
  /// for those it passes only functions (or its own parameters, which
  /// GivenCallables binds).
  Callables callablesPassed(unsigned F, unsigned C, const Callables &GivenCallables, bool &PassedOn) {
    const facts::CallEdge &Call = P.Functions[F].Calls[C];
    auto Stores = Arguments.find({P.Functions[F].USR, Call.Loc});
    if (Stores == Arguments.end())
      return {};
    Callables Passed;
    std::vector<int> Unknown;
    for (const facts::CallableStore *S : Stores->second) {
      int Parameter = parameterIndex(S->Slot, Call.CalleeUSR);
      if (Parameter < 0)
        continue;
      if (!S->FunctionUSR.empty()) {
        Passed.push_back({Parameter, S->FunctionUSR});
        continue;
      }
      int From = parameterIndex(S->FromSlot, P.Functions[F].USR);
      bool Given = false;
      for (const auto &[Bound, USR] : GivenCallables)
        if (Bound == From) {
          Passed.push_back({Parameter, USR});
          Given = PassedOn = true;
        }
      if (!Given)
        Unknown.push_back(Parameter);
    }
    llvm::erase_if(Passed, [&](const auto &B) { return llvm::is_contained(Unknown, B.first); });
    llvm::sort(Passed);
    Passed.erase(std::unique(Passed.begin(), Passed.end()), Passed.end());
    return Passed;
  }

  /// What Functions[F].Calls[C] may run when F runs with Given and
  /// GivenCallables (of depth Depth): each target, specialized for the
  /// constants and functions the call passes.
  std::vector<unsigned> targetsIn(unsigned F, unsigned C, const Bindings &Given,
                                  const Callables &GivenCallables, unsigned Depth) {
    const facts::CallEdge &Call = P.Functions[F].Calls[C];
    Bindings Passed;
    bool PassedOn = false;
    Callables PassedCallables =
        callablesPassed(F, C, Depth == 0 || Depth >= MaxDepth ? Callables() : GivenCallables, PassedOn);
    for (const facts::ArgumentValue &A : Call.Constants) {
      if (A.Value) {
        Passed.push_back(A);
        continue;
      }
      if (Depth == 0 || Depth >= MaxDepth)
        continue;
      auto From = llvm::find_if(Given, [&](const facts::ArgumentValue &G) {
        return A.CallerParameter && G.Parameter == *A.CallerParameter;
      });
      if (From == Given.end())
        continue;
      Passed.push_back({A.Parameter, From->Value, std::nullopt, From->Spelling});
      PassedOn = true;
    }
    if (Passed.empty() && PassedCallables.empty())
      return Base[F][C];
    llvm::sort(Passed, [](const facts::ArgumentValue &A, const facts::ArgumentValue &B) {
      return A.Parameter < B.Parameter;
    });
    std::vector<unsigned> Targets;
    for (unsigned T : Base[F][C])
      Targets.push_back(specialize(T, Passed, PassedCallables, PassedOn ? Depth + 1 : 1));
    llvm::sort(Targets);
    Targets.erase(std::unique(Targets.begin(), Targets.end()), Targets.end());
    return Targets;
  }

  /// The functions GivenCallables binds Call's parameter to, when Call is
  /// a call through a parameter that they bind.
  static std::vector<std::string> boundFunctions(const facts::CallEdge &Call,
                                                 const Callables &GivenCallables) {
    std::vector<std::string> Bound;
    for (const auto &[Parameter, USR] : GivenCallables)
      if (Parameter == Call.ThroughParameter)
        Bound.push_back(USR);
    return Bound;
  }

  /// Functions[T] as run with Given and GivenCallables: itself, or a copy
  /// without what they rule out.
  unsigned specialize(unsigned T, const Bindings &Given, const Callables &GivenCallables,
                      unsigned Depth) {
    std::vector<std::pair<int, int64_t>> Values;
    for (const facts::ArgumentValue &A : Given)
      Values.push_back({A.Parameter, *A.Value});
    auto Key = std::make_tuple(T, std::move(Values), GivenCallables, Depth);
    if (auto It = Memo.find(Key); It != Memo.end())
      return It->second;
    Memo[Key] = T; // a recursive call meanwhile runs T itself

    Specialization Made{T, Given, {}, {}};
    facts::Function Copy;
    std::vector<std::vector<unsigned>> Targets;
    bool Changed = false;
    {
      const facts::Function &Fn = P.Functions[T];
      Copy.CallSites.reserve(Fn.CallSites.size());
      for (const facts::CallSite &S : Fn.CallSites) {
        if (const facts::ParameterGuard *G = failedGuard(S.Guards, Given))
          Made.RuledOut.push_back({S.Callee, S.Loc, *G});
        else
          Copy.CallSites.push_back(S);
      }
    }
    std::vector<unsigned> KeptCalls;
    for (unsigned C = 0; C < P.Functions[T].Calls.size(); ++C) {
      const facts::CallEdge &Call = P.Functions[T].Calls[C];
      if (const facts::ParameterGuard *G = failedGuard(Call.Guards, Given)) {
        Made.RuledOut.push_back({Call.CalleeName, Call.Loc, *G});
        continue;
      }
      if (std::vector<std::string> Bound = boundFunctions(Call, GivenCallables);
          !Bound.empty() && !llvm::is_contained(Bound, Call.CalleeUSR)) {
        noteLeftOut(Made, Call, Bound);
        continue;
      }
      KeptCalls.push_back(C);
      // P.Functions may grow here: nothing above is used past this point.
      Targets.push_back(targetsIn(T, C, Given, GivenCallables, Depth));
      Changed |= Targets.back() != targetsIn(T, C, {}, {}, 0);
    }
    if (Made.RuledOut.empty() && Made.OnlyPassed.empty() && !Changed)
      return T;

    const facts::Function &Fn = P.Functions[T];
    for (unsigned C : KeptCalls)
      Copy.Calls.push_back(Fn.Calls[C]);
    facts::Function Whole = Fn;
    Whole.CallSites = std::move(Copy.CallSites);
    Whole.Calls = std::move(Copy.Calls);
    unsigned Index = P.Functions.size();
    for (unsigned I = 0; I < KeptCalls.size(); ++I)
    {
      if (auto It = P.LeftOutOverriders.find({T, KeptCalls[I]}); It != P.LeftOutOverriders.end())
        P.LeftOutOverriders[{Index, I}] = It->second;
      if (auto It = P.ShownReceivers.find({T, KeptCalls[I]}); It != P.ShownReceivers.end())
        P.ShownReceivers[{Index, I}] = It->second;
    }
    P.Functions.push_back(std::move(Whole));
    P.Targets.push_back(std::move(Targets));
    P.Specializations.push_back(std::move(Made));
    Memo[Key] = Index;
    return Index;
  }

  /// Records that a call through a parameter does not run Call's callee
  /// when the parameter holds only Bound.
  void noteLeftOut(Specialization &Made, const facts::CallEdge &Call,
                   const std::vector<std::string> &Bound) {
    auto Same = llvm::find_if(Made.OnlyPassed, [&](const Specialization::PassedCallable &C) {
      return C.Loc == Call.Loc;
    });
    if (Same == Made.OnlyPassed.end()) {
      Specialization::PassedCallable Passed{Call.Loc, Call.ThroughParameter, {}, 0};
      for (const std::string &USR : Bound)
        if (auto It = P.FunctionsByUSR.find(USR); It != P.FunctionsByUSR.end())
          Passed.Functions.push_back(P.Functions[It->second.front()].Name);
      Made.OnlyPassed.push_back(std::move(Passed));
      Same = std::prev(Made.OnlyPassed.end());
    }
    ++Same->LeftOut;
  }

  Program &P;
  /// The targets before any specialization, of the written functions.
  const std::vector<std::vector<std::vector<unsigned>>> Base;
  /// The functions and slots each call binds to its callee's parameters,
  /// by caller and place.
  std::map<std::pair<std::string, SourcePoint>, std::vector<const facts::CallableStore *>> Arguments;
  std::map<std::tuple<unsigned, std::vector<std::pair<int, int64_t>>, Callables, unsigned>, unsigned>
      Memo;
};

} // namespace

void specializeForConstantArguments(Program &P, const std::vector<facts::CallableStore> &Stores) {
  Specializer(P, Stores).run();
}

} // namespace quadrant::link
