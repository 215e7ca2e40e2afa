//===--- Explainer.cpp - One function, explained for a student --*- C++ -*-===//
//
// The words come from three places: the verdict's witness chains, the rules'
// reasons and advice (rules/*.yaml), and a few sentences here that define the
// two axes. No library name is known here; what to change comes from the
// rules alone.
//
//===----------------------------------------------------------------------===//
#include "report/Explainer.h"
#include "core/Format.h"
#include "core/Paths.h"
#include "fix/Fixes.h"
#include "report/ContextText.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include <map>

namespace quadrant::report {

namespace {

//===----------------------------------------------------------------------===//
// Finding the function
//===----------------------------------------------------------------------===//

/// "file:line" or "file:line:column", as compilers and editors print them.
struct Position {
  std::string File;
  unsigned Line = 0;
  std::optional<unsigned> Column;
};

std::optional<Position> parsePosition(llvm::StringRef Target) {
  auto Number = [](llvm::StringRef S) -> std::optional<unsigned> {
    unsigned N;
    if (S.empty() || !llvm::all_of(S, llvm::isDigit) || S.getAsInteger(10, N) || N == 0)
      return std::nullopt;
    return N;
  };
  auto [Head, Last] = Target.rsplit(':');
  std::optional<unsigned> LastNumber = Number(Last);
  // A qualified name has "::" and never ends in ":<digits>".
  if (Head.size() == Target.size() || !LastNumber || Head.empty() || Head.ends_with(":"))
    return std::nullopt;
  auto [File, Middle] = Head.rsplit(':');
  if (std::optional<unsigned> Line = Number(Middle);
      Line && !File.empty() && File.size() < Head.size() && !File.ends_with(":"))
    return Position{File.str(), *Line, LastNumber};
  return Position{Head.str(), *LastNumber, std::nullopt};
}

std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> P(Path);
  llvm::sys::fs::make_absolute(P);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

/// The lines a definition spans; facts from before they were recorded know
/// only the line of the name.
std::pair<SourcePoint, SourcePoint> extent(const facts::Function &Fn) {
  if (Fn.Begin.Line == 0)
    return {Fn.Loc, Fn.Loc};
  return {Fn.Begin, Fn.End};
}

bool contains(const facts::Function &Fn, const Position &At) {
  auto [Begin, End] = extent(Fn);
  if (!At.Column)
    return Begin.Line <= At.Line && At.Line <= End.Line;
  auto Point = std::make_pair(At.Line, *At.Column);
  return std::make_pair(Begin.Line, Begin.Column) <= Point &&
         Point <= std::make_pair(End.Line, End.Column);
}

/// Whether Inner's definition lies inside Outer's (a lambda in a function).
bool nests(const facts::Function &Inner, const facts::Function &Outer) {
  auto [IB, IE] = extent(Inner);
  auto [OB, OE] = extent(Outer);
  return IB.File == OB.File && !(IB < OB) && !(OE < IE);
}

llvm::Error candidatesError(const link::Program &P, const std::vector<unsigned> &Candidates,
                            llvm::StringRef What) {
  PathDisplay Display;
  std::string Message = fmt::format("'{}' names {} functions; name one by its file and line:",
                                    What, Candidates.size());
  for (unsigned F : Candidates) {
    const facts::Function &Fn = P.Functions[F];
    Message += fmt::format("\n  {}:{}: {}", Display(Fn.Loc.File), Fn.Loc.Line, Fn.Signature);
  }
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

llvm::Expected<unsigned> findAt(const link::Program &P, const Position &At) {
  std::string Wanted = absolute(At.File);
  std::string Suffix = "/" + llvm::sys::path::remove_leading_dotslash(At.File).str();
  std::vector<unsigned> SameFile, SameName;
  for (unsigned F = 0; F < P.written(); ++F) {
    const std::string &File = P.Functions[F].Loc.File;
    if (absolute(File) == Wanted)
      SameFile.push_back(F);
    else if (llvm::StringRef(File).ends_with(Suffix))
      SameName.push_back(F);
  }
  // A path that is not relative to here may still name a file by its tail.
  std::vector<unsigned> &InFile = SameFile.empty() ? SameName : SameFile;
  if (InFile.empty())
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        fmt::format("no function defined in '{}' was analyzed; name the file among the "
                    "sources, or check its path",
                    At.File));
  std::vector<unsigned> Around;
  for (unsigned F : InFile)
    if (contains(P.Functions[F], At))
      Around.push_back(F);
  std::string Where = At.Column ? fmt::format("{}:{}:{}", At.File, At.Line, *At.Column)
                                : fmt::format("{}:{}", At.File, At.Line);
  if (Around.empty()) {
    // Name the definition nearest to the line, so the user sees what is there.
    unsigned Nearest = InFile.front();
    auto Distance = [&](unsigned F) {
      auto [Begin, End] = extent(P.Functions[F]);
      return At.Line < Begin.Line ? Begin.Line - At.Line : At.Line - End.Line;
    };
    for (unsigned F : InFile)
      if (Distance(F) < Distance(Nearest))
        Nearest = F;
    auto [Begin, End] = extent(P.Functions[Nearest]);
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        fmt::format("no function is defined at {}; the nearest is '{}', on lines {}-{}", Where,
                    P.Functions[Nearest].Name, Begin.Line, End.Line));
  }
  // The innermost definition: the one every other candidate encloses.
  unsigned Inner = Around.front();
  for (unsigned F : Around)
    if (nests(P.Functions[F], P.Functions[Inner]))
      Inner = F;
  if (llvm::all_of(Around, [&](unsigned F) { return nests(P.Functions[Inner], P.Functions[F]); }))
    return Inner;
  return candidatesError(P, Around, Where);
}

/// Up to three names near Target (by edit distance), nearest first.
std::vector<std::string> nearNames(const link::Program &P, llvm::StringRef Target) {
  unsigned Limit = std::max<unsigned>(2, Target.size() / 3);
  std::map<std::string, unsigned> Best;
  for (const facts::Function &Fn : P.writtenFunctions()) {
    llvm::StringRef Name = Fn.Name;
    llvm::StringRef Unqualified = Name.rsplit("::").second;
    unsigned D = Target.edit_distance(Name, true, Limit + 1);
    if (!Unqualified.empty())
      D = std::min(D, Target.edit_distance(Unqualified, true, Limit + 1));
    if (D <= Limit && (!Best.count(Fn.Name) || D < Best[Fn.Name]))
      Best[Fn.Name] = D;
  }
  std::vector<std::pair<unsigned, std::string>> Sorted;
  for (auto &[Name, D] : Best)
    Sorted.push_back({D, Name});
  llvm::sort(Sorted);
  std::vector<std::string> Names;
  for (auto &[D, Name] : Sorted)
    if (Names.size() < 3)
      Names.push_back(Name);
  return Names;
}

/// "'a'", "'a' or 'b'", "'a', 'b' or 'c'".
std::string alternatives(llvm::ArrayRef<std::string> Names) {
  std::string Out;
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I)
      Out += I + 1 == Names.size() ? " or " : ", ";
    Out += fmt::format("'{}'", Names[I]);
  }
  return Out;
}

