//===--- FixApplier.cpp - --fix: the findings' fixes, made -------*- C++ -*-===//
#include "core/AtomicFile.h"
#include "core/Format.h"
#include "fix/FileText.h"
#include "fix/Fixes.h"
#include "llvm/ADT/STLExtras.h"
#include <map>

namespace quadrant::fix {

namespace {

bool sameEdit(const checks::Replacement &A, const checks::Replacement &B) {
  return A.Span.Offset == B.Span.Offset && A.Span.Length == B.Span.Length && A.Text == B.Text;
}

/// Edits that cannot both be made: they touch the same bytes, or insert at
/// the same place, where the order of the two texts would be a guess.
bool conflicting(const checks::Replacement &A, const checks::Replacement &B) {
  if (sameEdit(A, B))
    return false;
  unsigned AEnd = A.Span.Offset + A.Span.Length, BEnd = B.Span.Offset + B.Span.Length;
  if (A.Span.Offset < BEnd && B.Span.Offset < AEnd)
    return true;
  return A.Span.Offset == B.Span.Offset && (A.Span.Length == 0 || B.Span.Length == 0);
}

std::string placeOf(const checks::Finding &F) {
  return fmt::format("{}:{}:{}", F.Loc.File, F.Loc.Line, F.Loc.Column);
}

/// The fixes accepted for one file, and the edits they make.
struct FilePlan {
  std::vector<const checks::Finding *> Fixes;
  std::vector<std::pair<const checks::Finding *, checks::Replacement>> Edits;
};

} // namespace

llvm::Expected<FixOutcome> applyFixes(llvm::ArrayRef<checks::Finding> Findings,
                                      llvm::ArrayRef<std::string> Sources) {
  FixOutcome Outcome;
  auto Refuse = [&](const checks::Finding &F, const std::string &Why) {
    Outcome.Refused.push_back(
        fmt::format("{}: fix of [{}] not applied: {}", placeOf(F), F.Check, Why));
  };
  std::map<std::string, FilePlan> Plans;
  for (const checks::Finding &F : Findings) {
    if (!F.Fix || F.Fix->Replacements.empty())
      continue;
    const std::string &File = F.Fix->Replacements.front().Span.Begin.File;
    FilePlan &Plan = Plans[File];
    // Two findings with one fix (the same thread left joinable on two
    // paths): the edit is made once.
    bool Repeated = llvm::all_of(F.Fix->Replacements, [&](const checks::Replacement &R) {
      return llvm::any_of(Plan.Edits, [&](const auto &E) { return sameEdit(E.second, R); });
    });
    if (Repeated)
      continue;
    ++Outcome.Offered;
    if (!llvm::is_contained(Sources, File)) {
      Refuse(F, fmt::format("'{}' is not one of the sources analyzed", File));
      continue;
    }
    const checks::Finding *Conflict = nullptr;
    for (const checks::Replacement &R : F.Fix->Replacements)
      for (const auto &[By, Edit] : Plan.Edits)
        if (!Conflict && conflicting(Edit, R))
          Conflict = By;
    if (Conflict) {
      Refuse(F, fmt::format("it overlaps the fix of [{}] at {}", Conflict->Check,
                            placeOf(*Conflict)));
      continue;
    }
    Plan.Fixes.push_back(&F);
    for (const checks::Replacement &R : F.Fix->Replacements)
      if (llvm::none_of(Plan.Edits, [&](const auto &E) { return sameEdit(E.second, R); }))
        Plan.Edits.push_back({&F, R});
  }

  for (auto &[File, Plan] : Plans) {
    if (Plan.Fixes.empty())
      continue;
    llvm::Expected<FileText> Text = FileText::read(File);
    if (!Text)
      return Text.takeError();
    std::vector<checks::Replacement> Edits;
    for (const auto &[By, Edit] : Plan.Edits)
      Edits.push_back(Edit);
    if (!llvm::all_of(Edits, [&](const checks::Replacement &R) { return Text->matches(R.Span); })) {
      for (const checks::Finding *F : Plan.Fixes)
        Refuse(*F, fmt::format("'{}' has changed since it was analyzed", File));
      continue;
    }
    llvm::sort(Edits, [](const checks::Replacement &A, const checks::Replacement &B) {
      return A.Span.Offset < B.Span.Offset;
    });
    std::string Edited = Text->edited(Edits);
    if (llvm::Error E = writeAtomically(File, [&](llvm::raw_ostream &OS) { OS << Edited; }))
      return E;
    Outcome.Applied += Plan.Fixes.size();
    ++Outcome.FilesChanged;
  }
  return Outcome;
}

} // namespace quadrant::fix
