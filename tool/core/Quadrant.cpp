//===--- Quadrant.cpp - The two axes and the four quadrants -----*- C++ -*-===//
#include "core/Quadrant.h"

namespace quadrant {

static const char *const Names[] = {"sync-blocking", "sync-nonblocking", "async-blocking",
                                    "async-nonblocking", nullptr};

llvm::StringRef quadrantName(Quadrant Q) { return Names[static_cast<int>(Q)]; }

const char *const *quadrantNames() { return Names; }

std::optional<Quadrant> parseQuadrant(llvm::StringRef Name) {
  for (int I = 0; Names[I]; ++I)
    if (Name == Names[I])
      return static_cast<Quadrant>(I);
  return std::nullopt;
}

} // namespace quadrant