//===----------------------------------------------------------------------===//
// What would move it
//===----------------------------------------------------------------------===//

/// Call sites that one piece of advice changes together: in one function,
/// the same callee, rule, label and advice (both get()s of a function).
struct SiteGroup {
  unsigned Function;
  std::vector<unsigned> Sites;
};

SiteGroup groupOf(const link::Program &P, unsigned F, unsigned Site) {
  const std::vector<facts::CallSite> &Sites = P.Functions[F].CallSites;
  auto Key = [](const facts::CallSite &S) {
    return std::tie(S.Callee, S.RuleId, S.Label, S.Advice);
  };
  SiteGroup G{F, {}};
  for (unsigned S = 0; S < Sites.size(); ++S)
    if (Key(Sites[S]) == Key(Sites[Site]))
      G.Sites.push_back(S);
  return G;
}

/// One piece of advice, and where following it would leave the function.
struct Suggestion {
  SiteGroup Group;
  Advice Move;
  Quadrant Result;
  /// When an axis the advice takes away still holds: the call that keeps
  /// it (the end of the new witness chain), and the function that makes it.
  std::optional<classify::ChainLink> StillBy;
  std::string StillIn;
  bool StillBlocking = false; ///< StillBy keeps the blocking axis
};

/// One labeled call site of the program: function, index in its CallSites.
using SiteRef = std::pair<unsigned, unsigned>;

