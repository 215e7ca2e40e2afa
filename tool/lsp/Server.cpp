//===--- Server.cpp - quadrant as a language server -------------*- C++ -*-===//
#include "lsp/Server.h"
#include "core/Format.h"
#include "lsp/CodeActions.h"
#include "lsp/Protocol.h"
#include "lsp/Transport.h"
#include "report/ContextText.h"
#include "report/Report.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <unistd.h>

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

namespace quadrant::lsp {

namespace {

/// A request that fails: answered with this code and message.
class ResponseError : public llvm::ErrorInfo<ResponseError> {
public:
  static char ID;
  ResponseError(int Code, std::string Message) : Code(Code), Message(std::move(Message)) {}
  void log(llvm::raw_ostream &OS) const override { OS << Message; }
  std::error_code convertToErrorCode() const override { return llvm::inconvertibleErrorCode(); }

  int Code;
  std::string Message;
};
char ResponseError::ID;

llvm::Error invalidParams(const llvm::Twine &Message) {
  return llvm::make_error<ResponseError>(InvalidParams, Message.str());
}

/// The path of params.textDocument.uri.
llvm::Expected<std::string> documentPath(const Value *Params) {
  const Object *P = Params ? Params->getAsObject() : nullptr;
  const Object *Doc = P ? P->getObject("textDocument") : nullptr;
  std::optional<llvm::StringRef> URI = Doc ? Doc->getString("uri") : std::nullopt;
  if (!URI)
    return invalidParams("params.textDocument.uri is missing");
  llvm::Expected<std::string> Path = uriToPath(*URI);
  if (!Path)
    return invalidParams(llvm::toString(Path.takeError()));
  return Path;
}

bool isLambda(const facts::Function &Fn) {
  return llvm::StringRef(Fn.Name).contains("(lambda at ");
}

/// Whether the name written at P, on its line of Text, covers byte Column
/// (1-based) of line Line.
bool covers(const SourceText &Text, const SourcePoint &P, unsigned Line, unsigned Column) {
  if (P.Line != Line)
    return false;
  auto [Begin, End] = Text.nameSpan(P);
  return Column > Begin && Column <= End;
}

/// Files' texts, each read once per answer.
class Texts {
public:
  const SourceText &operator()(const std::string &Path) {
    auto It = Read.find(Path);
    if (It == Read.end())
      It = Read.emplace(Path, SourceText::fromFile(Path)).first;
    return It->second;
  }

private:
  std::map<std::string, SourceText> Read;
};

class Server {
public:
  Server(Transport &T, Workspace &W) : T(T), W(W) {}

  int run() {
    while (std::optional<llvm::Expected<Value>> Message = T.read()) {
      if (!*Message) {
        // The id of a message that cannot be read is unknown: null, as
        // JSON-RPC says.
        replyError(nullptr, ParseError, llvm::toString(Message->takeError()));
        continue;
      }
      handle(**Message);
      if (ExitStatus)
        return *ExitStatus;
      if (T.outputFailed())
        return 1;
    }
    return ShutdownRequested ? 0 : 1;
  }

private:
  void handle(const Value &Message) {
    const Object *M = Message.getAsObject();
    if (!M)
      return replyError(nullptr, InvalidRequest, "a message must be a JSON object");
    const Value *Id = M->get("id");
    std::optional<llvm::StringRef> Method = M->getString("method");
    if (!Method) {
      // A response to a request of ours: the server sends none.
      if (Id && (M->get("result") || M->get("error")))
        return;
      return replyError(Id ? *Id : nullptr, InvalidRequest, "the message has no method");
    }
    const Value *Params = M->get("params");
    if (!Id)
      return notification(*Method, Params);
    if (Id->kind() != Value::Number && Id->kind() != Value::String)
      return replyError(nullptr, InvalidRequest, "a request id must be a number or a string");
    llvm::Expected<Value> Result = request(*Method, Params);
    if (Result)
      return send(Object{{"jsonrpc", "2.0"}, {"id", *Id}, {"result", std::move(*Result)}});
    int Code = InvalidRequest;
    std::string Text;
    llvm::handleAllErrors(
        Result.takeError(),
        [&](const ResponseError &E) {
          Code = E.Code;
          Text = E.Message;
        },
        [&](const llvm::ErrorInfoBase &E) { Text = E.message(); });
    replyError(*Id, Code, Text);
  }

