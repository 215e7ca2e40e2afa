//===--- RuleLoader.cpp - Reading rules/*.yaml ------------------*- C++ -*-===//
//
// The YAML schema lives here as llvm::yaml traits, and only here; docs/rules.md
// describes it for people. Errors are captured from the YAML parser with their
// file:line:col and returned, never printed from the library.
//
//===----------------------------------------------------------------------===//
#include "rules/RuleSet.h"
#include "core/DidYouMean.h"
#include "core/Format.h"
#include "core/YamlNesting.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"
#include <algorithm>

using namespace quadrant;
using namespace quadrant::rules;

namespace {

/// State shared by the traits while one file is read.
struct LoadContext {
  /// Rule id -> file that defined it, for the current layer (built-in or user).
  llvm::StringMap<std::string> *SeenIds;
  std::string File;
};

/// A label as written in YAML: one of the four quadrants, or "none".
struct LabelValue {
  std::optional<Quadrant> Value;
};

struct RuleFile {
  std::vector<Rule> Rules;
};

/// One entry of a list of indices: `destroys-elements` (template
/// arguments), `loop-handler-args` (call arguments).
struct ElementIndex {
  unsigned Value = 0;
};

/// `advice:` as written in YAML: a mapping from quadrant to wordings.
struct AdviceMap {
  std::vector<RuleAdvice> Items;
};

/// A piece of advice as written: one text, or a list of {where, text}
/// wordings of which the first whose conditions hold is given.
struct AdviceWordings {
  std::string Text;
  std::vector<AdviceText> Items;

  std::vector<AdviceText> take() {
    if (!Text.empty())
      Items.insert(Items.begin(), AdviceText{{}, std::move(Text)});
    return std::move(Items);
  }
};

/// A mapping where advice's text or list of wordings belongs: an error.
struct MisshapenAdvice {};

/// An error for the first trait that is not a known one, or "".
std::string unknownTrait(llvm::ArrayRef<std::string> Traits) {
  for (const std::string &Trait : Traits)
    if (llvm::find(KnownTraits, Trait) == std::end(KnownTraits)) {
      std::vector<llvm::StringRef> Known(std::begin(KnownTraits), std::end(KnownTraits));
      return fmt::format("unknown trait '{}'; expected one of {}{}", Trait,
                         fmt::join(Known, ", "), didYouMean(Trait, Known));
    }
  return {};
}

/// The four quadrant spellings, for messages and "did you mean".
std::vector<llvm::StringRef> quadrantSpellings() {
  std::vector<llvm::StringRef> Known;
  for (const char *const *N = quadrantNames(); *N; ++N)
    Known.push_back(*N);
  return Known;
}

/// An error for a condition on the surroundings among Where, or "".
std::string contextConditionIn(llvm::ArrayRef<Condition> Where, llvm::StringRef Place) {
  for (const Condition &C : Where)
    if (isContextCondition(C))
      return ("'" + Place +
              "' cannot look at the surroundings (language, coroutines, declares, "
              "loop-mentions): they choose advice's wording, not a label")
          .str();
  return {};
}

/// An error for wordings that cannot all be given, or "": an empty text, or
/// a wording after one without conditions, which always wins.
std::string badWordings(llvm::ArrayRef<AdviceText> Texts, const llvm::Twine &What) {
  if (Texts.empty())
    return (What + " is empty").str();
  for (size_t I = 0; I < Texts.size(); ++I) {
    if (llvm::StringRef(Texts[I].Text).trim().empty())
      // One text written alone is the advice itself.
      return (What + (Texts.size() == 1 && Texts[I].Where.empty() ? " is empty"
                                                                  : " has an empty 'text'"))
          .str();
    if (Texts[I].Where.empty() && I + 1 < Texts.size())
      return (What + ": a wording without 'where' always applies, so it must be the last").str();
  }
  return {};
}

/// An error for advice that cannot apply to a site labeled Label, or "".
std::string badAdvice(llvm::ArrayRef<RuleAdvice> Items, std::optional<Quadrant> Label) {
  if (Items.empty())
    return {};
  if (!Label)
    return "a site labeled 'none' is not reported, so it takes no 'advice'";
  for (const RuleAdvice &A : Items) {
    if (A.To == *Label)
      return fmt::format("'advice' for {}, the label itself; advice says how to move the call "
                         "to another quadrant",
                         quadrantName(A.To));
    if (std::string Error = badWordings(A.Texts, fmt::format("the 'advice' for {}", quadrantName(A.To)));
        !Error.empty())
      return Error;
  }
  return {};
}

} // namespace