/// The calls that decide F's quadrant: for each axis F has, its own calls
/// with that axis and the call that ends the axis's witness chain in
/// another function; for a function with neither axis, every labeled call
/// of its own (none of them waits or starts work).
std::vector<SiteRef> callsDeciding(const Report &R, unsigned F,
                                   std::optional<bool> OnlyAxis = std::nullopt) {
  const link::Program &P = R.Program;
  const classify::Verdict &V = R.Verdicts[F];
  std::vector<SiteRef> Out;
  auto Add = [&](SiteRef Site) {
    if (!llvm::is_contained(Out, Site))
      Out.push_back(Site);
  };
  const std::vector<facts::CallSite> &Sites = P.Functions[F].CallSites;
  if (!V.Blocking && !V.Async) {
    for (unsigned S = 0; S < Sites.size(); ++S)
      Add({F, S});
    return Out;
  }
  for (bool BlockingAxis : {true, false}) {
    if ((OnlyAxis && *OnlyAxis != BlockingAxis) || !(BlockingAxis ? V.Blocking : V.Async))
      continue;
    for (unsigned S = 0; S < Sites.size(); ++S)
      if (BlockingAxis ? isBlocking(Sites[S].Label) : isAsync(Sites[S].Label))
        Add({F, S});
    const classify::Witness &W = BlockingAxis ? V.BlockingWitness : V.AsyncWitness;
    if (W.K != classify::Witness::Kind::None && W.K != classify::Witness::Kind::Coroutine &&
        !W.ChainEndsInCall)
      Add({W.ChainEnd, W.ChainEndIndex});
  }
  return Out;
}

/// The groups of the calls that decide F and carry advice: advice on a call
/// that does not decide F would not move it off what decides it.
std::vector<SiteGroup> adviceGroups(const Report &R, unsigned F) {
  const link::Program &P = R.Program;
  std::vector<SiteGroup> Groups;
  for (auto [G, Site] : callsDeciding(R, F)) {
    if (P.Functions[G].CallSites[Site].Advice.empty() ||
        llvm::any_of(Groups, [&, G = G, Site = Site](const SiteGroup &Seen) {
          return Seen.Function == G && llvm::is_contained(Seen.Sites, Site);
        }))
      continue;
    Groups.push_back(groupOf(P, G, Site));
  }
  return Groups;
}

/// Whether moving a call From -> To takes one axis away from it.
bool takesAway(Quadrant From, Quadrant To, bool BlockingAxis) {
  return BlockingAxis ? isBlocking(From) && !isBlocking(To) : isAsync(From) && !isAsync(To);
}

std::vector<Suggestion> suggestions(const Report &R, unsigned F) {
  std::vector<SiteGroup> Groups = adviceGroups(R, F);
  if (Groups.empty())
    return {};
  // Relabel the advised calls in a copy of the program and classify it again.
  link::Program Scratch = R.Program;
  std::vector<Suggestion> Out;
  for (const SiteGroup &G : Groups) {
    std::vector<facts::CallSite> &Sites = Scratch.Functions[G.Function].CallSites;
    Quadrant From = Sites[G.Sites.front()].Label;
    for (const Advice &A : Sites[G.Sites.front()].Advice) {
      if (A.To == From)
        continue;
      for (unsigned S : G.Sites)
        Sites[S].Label = A.To;
      std::vector<classify::Verdict> V = classify::classifyProgram(Scratch);
      Suggestion S{G, A, V[F].quadrant(), std::nullopt, "", false};
      // Advice that takes an axis away but leaves it: say what still holds
      // it. Advice that only adds an axis the function already has changes
      // nothing worth saying.
      bool Removes = false;
      for (bool BlockingAxis : {true, false}) {
        if (!takesAway(From, A.To, BlockingAxis))
          continue;
        Removes = true;
        classify::Chain Chain = classify::witnessChain(Scratch, V, F, BlockingAxis);
        if (!S.StillBy && !Chain.Links.empty()) {
          const classify::Witness &W = BlockingAxis ? V[F].BlockingWitness : V[F].AsyncWitness;
          S.StillBy = Chain.Links.back();
          if (W.ChainEnd != F)
            S.StillIn = Scratch.Functions[W.ChainEnd].Name;
          S.StillBlocking = BlockingAxis;
        }
      }
      if (Removes || S.Result != R.Verdicts[F].quadrant())
        Out.push_back(std::move(S));
      for (unsigned Site : G.Sites)
        Sites[Site].Label = From;
    }
  }
  return Out;
}

