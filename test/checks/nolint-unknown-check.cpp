// A NOLINT comment naming a quadrant check that does not exist suppresses
// nothing, so it is a warning of its own, with the nearest name, whether or
// not --report-unused-suppressions is given. Names without the "quadrant-"
// prefix may be another tool's, and are left alone.
// RUN: %quadrant -j1 %s -- -std=c++20 | %findings

#include <mutex>
#include <unistd.h>

std::mutex M;

void misspelt() {
  std::lock_guard<std::mutex> Guard(M);
  sleep(1); // NOLINT(quadrant-blocking-under-lok)
  // CHECK: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while holding 'Guard' {{.*}} [quadrant-blocking-under-lock]
  // CHECK: :[[@LINE-2]]:16: warning: NOLINT comment: unknown check 'quadrant-blocking-under-lok'; did you mean 'quadrant-blocking-under-lock'? [quadrant-unknown-suppression]
}

void glob_matching_nothing() {
  std::lock_guard<std::mutex> Guard(M);
  // NOLINTNEXTLINE(quadrant-blocking-under-lock, quadrant-bloking-*)
  sleep(1);
  // CHECK: :[[@LINE-2]]:6: warning: NOLINT comment: check glob 'quadrant-bloking-*' doesn't match any known check [quadrant-unknown-suppression]
}

void other_tools_and_right_names() {
  std::lock_guard<std::mutex> Guard(M);
  sleep(1); // NOLINT(bugprone-not-a-check, quadrant-blocking-under-lock)
}