  llvm::Expected<Value> request(llvm::StringRef Method, const Value *Params) {
    if (Method == "initialize")
      return initialize(Params);
    if (!Initialized)
      return llvm::make_error<ResponseError>(ServerNotInitialized,
                                             "the server is not initialized yet");
    if (ShutdownRequested)
      return llvm::make_error<ResponseError>(InvalidRequest,
                                             "the server is shutting down: only exit is expected");
    if (Method == "shutdown") {
      ShutdownRequested = true;
      return nullptr;
    }
    if (Method == "textDocument/hover")
      return hover(Params);
    if (Method == "textDocument/codeLens")
      return codeLens(Params);
    if (Method == "textDocument/codeAction")
      return codeAction(Params);
    return llvm::make_error<ResponseError>(MethodNotFound,
                                           fmt::format("method not found: {}", Method));
  }

  void notification(llvm::StringRef Method, const Value *Params) {
    if (Method == "exit") {
      ExitStatus = ShutdownRequested ? 0 : 1;
      return;
    }
    // The protocol drops notifications before initialize; after shutdown
    // there is nothing left to do. $/cancelRequest is ignored: every
    // request is answered before the next message is read.
    if (!Initialized || ShutdownRequested)
      return;
    bool Open = Method == "textDocument/didOpen";
    if (!Open && Method != "textDocument/didSave" && Method != "textDocument/didClose")
      return;
    llvm::Expected<std::string> Path = documentPath(Params);
    if (!Path)
      return log(Notice::Error, fmt::format("{}: {}", Method, llvm::toString(Path.takeError())));
    if (Method == "textDocument/didClose") {
      // Findings of a closed file are the command line's business.
      publish(uriOf(*Path), Array());
      OpenFiles.erase(*Path);
      return;
    }
    if (Open)
      OpenFiles[*Path] = Params->getAsObject()->getObject("textDocument")->getString("uri")->str();
    analyzeAndPublish(*Path, /*Saved=*/!Open);
  }

  llvm::Expected<Value> initialize(const Value *Params) {
    if (Initialized)
      return llvm::make_error<ResponseError>(InvalidRequest, "initialize was already received");
    Initialized = true;
    // UTF-8 positions when the client can take them (LSP 3.17's
    // positionEncodings, or clangd's offsetEncoding): no conversion needed.
    const Object *P = Params ? Params->getAsObject() : nullptr;
    const Object *Caps = P ? P->getObject("capabilities") : nullptr;
    auto Offers = [&](const Array *Encodings) {
      return Encodings && llvm::any_of(*Encodings, [](const Value &E) {
               return E.getAsString() == std::optional<llvm::StringRef>("utf-8");
             });
    };
    const Object *General = Caps ? Caps->getObject("general") : nullptr;
    const Array *ClangdStyle = Caps ? Caps->getArray("offsetEncoding") : nullptr;
    if (Offers(General ? General->getArray("positionEncodings") : nullptr) || Offers(ClangdStyle))
      Encoding = OffsetEncoding::UTF8;
    Object Capabilities{
        {"positionEncoding", encodingName(Encoding)},
        // Analysis is of the file as saved, so edits need not be sent.
        {"textDocumentSync",
         Object{{"openClose", true}, {"change", 0}, {"save", Object{{"includeText", false}}}}},
        {"hoverProvider", true},
        {"codeLensProvider", Object{{"resolveProvider", false}}},
        {"codeActionProvider", Object{{"codeActionKinds", Array{"quickfix"}}}},
    };
    Object Result{{"capabilities", std::move(Capabilities)},
                  {"serverInfo", Object{{"name", "quadrant"}, {"version", QUADRANT_VERSION}}}};
    if (ClangdStyle)
      Result["offsetEncoding"] = encodingName(Encoding);
    return Result;
  }