//===----------------------------------------------------------------------===//
// The text
//===----------------------------------------------------------------------===//

class Writer {
public:
  Writer(const Report &R, unsigned F, llvm::raw_ostream &OS)
      : R(R), P(R.Program), F(F), Fn(P.Functions[F]), V(R.Verdicts[F]), OS(OS) {}

  void write(const std::vector<Suggestion> &Suggestions) {
    headline();
    if (V.PureComputation) {
      section("Why it is sync-nonblocking");
      OS << "  It is pure computation: it makes no call that waits, and none that starts work "
            "elsewhere, directly or through the functions it calls. (Printing with std::cout "
            "or printf is deliberately not counted.)\n";
    } else {
      blockingWhy();
      asyncWhy();
    }
    unknownCallees();
    ruledOut();
    decidingCalls();
    moves(Suggestions);
    findings();
  }

private:
  const Report &R;
  const link::Program &P;
  unsigned F;
  const facts::Function &Fn;
  const classify::Verdict &V;
  llvm::raw_ostream &OS;
  PathDisplay Display;

  std::string at(const SourcePoint &Loc) const { return Display(Loc); }

  void section(llvm::StringRef Title) { print(OS, "\n{}\n", Title); }

  void headline() {
    Quadrant Q = V.quadrant();
    print(OS, "{}: '{}' is {}.", at(Fn.Loc), Fn.Name, quadrantName(Q));
    if (Fn.Partial)
      OS << " (Its file does not compile, so this is based on the part that parsed.)";
    OS << "\n";
    if (isBlocking(Q))
      OS << "  Blocking: the thread that calls it can be made to wait inside it, for "
            "something outside the thread (data, time, a lock, another thread, an event).\n";
    else
      OS << "  Non-blocking: it never makes the thread that calls it wait; every call in "
            "it returns promptly.\n";
    if (isAsync(Q))
      OS << "  Async: part of what it does completes later or elsewhere (on another "
            "thread, as an event, or when a coroutine resumes), not by the time it returns.\n";
    else
      OS << "  Sync: everything it does is complete by the time it returns.\n";
    auto Show = [&](llvm::StringRef File) { return Display(File).str(); };
    print(OS, "  Where: it runs on {}.\n", runsOn(P, R.Contexts, F, Show));
  }

  /// "X calls Y at loc", or "X uses co_await at loc" for a keyword.
  static std::string verb(llvm::StringRef Callee) {
    return Callee.starts_with("co_") ? "uses" : "calls";
  }

  /// The witness chain of one axis, a sentence per call.
  void chain(bool BlockingAxis) {
    const classify::Witness &W = BlockingAxis ? V.BlockingWitness : V.AsyncWitness;
    classify::Chain C = classify::witnessChain(P, R.Verdicts, F, BlockingAxis);
    std::string Caller = Fn.Name;
    for (size_t I = 0; I + 1 < C.Links.size(); ++I) {
      print(OS, "  {} calls {} at {}.\n", Caller, C.Links[I].Callee, at(C.Links[I].Loc));
      Caller = C.Links[I].Callee;
    }
    if (C.Omitted) {
      print(OS, "  ... and so on, through {} more calls ...\n", C.Omitted);
      Caller = P.Functions[W.ChainEnd].Name;
    }
    const classify::ChainLink &Last = C.Links.back();
    if (W.ChainEndsInCall) {
      print(OS,
            "  {0} calls {1} at {2}, and {1} is a coroutine (a function that can suspend and "
            "resume later): calling it returns at once, and its body finishes later.\n",
            Caller, Last.Callee, at(Last.Loc));
      return;
    }
    const facts::CallSite &Site = P.Functions[W.ChainEnd].CallSites[W.ChainEndIndex];
    print(OS, "  {} {} {} at {}, which is {}: {}", Caller, verb(Site.Callee), Site.Callee,
          at(Site.Loc), quadrantName(Site.Label), Site.Reason);
    if (Site.RuleId != "annotation")
      print(OS, " (rule {})", Site.RuleId);
    OS << ".\n";
  }

