//===--- IncludePrefix.cpp - The system includes a TU starts with -*- C++ -*-===//
#include "driver/IncludePrefix.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace quadrant::driver {

namespace {

/// Whether Rest, what follows a directive on its line, holds nothing but a
/// comment. Anything more, or a comment that goes on to another line, ends
/// the prefix (as would a line continuation anywhere in it).
bool onlyCommentFollows(StringRef Rest) {
  Rest = Rest.ltrim(" \t\r\f\v");
  if (Rest.empty() || Rest.starts_with("//"))
    return true;
  if (!Rest.consume_front("/*"))
    return false;
  size_t Close = Rest.find("*/");
  return Close != StringRef::npos && onlyCommentFollows(Rest.drop_front(Close + 2));
}

/// Reads the preamble's directives one line at a time.
class PreambleReader {
public:
  PreambleReader(FileID Main, const SourceManager &SM, const LangOptions &LangOpts,
                 unsigned PreambleSize)
      : Text(SM.getBufferData(Main)), Lex(Main, SM.getBufferOrFake(Main), SM, LangOpts),
        SM(SM), End(PreambleSize) {}

  /// The next directive: its name ("include", "pragma") and the rest of its
  /// line; nullopt at the end of the preamble or at anything not a directive.
  std::optional<std::pair<StringRef, StringRef>> next() {
    Token Hash;
    Lex.LexFromRawLexer(Hash);
    if (Hash.is(tok::eof) || offset(Hash) >= End || !Hash.is(tok::hash) ||
        !Hash.isAtStartOfLine())
      return std::nullopt;
    Token Name;
    Lex.LexFromRawLexer(Name);
    if (!Name.is(tok::raw_identifier) || Name.isAtStartOfLine())
      return std::nullopt;
    unsigned RestStart = offset(Name) + Name.getLength();
    size_t LineEnd = Text.find('\n', RestStart);
    if (LineEnd == StringRef::npos)
      LineEnd = Text.size();
    StringRef Rest = Text.slice(RestStart, LineEnd);
    if (Rest.contains('\\') || LineEnd >= End)
      return std::nullopt;
    Lex.seek(LineEnd + 1, /*IsAtStartOfLine=*/true);
    return std::make_pair(Name.getRawIdentifier(), Rest);
  }

private:
  unsigned offset(const Token &T) const { return SM.getFileOffset(T.getLocation()); }

  StringRef Text;
  Lexer Lex;
  const SourceManager &SM;
  unsigned End;
};

/// The header name of an #include's Rest, with its delimiters, if nothing
/// but a comment follows it.
std::optional<StringRef> headerName(StringRef Rest) {
  StringRef Trimmed = Rest.ltrim(" \t");
  char Close = Trimmed.starts_with("<") ? '>' : Trimmed.starts_with("\"") ? '"' : 0;
  size_t CloseAt = Close ? Trimmed.find(Close, 1) : StringRef::npos;
  if (CloseAt == StringRef::npos || CloseAt == 1 ||
      !onlyCommentFollows(Trimmed.drop_front(CloseAt + 1)))
    return std::nullopt;
  return Trimmed.take_front(CloseAt + 1);
}

} // namespace

