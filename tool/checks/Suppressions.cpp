//===--- Suppressions.cpp - NOLINT comments, baselines, fingerprints -===//
#include "checks/Suppressions.h"
#include "config/Config.h"
#include "core/Format.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/xxhash.h"
#include <map>

namespace quadrant::checks {

const std::vector<llvm::StringRef> &SourceLines::linesOf(llvm::StringRef File) {
  auto [It, Inserted] = Lines.try_emplace(File);
  if (!Inserted)
    return It->second;
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buffer)
    return It->second;
  llvm::StringRef Text = (*Buffer)->getBuffer();
  Buffers[File] = std::move(*Buffer);
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    It->second.push_back(Line.rtrim('\r'));
    Text = Rest;
  }
  return It->second;
}

llvm::StringRef SourceLines::line(llvm::StringRef File, unsigned N) {
  const auto &L = linesOf(File);
  return N >= 1 && N <= L.size() ? L[N - 1] : llvm::StringRef();
}

unsigned SourceLines::lineCount(llvm::StringRef File) { return linesOf(File).size(); }

void fingerprint(std::vector<Finding> &Findings, SourceLines &Sources) {
  std::map<std::string, unsigned> Seen;
  for (Finding &F : Findings) {
    std::string Key = F.Check + '\0' + F.Loc.File + '\0' + F.Function + '\0' + F.Message + '\0' +
                      Sources.line(F.Loc.File, F.Loc.Line).trim().str();
    unsigned Occurrence = Seen[Key]++;
    Key += '\0' + std::to_string(Occurrence);
    F.Fingerprint = llvm::utohexstr(llvm::xxh3_64bits(llvm::StringRef(Key)), /*LowerCase=*/true);
  }
}

namespace {

/// One NOLINT comment.
struct NoLint {
  enum Kind { SameLine, NextLine, Begin, End } K;
  std::string File;
  unsigned Line;
  unsigned Column;
  std::string Checks; ///< "" = all checks
  bool Used = false;
};

std::vector<NoLint> parseNoLints(llvm::StringRef File, SourceLines &Sources) {
  std::vector<NoLint> Found;
  for (unsigned N = 1, E = Sources.lineCount(File); N <= E; ++N) {
    llvm::StringRef Line = Sources.line(File, N);
    for (size_t At = Line.find("NOLINT"); At != llvm::StringRef::npos;
         At = Line.find("NOLINT", At + 6)) {
      llvm::StringRef Rest = Line.drop_front(At + 6);
      NoLint::Kind K = NoLint::SameLine;
      if (Rest.consume_front("NEXTLINE"))
        K = NoLint::NextLine;
      else if (Rest.consume_front("BEGIN"))
        K = NoLint::Begin;
      else if (Rest.consume_front("END"))
        K = NoLint::End;
      std::string Checks;
      if (Rest.consume_front("(")) {
        size_t Close = Rest.find(')');
        if (Close == llvm::StringRef::npos)
          continue; // malformed: clang-tidy ignores it too
        Checks = Rest.take_front(Close).str();
      }
      Found.push_back({K, File.str(), N, static_cast<unsigned>(At + 1), Checks});
    }
  }
  return Found;
}

bool covers(const NoLint &N, llvm::StringRef Check) {
  return N.Checks.empty() || config::GlobList(N.Checks).contains(Check);
}

bool namesQuadrantCheck(const NoLint &N) {
  if (N.Checks.empty())
    return false;
  for (const CheckInfo &C : allChecks())
    if (config::GlobList(N.Checks).contains(C.Name))
      return true;
  return false;
}

/// Why the quadrant checks a NOLINT comment names are unknown, one message
/// each. Names without the prefix may be another tool's (clang-tidy's), so
/// only "quadrant-..." names are verified.
std::vector<std::string> unknownQuadrantChecks(const NoLint &N) {
  llvm::SmallVector<llvm::StringRef, 4> Names;
  llvm::StringRef(N.Checks).split(Names, ',', -1, /*KeepEmpty=*/false);
  std::string Ours;
  for (llvm::StringRef Name : Names)
    if (Name.trim().starts_with("quadrant-"))
      Ours += Name.trim().str() + ",";
  return config::unknownChecks(Ours, checkNames());
}

} // namespace