  void blockingWhy() {
    if (!V.Blocking) {
      section("Why it does not block");
      OS << "  None of its calls waits, directly or through the functions it calls.\n";
      handedOff();
      return;
    }
    section("Why it blocks");
    chain(/*BlockingAxis=*/true);
    if (V.BlockingWitness.ChainLength > 1)
      print(OS, "  These calls all run on the thread that called {}, so that thread waits too.\n",
            Fn.Name);
  }

  /// Blocking functions F hands to another thread or an event loop: their
  /// waiting is not F's, which surprises.
  void handedOff() {
    std::vector<std::string> Said;
    for (const facts::CallSite &Site : Fn.CallSites)
      for (const std::string &USR : Site.Handlers) {
        auto It = P.FunctionsByUSR.find(USR);
        if (It == P.FunctionsByUSR.end())
          continue;
        for (unsigned H : It->second) {
          const std::string &Name = P.Functions[H].Name;
          if (!R.Verdicts[H].Blocking || llvm::is_contained(Said, Name))
            continue;
          Said.push_back(Name);
          print(OS,
                "  It hands {0} to {1} at {2}. {0} blocks, but it runs elsewhere (on another "
                "thread, or later as an event handler), so its waiting does not make {3} "
                "wait.\n",
                Name, Site.Callee, at(Site.Loc), Fn.Name);
        }
      }
  }

  void asyncWhy() {
    if (!V.Async) {
      section("Why it is sync");
      OS << "  None of its calls starts work that finishes later or elsewhere, directly or "
            "through the functions it calls.";
      if (Fn.IsCoroutine)
        OS << " It is a coroutine, but one that only co_yields: a generator, which hands "
              "each value to its caller as soon as it is asked for, so it counts as sync.";
      OS << "\n";
      return;
    }
    section("Why it is async");
    if (V.AsyncWitness.K == classify::Witness::Kind::Coroutine) {
      OS << "  It is a coroutine (a function that can suspend and resume later): calling it "
            "returns at once, and its body finishes later.\n";
      return;
    }
    auto SameLinks = [](const classify::ChainLink &A, const classify::ChainLink &B) {
      return A.Callee == B.Callee && A.Loc == B.Loc;
    };
    classify::Chain Blocking = classify::witnessChain(P, R.Verdicts, F, true);
    classify::Chain Async = classify::witnessChain(P, R.Verdicts, F, false);
    if (llvm::equal(Blocking.Links, Async.Links, SameLinks)) {
      print(OS, "  The same calls make it async: {} is async as well as blocking.\n",
            Async.Links.back().Callee);
      return;
    }
    chain(/*BlockingAxis=*/false);
  }

  /// Calls of functions declared but not defined in the analyzed code: what
  /// quadrant cannot see into, said once.
  void unknownCallees() {
    std::vector<std::string> Names;
    for (unsigned C = 0; C < Fn.Calls.size(); ++C)
      if (P.Targets[F][C].empty() && !llvm::is_contained(Names, Fn.Calls[C].CalleeName))
        Names.push_back(Fn.Calls[C].CalleeName);
    // Virtual calls with no overrider are among Names already.
    std::string Indirect;
    unsigned IndirectCount = 0;
    for (const facts::IndirectCall &Call : Fn.UnresolvedCalls)
      if (!llvm::is_contained(Names, Call.Spelling))
        Indirect += fmt::format("{}'{}' (line {})", IndirectCount++ ? ", " : "", Call.Spelling,
                                Call.Loc.Line);
    if (Names.empty() && !IndirectCount)
      return;
    section("What it cannot see");
    if (IndirectCount)
      print(OS,
            "  It calls through {}, into which the analyzed code stores no function: what {} "
            "is not followed, and the verdict does not cover it.\n",
            Indirect, IndirectCount == 1 ? "that call runs" : "those calls run");
    if (Names.empty())
      return;
    bool One = Names.size() == 1;
    print(OS,
          "  It calls {0}, declared but not defined in the analyzed code. quadrant cannot see "
          "inside {1}, and assumes {2} work elsewhere; analyze the file that defines {1}, or "
          "describe {1} with a rule.\n",
          alternatives(Names), One ? "it" : "them",
          One ? "it neither blocks nor starts" : "they neither block nor start");
  }

