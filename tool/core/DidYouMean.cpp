//===--- DidYouMean.cpp - The nearest known name to a misspelt one -===//
#include "core/DidYouMean.h"
#include "core/Format.h"

namespace quadrant {

std::string didYouMean(llvm::StringRef Got, llvm::ArrayRef<llvm::StringRef> Known) {
  llvm::StringRef Best;
  unsigned BestDistance = 3; // farther than this is not a typo
  for (llvm::StringRef K : Known) {
    unsigned D = Got.edit_distance(K, true, BestDistance);
    if (D < BestDistance) {
      BestDistance = D;
      Best = K;
    }
  }
  return Best.empty() ? std::string() : fmt::format("; did you mean '{}'?", Best);
}

} // namespace quadrant
