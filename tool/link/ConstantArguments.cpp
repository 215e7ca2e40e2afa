//===--- ConstantArguments.cpp - Calls whose constants rule code out -*- C++ -*-===//
#include "link/ConstantArguments.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>
#include <map>
#include <tuple>

namespace quadrant::link {

namespace {

/// Constants by parameter, sorted: what one call gives its callee.
using Bindings = std::vector<facts::ArgumentValue>;

/// Clones made through a callee passing its constants on are of depth 2;
/// their own calls only bind the constants written in them.
constexpr unsigned MaxDepth = 2;

class Specializer {
public:
  explicit Specializer(Program &P) : P(P), Base(P.Targets) {}

  void run() {
    for (unsigned F = 0, Written = P.Functions.size(); F < Written; ++F)
      for (unsigned C = 0; C < P.Functions[F].Calls.size(); ++C) {
        std::vector<unsigned> Targets = targetsIn(F, C, {}, 0);
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

  /// What Functions[F].Calls[C] may run when F runs with Given (of depth
  /// Depth): each target, specialized for the constants the call passes.
  std::vector<unsigned> targetsIn(unsigned F, unsigned C, const Bindings &Given, unsigned Depth) {
    const facts::CallEdge &Call = P.Functions[F].Calls[C];
    Bindings Passed;
    bool PassedOn = false;
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
    if (Passed.empty())
      return Base[F][C];
    llvm::sort(Passed, [](const facts::ArgumentValue &A, const facts::ArgumentValue &B) {
      return A.Parameter < B.Parameter;
    });
    std::vector<unsigned> Targets;
    for (unsigned T : Base[F][C])
      Targets.push_back(specialize(T, Passed, PassedOn ? Depth + 1 : 1));
    llvm::sort(Targets);
    Targets.erase(std::unique(Targets.begin(), Targets.end()), Targets.end());
    return Targets;
  }

  /// Functions[T] as run with Given: itself, or a copy without what Given
  /// rules out.
  unsigned specialize(unsigned T, const Bindings &Given, unsigned Depth) {
    std::vector<std::pair<int, int64_t>> Values;
    for (const facts::ArgumentValue &A : Given)
      Values.push_back({A.Parameter, *A.Value});
    auto Key = std::make_tuple(T, std::move(Values), Depth);
    if (auto It = Memo.find(Key); It != Memo.end())
      return It->second;
    Memo[Key] = T; // a recursive call meanwhile runs T itself

    Specialization Made{T, Given, {}};
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
      KeptCalls.push_back(C);
      // P.Functions may grow here: nothing above is used past this point.
      Targets.push_back(targetsIn(T, C, Given, Depth));
      Changed |= Targets.back() != targetsIn(T, C, {}, 0);
    }
    if (Made.RuledOut.empty() && !Changed)
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

  Program &P;
  /// The targets before any specialization, of the written functions.
  const std::vector<std::vector<std::vector<unsigned>>> Base;
  std::map<std::tuple<unsigned, std::vector<std::pair<int, int64_t>>, unsigned>, unsigned> Memo;
};

} // namespace

void specializeForConstantArguments(Program &P) { Specializer(P).run(); }

} // namespace quadrant::link