  /// Code its calls' constant arguments rule out in the functions they call
  /// (link/ConstantArguments.h): why a blocking callee does not make it block.
  void ruledOut() {
    bool Titled = false;
    std::vector<unsigned> Seen;
    auto Walk = [&](auto &Self, unsigned Caller, const std::string &Through) -> void {
      const facts::Function &From = P.Functions[Caller];
      for (unsigned C = 0; C < From.Calls.size(); ++C)
        for (unsigned T : P.Targets[Caller][C]) {
          if (!P.isSpecialization(T) || llvm::is_contained(Seen, T))
            continue;
          Seen.push_back(T);
          const link::Specialization &S = P.Specializations[T - P.written()];
          const std::string &Callee = P.Functions[T].Name;
          if (!Titled) {
            section("What its constant arguments rule out");
            Titled = true;
          }
          for (const link::Specialization::RuledOutCall &Out : S.RuledOut) {
            const facts::ParameterGuard &G = Out.Guard;
            auto Given = llvm::find_if(S.Arguments, [&](const facts::ArgumentValue &A) {
              return A.Parameter == G.Parameter;
            });
            std::string Value = Given->Spelling.empty() ? fmt::format("{}", *Given->Value)
                                                        : Given->Spelling;
            print(OS,
                  "  {}{} at {} is given {} = {}: its call of {} at {} runs only when {} {} {}, "
                  "so it does not run through this call.\n",
                  Through, Callee, at(From.Calls[C].Loc), G.Name, Value, Out.Callee, at(Out.Loc),
                  G.Name, G.Equal ? "is" : "is not", G.ValueSpelling);
          }
          for (const link::Specialization::PassedCallable &Only : S.OnlyPassed)
            print(OS,
                  "  {}{} at {} is given {} for its parameter {}: its call through that parameter "
                  "at {} runs {} here, not the {} other function{} other calls pass it.\n",
                  Through, Callee, at(From.Calls[C].Loc), alternatives(Only.Functions),
                  Only.Parameter + 1, at(Only.Loc), alternatives(Only.Functions), Only.LeftOut,
                  Only.LeftOut == 1 ? "" : "s");
          Self(Self, T, fmt::format("Through {}, ", Callee));
        }
    };
    Walk(Walk, F, "");
  }

  void decidingCalls() {
    std::vector<ReportedCall> Calls = reportedCalls(R, F);
    if (Calls.empty())
      return;
    section("The calls that decide it ([brackets]: the rule that labeled the call)");
    for (const ReportedCall &Call : Calls) {
      print(OS, "  {}: {} is {}: {}", at(Call.Loc), Call.Callee, quadrantName(Call.Label),
            Call.Reason);
      if (Call.RuleId)
        print(OS, " [{}]", *Call.RuleId);
      OS << "\n";
    }
  }

  /// The lint findings inside the function, as the report prints them, each
  /// with its check's page, where the fix is explained.
  void findings() {
    section("What the checks find in it");
    bool Any = false;
    for (const checks::Finding &Finding : R.Findings) {
      auto [Begin, End] = extent(Fn);
      if (Finding.Function != Fn.Name || absolute(Finding.Loc.File) != absolute(Begin.File) ||
          Finding.Loc.Line < Begin.Line || End.Line < Finding.Loc.Line)
        continue;
      Any = true;
      print(OS, "  {}: {}: {} [{}]\n", at(Finding.Loc), Finding.Error ? "error" : "warning",
            Finding.Message, Finding.Check);
      for (const checks::Note &N : Finding.Notes)
        print(OS, "    {}: note: {}\n", at(N.Loc), N.Message);
      if (!R.ChecksDocDir.empty())
        print(OS, "    How to fix it: {}/{}.md\n", Display(R.ChecksDocDir),
              shortCheckName(Finding.Check));
      if (Finding.Fix) {
        print(OS, "    Fix (quadrant --fix makes it): {}\n", Finding.Fix->Description);
        if (llvm::Error E = fix::writeFixDiff(*Finding.Fix, "      ", OS))
          print(OS, "      (not shown: {})\n", llvm::toString(std::move(E)));
      }
    }
    if (!Any)
      OS << "  Nothing: no enabled check finds a problem in it.\n";
  }

