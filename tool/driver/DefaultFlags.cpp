//===--- DefaultFlags.cpp - Flags for files outside any database -===//
#include "driver/DefaultFlags.h"
#include "core/Format.h"
#include "clang/Driver/Types.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

using namespace llvm;
namespace types = clang::driver::types;

namespace quadrant::driver {

namespace {

/// What a file's extension says about its language, as Clang's driver reads
/// it.
enum class Language { C, CXX, Header };

Language languageOf(StringRef File) {
  StringRef Ext = sys::path::extension(File);
  Ext.consume_front(".");
  types::ID Type = types::lookupTypeForExtension(Ext);
  // .h is C to Clang's driver but as often C++; no extension is a C++
  // library header (<vector>).
  if (Type == types::TY_CHeader || Type == types::TY_INVALID)
    return Language::Header;
  return types::isCXX(Type) ? Language::CXX : Language::C;
}

const char *const CFlags[] = {"-std=c17"};
const char *const CXXFlags[] = {"-std=c++20"};
const char *const HeaderAsCXXFlags[] = {"-xc++-header", "-std=c++20"};
const char *const HeaderAsCFlags[] = {"-xc-header", "-std=c17"};

ArrayRef<const char *> flagsFor(Language L, DefaultFlagsAttempt Attempt) {
  if (Attempt == DefaultFlagsAttempt::HeaderAsC)
    return L == Language::Header ? ArrayRef<const char *>(HeaderAsCFlags) : std::nullopt;
  switch (L) {
  case Language::C:
    return CFlags;
  case Language::CXX:
    return CXXFlags;
  case Language::Header:
    return HeaderAsCXXFlags;
  }
  llvm_unreachable("unknown language");
}

std::string spell(ArrayRef<const char *> Flags) { return join(Flags, " "); }

} // namespace

std::vector<clang::tooling::CompileCommand>
DefaultFlagsDatabase::getCompileCommands(StringRef File) const {
  ArrayRef<const char *> Flags = flagsFor(languageOf(File), Attempt);
  if (Flags.empty())
    return {};
  std::vector<std::string> CommandLine{"clang"};
  CommandLine.insert(CommandLine.end(), Flags.begin(), Flags.end());
  CommandLine.push_back(File.str());
  return {clang::tooling::CompileCommand(Directory, File, std::move(CommandLine), "")};
}

std::string describeDefaultFlags(ArrayRef<std::string> Files) {
  auto Uses = [&](Language L) {
    return any_of(Files, [&](const std::string &F) { return languageOf(F) == L; });
  };
  std::vector<std::string> Parts;
  if (Uses(Language::C))
    Parts.push_back(fmt::format("C: {}", spell(CFlags)));
  if (Uses(Language::CXX))
    Parts.push_back(fmt::format("C++: {}", spell(CXXFlags)));
  if (Uses(Language::Header))
    Parts.push_back(fmt::format("headers: {}, or {} if only C accepts them",
                                spell(HeaderAsCXXFlags), spell(HeaderAsCFlags)));
  return join(Parts, "; ");
}

StringRef headerAsCFlags() {
  static const std::string Spelled = spell(HeaderAsCFlags);
  return Spelled;
}

} // namespace quadrant::driver
