//===--- SharedPreambles.cpp - One PCH for TUs that start alike -*- C++ -*-===//
#include "driver/SharedPreambles.h"
#include "core/AtomicFile.h"
#include "driver/FilesRead.h"
#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Signals.h"

using namespace clang;

namespace quadrant::driver {

namespace {

constexpr llvm::StringLiteral ManifestFormat = "quadrant-preamble/1";

/// Writes the PCH of its input, skipping the system bodies the analysis
/// skips, and keeps the files the parse read.
class PchAction : public GeneratePCHAction {
public:
  PchAction(SkipSystemBodies Skip, std::vector<cache::FileRead> &Read) : Skip(Skip), Read(Read) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, StringRef InFile) override {
    std::unique_ptr<ASTConsumer> Writer = GeneratePCHAction::CreateASTConsumer(CI, InFile);
    if (!Writer)
      return nullptr;
    // A multiplexer skips a body only if all its consumers agree; the
    // writer agrees to any.
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(std::make_unique<SystemBodySkipper>(Skip));
    Consumers.push_back(std::move(Writer));
    return std::make_unique<MultiplexConsumer>(std::move(Consumers));
  }
  void EndSourceFileAction() override {
    Read = filesRead(getCompilerInstance().getSourceManager());
    GeneratePCHAction::EndSourceFileAction();
  }

private:
  SkipSystemBodies Skip;
  std::vector<cache::FileRead> &Read;
};

std::optional<std::string> fileDigest(const llvm::Twine &Path) {
  auto Contents = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
  if (!Contents)
    return std::nullopt;
  return cache::hex(cache::digest((*Contents)->getBuffer()));
}

/// Clang checks what a PCH read against the files when it loads it; by
/// contents, not only times, and system headers too, since a system header
/// is all a shared preamble reads.
void validateInputsByContents(CompilerInvocation &Invocation) {
  Invocation.getHeaderSearchOpts().ValidateASTInputFilesContent = true;
  Invocation.getHeaderSearchOpts().ModulesValidateSystemHeaders = true;
}

} // namespace

llvm::Expected<std::unique_ptr<PreambleStore>> PreambleStore::open(llvm::StringRef CacheDir) {
  if (CacheDir.empty()) {
    // A file of the run's unique name reserves it for the other files.
    llvm::SmallString<256> Reserved;
    int FD;
    if (std::error_code EC =
            llvm::sys::fs::createTemporaryFile("quadrant-preamble-%%%%%%%%", "", FD, Reserved))
      return llvm::createFileError("a temporary file for shared preambles", EC);
    llvm::sys::Process::SafelyCloseFileDescriptor(FD);
    llvm::StringRef Name = llvm::sys::path::filename(Reserved);
    std::unique_ptr<PreambleStore> Store(
        new PreambleStore(llvm::sys::path::parent_path(Reserved).str(), (Name + "-").str(), true));
    Store->own(Reserved);
    return Store;
  }
  llvm::SmallString<256> Dir(CacheDir);
  llvm::sys::path::append(Dir, "preambles");
  return std::unique_ptr<PreambleStore>(new PreambleStore(std::string(Dir), "", false));
}

PreambleStore::~PreambleStore() {
  for (const std::string &Path : Owned) {
    llvm::sys::fs::remove(Path);
    llvm::sys::DontRemoveFileOnSignal(Path);
  }
}

std::string PreambleStore::base(llvm::StringRef Stem) const {
  llvm::SmallString<256> Base(Dir);
  llvm::sys::path::append(Base, NamePrefix + Stem);
  return std::string(Base);
}

void PreambleStore::own(llvm::StringRef Path) const {
  if (!Temporary)
    return;
  llvm::sys::RemoveFileOnSignal(Path);
  std::lock_guard<std::mutex> Lock(OwnedMutex);
  Owned.push_back(Path.str());
}

void PreambleStore::use(CompilerInvocation &Invocation, const Preamble &P) {
  Invocation.getPreprocessorOpts().ImplicitPCHInclude = P.PchPath;
  validateInputsByContents(Invocation);
}

std::optional<Preamble> PreambleStore::get(const CompilerInvocation &Invocation,
                                           llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
                                           llvm::StringRef CommandKey,
                                           llvm::ArrayRef<std::string> Prefix,
                                           SkipSystemBodies Skip, bool Build) {
  // Clang loads only PCHs of its own version, and the bodies skipped are in
  // the PCH.
  std::string Key = getClangFullVersion();
  Key += '\0';
  Key += CommandKey;
  Key += "\0skip=" + std::to_string(static_cast<int>(Skip));
  for (const std::string &Include : Prefix)
    Key += "\0" + Include;
  std::string Stem = cache::hex(cache::digest(Key));
  if (std::optional<Preamble> Stored = lookup(Stem)) {
    ++Reused;
    return Stored;
  }
  if (!Build)
    return std::nullopt;
  std::optional<Preamble> New = build(Invocation, std::move(FS), Stem, Prefix, Skip);
  if (New)
    ++Built;
  return New;
}