  void moves(const std::vector<Suggestion> &Suggestions) {
    section("What would move it to another quadrant");
    const SiteGroup *Current = nullptr;
    for (const Suggestion &S : Suggestions) {
      const facts::Function &Owner = P.Functions[S.Group.Function];
      const facts::CallSite &First = Owner.CallSites[S.Group.Sites.front()];
      if (!Current || Current->Function != S.Group.Function || Current->Sites != S.Group.Sites) {
        std::vector<std::string> Sites;
        for (unsigned Site : S.Group.Sites)
          Sites.push_back(at(Owner.CallSites[Site].Loc));
        print(OS, "  {} ({}) at {}{}:\n", First.Callee, quadrantName(First.Label),
              fmt::join(Sites, ", "),
              S.Group.Function != F ? fmt::format(", in {}", Owner.Name) : "");
      }
      Current = &S.Group;
      llvm::StringRef Text = S.Move.Text;
      print(OS, "    - To make {} {}: {}{}\n", S.Group.Sites.size() > 1 ? "them" : "it",
            quadrantName(S.Move.To), Text, Text.ends_with(".") ? "" : ".");
      print(OS, "      {} would {} be {}", Fn.Name, S.Result == V.quadrant() ? "still" : "then",
            quadrantName(S.Result));
      if (S.StillBy)
        print(OS, ": {} at {}{} still {}", S.StillBy->Callee, at(S.StillBy->Loc),
              S.StillIn.empty() ? "" : fmt::format(", in {},", S.StillIn),
              S.StillBlocking ? "waits" : "makes it async");
      OS << ".\n";
    }
    bool Unadvised = unadvisedAxes();
    if (V.BlockingWitness.K == classify::Witness::Kind::Call) {
      llvm::StringRef Callee = P.Functions[V.BlockingWitness.Target].Name;
      print(OS,
            "  {} {} to another thread (std::thread or std::async in C++, pthread_create or "
            "thrd_create in C) instead of calling it here: its waiting then happens on that "
            "thread, and {} blocks only where it waits for the result (future.get(), join(), "
            "pthread_join()).\n",
            Suggestions.empty() ? "Hand" : "Or hand", Callee, Fn.Name);
    } else if (Suggestions.empty() && V.PureComputation) {
      OS << "  Nothing: it has no call to change. A call that waits (a read from a blocking "
            "descriptor, sleep_for, future.get()) would make it blocking; starting work "
            "elsewhere (std::thread, std::async) or making it a coroutine would make it async.\n";
    } else if (Suggestions.empty() && !Unadvised) {
      OS << (adviceGroups(R, F).empty()
                 ? "  The rules that label the calls that decide it give no advice for them.\n"
                 : "  None of the advice the rules give for the calls that decide it would change "
                   "its quadrant.\n");
    }
  }

  /// For each axis F has only through calls no rule advises on (close, a
  /// helper that closes): says which calls those are. Returns whether it
  /// said anything.
  bool unadvisedAxes() {
    bool Said = false;
    for (bool BlockingAxis : {true, false}) {
      if (!(BlockingAxis ? V.Blocking : V.Async))
        continue;
      std::vector<SiteRef> Calls = callsDeciding(R, F, BlockingAxis);
      if (Calls.empty() || llvm::any_of(Calls, [&](SiteRef S) {
            return !P.Functions[S.first].CallSites[S.second].Advice.empty();
          }))
        continue;
      constexpr size_t Named = 3;
      OS << "  " << (BlockingAxis ? "It blocks" : "It is async") << " because of ";
      for (size_t I = 0; I < Calls.size() && I < Named; ++I) {
        auto [G, Site] = Calls[I];
        const facts::CallSite &Call = P.Functions[G].CallSites[Site];
        OS << (I == 0 ? "" : I + 1 == Calls.size() ? " and " : ", ") << Call.Callee << " at "
           << at(Call.Loc);
        if (G != F)
          OS << " in " << P.Functions[G].Name;
      }
      if (Calls.size() > Named)
        OS << " and " << Calls.size() - Named << " more calls";
      OS << ", and no rule gives advice for " << (Calls.size() == 1 ? "that call" : "those calls")
         << ": changing its other calls would not change that.\n";
      Said = true;
    }
    return Said;
  }
};

} // namespace