LLVM_YAML_IS_SEQUENCE_VECTOR(quadrant::rules::Rule)
LLVM_YAML_IS_SEQUENCE_VECTOR(quadrant::rules::Condition)
LLVM_YAML_IS_SEQUENCE_VECTOR(quadrant::rules::Case)
LLVM_YAML_IS_SEQUENCE_VECTOR(quadrant::rules::DescriptorMark)
LLVM_YAML_IS_SEQUENCE_VECTOR(quadrant::rules::AdviceText)
LLVM_YAML_IS_FLOW_SEQUENCE_VECTOR(ElementIndex)

namespace llvm::yaml {

template <> struct ScalarTraits<LabelValue> {
  static void output(const LabelValue &L, void *, raw_ostream &OS) {
    OS << (L.Value ? quadrantName(*L.Value) : "none");
  }
  static StringRef input(StringRef Scalar, void *, LabelValue &L) {
    if (Scalar == "none") {
      L.Value = std::nullopt;
      return {};
    }
    if ((L.Value = parseQuadrant(Scalar)))
      return {};
    // The returned message must outlive this call; the parser copies it at once.
    static thread_local std::string Message;
    std::vector<StringRef> Known = quadrantSpellings();
    Known.insert(Known.begin(), "none");
    Message = fmt::format("unknown label '{}'; expected one of {}{}", Scalar,
                          fmt::join(Known, ", "), didYouMean(Scalar, Known));
    return Message;
  }
  static QuotingType mustQuote(StringRef) { return QuotingType::None; }
};

template <> struct MappingTraits<AdviceText> {
  static void mapping(IO &Io, AdviceText &T) {
    Io.mapOptional("where", T.Where);
    Io.mapRequired("text", T.Text);
  }
};

template <> struct MappingTraits<MisshapenAdvice> {
  static void mapping(IO &Io, MisshapenAdvice &) {
    Io.setError("advice is a text, or a list of {where, text} wordings of which the first "
                "whose conditions hold is given");
  }
};

template <> struct PolymorphicTraits<AdviceWordings> {
  static NodeKind getKind(const AdviceWordings &W) {
    return W.Items.size() == 1 && W.Items.front().Where.empty() ? NodeKind::Scalar
                                                                : NodeKind::Sequence;
  }
  static std::string &getAsScalar(AdviceWordings &W) {
    if (!W.Items.empty())
      W.Text = W.Items.front().Text;
    return W.Text;
  }
  static std::vector<AdviceText> &getAsSequence(AdviceWordings &W) { return W.Items; }
  static MisshapenAdvice &getAsMap(AdviceWordings &) {
    static thread_local MisshapenAdvice Misshapen;
    return Misshapen;
  }
};

template <> struct CustomMappingTraits<AdviceMap> {
  static void inputOne(IO &Io, StringRef Key, AdviceMap &M) {
    std::optional<Quadrant> To = parseQuadrant(Key);
    if (!To) {
      std::vector<StringRef> Known = quadrantSpellings();
      Io.setError(fmt::format("unknown quadrant '{}' in 'advice'; expected one of {}{}", Key,
                              fmt::join(Known, ", "), didYouMean(Key, Known)));
      return;
    }
    AdviceWordings W;
    Io.mapRequired(Key.str().c_str(), W);
    M.Items.push_back(RuleAdvice{*To, W.take()});
  }
  static void output(IO &Io, AdviceMap &M) {
    for (RuleAdvice &A : M.Items) {
      AdviceWordings W{{}, A.Texts};
      Io.mapRequired(quadrantName(A.To).str().c_str(), W);
    }
  }
};

/// Reads `advice:` into Items, in quadrant order whatever the YAML's order.
static void mapAdvice(IO &Io, std::vector<RuleAdvice> &Items) {
  AdviceMap M{Items};
  Io.mapOptional("advice", M);
  llvm::sort(M.Items, [](const RuleAdvice &A, const RuleAdvice &B) { return A.To < B.To; });
  Items = std::move(M.Items);
}

template <> struct ScalarTraits<ElementIndex> {
  static void output(const ElementIndex &I, void *Ctx, raw_ostream &OS) {
    ScalarTraits<unsigned>::output(I.Value, Ctx, OS);
  }
  static StringRef input(StringRef Scalar, void *Ctx, ElementIndex &I) {
    return ScalarTraits<unsigned>::input(Scalar, Ctx, I.Value);
  }
  static QuotingType mustQuote(StringRef) { return QuotingType::None; }
};

template <> struct ScalarEnumerationTraits<SiteKind> {
  static void enumeration(IO &Io, SiteKind &K) {
    Io.enumCase(K, "call", SiteKind::Call);
    Io.enumCase(K, "construct", SiteKind::Construct);
    Io.enumCase(K, "destroy", SiteKind::Destroy);
    Io.enumCase(K, "keyword", SiteKind::Keyword);
    Io.enumCase(K, "directive", SiteKind::Directive);
  }
};

template <> struct MappingTraits<Condition> {
  using P = Condition::Predicate;
  struct NamedList {
    const char *Key;
    P Kind;
  };
  static constexpr NamedList ListPredicates[] = {{"mentions", P::Mentions},
                                                 {"type", P::HasType},
                                                 {"parameter-type", P::ParameterType},
                                                 {"receiver-type", P::ReceiverType},
                                                 {"receiver-template-arg", P::ReceiverTemplateArg},
                                                 {"descriptor-kind", P::DescriptorKind},
                                                 {"language", P::Language},
                                                 {"declares", P::Declares},
                                                 {"loop-mentions", P::LoopMentions}};
  static constexpr NamedList FlagPredicates[] = {{"zero", P::Zero},
                                                 {"nonzero", P::NonZero},
                                                 {"null", P::Null},
                                                 {"nonblocking-fd", P::NonBlockingFd},
                                                 {"nonblocking-receiver", P::NonBlockingReceiver},
                                                 {"absent", P::Absent},
                                                 {"discarded", P::Discarded},
                                                 {"already-held", P::AlreadyHeld},
                                                 {"unwaited-async-result", P::UnwaitedAsyncResult},
                                                 {"coroutines", P::Coroutines}};

  static void mapping(IO &Io, Condition &C) {
    Io.mapOptional("arg", C.Arg);
    Io.mapOptional("field", C.Field, std::string());
    Io.mapOptional("not", C.Negated, false);
    if (Io.outputting()) {
      for (const auto &L : ListPredicates)
        if (C.Kind == L.Kind)
          Io.mapRequired(L.Key, C.Names);
      for (const auto &F : FlagPredicates)
        if (C.Kind == F.Kind) {
          bool True = true;
          Io.mapRequired(F.Key, True);
        }
      return;
    }
    unsigned Seen = 0;
    for (const auto &L : ListPredicates) {
      std::optional<std::vector<std::string>> Names;
      Io.mapOptional(L.Key, Names);
      if (Names) {
        ++Seen;
        C.Kind = L.Kind;
        C.Names = std::move(*Names);
      }
    }
    for (const auto &F : FlagPredicates) {
      std::optional<bool> Flag;
      Io.mapOptional(F.Key, Flag);
      if (Flag) {
        if (!*Flag) {
          Io.setError(
              fmt::format("'{}' only takes 'true'; leave the condition out instead", F.Key));
          return;
        }
        ++Seen;
        C.Kind = F.Kind;
      }
    }
    if (Seen == 0)
      return Io.setError("a condition needs one of: mentions, type, parameter-type, receiver-type, "
                         "receiver-template-arg, descriptor-kind, zero, nonzero, null, nonblocking-fd, "
                         "nonblocking-receiver, absent, discarded, already-held, "
                         "unwaited-async-result, language, coroutines, declares, loop-mentions");
    if (Seen > 1)
      return Io.setError("a condition takes exactly one predicate; list several conditions "
                         "under 'where' to require them all");
    bool TakesArg = C.Kind == P::Mentions || C.Kind == P::Zero || C.Kind == P::NonZero ||
                    C.Kind == P::Null || C.Kind == P::NonBlockingFd || C.Kind == P::Absent ||
                    C.Kind == P::HasType || C.Kind == P::ParameterType ||
                    C.Kind == P::DescriptorKind;
    if (C.Kind == P::Language)
      for (const std::string &Language : C.Names)
        if (Language != "c" && Language != "c++")
          return Io.setError("unknown language '" + Language +
                             "' in 'language'; expected c or c++" +
                             didYouMean(Language, {"c++", "c"}));
    if (!C.Field.empty() && C.Kind != P::Mentions)
      Io.setError("'field' goes with 'mentions' only");
    else if (TakesArg && !C.Arg)
      Io.setError("this condition looks at an argument: add 'arg: <index>'");
    else if (!TakesArg && C.Arg)
      Io.setError("this condition does not look at an argument: remove 'arg'");
  }
};

template <> struct MappingTraits<Case> {
  static void mapping(IO &Io, Case &C) {
    Io.mapRequired("where", C.Where);
    LabelValue L{C.Label};
    Io.mapRequired("label", L);
    C.Label = L.Value;
    Io.mapRequired("reason", C.Reason);
    Io.mapOptional("traits", C.Traits);
    mapAdvice(Io, C.Advice);
  }
  static std::string validate(IO &Io, Case &C) {
    if (Io.outputting())
      return {};
    if (C.Where.empty())
      return "a case needs at least one condition under 'where'";
    if (std::string Error = contextConditionIn(C.Where, "where"); !Error.empty())
      return "a case's " + Error;
    if (std::string Error = badAdvice(C.Advice, C.Label); !Error.empty())
      return Error;
    return unknownTrait(C.Traits);
  }
};

template <> struct MappingTraits<DescriptorMark> {
  static void mapping(IO &Io, DescriptorMark &M) {
    Io.mapOptional("where", M.Where);
    Io.mapOptional("descriptor-arg", M.DescriptorArg);
    Io.mapOptional("receiver", M.OnReceiver, false);
    Io.mapOptional("kind", M.Kind, std::string());
  }
  static std::string validate(IO &Io, DescriptorMark &M) {
    if (!Io.outputting() && M.OnReceiver && M.DescriptorArg)
      return "a mark names one descriptor: 'descriptor-arg' or 'receiver: true', not both";
    return {};
  }
};

template <> struct MappingTraits<NamedCallee> {
  static void mapping(IO &Io, NamedCallee &N) {
    Io.mapRequired("arg", N.Arg);
    Io.mapRequired("prefixes", N.Prefixes);
  }
  static std::string validate(IO &Io, NamedCallee &N) {
    if (!Io.outputting() && N.Prefixes.empty())
      return "'acts-as' needs at least one prefix under 'prefixes' (\"SYS_\" for syscall)";
    return {};
  }
};

template <> struct MappingTraits<Rule> {
  static void mapIndices(IO &Io, const char *Key, std::vector<unsigned> &Indices) {
    std::vector<ElementIndex> Wrapped;
    for (unsigned I : Indices)
      Wrapped.push_back({I});
    Io.mapOptional(Key, Wrapped);
    Indices.clear();
    for (ElementIndex I : Wrapped)
      Indices.push_back(I.Value);
  }

  static void mapping(IO &Io, Rule &R) {
    Io.mapRequired("id", R.Id);
    Io.mapOptional("kind", R.Kind, SiteKind::Call);
    Io.mapRequired("names", R.Names);
    Io.mapOptional("where", R.Where);
    LabelValue L{R.Label};
    Io.mapRequired("label", L);
    R.Label = L.Value;
    Io.mapRequired("reason", R.Reason);
    Io.mapOptional("traits", R.Traits);
    Io.mapOptional("cases", R.Cases);
    Io.mapOptional("marks-nonblocking", R.MarksNonBlocking);
    Io.mapOptional("marks-blocking", R.MarksBlocking);
    Io.mapOptional("descriptor-kinds", R.DescriptorKinds);
    mapIndices(Io, "destroys-elements", R.DestroysElements);
    Io.mapOptional("try-success", R.TrySuccess);
    Io.mapOptional("acts-as", R.ActsAs);
    Io.mapOptional("handler-members", R.HandlerMembers);
    mapIndices(Io, "loop-handler-args", R.LoopHandlerArgs);
    mapAdvice(Io, R.Advice);
    std::optional<AdviceWordings> Polling;
    if (!R.PollingLoopAdvice.empty())
      Polling = AdviceWordings{{}, R.PollingLoopAdvice};
    Io.mapOptional("polling-loop-advice", Polling);
    R.PollingLoopAdvice = Polling ? Polling->take() : std::vector<AdviceText>();
    if (Polling && !Io.outputting())
      if (std::string Error = badWordings(R.PollingLoopAdvice, "'polling-loop-advice'");
          !Error.empty())
        Io.setError("rule '" + R.Id + "': " + Error);
  }

  static std::string validate(IO &Io, Rule &R) {
    if (Io.outputting())
      return {};
    if (R.Id.empty())
      return "a rule needs a non-empty 'id'";
    if (R.Names.empty())
      return fmt::format("rule '{}' needs at least one name under 'names'", R.Id);
    auto InRule = [&](llvm::StringRef Why) { return fmt::format("rule '{}': {}", R.Id, Why); };
    for (const std::string &Name : R.Names) {
      llvm::StringRef N(Name);
      if (R.Kind == SiteKind::Directive) {
        if (!N.starts_with("omp ") || N.contains("  ") || N.ends_with(" "))
          return InRule(fmt::format(
              "'{}' is not an OpenMP directive (write 'omp parallel for')", Name));
      } else if (N.empty() || N.starts_with("::") || N.ends_with("::") || N.contains(' ')) {
        return InRule(fmt::format(
            "'{}' is not a qualified name (write 'read' or 'std::thread::join')", Name));
      }
    }
    if (std::string Error = unknownTrait(R.Traits); !Error.empty())
      return InRule(Error);
    std::string Context = contextConditionIn(R.Where, "where");
    for (const auto *Marks : {&R.MarksNonBlocking, &R.MarksBlocking, &R.DescriptorKinds})
      for (const DescriptorMark &M : *Marks)
        if (Context.empty())
          Context = contextConditionIn(M.Where, "where");
    if (!Context.empty())
      return InRule(Context);
    for (const DescriptorMark &M : R.MarksNonBlocking)
      if (!M.Kind.empty())
        return InRule("'kind' belongs under 'descriptor-kinds', not 'marks-nonblocking'");
    for (const DescriptorMark &M : R.MarksBlocking)
      if (!M.Kind.empty())
        return InRule("'kind' belongs under 'descriptor-kinds', not 'marks-blocking'");
    for (const DescriptorMark &M : R.DescriptorKinds)
      if (M.Kind.empty())
        return InRule("each entry of 'descriptor-kinds' needs a 'kind'");
    if (!R.PollingLoopAdvice.empty() && !llvm::is_contained(R.Traits, "sleeps") &&
        !llvm::is_contained(R.Traits, "polls"))
      return InRule("'polling-loop-advice' needs the trait sleeps or polls (only their loops poll)");
    if (!R.HandlerMembers.empty() && !llvm::is_contained(R.Traits, "runs-handler-on-loop"))
      return InRule("'handler-members' needs the trait runs-handler-on-loop");
    if (!R.LoopHandlerArgs.empty() && !llvm::is_contained(R.Traits, "runs-on-pool") &&
        !llvm::is_contained(R.Traits, "spawns-thread"))
      return InRule("'loop-handler-args' needs the trait runs-on-pool or spawns-thread (the "
                    "other callables run there)");
    if (R.ActsAs && R.Kind != SiteKind::Call)
      return InRule("'acts-as' needs 'kind: call'");
    if (!R.DestroysElements.empty() && R.Kind != SiteKind::Destroy)
      return InRule("'destroys-elements' needs 'kind: destroy'");
    if (std::string Error = badAdvice(R.Advice, R.Label); !Error.empty())
      return InRule(Error);
    // A case with the rule's outcome gives the same advice unless it says
    // otherwise (validated above, with the case).
    for (Case &C : R.Cases)
      if (C.Advice.empty() && C.Label == R.Label)
        C.Advice = R.Advice;
    auto *Ctx = static_cast<LoadContext *>(Io.getContext());
    auto [It, Inserted] = Ctx->SeenIds->try_emplace(R.Id, Ctx->File);
    if (!Inserted)
      return fmt::format("duplicate rule id '{}' (first defined in {})", R.Id, It->second);
    R.SourceFile = Ctx->File;
    return {};
  }
};

template <> struct MappingTraits<RuleFile> {
  static void mapping(IO &Io, RuleFile &F) { Io.mapRequired("rules", F.Rules); }
};

} // namespace llvm::yaml

