//===--- Config.cpp - .quadrant.yaml and its command-line twins -*- C++ -*-===//
#include "config/Config.h"
#include "core/DidYouMean.h"
#include "core/Format.h"
#include "core/YamlNesting.h"
#include "rules/Rule.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/YAMLTraits.h"

using namespace quadrant::config;

namespace llvm::yaml {
template <> struct MappingTraits<Config> {
  static void mapping(IO &Io, Config &C) {
    // --dump-config writes every key, empty lists included.
    auto List = [&](const char *Key, std::vector<std::string> &V) {
      if (Io.outputting())
        Io.mapRequired(Key, V);
      else
        Io.mapOptional(Key, V);
    };
    Io.mapOptional("Checks", C.Checks);
    Io.mapOptional("WarningsAsErrors", C.WarningsAsErrors);
    List("Rules", C.Rules);
    List("NonBlockingFunctions", C.NonBlockingFunctions);
    Io.mapOptional("HeaderFilterRegex", C.HeaderFilterRegex);
    List("Exclude", C.Exclude);
  }
};
} // namespace llvm::yaml

namespace quadrant::config {

namespace {

void captureDiagnostic(const llvm::SMDiagnostic &Diag, void *Out) {
  llvm::raw_string_ostream OS(*static_cast<std::string *>(Out));
  Diag.print(nullptr, OS, /*ShowColors=*/false);
}

/// Layers B over A: lists append, glob lists extend (so a later "-x" wins).
void layer(Config &A, const Config &B) {
  auto Extend = [](std::optional<std::string> &Into, const std::optional<std::string> &More) {
    if (More)
      Into = Into && !Into->empty() ? *Into + "," + *More : *More;
  };
  Extend(A.Checks, B.Checks);
  Extend(A.WarningsAsErrors, B.WarningsAsErrors);
  A.Rules.insert(A.Rules.end(), B.Rules.begin(), B.Rules.end());
  A.NonBlockingFunctions.insert(A.NonBlockingFunctions.end(), B.NonBlockingFunctions.begin(),
                                B.NonBlockingFunctions.end());
  if (B.HeaderFilterRegex)
    A.HeaderFilterRegex = B.HeaderFilterRegex;
  A.Exclude.insert(A.Exclude.end(), B.Exclude.begin(), B.Exclude.end());
  if (!B.Directory.empty())
    A.Directory = B.Directory;
}

/// Each glob list of C that names an unknown check, as errors at the node of
/// its value in the YAML it was read from.
llvm::Error verifyChecks(const Config &C, const llvm::MemoryBuffer &Yaml,
                         llvm::ArrayRef<llvm::StringRef> KnownChecks) {
  if (KnownChecks.empty() || (!C.Checks && !C.WarningsAsErrors))
    return llvm::Error::success();
  std::string Errors;
  llvm::raw_string_ostream OS(Errors);
  // The YAML parsed once already, so this pass finds its nodes without
  // errors of its own.
  llvm::SourceMgr SM;
  llvm::yaml::Stream Stream(Yaml.getMemBufferRef(), SM);
  auto *Root = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(Stream.begin()->getRoot());
  if (!Root)
    return llvm::Error::success();
  for (llvm::yaml::KeyValueNode &KV : *Root) {
    auto *Key = llvm::dyn_cast<llvm::yaml::ScalarNode>(KV.getKey());
    llvm::SmallString<32> Storage;
    llvm::StringRef Name = Key ? Key->getValue(Storage) : "";
    const std::optional<std::string> *Globs = Name == "Checks"             ? &C.Checks
                                              : Name == "WarningsAsErrors" ? &C.WarningsAsErrors
                                                                           : nullptr;
    if (!Globs || !*Globs)
      continue;
    llvm::SMRange Range = KV.getValue()->getSourceRange();
    for (const std::string &Message : unknownChecks(**Globs, KnownChecks))
      SM.PrintMessage(OS, Range.Start, llvm::SourceMgr::DK_Error, Message, Range);
  }
  if (Errors.empty())
    return llvm::Error::success();
  return llvm::createStringError(llvm::inconvertibleErrorCode(), llvm::StringRef(Errors).rtrim());
}

} // namespace

Config defaultConfig() {
  Config C;
  C.Checks = "quadrant-*";
  C.WarningsAsErrors = "";
  C.HeaderFilterRegex = ".*";
  return C;
}

llvm::Expected<Config> parseConfig(llvm::StringRef Yaml, llvm::StringRef SourceName,
                                   llvm::StringRef BaseDir,
                                   llvm::ArrayRef<llvm::StringRef> KnownChecks) {
  Config C;
  std::string Diagnostics;
  auto Buffer = llvm::MemoryBuffer::getMemBuffer(Yaml, SourceName);
  if (llvm::Error E = checkYamlNesting(Buffer->getMemBufferRef()))
    return std::move(E);
  llvm::yaml::Input In(Buffer->getMemBufferRef(), nullptr, captureDiagnostic, &Diagnostics);
  In >> C;
  if (In.error()) {
    if (Diagnostics.empty())
      Diagnostics = fmt::format("{}: error: {}", SourceName, In.error().message());
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   llvm::StringRef(Diagnostics).rtrim());
  }
  if (C.HeaderFilterRegex) {
    std::string Error;
    if (!llvm::Regex(*C.HeaderFilterRegex).isValid(Error))
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          fmt::format("{}: error: HeaderFilterRegex '{}' is not a valid regular expression: {}",
                      SourceName, *C.HeaderFilterRegex, Error));
  }
  if (llvm::Error E = verifyChecks(C, *Buffer, KnownChecks))
    return std::move(E);
  for (std::string &Rule : C.Rules)
    if (!llvm::sys::path::is_absolute(Rule)) {
      llvm::SmallString<256> Path(BaseDir);
      llvm::sys::path::append(Path, Rule);
      llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
      Rule = std::string(Path);
    }
  C.Directory = BaseDir.str();
  return C;
}

