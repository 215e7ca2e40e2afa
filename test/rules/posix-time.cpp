// Rules of rules/posix-time.yaml against the real glibc and libstdc++ headers.
// RUN: %quadrant-cxx | %check

#include <chrono>
#include <thread>
#include <unistd.h>
#include <time.h>

using namespace std::chrono_literals;

void nap() { sleep(1); }
// CHECK: :[[@LINE-1]]:6: 'nap' is sync-blocking
// CHECK-NEXT: blocks: nap -> sleep at {{.*}}posix-time.cpp:[[@LINE-2]]:14
// CHECK-NEXT: :[[@LINE-3]]:14: sleep is sync-blocking: suspends the calling thread until the time has passed [posix.sleep]

void naps(timespec *ts) {
  usleep(10);
  // CHECK: :[[@LINE-2]]:6: 'naps' is sync-blocking
  // CHECK: :[[@LINE-2]]:3: usleep is sync-blocking: {{.*}} [posix.sleep]
  nanosleep(ts, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: nanosleep is sync-blocking: {{.*}} [posix.sleep]
  clock_nanosleep(CLOCK_MONOTONIC, 0, ts, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: clock_nanosleep is sync-blocking: {{.*}} [posix.sleep]
}

void cxx_naps() {
  std::this_thread::sleep_for(10ms);
  // CHECK: :[[@LINE-2]]:6: 'cxx_naps' is sync-blocking
  // CHECK: :[[@LINE-2]]:3: std::this_thread::sleep_for is sync-blocking: {{.*}} [std.this_thread.sleep]
  std::this_thread::sleep_until(std::chrono::steady_clock::now() + 1s);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::this_thread::sleep_until is sync-blocking: {{.*}} [std.this_thread.sleep]
}

void polite() { std::this_thread::yield(); }
// CHECK: :[[@LINE-1]]:6: 'polite' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:17: std::this_thread::yield is sync-nonblocking: offers the processor {{.*}} [std.this_thread.yield]

// Look-alikes: user functions that share a name with the library's are never
// labeled by the library's rule.
namespace mylib {
void sleep(int) {}
void yield() {}
} // namespace mylib
// CHECK: :[[@LINE-3]]:6: 'mylib::sleep' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-3]]:6: 'mylib::yield' is sync-nonblocking (pure computation
struct Timer {
  void sleep_for(int) {}
};
// CHECK: :[[@LINE-2]]:8: 'Timer::sleep_for' is sync-nonblocking (pure computation

void lookalikes(Timer &t) {
  mylib::sleep(1);
  mylib::yield();
  t.sleep_for(1);
}
// CHECK: :[[@LINE-5]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 8 functions: 3 sync-blocking, 5 sync-nonblocking (4 pure computation), 0 async-blocking, 0 async-nonblocking
