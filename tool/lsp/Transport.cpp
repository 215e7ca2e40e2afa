//===--- Transport.cpp - JSON-RPC messages over a byte stream ---*- C++ -*-===//
#include "lsp/Transport.h"
#include "core/Format.h"
#include "core/JsonNesting.h"
#include "llvm/ADT/StringExtras.h"

namespace quadrant::lsp {

namespace {
/// A larger body is skipped unread rather than held in memory: no editor
/// sends a message this big, so it is garbage or an attack.
constexpr size_t MaxBody = 64 << 20;
/// Header lines are short; a longer one is garbage, kept only this far.
constexpr size_t MaxHeaderLine = 4096;
/// Deeper JSON could overflow the parser's stack; no message of the
/// protocol comes near.
constexpr unsigned MaxDepth = 512;
} // namespace

std::optional<std::string> Transport::readLine() {
  std::string Line;
  int C;
  while ((C = std::fgetc(In)) != EOF) {
    if (C == '\n') {
      if (!Line.empty() && Line.back() == '\r')
        Line.pop_back();
      return Line;
    }
    if (Line.size() < MaxHeaderLine)
      Line.push_back(static_cast<char>(C));
  }
  return std::nullopt;
}

std::optional<llvm::Expected<llvm::json::Value>> Transport::read() {
  std::optional<size_t> Length;
  std::string Problem;
  bool SawHeader = false;
  // Headers, up to the empty line. Only Content-Length matters; the spec's
  // other header, Content-Type, has a single allowed value.
  while (true) {
    std::optional<std::string> Line = readLine();
    if (!Line)
      return std::nullopt;
    if (Line->empty()) {
      if (SawHeader)
        break;
      continue; // blank lines between messages are harmless
    }
    SawHeader = true;
    auto [Name, Value] = llvm::StringRef(*Line).split(':');
    if (Name.size() == Line->size()) {
      Problem = fmt::format("header line without ':': '{}'", llvm::StringRef(*Line).take_front(64));
      continue;
    }
    if (Name.trim().equals_insensitive("Content-Length")) {
      size_t N;
      if (Value.trim().getAsInteger(10, N))
        Problem = fmt::format("Content-Length is not a number: '{}'", Value.trim());
      else
        Length = N;
    }
  }
  if (!Length)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        fmt::format("bad message header: {}", Problem.empty() ? "no Content-Length" : Problem));
  if (*Length > MaxBody) {
    char Discard[4096];
    for (size_t Left = *Length; Left;) {
      size_t Got = std::fread(Discard, 1, std::min(Left, sizeof(Discard)), In);
      if (!Got)
        break;
      Left -= Got;
    }
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        fmt::format("message of {} bytes skipped: the limit is {}", *Length, MaxBody));
  }
  std::string Body(*Length, '\0');
  if (std::fread(Body.data(), 1, *Length, In) != *Length)
    return std::nullopt;
  if (!Problem.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   fmt::format("bad message header: {}", Problem));
  if (jsonNestedTooDeeply(Body, MaxDepth))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        fmt::format("invalid JSON: nested more than {} levels deep", MaxDepth));
  llvm::Expected<llvm::json::Value> Message = llvm::json::parse(Body);
  if (!Message)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        fmt::format("invalid JSON: {}", llvm::toString(Message.takeError())));
  return Message;
}

void Transport::send(const llvm::json::Value &Message) {
  std::string Body;
  llvm::raw_string_ostream(Body) << Message;
  Out << "Content-Length: " << Body.size() << "\r\n\r\n" << Body;
  Out.flush();
}

} // namespace quadrant::lsp