  void analyzeAndPublish(const std::string &Path, bool Saved) {
    std::vector<Notice> Notices;
    llvm::Expected<Project *> P = W.analyze(Path, Saved, Notices);
    for (const Notice &N : Notices)
      notify(N.Show ? "window/showMessage" : "window/logMessage",
             Object{{"type", static_cast<int>(N.Kind)}, {"message", N.Text}});
    if (!P)
      return notify("window/showMessage",
                    Object{{"type", static_cast<int>(Notice::Error)},
                           {"message", fmt::format("quadrant: {}", llvm::toString(P.takeError()))}});
    if (!*P)
      return publish(uriOf(Path), Array());
    // A change in one file can change the findings of every file of its
    // program: a function that starts to block blocks its callers too.
    for (const auto &[File, URI] : OpenFiles)
      if (W.projectOf(File) == *P)
        publish(URI, diagnostics(**P, File));
  }

  /// Finding F, in the file it is in, as a diagnostic.
  Object diagnosticOf(const checks::Finding &F, Texts &TextOf) {
    Array Related;
    for (const checks::Note &N : F.Notes)
      Related.push_back(
          Object{{"location", Object{{"uri", pathToURI(N.Loc.File)},
                                     {"range", TextOf(N.Loc.File).nameRange(N.Loc, Encoding)}}},
                 {"message", N.Message}});
    Object D{{"range", TextOf(F.Loc.File).nameRange(F.Loc, Encoding)},
             {"severity", F.Error ? 1 : 2},
             {"code", F.Check},
             {"source", "quadrant"},
             {"message", F.Message},
             {"relatedInformation", std::move(Related)}};
    llvm::SmallString<256> Doc(W.options().ChecksDocDir);
    llvm::sys::path::append(Doc, report::shortCheckName(F.Check) + ".md");
    if (llvm::sys::fs::exists(Doc))
      D["codeDescription"] = Object{{"href", pathToURI(Doc)}};
    return D;
  }

  Array diagnostics(const Project &P, const std::string &File) {
    Texts TextOf;
    Array Result;
    for (const checks::Finding &F : P.Findings)
      if (F.Loc.File == File)
        Result.push_back(diagnosticOf(F, TextOf));
    auto Errors = P.CompileErrors.find(File);
    if (Errors != P.CompileErrors.end()) {
      llvm::StringRef First = llvm::StringRef(Errors->second).split('\n').first;
      auto Start = [] { return Object{{"line", 0}, {"character", 0}}; };
      Result.push_back(Object{{"range", Object{{"start", Start()}, {"end", Start()}}},
                              {"severity", 2},
                              {"source", "quadrant"},
                              {"message", fmt::format("analysis is incomplete: the file does not "
                                                      "compile ({}); what parsed is analyzed",
                                                      First)}});
    }
    return Result;
  }

  llvm::Expected<Value> hover(const Value *Params) {
    llvm::Expected<std::string> Path = documentPath(Params);
    if (!Path)
      return Path.takeError();
    const Object *Pos = Params->getAsObject()->getObject("position");
    std::optional<int64_t> Line = Pos ? Pos->getInteger("line") : std::nullopt;
    std::optional<int64_t> Character = Pos ? Pos->getInteger("character") : std::nullopt;
    if (!Line || !Character || *Line < 0 || *Character < 0)
      return invalidParams("params.position needs a line and a character");
    const Project *P = W.projectOf(*Path);
    if (!P)
      return nullptr;
    SourceText Text = SourceText::fromFile(*Path);
    unsigned Line1 = *Line + 1;
    unsigned Column1 = Text.toByte(*Line, *Character, Encoding) + 1;
    auto Answer = [&](std::string Markdown, const SourcePoint &At) -> Value {
      return Object{{"contents", Object{{"kind", "markdown"}, {"value", std::move(Markdown)}}},
                    {"range", Text.nameRange(At, Encoding)}};
    };
    const std::vector<facts::Function> &Functions = P->Program.Functions;
    auto InFile = [&](const SourcePoint &Loc) { return normalizedPath(Loc.File) == *Path; };
    // A definition's name first, then what is called there.
    for (unsigned F = 0; F < P->Program.written(); ++F)
      if (InFile(Functions[F].Loc) && covers(Text, Functions[F].Loc, Line1, Column1))
        return Answer(describeFunction(*P, F), Functions[F].Loc);
    for (unsigned F = 0; F < P->Program.written(); ++F) {
      for (const facts::CallSite &S : Functions[F].CallSites)
        if (InFile(S.Loc) && covers(Text, S.Loc, Line1, Column1))
          return Answer(describeCallSite(S), S.Loc);
      for (unsigned C = 0; C < Functions[F].Calls.size(); ++C) {
        const facts::CallEdge &Call = Functions[F].Calls[C];
        if (!InFile(Call.Loc) || !covers(Text, Call.Loc, Line1, Column1) ||
            P->Program.Targets[F][C].empty())
          continue;
        std::string Markdown;
        for (unsigned Target : P->Program.Targets[F][C])
          Markdown += (Markdown.empty() ? "" : "\n\n---\n\n") + describeFunction(*P, Target);
        return Answer(std::move(Markdown), Call.Loc);
      }
    }
    return nullptr;
  }

