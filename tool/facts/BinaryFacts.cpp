//===--- BinaryFacts.cpp - Facts on disk, compactly --------------*- C++ -*-===//
#include "facts/BinaryFacts.h"
#include "core/Format.h"
#include "facts/FactsIO.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/LEB128.h"
#include <concepts>
#include <limits>

namespace quadrant::facts {

namespace {

/// T is U, or const U: one field list serves the writer (const values) and
/// the reader (values it fills).
template <class T, class U>
concept Like = std::same_as<std::remove_const_t<T>, U>;

// The fields of each struct, in declaration order. IO is a Writer or a
// Reader; a field added to Facts.h and not here is lost in the cache, which
// the round trip in test/cli/binary-facts.test and the fuzz target show.

void fields(auto &IO, Like<SourcePoint> auto &P) { IO(P.File, P.Line, P.Column); }
void fields(auto &IO, Like<SourceSpan> auto &S) { IO(S.Begin, S.End, S.Offset, S.Length); }
void fields(auto &IO, Like<Advice> auto &A) { IO(A.To, A.Text); }
void fields(auto &IO, Like<HeldLock> auto &L) { IO(L.Name, L.Loc); }
void fields(auto &IO, Like<NonBlockingAlternative> auto &A) {
  IO(A.Object, A.Label, A.Reason, A.Advice);
}
void fields(auto &IO, Like<CallExtent> auto &E) {
  IO(E.Call, E.Arguments, E.Statement, E.WholeNanoseconds);
}
void fields(auto &IO, Like<ParameterGuard> auto &G) {
  IO(G.Parameter, G.Name, G.Equal, G.Value, G.ValueSpelling);
}
void fields(auto &IO, Like<ArgumentValue> auto &A) {
  IO(A.Parameter, A.Value, A.CallerParameter, A.Spelling);
}
void fields(auto &IO, Like<LoopCount> auto &C) { IO(C.K, C.Times); }
void fields(auto &IO, Like<ForkChild> auto &C) { IO(C.Begin, C.End, C.Callees, C.AsyncSignalSafe); }
void fields(auto &IO, Like<LoopExtent> auto &L) { IO(L.Begin, L.End); }
void fields(auto &IO, Like<CallSite> auto &S) {
  IO(S.Callee, S.Loc, S.Label, S.RuleId, S.Reason, S.Traits, S.Advice, S.HeldLocks, S.Handlers,
     S.LoopHandlers, S.HandlerSlots, S.PollingLoop, S.PollingLoopAdvice, S.IfNonBlocking,
     S.Relocks, S.Extent, S.Guards, S.Repeats, S.Child, S.EventLoop);
}
void fields(auto &IO, Like<ObjectMark> auto &M) { IO(M.Object, M.Function, M.Loc); }
void fields(auto &IO, Like<ObjectAlias> auto &A) { IO(A.Member, A.Source); }
void fields(auto &IO, Like<CallEdge> auto &E) {
  IO(E.CalleeUSR, E.CalleeName, E.Loc, E.Virtual, E.Awaited, E.Constructs, E.HeldLocks,
     E.Arguments, E.Receiver, E.SummaryApplied, E.Guards, E.Constants, E.ReceiverClasses);
  // ThroughParameter is the linker's, never written.
}
void fields(auto &IO, Like<UnjoinedThread> auto &T) {
  IO(T.Variable, T.Declared, T.Exit, T.How, T.TypeWritten, T.TypeSpan, T.Cxx20, T.Detached,
     T.OnlyThreadMemberUses);
}
void fields(auto &IO, Like<Summary> auto &S) {
  IO(S.LeavesLocked, S.Releases, S.MakesNonBlocking, S.MakesBlocking, S.Kinds,
     S.ReturnsNonBlocking, S.ReturnsKind);
}
void fields(auto &IO, Like<SubjectBinding> auto &B) { IO(B.Key, B.Subject); }
void fields(auto &IO, Like<IndirectCall> auto &C) { IO(C.Slot, C.Spelling, C.Loc); }
void fields(auto &IO, Like<CallableStore> auto &S) {
  IO(S.Slot, S.FunctionUSR, S.FromSlot, S.CallerUSR, S.At);
}
// Partial, SeenIn and UnresolvedCalls are the linker's, never written.
void fields(auto &IO, Like<Function> auto &F) {
  IO(F.USR, F.Name, F.Signature, F.Loc, F.Begin, F.End, F.IsCoroutine, F.HasCoAwait, F.HasCoYield,
     F.HasCoReturn, F.AsioNamespace, F.Declared, F.Overrides, F.Class, F.CallSites, F.Calls,
     F.UnjoinedThreads, F.Effects, F.Subjects, F.ResolvedByName, F.IndirectCalls);
}
void fields(auto &IO, Like<TranslationUnit> auto &TU) {
  IO(TU.MainFile, TU.Functions, TU.NonBlockingObjects, TU.ObjectAliases, TU.Partial,
     TU.FunctionsWithoutFlow, TU.CallableStores, TU.ConstructedClasses);
}

/// The largest value of each enumeration the form holds.
constexpr uint64_t enumLimit(Quadrant) { return uint64_t(Quadrant::AsyncNonBlocking); }
constexpr uint64_t enumLimit(LoopCount::Kind) { return uint64_t(LoopCount::Kind::Unknown); }

uint64_t zigzag(int64_t V) { return (uint64_t(V) << 1) ^ uint64_t(V >> 63); }
int64_t unzigzag(uint64_t V) { return int64_t(V >> 1) ^ -int64_t(V & 1); }

class Writer {
public:
  explicit Writer(llvm::raw_ostream &Body) : Body(Body) {}