std::vector<std::string> systemIncludePrefix(const CompilerInvocation &Invocation,
                                             llvm::vfs::FileSystem &FS, StringRef MainPath) {
  const PreprocessorOptions &PP = Invocation.getPreprocessorOpts();
  if (!PP.Includes.empty() || !PP.MacroIncludes.empty() || !PP.ImplicitPCHInclude.empty() ||
      !PP.RemappedFiles.empty() || !PP.RemappedFileBuffers.empty())
    return {};
  DiagnosticsEngine Diags(new DiagnosticIDs, new DiagnosticOptions, new IgnoringDiagConsumer);
  FileManager Files(FileSystemOptions(), &FS);
  SourceManager SM(Diags, Files);
  OptionalFileEntryRef Main = Files.getOptionalFileRef(MainPath);
  if (!Main)
    return {};
  FileID MainID = SM.createFileID(*Main, SourceLocation(), SrcMgr::C_User);
  std::optional<llvm::MemoryBufferRef> Buffer = SM.getBufferOrNone(MainID);
  if (!Buffer)
    return {};
  const LangOptions &LangOpts = Invocation.getLangOpts();
  auto TargetOpts = std::make_shared<TargetOptions>(Invocation.getTargetOpts());
  std::unique_ptr<TargetInfo> Target(TargetInfo::CreateTargetInfo(Diags, TargetOpts));
  if (!Target)
    return {};
  auto SearchOpts = std::make_shared<HeaderSearchOptions>(Invocation.getHeaderSearchOpts());
  HeaderSearch Search(SearchOpts, SM, Diags, LangOpts, Target.get());
  ApplyHeaderSearchOptions(Search, *SearchOpts, LangOpts, Target->getTriple());

  unsigned Size = Lexer::ComputePreamble(Buffer->getBuffer(), LangOpts).Size;
  PreambleReader Reader(MainID, SM, LangOpts, Size);
  std::vector<std::string> Prefix;
  while (std::optional<std::pair<StringRef, StringRef>> Directive = Reader.next()) {
    auto [Name, Rest] = *Directive;
    if (Name == "pragma" && Rest.trim() == "once")
      continue;
    std::optional<StringRef> Header = Name == "include" ? headerName(Rest) : std::nullopt;
    if (!Header)
      break;
    bool Angled = Header->starts_with("<");
    StringRef File = Header->drop_front().drop_back();
    // A quoted name is looked for beside the main file first: found there,
    // the header is the project's, and may differ between TUs.
    llvm::SmallString<256> Beside(Main->getDir().getName());
    llvm::sys::path::append(Beside, File);
    if (!Angled && (llvm::sys::path::is_absolute(File) || FS.exists(Beside)))
      break;
    // Then along the search path (the quote directories first, for a quoted
    // name), which says whether the directory it is found in is a system one.
    ConstSearchDirIterator FoundIn = nullptr;
    OptionalFileEntryRef Found = Search.LookupFile(
        File, SourceLocation(), Angled, /*FromDir=*/nullptr, &FoundIn, /*Includers=*/{},
        nullptr, nullptr, nullptr, nullptr, nullptr, nullptr);
    if (!Found || !FoundIn || !FoundIn->isSystemHeaderDirectory())
      break;
    Prefix.push_back(Header->str());
  }
  return Prefix;
}

std::string preambleCommandKey(const CompilerInvocation &Invocation, StringRef Directory) {
  CompilerInvocation Shared(Invocation);
  FrontendOptions &Frontend = Shared.getFrontendOpts();
  // Projects whose build runs the compiler in each source's directory (the
  // Asio examples) differ only there: the directory matters only to
  // relative search paths.
  const HeaderSearchOptions &Search = Invocation.getHeaderSearchOpts();
  bool Relative = !Search.VFSOverlayFiles.empty() ||
                  (!Search.Sysroot.empty() && !llvm::sys::path::is_absolute(Search.Sysroot)) ||
                  llvm::any_of(Search.UserEntries, [](const HeaderSearchOptions::Entry &E) {
                    return !llvm::sys::path::is_absolute(E.Path);
                  });
  std::string Key = Relative ? Directory.str() : "";
  Key += '\0';
  if (!Frontend.Inputs.empty())
    Key += std::to_string(static_cast<int>(Frontend.Inputs.front().getKind().getLanguage()));
  Key += '\0';
  Frontend.Inputs.clear();
  Frontend.OutputFile.clear();
  CodeGenOptions &CodeGen = Shared.getCodeGenOpts();
  CodeGen.MainFileName.clear();
  CodeGen.DebugCompilationDir.clear();
  CodeGen.CoverageCompilationDir.clear();
  Shared.generateCC1CommandLine([&](const llvm::Twine &Arg) {
    Key += Arg.str();
    Key += '\0';
  });
  return Key;
}

} // namespace quadrant::driver