  llvm::Expected<Value> codeLens(const Value *Params) {
    llvm::Expected<std::string> Path = documentPath(Params);
    if (!Path)
      return Path.takeError();
    Array Lenses;
    const Project *P = W.projectOf(*Path);
    if (!P)
      return Lenses;
    SourceText Text = SourceText::fromFile(*Path);
    for (unsigned F = 0; F < P->Program.written(); ++F) {
      const facts::Function &Fn = P->Program.Functions[F];
      // A lens over every lambda would bury the code.
      if (normalizedPath(Fn.Loc.File) != *Path || isLambda(Fn))
        continue;
      std::string Title = fmt::format("quadrant: {}", quadrantName(P->Verdicts[F].quadrant()));
      // No command to run: the lens is a label.
      Lenses.push_back(Object{{"range", Text.nameRange(Fn.Loc, Encoding)},
                              {"command", Object{{"title", Title}, {"command", ""}}}});
    }
    return Lenses;
  }

  /// The quick fixes of the findings on the lines of params.range.
  llvm::Expected<Value> codeAction(const Value *Params) {
    llvm::Expected<std::string> Path = documentPath(Params);
    if (!Path)
      return Path.takeError();
    const Object *Range = Params->getAsObject()->getObject("range");
    const Object *Start = Range ? Range->getObject("start") : nullptr;
    const Object *End = Range ? Range->getObject("end") : nullptr;
    std::optional<int64_t> First = Start ? Start->getInteger("line") : std::nullopt;
    std::optional<int64_t> Last = End ? End->getInteger("line") : std::nullopt;
    if (!First || !Last)
      return invalidParams("params.range needs a start and an end line");
    Array Actions;
    const Project *P = W.projectOf(*Path);
    if (!P)
      return Actions;
    Texts TextOf;
    for (const checks::Finding &F : P->Findings) {
      int64_t Line0 = static_cast<int64_t>(F.Loc.Line) - 1;
      if (F.Fix && F.Loc.File == *Path && Line0 >= *First && Line0 <= *Last &&
          F.Fix->Replacements.front().Span.Begin.File == *Path)
        Actions.push_back(
            quickFix(F, uriOf(*Path), TextOf(*Path), Encoding, diagnosticOf(F, TextOf)));
    }
    return Actions;
  }

  /// "`f` → `g` → `read` at net.cpp:6:15: reason [rule]"
  std::string describeChain(const Project &P, unsigned F, bool Blocking) {
    const classify::Verdict &V = P.Verdicts[F];
    const classify::Witness &Wit = Blocking ? V.BlockingWitness : V.AsyncWitness;
    if (Wit.K == classify::Witness::Kind::Coroutine)
      return "it is a coroutine; its caller gets a handle now and the result later";
    classify::Chain Chain = classify::witnessChain(P.Program, P.Verdicts, F, Blocking);
    if (Chain.Links.empty())
      return "";
    std::string S = fmt::format("`{}`", P.Program.Functions[F].Name);
    for (size_t I = 0; I < Chain.Links.size(); ++I) {
      if (Chain.Omitted && I + 1 == Chain.Links.size())
        S += fmt::format(" → … ({} more)", Chain.Omitted);
      S += fmt::format(" → `{}`", Chain.Links[I].Callee);
    }
    const SourcePoint &At = Chain.Links.back().Loc;
    // The file's name is enough in a hover; a click on the diagnostics'
    // related locations opens the whole path.
    S += fmt::format(" at {}:{}:{}", llvm::sys::path::filename(At.File), At.Line, At.Column);
    if (!Wit.ChainEndsInCall) {
      const facts::CallSite &Site = P.Program.Functions[Wit.ChainEnd].CallSites[Wit.ChainEndIndex];
      S += fmt::format(": {} [`{}`]", Site.Reason, Site.RuleId);
    }
    return S;
  }