  template <class... Ts>
    requires(sizeof...(Ts) > 1)
  void operator()(const Ts &...Values) {
    ((*this)(Values), ...);
  }
  void operator()(const std::string &S) {
    auto [It, New] = Index.try_emplace(S, Strings.size());
    if (New)
      Strings.push_back(It->getKey());
    llvm::encodeULEB128(It->second, Body);
  }
  void operator()(bool B) { Body << char(B); }
  template <std::unsigned_integral T> void operator()(T N) { llvm::encodeULEB128(N, Body); }
  template <std::signed_integral T> void operator()(T N) { llvm::encodeULEB128(zigzag(N), Body); }
  template <class E>
    requires std::is_enum_v<E>
  void operator()(E V) {
    llvm::encodeULEB128(uint64_t(V), Body);
  }
  template <class T> void operator()(const std::optional<T> &O) {
    (*this)(O.has_value());
    if (O)
      (*this)(*O);
  }
  template <class T> void operator()(const std::vector<T> &V) {
    llvm::encodeULEB128(V.size(), Body);
    for (const T &E : V)
      (*this)(E);
  }
  template <class T>
    requires std::is_class_v<T>
  void operator()(const T &Struct) {
    fields(*this, Struct);
  }

  /// The strings met, in the order of their indices.
  llvm::ArrayRef<llvm::StringRef> strings() const { return Strings; }

private:
  llvm::raw_ostream &Body;
  llvm::StringMap<unsigned> Index;
  std::vector<llvm::StringRef> Strings;
};

class Reader {
public:
  Reader(llvm::StringRef Bytes, size_t Start) : Bytes(Bytes), Pos(Start) {}

  template <class... Ts>
    requires(sizeof...(Ts) > 1)
  void operator()(Ts &...Values) {
    ((*this)(Values), ...);
  }
  void operator()(std::string &S) {
    size_t Start = Pos;
    uint64_t I = number();
    if (!Failure && I >= Strings.size())
      fail("a string index out of range", Start);
    if (!Failure)
      S = Strings[I].str();
  }
  void operator()(bool &B) {
    if (!need(1))
      return;
    unsigned char C = Bytes[Pos];
    if (C > 1)
      return fail("a boolean that is neither 0 nor 1", Pos);
    B = C;
    ++Pos;
  }
  template <std::unsigned_integral T> void operator()(T &N) {
    size_t Start = Pos;
    uint64_t V = number();
    if (V > std::numeric_limits<T>::max())
      return fail("a number out of range", Start);
    N = T(V);
  }
  template <std::signed_integral T> void operator()(T &N) {
    size_t Start = Pos;
    int64_t V = unzigzag(number());
    if (V < std::numeric_limits<T>::min() || V > std::numeric_limits<T>::max())
      return fail("a number out of range", Start);
    N = T(V);
  }
  template <class E>
    requires std::is_enum_v<E>
  void operator()(E &V) {
    size_t Start = Pos;
    uint64_t N = number();
    if (N > enumLimit(E{}))
      return fail("an unknown enumerator", Start);
    V = E(N);
  }
  template <class T> void operator()(std::optional<T> &O) {
    bool Present = false;
    (*this)(Present);
    if (Present && !Failure)
      (*this)(O.emplace());
  }
  template <class T> void operator()(std::vector<T> &V) {
    uint64_t N = count();
    V.clear();
    V.reserve(N);
    for (uint64_t I = 0; I < N && !Failure; ++I)
      (*this)(V.emplace_back());
  }
  template <class T>
    requires std::is_class_v<T>
  void operator()(T &Struct) {
    if (!Failure)
      fields(*this, Struct);
  }