namespace {

/// Every loader error reads "file[:line:col]: error: message", as the
/// parser's own diagnostics do, so editors and people parse them alike.
llvm::Error fileError(llvm::StringRef Path, std::error_code EC) {
  return llvm::createStringError(EC, fmt::format("{}: error: {}", Path, EC.message()));
}

void captureDiagnostic(const llvm::SMDiagnostic &Diag, void *Out) {
  llvm::raw_string_ostream OS(*static_cast<std::string *>(Out));
  Diag.print(nullptr, OS, /*ShowColors=*/false);
}

llvm::Error parseRules(llvm::MemoryBufferRef Buffer, llvm::StringRef Path,
                       llvm::StringMap<std::string> &SeenIds, std::vector<Rule> &Out) {
  if (llvm::Error E = checkYamlNesting(Buffer))
    return E;
  LoadContext Ctx{&SeenIds, Path.str()};
  std::string Diagnostics;
  RuleFile File;
  llvm::yaml::Input In(Buffer, &Ctx, captureDiagnostic, &Diagnostics);
  In >> File;
  if (In.error()) {
    if (Diagnostics.empty())
      Diagnostics = fmt::format("{}: error: {}", Path, In.error().message());
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   llvm::StringRef(Diagnostics).rtrim());
  }
  for (Rule &R : File.Rules)
    Out.push_back(std::move(R));
  return llvm::Error::success();
}