llvm::Expected<unsigned> findFunction(const link::Program &P, llvm::StringRef Target) {
  if (std::optional<Position> At = parsePosition(Target))
    return findAt(P, *At);
  std::vector<unsigned> Exact, Qualified;
  for (unsigned F = 0; F < P.written(); ++F) {
    llvm::StringRef Name = P.Functions[F].Name;
    if (Name == Target)
      Exact.push_back(F);
    else if (Name.ends_with(("::" + Target).str()))
      Qualified.push_back(F);
  }
  std::vector<unsigned> &Found = Exact.empty() ? Qualified : Exact;
  if (Found.size() == 1)
    return Found.front();
  if (Found.size() > 1)
    return candidatesError(P, Found, Target);
  // A function that is called but defined elsewhere has no verdict of its own.
  for (unsigned F = 0; F < P.written(); ++F)
    for (unsigned C = 0; C < P.Functions[F].Calls.size(); ++C)
      if (llvm::StringRef Name = P.Functions[F].Calls[C].CalleeName;
          P.Targets[F][C].empty() && (Name == Target || Name.ends_with(("::" + Target).str())))
        return llvm::createStringError(
            llvm::inconvertibleErrorCode(),
            fmt::format("'{}' is called (by '{}') but not defined in the analyzed code; add "
                        "the file that defines it to the sources",
                        Name, P.Functions[F].Name));
  std::vector<std::string> Near = nearNames(P, Target);
  std::string Message =
      Near.empty()
          ? fmt::format("no function named '{}' was analyzed (quadrant without 'explain' "
                        "lists every function it analyzed)",
                        Target)
          : fmt::format("no function named '{}' was analyzed; did you mean {}?", Target,
                        alternatives(Near));
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

void writeExplanation(const Report &R, unsigned F, llvm::raw_ostream &OS) {
  Writer(R, F, OS).write(suggestions(R, F));
}

void writeExplanationJson(const Report &R, unsigned F, llvm::raw_ostream &OS) {
  std::vector<Suggestion> Suggestions = suggestions(R, F);
  std::string Text;
  llvm::raw_string_ostream TextOS(Text);
  Writer(R, F, TextOS).write(Suggestions);
  const link::Program &P = R.Program;
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("schema", "quadrant-explain/1");
    J.attributeBegin("function");
    writeFunctionJson(J, R, F);
    J.attributeEnd();
    J.attributeArray("advice", [&] {
      for (const Suggestion &S : Suggestions) {
        const facts::Function &Owner = P.Functions[S.Group.Function];
        const facts::CallSite &First = Owner.CallSites[S.Group.Sites.front()];
        J.object([&] {
          J.attribute("callee", First.Callee);
          J.attribute("function", Owner.Name);
          J.attributeArray("sites", [&] {
            for (unsigned Site : S.Group.Sites)
              J.object([&] {
                const SourcePoint &Loc = Owner.CallSites[Site].Loc;
                J.attribute("file", Loc.File);
                J.attribute("line", Loc.Line);
                J.attribute("column", Loc.Column);
              });
          });
          J.attribute("rule", First.RuleId);
          J.attribute("from", quadrantName(First.Label));
          J.attribute("to", quadrantName(S.Move.To));
          J.attribute("advice", S.Move.Text);
          J.attribute("result", quadrantName(S.Result));
          if (!S.StillBy) {
            J.attribute("still", nullptr);
            return;
          }
          J.attributeObject("still", [&] {
            J.attribute("callee", S.StillBy->Callee);
            J.attribute("function", S.StillIn.empty() ? P.Functions[F].Name : S.StillIn);
            J.attribute("file", S.StillBy->Loc.File);
            J.attribute("line", S.StillBy->Loc.Line);
            J.attribute("column", S.StillBy->Loc.Column);
            J.attribute("blocking", S.StillBlocking);
          });
        });
      }
    });
    J.attribute("text", Text);
  });
  OS << "\n";
}

} // namespace quadrant::report