  void readStrings() {
    uint64_t N = count();
    Strings.reserve(N);
    for (uint64_t I = 0; I < N && !Failure; ++I) {
      uint64_t Length = number();
      if (need(Length)) {
        Strings.push_back(Bytes.substr(Pos, Length));
        Pos += Length;
      }
    }
  }
  /// The string at the current position, outside the table (the schema).
  llvm::StringRef inlineString() {
    uint64_t Length = number();
    if (!need(Length))
      return {};
    llvm::StringRef S = Bytes.substr(Pos, Length);
    Pos += Length;
    return S;
  }
  bool atEnd() const { return Pos == Bytes.size(); }
  size_t position() const { return Pos; }
  const std::optional<std::string> &failure() const { return Failure; }
  /// Records the first failure, with the offset of the value that failed.
  void fail(llvm::StringRef What, size_t At) {
    if (!Failure)
      Failure = fmt::format("{} at byte {}", What.str(), At);
  }

private:
  bool need(uint64_t N) {
    if (Failure)
      return false;
    if (N > Bytes.size() - Pos) {
      fail("truncated: the data ends early", Pos);
      return false;
    }
    return true;
  }
  /// An unsigned LEB128 number. Decoded here rather than with LLVM's
  /// decodeULEB128, which shifts past 64 bits on an overlong encoding.
  uint64_t number() {
    if (Failure)
      return 0;
    size_t Start = Pos;
    uint64_t V = 0;
    for (unsigned Shift = 0;; Shift += 7) {
      if (Pos == Bytes.size()) {
        fail("truncated: the data ends early", Start);
        return 0;
      }
      uint64_t Slice = static_cast<uint8_t>(Bytes[Pos]) & 0x7f;
      if (Shift >= 64 || (Shift == 63 && Slice > 1)) {
        fail("a malformed number", Start);
        return 0;
      }
      V |= Slice << Shift;
      if (!(static_cast<uint8_t>(Bytes[Pos++]) & 0x80))
        return V;
    }
  }
  /// A number of elements: each takes at least a byte, so more than the
  /// bytes left is corrupt (and must not be allocated).
  uint64_t count() {
    size_t Start = Pos;
    uint64_t N = number();
    if (!Failure && N > Bytes.size() - Pos) {
      fail("truncated: a count larger than the data left", Start);
      return 0;
    }
    return N;
  }

  llvm::StringRef Bytes;
  size_t Pos;
  std::vector<llvm::StringRef> Strings;
  std::optional<std::string> Failure;
};

} // namespace

void writeBinaryFacts(const TranslationUnit &TU, llvm::raw_ostream &OS) {
  std::string Body;
  llvm::raw_string_ostream BodyOS(Body);
  Writer W(BodyOS);
  W(TU);
  OS << BinaryFactsMagic;
  llvm::StringRef Schema(FactsSchema);
  llvm::encodeULEB128(Schema.size(), OS);
  OS << Schema;
  llvm::encodeULEB128(W.strings().size(), OS);
  for (llvm::StringRef S : W.strings()) {
    llvm::encodeULEB128(S.size(), OS);
    OS << S;
  }
  OS << Body;
}

llvm::Expected<TranslationUnit> readBinaryFacts(llvm::StringRef Bytes) {
  auto Error = [](llvm::StringRef What) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   fmt::format("not {} binary facts: {}", FactsSchema, What.str()));
  };
  if (!Bytes.starts_with(BinaryFactsMagic))
    return Error("wrong magic bytes");
  Reader R(Bytes, BinaryFactsMagic.size());
  llvm::StringRef Schema = R.inlineString();
  if (!R.failure() && Schema != FactsSchema)
    return Error(fmt::format("written as schema \"{}\"", llvm::StringRef(Schema).take_front(64).str()));
  R.readStrings();
  TranslationUnit TU;
  R(TU);
  if (!R.failure() && !R.atEnd())
    R.fail("trailing bytes", R.position());
  if (R.failure())
    return Error(*R.failure());
  return TU;
}

} // namespace quadrant::facts