std::optional<Preamble> PreambleStore::lookup(llvm::StringRef Stem) const {
  std::string Base = base(Stem);
  auto Buffer = llvm::MemoryBuffer::getFile(Base + ".manifest", /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  llvm::Expected<llvm::json::Value> Doc = llvm::json::parse((*Buffer)->getBuffer());
  if (!Doc) {
    llvm::consumeError(Doc.takeError());
    return std::nullopt;
  }
  const llvm::json::Object *O = Doc->getAsObject();
  if (!O || O->getString("format") != ManifestFormat)
    return std::nullopt;
  std::optional<llvm::StringRef> PchDigest = O->getString("pch");
  const llvm::json::Array *Files = O->getArray("files");
  Preamble P{Base + ".pch", {}};
  if (!PchDigest || !Files || fileDigest(P.PchPath) != *PchDigest)
    return std::nullopt;
  for (const llvm::json::Value &V : *Files) {
    const llvm::json::Array *F = V.getAsArray();
    std::optional<llvm::StringRef> Path, Digest;
    if (F && F->size() == 2) {
      Path = (*F)[0].getAsString();
      Digest = (*F)[1].getAsString();
    }
    if (!Path || !Digest)
      return std::nullopt;
    auto Contents = llvm::MemoryBuffer::getFile(*Path, /*IsText=*/false,
                                                /*RequiresNullTerminator=*/false);
    if (!Contents)
      return std::nullopt;
    llvm::XXH128_hash_t Now = cache::digest((*Contents)->getBuffer());
    if (cache::hex(Now) != *Digest)
      return std::nullopt;
    P.Read.push_back({Path->str(), Now});
  }
  return P;
}

std::optional<Preamble> PreambleStore::build(const CompilerInvocation &Invocation,
                                             llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
                                             llvm::StringRef Stem,
                                             llvm::ArrayRef<std::string> Prefix,
                                             SkipSystemBodies Skip) const {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return std::nullopt;
  std::string Base = base(Stem);
  std::string Header = Base + ".h";
  std::string ManifestPath = Base + ".manifest";
  Preamble P{Base + ".pch", {}};
  // Owned before they exist: Ctrl-C between making a file and owning it
  // would leave it.
  own(Header);
  own(P.PchPath);
  own(ManifestPath);
  if (llvm::Error E = writeAtomically(Header, [&](llvm::raw_ostream &OS) {
        // A quoted name found in a system directory was found neither beside
        // the main file nor in a quote directory; spelt with angle brackets,
        // it is not looked for beside this header either, and the search
        // finds the same file.
        for (StringRef Include : Prefix)
          OS << "#include <" << Include.drop_front().drop_back() << ">\n";
      })) {
    llvm::consumeError(std::move(E));
    return std::nullopt;
  }
  // Written beside its place and renamed there once its digest is taken, so
  // the manifest names this PCH and not one a parallel run put there since.
  llvm::SmallString<256> Written;
  llvm::sys::fs::createUniquePath(Base + ".pch-%%%%%%%%.tmp", Written, /*MakeAbsolute=*/false);
  own(Written);

  auto PchInvocation = std::make_shared<CompilerInvocation>(Invocation);
  FrontendOptions &Frontend = PchInvocation->getFrontendOpts();
  InputKind Kind = Frontend.Inputs.empty() ? InputKind(Language::CXX)
                                           : Frontend.Inputs.front().getKind();
  Frontend.Inputs = {FrontendInputFile(Header, Kind.getHeader())};
  Frontend.OutputFile = std::string(Written);
  Frontend.ProgramAction = frontend::GeneratePCH;
  Frontend.SkipFunctionBodies = Skip != SkipSystemBodies::None;
  validateInputsByContents(*PchInvocation);

  // The errors of a prefix that does not compile are the TUs' to show, when
  // they parse it themselves.
  DiagnosticConsumer Errors;
  CompilerInstance Compiler(std::make_shared<PCHContainerOperations>());
  Compiler.setInvocation(std::move(PchInvocation));
  Compiler.createDiagnostics(&Errors, /*ShouldOwnClient=*/false);
  auto Files = llvm::makeIntrusiveRefCnt<FileManager>(FileSystemOptions(), std::move(FS));
  Compiler.setFileManager(Files.get());
  Compiler.createSourceManager(*Files);
  PchAction Action(Skip, P.Read);
  bool Ok = Compiler.ExecuteAction(Action) && Errors.getNumErrors() == 0;
  std::optional<std::string> PchDigest = Ok ? fileDigest(Written) : std::nullopt;
  if (!PchDigest || llvm::sys::fs::rename(Written, P.PchPath)) {
    llvm::sys::fs::remove(Written);
    return std::nullopt;
  }
  llvm::sort(P.Read, [](const cache::FileRead &A, const cache::FileRead &B) {
    return A.Path < B.Path;
  });
  llvm::json::Array FileList;
  for (const cache::FileRead &F : P.Read)
    FileList.push_back(llvm::json::Array{F.Path, cache::hex(F.Digest)});
  llvm::json::Value Manifest = llvm::json::Object{
      {"format", ManifestFormat}, {"pch", *PchDigest}, {"files", std::move(FileList)}};
  // Without its manifest the PCH serves this run, and the next one builds it again.
  if (llvm::Error E =
          writeAtomically(ManifestPath, [&](llvm::raw_ostream &OS) { OS << Manifest << "\n"; }))
    llvm::consumeError(std::move(E));
  return P;
}

} // namespace quadrant::driver
