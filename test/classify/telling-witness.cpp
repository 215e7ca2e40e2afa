// The witness of a blocking function shows its most telling wait: one for
// another party (a condition, a thread, I/O, time) before a lock it takes,
// even when the lock comes first in the code or the wait is calls away.
// RUN: %quadrant %s -- -std=c++20 | FileCheck %s

#include <condition_variable>
#include <mutex>

std::mutex m, stats;
std::condition_variable cv;
bool ready = false;
int counter = 0;

void wait_ready() {
  std::unique_lock lock(m);
  cv.wait(lock, [] { return ready; });
}
// CHECK: telling-witness.cpp:[[@LINE-4]]:6: 'wait_ready' is sync-blocking
// CHECK-NEXT: blocks: wait_ready -> std::condition_variable::wait at {{.*}}telling-witness.cpp:[[@LINE-3]]:6

void count_then_wait() {
  std::lock_guard guard(stats);
  ++counter;
  wait_ready();
}
// CHECK: telling-witness.cpp:[[@LINE-5]]:6: 'count_then_wait' is sync-blocking
// CHECK-NEXT: blocks: count_then_wait -> wait_ready -> std::condition_variable::wait at

// Near miss: a lock is all there is, so the lock is the witness.
void count() {
  std::lock_guard guard(stats);
  ++counter;
}
// CHECK: telling-witness.cpp:[[@LINE-4]]:6: 'count' is sync-blocking
// CHECK-NEXT: blocks: count -> std::lock_guard::lock_guard at {{.*}}telling-witness.cpp:[[@LINE-4]]:19
