//===--- FactsIO.cpp - Facts on disk ----------------------------*- C++ -*-===//
#include "facts/FactsIO.h"
#include "facts/BinaryFacts.h"
#include "core/Format.h"
#include "core/JsonNesting.h"
#include "llvm/Support/JSON.h"
#include <limits>

namespace quadrant {

namespace {

/// A line or column number: llvm::json reads no unsigned.
bool fromJSONNumber(const llvm::json::Value *V, unsigned &Out, llvm::json::Path Path) {
  std::optional<int64_t> N = V ? V->getAsInteger() : std::nullopt;
  if (!N || *N < 0 || *N > std::numeric_limits<unsigned>::max()) {
    Path.report("expected a line or column number");
    return false;
  }
  Out = static_cast<unsigned>(*N);
  return true;
}

} // namespace

// llvm::json finds these by argument-dependent lookup.
llvm::json::Value toJSON(const SourcePoint &P) {
  return llvm::json::Array{P.File, P.Line, P.Column};
}
llvm::json::Value toJSON(const SourceSpan &S) {
  return llvm::json::Object{
      {"begin", S.Begin}, {"end", S.End}, {"offset", S.Offset}, {"length", S.Length}};
}
bool fromJSON(const llvm::json::Value &V, SourcePoint &P, llvm::json::Path Path) {
  const llvm::json::Array *A = V.getAsArray();
  if (!A || A->size() != 3) {
    Path.report("expected [file, line, column]");
    return false;
  }
  return llvm::json::fromJSON((*A)[0], P.File, Path.index(0)) &&
         fromJSONNumber(&(*A)[1], P.Line, Path.index(1)) &&
         fromJSONNumber(&(*A)[2], P.Column, Path.index(2));
}

bool fromJSON(const llvm::json::Value &V, SourceSpan &S, llvm::json::Path Path) {
  const llvm::json::Object *O = V.getAsObject();
  if (!O) {
    Path.report("expected a span");
    return false;
  }
  llvm::json::ObjectMapper M(V, Path);
  return M.map("begin", S.Begin) && M.map("end", S.End) &&
         fromJSONNumber(O->get("offset"), S.Offset, Path.field("offset")) &&
         fromJSONNumber(O->get("length"), S.Length, Path.field("length"));
}

bool fromJSON(const llvm::json::Value &V, Quadrant &Q, llvm::json::Path Path) {
  std::optional<llvm::StringRef> Name = V.getAsString();
  std::optional<Quadrant> Parsed = Name ? parseQuadrant(*Name) : std::nullopt;
  if (!Parsed) {
    Path.report("expected a quadrant name");
    return false;
  }
  Q = *Parsed;
  return true;
}

llvm::json::Value toJSON(const Advice &A) {
  return llvm::json::Object{{"to", quadrantName(A.To)}, {"text", A.Text}};
}
bool fromJSON(const llvm::json::Value &V, Advice &A, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("to", A.To) && O.map("text", A.Text);
}

namespace facts {

llvm::json::Value toJSON(const HeldLock &L) {
  return llvm::json::Object{{"name", L.Name}, {"loc", L.Loc}};
}
bool fromJSON(const llvm::json::Value &V, HeldLock &L, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("name", L.Name) && O.map("loc", L.Loc);
}

llvm::json::Value toJSON(const NonBlockingAlternative &A) {
  return llvm::json::Object{{"object", A.Object},
                            {"label", quadrantName(A.Label)},
                            {"reason", A.Reason},
                            {"advice", A.Advice}};
}
bool fromJSON(const llvm::json::Value &V, NonBlockingAlternative &A, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("object", A.Object) && O.map("label", A.Label) && O.map("reason", A.Reason) &&
         O.map("advice", A.Advice);
}

llvm::json::Value toJSON(const CallExtent &E) {
  return llvm::json::Object{{"call", E.Call},
                            {"arguments", E.Arguments},
                            {"statement", E.Statement},
                            {"whole_nanoseconds", E.WholeNanoseconds}};
}
bool fromJSON(const llvm::json::Value &V, CallExtent &E, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("call", E.Call) && O.map("arguments", E.Arguments) &&
         O.map("statement", E.Statement) && O.map("whole_nanoseconds", E.WholeNanoseconds);
}

llvm::json::Value toJSON(const ParameterGuard &G) {
  return llvm::json::Object{{"parameter", G.Parameter},
                            {"name", G.Name},
                            {"equal", G.Equal},
                            {"value", G.Value},
                            {"spelling", G.ValueSpelling}};
}
bool fromJSON(const llvm::json::Value &V, ParameterGuard &G, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("parameter", G.Parameter) && O.map("name", G.Name) &&
         O.map("equal", G.Equal) && O.map("value", G.Value) &&
         O.map("spelling", G.ValueSpelling);
}

llvm::json::Value toJSON(const ArgumentValue &A) {
  llvm::json::Object O{{"parameter", A.Parameter}, {"spelling", A.Spelling}};
  if (A.Value)
    O["value"] = *A.Value;
  if (A.CallerParameter)
    O["caller_parameter"] = *A.CallerParameter;
  return O;
}
bool fromJSON(const llvm::json::Value &V, ArgumentValue &A, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("parameter", A.Parameter) && O.map("spelling", A.Spelling) &&
         O.mapOptional("value", A.Value) && O.mapOptional("caller_parameter", A.CallerParameter);
}

llvm::json::Value toJSON(const LoopCount &C) {
  switch (C.K) {
  case LoopCount::Kind::Constant:
    return C.Times;
  case LoopCount::Kind::PerHardwareThread:
    return "hardware_concurrency";
  case LoopCount::Kind::Unknown:
    break;
  }
  return "unknown";
}
bool fromJSON(const llvm::json::Value &V, LoopCount &C, llvm::json::Path P) {
  if (std::optional<llvm::StringRef> Word = V.getAsString()) {
    if (*Word != "hardware_concurrency" && *Word != "unknown") {
      P.report("expected a count, \"hardware_concurrency\" or \"unknown\"");
      return false;
    }
    C.K = *Word == "unknown" ? LoopCount::Kind::Unknown : LoopCount::Kind::PerHardwareThread;
    return true;
  }
  C.K = LoopCount::Kind::Constant;
  return fromJSONNumber(&V, C.Times, P);
}

llvm::json::Value toJSON(const ForkChild &C) {
  return llvm::json::Object{{"begin", C.Begin},
                            {"end", C.End},
                            {"callees", C.Callees},
                            {"async_signal_safe", C.AsyncSignalSafe}};
}
bool fromJSON(const llvm::json::Value &V, ForkChild &C, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("begin", C.Begin) && O.map("end", C.End) && O.map("callees", C.Callees) &&
         O.map("async_signal_safe", C.AsyncSignalSafe);
}

llvm::json::Value toJSON(const LoopExtent &L) {
  return llvm::json::Object{{"begin", L.Begin}, {"end", L.End}};
}
bool fromJSON(const llvm::json::Value &V, LoopExtent &L, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("begin", L.Begin) && O.map("end", L.End);
}

llvm::json::Value toJSON(const CallSite &S) {
  llvm::json::Object O{{"callee", S.Callee},       {"loc", S.Loc},
                       {"label", quadrantName(S.Label)}, {"rule", S.RuleId},
                       {"reason", S.Reason},       {"traits", S.Traits},
                       {"held_locks", S.HeldLocks}, {"handlers", S.Handlers}};
  if (S.PollingLoop)
    O["polling_loop"] = *S.PollingLoop;
  if (!S.PollingLoopAdvice.empty())
    O["polling_loop_advice"] = S.PollingLoopAdvice;
  if (S.IfNonBlocking)
    O["if_nonblocking"] = *S.IfNonBlocking;
  if (S.Relocks)
    O["relocks"] = *S.Relocks;
  if (!S.HandlerSlots.empty())
    O["handler_slots"] = S.HandlerSlots;
  if (!S.LoopHandlers.empty())
    O["loop_handlers"] = S.LoopHandlers;
  if (!S.Advice.empty())
    O["advice"] = S.Advice;
  if (S.Extent)
    O["extent"] = *S.Extent;
  if (!S.Guards.empty())
    O["guards"] = S.Guards;
  if (S.Repeats)
    O["repeats"] = *S.Repeats;
  if (S.Child)
    O["fork_child"] = *S.Child;
  if (S.EventLoop)
    O["event_loop"] = *S.EventLoop;
  return O;
}
bool fromJSON(const llvm::json::Value &V, CallSite &S, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("callee", S.Callee) && O.map("loc", S.Loc) && O.map("label", S.Label) &&
         O.map("rule", S.RuleId) && O.map("reason", S.Reason) && O.map("traits", S.Traits) &&
         O.map("held_locks", S.HeldLocks) && O.map("handlers", S.Handlers) &&
         O.mapOptional("polling_loop", S.PollingLoop) &&
         O.mapOptional("polling_loop_advice", S.PollingLoopAdvice) &&
         O.mapOptional("if_nonblocking", S.IfNonBlocking) && O.mapOptional("advice", S.Advice) &&
         O.mapOptional("relocks", S.Relocks) && O.mapOptional("handler_slots", S.HandlerSlots) &&
         O.mapOptional("loop_handlers", S.LoopHandlers) &&
         O.mapOptional("extent", S.Extent) && O.mapOptional("guards", S.Guards) &&
         O.mapOptional("repeats", S.Repeats) && O.mapOptional("fork_child", S.Child) &&
         O.mapOptional("event_loop", S.EventLoop);
}

llvm::json::Value toJSON(const ObjectMark &M) {
  return llvm::json::Object{{"object", M.Object}, {"function", M.Function}, {"loc", M.Loc}};
}
bool fromJSON(const llvm::json::Value &V, ObjectMark &M, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("object", M.Object) && O.map("function", M.Function) && O.map("loc", M.Loc);
}

llvm::json::Value toJSON(const ObjectAlias &A) {
  return llvm::json::Object{{"member", A.Member}, {"source", A.Source}};
}
bool fromJSON(const llvm::json::Value &V, ObjectAlias &A, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("member", A.Member) && O.map("source", A.Source);
}

llvm::json::Value toJSON(const CallEdge &E) {
  llvm::json::Object O{{"usr", E.CalleeUSR},   {"name", E.CalleeName},
                       {"loc", E.Loc},         {"virtual", E.Virtual},
                       {"awaited", E.Awaited}, {"held_locks", E.HeldLocks}};
  if (!E.Arguments.empty())
    O["arguments"] = E.Arguments;
  if (!E.Receiver.empty())
    O["receiver"] = E.Receiver;
  if (E.SummaryApplied)
    O["summary_applied"] = true;
  if (E.Constructs)
    O["constructs"] = true;
  if (!E.Guards.empty())
    O["guards"] = E.Guards;
  if (!E.Constants.empty())
    O["constants"] = E.Constants;
  if (!E.ReceiverClasses.empty())
    O["receiver_classes"] = E.ReceiverClasses;
  return O;
}
bool fromJSON(const llvm::json::Value &V, CallEdge &E, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("usr", E.CalleeUSR) && O.map("name", E.CalleeName) && O.map("loc", E.Loc) &&
         O.map("virtual", E.Virtual) && O.map("awaited", E.Awaited) &&
         O.map("held_locks", E.HeldLocks) && O.mapOptional("arguments", E.Arguments) &&
         O.mapOptional("receiver", E.Receiver) &&
         O.mapOptional("summary_applied", E.SummaryApplied) &&
         O.mapOptional("constructs", E.Constructs) && O.mapOptional("guards", E.Guards) && O.mapOptional("constants", E.Constants) &&
         O.mapOptional("receiver_classes", E.ReceiverClasses);
}

llvm::json::Value toJSON(const Summary &S) {
  return llvm::json::Object{{"leaves_locked", S.LeavesLocked},
                            {"releases", S.Releases},
                            {"makes_nonblocking", S.MakesNonBlocking},
                            {"makes_blocking", S.MakesBlocking},
                            {"kinds", S.Kinds},
                            {"returns_nonblocking", S.ReturnsNonBlocking},
                            {"returns_kind", S.ReturnsKind}};
}
bool fromJSON(const llvm::json::Value &V, Summary &S, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("leaves_locked", S.LeavesLocked) && O.map("releases", S.Releases) &&
         O.map("makes_nonblocking", S.MakesNonBlocking) &&
         O.map("makes_blocking", S.MakesBlocking) && O.map("kinds", S.Kinds) &&
         O.map("returns_nonblocking", S.ReturnsNonBlocking) &&
         O.map("returns_kind", S.ReturnsKind);
}

llvm::json::Value toJSON(const SubjectBinding &B) {
  return llvm::json::Object{{"key", B.Key}, {"subject", B.Subject}};
}
bool fromJSON(const llvm::json::Value &V, SubjectBinding &B, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("key", B.Key) && O.map("subject", B.Subject);
}

llvm::json::Value toJSON(const IndirectCall &C) {
  return llvm::json::Object{{"slot", C.Slot}, {"spelling", C.Spelling}, {"loc", C.Loc}};
}
bool fromJSON(const llvm::json::Value &V, IndirectCall &C, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("slot", C.Slot) && O.map("spelling", C.Spelling) && O.map("loc", C.Loc);
}

llvm::json::Value toJSON(const CallableStore &S) {
  llvm::json::Object O{{"slot", S.Slot}, {"function", S.FunctionUSR}, {"from", S.FromSlot}};
  if (!S.CallerUSR.empty()) {
    O["caller"] = S.CallerUSR;
    O["at"] = S.At;
  }
  return O;
}
bool fromJSON(const llvm::json::Value &V, CallableStore &S, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("slot", S.Slot) && O.map("function", S.FunctionUSR) &&
         O.map("from", S.FromSlot) && O.mapOptional("caller", S.CallerUSR) &&
         O.mapOptional("at", S.At);
}

llvm::json::Value toJSON(const UnjoinedThread &T) {
  llvm::json::Object O{{"variable", T.Variable},
                       {"declared", T.Declared},
                       {"exit", T.Exit},
                       {"how", T.How},
                       {"type_written", T.TypeWritten},
                       {"cxx20", T.Cxx20},
                       {"detached", T.Detached},
                       {"only_thread_member_uses", T.OnlyThreadMemberUses}};
  if (T.TypeSpan)
    O["type_span"] = *T.TypeSpan;
  return O;
}
bool fromJSON(const llvm::json::Value &V, UnjoinedThread &T, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("variable", T.Variable) && O.map("declared", T.Declared) &&
         O.map("exit", T.Exit) && O.map("how", T.How) &&
         O.mapOptional("type_written", T.TypeWritten) &&
         O.mapOptional("type_span", T.TypeSpan) && O.mapOptional("cxx20", T.Cxx20) &&
         O.mapOptional("detached", T.Detached) &&
         O.mapOptional("only_thread_member_uses", T.OnlyThreadMemberUses);
}

llvm::json::Value toJSON(const Function &F) {
  llvm::json::Object O{{"usr", F.USR},
                       {"name", F.Name},
                       {"signature", F.Signature},
                       {"loc", F.Loc},
                       {"begin", F.Begin},
                       {"end", F.End},
                       {"coroutine", F.IsCoroutine},
                       {"co_await", F.HasCoAwait},
                       {"co_yield", F.HasCoYield},
                       {"co_return", F.HasCoReturn},
                       {"asio_namespace", F.AsioNamespace},
                       {"overrides", F.Overrides},
                       {"call_sites", F.CallSites},
                       {"calls", F.Calls},
                       {"unjoined_threads", F.UnjoinedThreads},
                       {"resolved_by_name", F.ResolvedByName},
                       {"indirect_calls", F.IndirectCalls}};
  if (!F.Effects.empty())
    O["effects"] = F.Effects;
  if (!F.Subjects.empty())
    O["subjects"] = F.Subjects;
  if (!F.Class.empty())
    O["class"] = F.Class;
  if (F.Declared)
    O["declared"] = quadrantName(*F.Declared);
  return O;
}
bool fromJSON(const llvm::json::Value &V, Function &F, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("usr", F.USR) && O.map("name", F.Name) && O.map("signature", F.Signature) &&
         O.map("loc", F.Loc) && O.mapOptional("begin", F.Begin) &&
         O.mapOptional("end", F.End) && O.map("coroutine", F.IsCoroutine) &&
         O.map("co_await", F.HasCoAwait) && O.map("co_yield", F.HasCoYield) &&
         O.map("co_return", F.HasCoReturn) && O.mapOptional("asio_namespace", F.AsioNamespace) &&
         O.mapOptional("declared", F.Declared) &&
         O.map("overrides", F.Overrides) && O.map("call_sites", F.CallSites) &&
         O.map("calls", F.Calls) && O.map("unjoined_threads", F.UnjoinedThreads) &&
         O.mapOptional("effects", F.Effects) && O.mapOptional("subjects", F.Subjects) &&
         O.mapOptional("class", F.Class) &&
         O.mapOptional("resolved_by_name", F.ResolvedByName) &&
         O.mapOptional("indirect_calls", F.IndirectCalls);
}

void writeFacts(const TranslationUnit &TU, llvm::raw_ostream &OS) {
  llvm::json::Value Doc = llvm::json::Object{{"schema", FactsSchema},
                                             {"main_file", TU.MainFile},
                                             {"partial", TU.Partial},
                                             {"functions_without_flow", TU.FunctionsWithoutFlow},
                                             {"functions", TU.Functions},
                                             {"nonblocking_objects", TU.NonBlockingObjects},
                                             {"object_aliases", TU.ObjectAliases},
                                             {"callable_stores", TU.CallableStores},
                                             {"constructed_classes", TU.ConstructedClasses}};
  OS << Doc << "\n";
}

void writeFacts(const TranslationUnit &TU, FactsForm Form, llvm::raw_ostream &OS) {
  if (Form == FactsForm::Binary)
    writeBinaryFacts(TU, OS);
  else
    writeFacts(TU, OS);
}

/// Facts nest eight levels deep (core/JsonNesting.h says why there is a limit).
constexpr unsigned MaxFactsDepth = 64;

llvm::Expected<TranslationUnit> readFacts(llvm::StringRef Text) {
  if (Text.starts_with(BinaryFactsMagic))
    return readBinaryFacts(Text);
  if (jsonNestedTooDeeply(Text, MaxFactsDepth))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        fmt::format("not a {} document (nested more than {} levels deep)", FactsSchema,
                    MaxFactsDepth));
  llvm::Expected<llvm::json::Value> Doc = llvm::json::parse(Text);
  if (!Doc)
    return Doc.takeError();
  const llvm::json::Object *Root = Doc->getAsObject();
  if (!Root || Root->getString("schema") != FactsSchema)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        fmt::format("not a {} document (wrong or missing \"schema\")", FactsSchema));
  TranslationUnit TU;
  llvm::json::Path::Root R("facts");
  llvm::json::ObjectMapper O(*Doc, R);
  int64_t WithoutFlow = 0;
  if (!(O && O.map("main_file", TU.MainFile) && O.map("partial", TU.Partial) &&
        O.map("functions_without_flow", WithoutFlow) &&
        O.map("functions", TU.Functions) &&
        O.map("nonblocking_objects", TU.NonBlockingObjects) &&
        O.map("object_aliases", TU.ObjectAliases) &&
        O.mapOptional("callable_stores", TU.CallableStores) &&
        O.mapOptional("constructed_classes", TU.ConstructedClasses)))
    return R.getError();
  if (WithoutFlow < 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "\"functions_without_flow\" is negative");
  TU.FunctionsWithoutFlow = static_cast<unsigned>(WithoutFlow);
  return TU;
}

} // namespace facts
} // namespace quadrant
