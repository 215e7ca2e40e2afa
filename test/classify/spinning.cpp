// A loop that spins until another thread changes shared state does not end
// until something else happens: it is a blocking site of its own, at the
// loop, with the trait "spins". A loop over local state, or with a bound, is
// not a spin; a loop that sleeps between polls is a poll (busy-wait-loop).
// RUN: %quadrant-cxx | %check
// RUN: %quadrant -j1 --checks=-*,quadrant-busy-wait-loop %s -- -std=c++20 | FileCheck %s --check-prefix=LINT --implicit-check-not="{{warning|error}}:"

#include <atomic>
#include <chrono>
#include <thread>

std::atomic<bool> ready{false};
volatile int stop_requested = 0;

void wait_ready() {
  while (!ready.load())
    std::this_thread::yield();
}
// CHECK: :[[@LINE-4]]:6: 'wait_ready' is sync-blocking
// CHECK-NEXT: blocks: wait_ready -> spin on 'ready' at {{.*}}:[[@LINE-4]]:3
// CHECK-NEXT: :[[@LINE-5]]:3: spin on 'ready' is sync-blocking: spins until another thread changes 'ready' [spin-loop]
// CHECK-NEXT: :[[@LINE-5]]:5: std::this_thread::yield is sync-nonblocking

void wait_implicit() {
  while (!ready) {
  }
}
// CHECK: :[[@LINE-4]]:6: 'wait_implicit' is sync-blocking
// CHECK-NEXT: blocks: wait_implicit -> spin on 'ready' at
// CHECK-NEXT: :[[@LINE-5]]:3: spin on 'ready' is sync-blocking: spins until another thread changes 'ready' [spin-loop]

void wait_volatile() { do {} while (!stop_requested); }
// CHECK: :[[@LINE-1]]:6: 'wait_volatile' is sync-blocking
// CHECK-NEXT: blocks: wait_volatile -> spin on 'stop_requested' at
// CHECK-NEXT: :[[@LINE-3]]:24: spin on 'stop_requested' is sync-blocking

// A test-and-set spinlock: lock() spins, unlock() does not.
struct SpinLock {
  std::atomic_flag f = ATOMIC_FLAG_INIT;
  void lock() { while (f.test_and_set(std::memory_order_acquire)) {} }
  void unlock() { f.clear(std::memory_order_release); }
};
// CHECK: :[[@LINE-3]]:8: 'SpinLock::lock' is sync-blocking
// CHECK-NEXT: blocks: SpinLock::lock -> spin on 'f' at
// CHECK-NEXT: :[[@LINE-5]]:17: spin on 'f' is sync-blocking: spins until another thread changes 'f' [spin-loop]
// CHECK: :[[@LINE-5]]:8: 'SpinLock::unlock' is sync-nonblocking (pure

// Near misses: local state, a bound, work in the body.
void local_loop(int n) {
  int i = 0;
  while (i < n)
    ++i;
}
// CHECK: :[[@LINE-5]]:6: 'local_loop' is sync-nonblocking (pure
void bounded() {
  for (int i = 0; i < 100 && !ready.load(); ++i) {
  }
}
// CHECK: :[[@LINE-4]]:6: 'bounded' is sync-nonblocking (pure
int compute(int);
void working(int n) {
  while (!ready.load())
    n = compute(n);
}
// CHECK: :[[@LINE-4]]:6: 'working' is sync-nonblocking (pure

// A sleeping poll is not a spin: the sleep blocks, and busy-wait-loop
// reports the shape; spinning is not a finding of that check.
void sleeping_poll() {
  while (!ready.load())
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
}
// CHECK: :[[@LINE-4]]:6: 'sleeping_poll' is sync-blocking
// CHECK-NEXT: blocks: sleeping_poll -> std::this_thread::sleep_for at
// CHECK-NEXT: :[[@LINE-4]]:5: std::this_thread::sleep_for is sync-blocking
// LINT: :[[@LINE-6]]:3: warning: loop polls its condition and sleeps with 'std::this_thread::sleep_for'
// LINT-NEXT: :[[@LINE-6]]:5: note: 'std::this_thread::sleep_for' sleeps here
