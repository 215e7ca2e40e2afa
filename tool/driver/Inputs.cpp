//===--- Inputs.cpp - Which files and rule files an analysis takes -===//
#include "driver/Inputs.h"
#include "core/Format.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace quadrant::driver {

bool isSourceFile(StringRef Path) {
  StringRef Ext = sys::path::extension(Path);
  static const char *const Known[] = {".c",   ".cc",  ".cpp", ".cxx", ".c++", ".cp",  ".C",
                                      ".h",   ".hh",  ".hpp", ".hxx", ".h++", ".H",   ".ipp",
                                      ".inl", ".tcc", ".cppm", ".ixx", ".cu",  ".m",   ".mm"};
  return Ext.empty() || is_contained(Known, Ext);
}

bool excluded(const config::Config &C, StringRef File) {
  SmallString<256> Absolute(File);
  sys::fs::make_absolute(Absolute);
  sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  StringRef Relative = Absolute;
  if (!C.Directory.empty() && Relative.consume_front(C.Directory))
    Relative.consume_front("/");
  return any_of(C.Exclude, [&](const std::string &Glob) {
    Expected<GlobPattern> Pattern = GlobPattern::create(Glob);
    if (!Pattern) {
      consumeError(Pattern.takeError());
      return false;
    }
    return Pattern->match(Relative) || Pattern->match(Absolute);
  });
}

Expected<std::vector<bool>> excludedFunctions(const link::Program &P,
                                              config::ConfigProvider &Configs) {
  std::vector<bool> Excluded;
  StringMap<bool> ByFile;
  for (const facts::Function &Fn : P.Functions) {
    auto [It, New] = ByFile.try_emplace(Fn.Loc.File, false);
    if (New) {
      Expected<config::Config> C = Configs.configFor(Fn.Loc.File);
      if (!C)
        return C.takeError();
      It->second = excluded(*C, Fn.Loc.File);
    }
    Excluded.push_back(It->second);
  }
  return Excluded;
}

std::string noDatabaseMessage(StringRef BuildDir, StringRef LoaderError, bool SearchedParents) {
  SmallString<256> Json(BuildDir);
  sys::path::append(Json, "compile_commands.json");
  if (sys::fs::exists(Json)) {
    // LLVM's message lists every loader it tried; the JSON one's is the
    // one that applies.
    StringRef Why = LoaderError;
    if (size_t At = Why.find("json-compilation-database: "); At != StringRef::npos)
      Why = Why.drop_front(At).split(": ").second;
    return fmt::format("'{}' is not a compilation database: {}", Json.str(), Why.trim());
  }
  return fmt::format(
      "no compile_commands.json (or compile_flags.txt) in '{0}'{1}{2}. Make one: with CMake, "
      "configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON and pass -p <build-dir>; with make, run "
      "'bear -- make' and pass -p .; or name the sources and give their flags after '--'",
      BuildDir, SearchedParents ? " or a directory above it" : "",
      sys::fs::is_directory(BuildDir) ? "" : fmt::format(" ('{}' is not a directory)", BuildDir));
}

std::vector<std::string> uniqueRuleFiles(ArrayRef<std::string> Files) {
  std::vector<std::string> Unique;
  StringSet<> Seen;
  for (const std::string &R : Files) {
    SmallString<256> Real;
    if (sys::fs::real_path(R, Real))
      Real = R; // missing: the loader reports it
    if (Seen.insert(Real).second)
      Unique.push_back(R);
  }
  return Unique;
}

} // namespace quadrant::driver
