//===--- Inputs.cpp - Which files and rule files an analysis takes -===//
#include "driver/Inputs.h"
#include "llvm/ADT/STLExtras.h"
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