llvm::Error readRuleFile(llvm::StringRef Path, llvm::StringMap<std::string> &SeenIds,
                         std::vector<Rule> &Out) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return fileError(Path, Buffer.getError());
  return parseRules((*Buffer)->getMemBufferRef(), Path, SeenIds, Out);
}

/// Expands a path argument into the rule files it names, in a stable order.
llvm::Expected<std::vector<std::string>> ruleFilesIn(llvm::StringRef Path) {
  llvm::sys::fs::file_status Status;
  if (std::error_code EC = llvm::sys::fs::status(Path, Status))
    return fileError(Path, EC);
  if (!llvm::sys::fs::is_directory(Status))
    return std::vector<std::string>{Path.str()};
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Path, EC), End; It != End && !EC; It.increment(EC))
    if (llvm::sys::path::extension(It->path()) == ".yaml")
      Files.push_back(It->path());
  if (EC)
    return fileError(Path, EC);
  std::sort(Files.begin(), Files.end());
  return Files;
}

llvm::Error readLayer(llvm::ArrayRef<std::string> Paths, std::vector<Rule> &Out) {
  llvm::StringMap<std::string> SeenIds;
  for (const std::string &Path : Paths) {
    auto Files = ruleFilesIn(Path);
    if (!Files)
      return Files.takeError();
    for (const std::string &File : *Files)
      if (llvm::Error E = readRuleFile(File, SeenIds, Out))
        return E;
  }
  return llvm::Error::success();
}

} // namespace