  std::string describeFunction(const Project &P, unsigned F) {
    const facts::Function &Fn = P.Program.Functions[F];
    const classify::Verdict &V = P.Verdicts[F];
    std::string S = fmt::format("```cpp\n{}\n```\n\n**`{}`** is **{}**", Fn.Signature, Fn.Name,
                                quadrantName(V.quadrant()));
    if (V.PureComputation)
      S += " (pure computation: no blocking or asynchronous call found)";
    else if (std::string Note = classify::unfollowedNote(P.Program, P.Verdicts, F); !Note.empty())
      S += fmt::format(" ({})", Note);
    if (Fn.Partial)
      S += " (incomplete: its file does not compile)";
    S += "\n";
    if (V.Blocking)
      S += fmt::format("\n- blocks: {}", describeChain(P, F, /*Blocking=*/true));
    if (V.Async)
      S += fmt::format("\n- async: {}", describeChain(P, F, /*Blocking=*/false));
    auto FileName = [](llvm::StringRef Path) { return llvm::sys::path::filename(Path).str(); };
    S += fmt::format("\n- runs on: {}", report::runsOn(P.Program, P.Contexts, F, FileName));
    return S;
  }

  static std::string describeCallSite(const facts::CallSite &S) {
    return fmt::format("`{}` is **{}**: {} [`{}`]", S.Callee, quadrantName(S.Label), S.Reason,
                       S.RuleId);
  }

  /// The URI the client named Path by, if it is open.
  std::string uriOf(const std::string &Path) const {
    auto It = OpenFiles.find(Path);
    return It == OpenFiles.end() ? pathToURI(Path) : It->second;
  }

  void send(Value Message) { T.send(Message); }
  void notify(llvm::StringRef Method, Value Params) {
    send(Object{{"jsonrpc", "2.0"}, {"method", Method}, {"params", std::move(Params)}});
  }
  void log(Notice::Type Type, const llvm::Twine &Text) {
    notify("window/logMessage", Object{{"type", static_cast<int>(Type)}, {"message", Text.str()}});
  }
  void publish(llvm::StringRef URI, Array Diagnostics) {
    notify("textDocument/publishDiagnostics",
           Object{{"uri", URI}, {"diagnostics", std::move(Diagnostics)}});
  }
  void replyError(Value Id, int Code, llvm::StringRef Message) {
    send(Object{{"jsonrpc", "2.0"},
                {"id", std::move(Id)},
                {"error", Object{{"code", Code}, {"message", Message}}}});
  }

  Transport &T;
  Workspace &W;
  bool Initialized = false;
  bool ShutdownRequested = false;
  std::optional<int> ExitStatus;
  OffsetEncoding Encoding = OffsetEncoding::UTF16;
  /// The open documents: path to the URI the client named them by.
  std::map<std::string, std::string> OpenFiles;
};

} // namespace

llvm::Expected<int> runServer(ServerOptions Options) {
  Workspace W(std::move(Options));
  if (llvm::Error E = W.loadFixedDatabase())
    return std::move(E);
  // Standard output carries the protocol and nothing else: whatever a
  // library prints there goes to standard error instead.
  int ProtocolFD = ::dup(STDOUT_FILENO);
  if (ProtocolFD < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0)
    return llvm::createStringError(std::error_code(errno, std::generic_category()),
                                   "cannot set up standard output for the protocol");
  llvm::raw_fd_ostream Out(ProtocolFD, /*shouldClose=*/true);
  Transport T(stdin, Out);
  int Status = Server(T, W).run();
  // A client that left while being answered (SIGPIPE ignored) ends the
  // session; the stream must not report it as a crash when it is closed.
  Out.clear_error();
  return Status;
}

} // namespace quadrant::lsp
