// RUN: %quadrant -j1 --checks=-*,quadrant-nonblocking-violation %s -- -std=c++20 | %findings
// Functions named in the configuration are held to the same promise:
// RUN: %quadrant -j1 --checks=-*,quadrant-nonblocking-violation --config="{NonBlockingFunctions: ['audio::*']}" %s -- -std=c++20 | FileCheck %s --check-prefixes=CHECK,CONFIG --implicit-check-not="{{warning|error}}:"

#include <mutex>
#include <unistd.h>

std::mutex mu;
void refill(float *out) { read(0, out, 64); }

[[clang::annotate("quadrant::nonblocking")]] void render(float *out) {
  refill(out);
  // CHECK: :[[@LINE-1]]:3: warning: 'render' is declared non-blocking but calls 'refill', which blocks [quadrant-nonblocking-violation]
  // CHECK-NEXT: :[[@LINE-3]]:51: note: 'render' is declared non-blocking here
  // CHECK-NEXT: :[[@LINE-6]]:27: note: 'read' is sync-blocking: {{.*}}
}

void mix(float *out) [[clang::nonblocking]] {
  std::lock_guard<std::mutex> guard(mu);
  // CHECK: :[[@LINE-1]]:31: warning: 'mix' is declared non-blocking but calls 'std::lock_guard::lock_guard', which blocks
  // CHECK-NEXT: :[[@LINE-3]]:6: note: 'mix' is declared non-blocking here
  // CHECK-NEXT: :[[@LINE-3]]:31: note: 'std::lock_guard::lock_guard' is sync-blocking: {{.*}}
  out[0] = 0;
}

namespace audio {
void callback(float *out) { usleep(1); }
// CONFIG: :[[@LINE-1]]:29: warning: 'audio::callback' is listed in NonBlockingFunctions but calls 'usleep', which blocks
// CONFIG-NEXT: :[[@LINE-2]]:6: note: 'audio::callback' is listed in NonBlockingFunctions here
}

// Near misses: a non-blocking function that tries the lock; one declared
// blocking; an unannotated function that blocks.
[[clang::annotate("quadrant::nonblocking")]] bool try_mix() {
  std::unique_lock<std::mutex> lock(mu, std::try_to_lock);
  return lock.owns_lock();
}
[[clang::annotate("quadrant::blocking")]] void load(float *out) { refill(out); }
void plain(float *out) { refill(out); }
