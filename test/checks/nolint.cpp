// NOLINT comments, spelled as for clang-tidy, suppress findings; with
// --report-unused-suppressions, one naming a quadrant check that suppresses
// nothing is reported.
// RUN: %quadrant -j1 --report-unused-suppressions %s -- -std=c++20 | %findings

#include <future>
#include <unistd.h>

int compute();

void same_line() {
  std::async(std::launch::async, compute); // NOLINT
  std::async(std::launch::async, compute); // NOLINT(quadrant-discarded-async-future)
  std::async(std::launch::async, compute); // NOLINT(quadrant-discarded-*)
  std::async(std::launch::async, compute); // NOLINT(bugprone-unused-return-value)
  // CHECK: :[[@LINE-1]]:3: warning: the future returned by 'std::async' is discarded; {{.*}} [quadrant-discarded-async-future]
  std::async(std::launch::async, compute); // NOLINT(quadrant-busy-wait-loop)
  // CHECK: :[[@LINE-1]]:3: warning: the future returned by 'std::async' is discarded
  // CHECK: :[[@LINE-2]]:47: warning: NOLINT comment for 'quadrant-busy-wait-loop' suppresses nothing [quadrant-unused-suppression]
}

void next_line() {
  // NOLINTNEXTLINE(quadrant-discarded-async-future)
  std::async(std::launch::async, compute);
  // NOLINTNEXTLINE(quadrant-discarded-async-future)

  std::async(std::launch::async, compute);
  // CHECK: :[[@LINE-3]]:6: warning: NOLINT comment for 'quadrant-discarded-async-future' suppresses nothing [quadrant-unused-suppression]
  // CHECK: :[[@LINE-2]]:3: warning: the future returned by 'std::async' is discarded
}

// NOLINTBEGIN(quadrant-*)
void region() {
  std::async(std::launch::async, compute);
  std::async(std::launch::async, compute);
}
// NOLINTEND(quadrant-*)

void after_region() {
  std::async(std::launch::async, compute);
  // CHECK: :[[@LINE-1]]:3: warning: the future returned by 'std::async' is discarded
}