void applyNoLint(std::vector<Finding> &Findings, SourceLines &Sources,
                 llvm::ArrayRef<std::string> ScannedFiles, bool ReportUnused) {
  llvm::StringMap<std::vector<NoLint>> ByFile;
  for (const std::string &File : ScannedFiles)
    ByFile.try_emplace(File, parseNoLints(File, Sources));
  for (const Finding &F : Findings)
    if (!ByFile.count(F.Loc.File))
      ByFile.try_emplace(F.Loc.File, parseNoLints(F.Loc.File, Sources));

  auto Suppressed = [&](const Finding &F) {
    std::vector<NoLint> &Comments = ByFile[F.Loc.File];
    bool Result = false;
    std::vector<NoLint *> Open; // NOLINTBEGIN regions open at this line
    for (NoLint &N : Comments) {
      if (N.Line > F.Loc.Line)
        break;
      if (N.K == NoLint::Begin)
        Open.push_back(&N);
      else if (N.K == NoLint::End && !Open.empty())
        Open.pop_back();
      bool Applies = (N.K == NoLint::SameLine && N.Line == F.Loc.Line) ||
                     (N.K == NoLint::NextLine && N.Line + 1 == F.Loc.Line);
      if (Applies && covers(N, F.Check))
        N.Used = Result = true;
    }
    for (NoLint *N : Open)
      if (covers(*N, F.Check))
        N->Used = Result = true;
    return Result;
  };
  std::erase_if(Findings, Suppressed);

  std::vector<std::string> Files;
  for (const auto &Entry : ByFile)
    Files.push_back(Entry.getKey().str());
  llvm::sort(Files);
  for (const std::string &File : Files)
    for (const NoLint &N : ByFile[File]) {
      // A misspelt name suppresses nothing and would do so in silence.
      for (const std::string &Message : unknownQuadrantChecks(N))
        Findings.push_back({"quadrant-unknown-suppression", {N.File, N.Line, N.Column},
                            fmt::format("NOLINT comment: {}", Message), {}, ""});
      if (ReportUnused && !N.Used && N.K != NoLint::End && namesQuadrantCheck(N))
        Findings.push_back({"quadrant-unused-suppression", {N.File, N.Line, N.Column},
                            fmt::format("NOLINT comment for '{}' suppresses nothing", N.Checks),
                            {}, ""});
    }
}

llvm::Expected<std::vector<BaselineEntry>> readBaseline(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), fmt::format("{}: error: {}", Path,
                                                                  Buffer.getError().message()));
  auto Parsed = llvm::json::parse((*Buffer)->getBuffer());
  if (!Parsed)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   fmt::format("{}: error: not a JSON baseline: {}", Path,
                                               llvm::toString(Parsed.takeError())));
  const llvm::json::Object *Root = Parsed->getAsObject();
  const llvm::json::Array *List = Root ? Root->getArray("findings") : nullptr;
  if (!Root || Root->getString("schema") != "quadrant-baseline/1" || !List)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        fmt::format("{}: error: not a quadrant baseline (expected \"schema\": "
                    "\"quadrant-baseline/1\" and a \"findings\" array)",
                    Path));
  std::vector<BaselineEntry> Entries;
  for (const llvm::json::Value &V : *List) {
    const llvm::json::Object *O = V.getAsObject();
    auto Field = [&](llvm::StringRef Key) {
      auto S = O ? O->getString(Key) : std::nullopt;
      return S ? S->str() : std::string();
    };
    Entries.push_back({Field("check"), Field("file"), Field("function"), Field("fingerprint")});
  }
  return Entries;
}

void writeBaseline(llvm::ArrayRef<Finding> Findings, llvm::raw_ostream &OS) {
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("schema", "quadrant-baseline/1");
    J.attributeArray("findings", [&] {
      for (const Finding &F : Findings)
        J.object([&] {
          J.attribute("check", F.Check);
          J.attribute("file", F.Loc.File);
          J.attribute("function", F.Function);
          J.attribute("fingerprint", F.Fingerprint);
        });
    });
  });
  OS << "\n";
}

void applyBaseline(std::vector<Finding> &Findings, llvm::ArrayRef<BaselineEntry> Baseline) {
  std::map<std::tuple<std::string, std::string, std::string, std::string>, unsigned> Known;
  for (const BaselineEntry &E : Baseline)
    ++Known[{E.Check, E.File, E.Function, E.Fingerprint}];
  std::erase_if(Findings, [&](const Finding &F) {
    auto It = Known.find({F.Check, F.Loc.File, F.Function, F.Fingerprint});
    if (It == Known.end() || It->second == 0)
      return false;
    --It->second;
    return true;
  });
}

} // namespace quadrant::checks