llvm::Expected<RuleSet> quadrant::rules::loadRuleSet(llvm::ArrayRef<std::string> Builtin,
                                                     llvm::ArrayRef<std::string> User) {
  std::vector<Rule> Rules, UserRules;
  if (llvm::Error E = readLayer(Builtin, Rules))
    return std::move(E);
  if (llvm::Error E = readLayer(User, UserRules))
    return std::move(E);
  // A user rule with a built-in id replaces it where it stood, keeping the
  // order of the database stable; other user rules come after the built-ins.
  llvm::StringMap<size_t> Position;
  for (size_t I = 0; I < Rules.size(); ++I)
    Position[Rules[I].Id] = I;
  for (Rule &R : UserRules) {
    auto It = Position.find(R.Id);
    if (It != Position.end())
      Rules[It->second] = std::move(R);
    else
      Rules.push_back(std::move(R));
  }
  return RuleSet(std::move(Rules));
}

llvm::Expected<std::vector<Rule>> quadrant::rules::parseRuleFile(llvm::StringRef Text,
                                                                 llvm::StringRef Name) {
  llvm::StringMap<std::string> SeenIds;
  std::vector<Rule> Rules;
  if (llvm::Error E = parseRules(llvm::MemoryBufferRef(Text, Name), Name, SeenIds, Rules))
    return std::move(E);
  return Rules;
}

void quadrant::rules::writeRuleFile(llvm::ArrayRef<Rule> Rules, llvm::raw_ostream &OS) {
  RuleFile File{std::vector<Rule>(Rules.begin(), Rules.end())};
  llvm::yaml::Output Out(OS);
  Out << File;
}