void writeConfig(const Config &C, llvm::raw_ostream &OS) {
  llvm::yaml::Output Out(OS);
  Config Copy = C;
  Out << Copy;
}

GlobList::GlobList(llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Text.split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    bool Positive = !Part.consume_front("-");
    Part = Part.trim();
    if (!Part.empty())
      Items.push_back({Positive, Part.str()});
  }
}

bool GlobList::matches(llvm::StringRef Glob, llvm::StringRef Name) {
  llvm::StringRef Short = Name;
  Short.consume_front("quadrant-");
  return rules::nameMatches(Glob, Name) || rules::nameMatches(Glob, Short);
}

bool GlobList::contains(llvm::StringRef Name) const {
  for (auto It = Items.rbegin(); It != Items.rend(); ++It)
    if (matches(It->Glob, Name))
      return It->Positive;
  return false;
}

std::vector<std::string> GlobList::unmatched(llvm::ArrayRef<llvm::StringRef> Names) const {
  std::vector<std::string> Globs;
  for (const Item &I : Items)
    if (llvm::none_of(Names, [&](llvm::StringRef N) { return matches(I.Glob, N); }))
      Globs.push_back(I.Glob);
  return Globs;
}

std::vector<std::string> unknownChecks(llvm::StringRef Globs,
                                       llvm::ArrayRef<llvm::StringRef> Known) {
  std::vector<std::string> Messages;
  for (const std::string &Glob : GlobList(Globs).unmatched(Known)) {
    if (llvm::StringRef(Glob).contains('*')) {
      Messages.push_back(fmt::format("check glob '{}' doesn't match any known check", Glob));
      continue;
    }
    // Suggest the name as the user spelled it: with the prefix or without.
    std::vector<llvm::StringRef> Spellings;
    for (llvm::StringRef K : Known)
      Spellings.push_back(llvm::StringRef(Glob).starts_with("quadrant-")
                              ? K
                              : K.drop_front(K.starts_with("quadrant-") ? 9 : 0));
    Messages.push_back(fmt::format("unknown check '{}'{}", Glob, didYouMean(Glob, Spellings)));
  }
  return Messages;
}

llvm::Expected<std::optional<Config>> ConfigProvider::nearestFileConfig(llvm::StringRef Dir) {
  if (auto It = ByDirectory.find(Dir); It != ByDirectory.end())
    return It->second;
  std::optional<Config> Found;
  llvm::SmallString<256> Candidate(Dir);
  llvm::sys::path::append(Candidate, ".quadrant.yaml");
  if (llvm::sys::fs::exists(Candidate)) {
    auto Buffer = llvm::MemoryBuffer::getFile(Candidate, /*IsText=*/true);
    if (!Buffer)
      return llvm::createStringError(
          Buffer.getError(), fmt::format("{}: error: {}", Candidate.str(), Buffer.getError().message()));
    auto Parsed = parseConfig((*Buffer)->getBuffer(), Candidate, Dir, KnownChecks);
    if (!Parsed)
      return Parsed.takeError();
    Found = std::move(*Parsed);
  } else if (llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
             !Parent.empty() && Parent != Dir) {
    auto Up = nearestFileConfig(Parent);
    if (!Up)
      return Up.takeError();
    Found = std::move(*Up);
  }
  ByDirectory[Dir] = Found;
  return Found;
}

llvm::Expected<Config> ConfigProvider::configFor(llvm::StringRef File) {
  Config Result = defaultConfig();
  if (Override) {
    layer(Result, *Override);
  } else {
    llvm::SmallString<256> Dir(File);
    llvm::sys::fs::make_absolute(Dir);
    llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
    if (!llvm::sys::fs::is_directory(Dir))
      llvm::sys::path::remove_filename(Dir);
    auto Found = nearestFileConfig(Dir);
    if (!Found)
      return Found.takeError();
    if (*Found)
      layer(Result, **Found);
  }
  layer(Result, CommandLine);
  return Result;
}

} // namespace quadrant::config
