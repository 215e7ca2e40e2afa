// A function blocks through the functions it calls, however deep, and through
// recursion; code it hands to another thread does not make it block.
// RUN: %quadrant-cxx | %check

#include <thread>
#include <unistd.h>

int retry_read(int fd, char *buf) {
  int n;
  while ((n = read(fd, buf, 1)) == 0) {
  }
  return n;
}
// CHECK: :[[@LINE-6]]:5: 'retry_read' is sync-blocking
// CHECK-NEXT: blocks: retry_read -> read at {{.*}}transitive.cpp:[[@LINE-5]]:15
// CHECK-NEXT: :[[@LINE-6]]:15: read is sync-blocking: waits until data arrives{{.*}} [posix.read]

int level3(int fd, char *buf) { return retry_read(fd, buf); }
// CHECK: :[[@LINE-1]]:5: 'level3' is sync-blocking
// CHECK-NEXT: blocks: level3 -> retry_read -> read at {{.*}}transitive.cpp:[[@LINE-10]]:15
// CHECK-NEXT: :[[@LINE-3]]:40: retry_read is sync-blocking: calls read at {{.*}}transitive.cpp:10:15: waits until data arrives; the descriptor is not shown to be non-blocking
int level4(int fd, char *buf) { return level3(fd, buf) + 1; }
// CHECK: :[[@LINE-1]]:5: 'level4' is sync-blocking
// CHECK-NEXT: blocks: level4 -> level3 -> retry_read -> read at {{.*}}transitive.cpp:[[@LINE-14]]:15
// CHECK-NEXT: :[[@LINE-3]]:40: level3 is sync-blocking

// Recursion, direct and mutual, still reaches the blocking call.
int countdown(int n) { return n == 0 ? (sleep(1), 0) : countdown(n - 1); }
// CHECK: :[[@LINE-1]]:5: 'countdown' is sync-blocking
// CHECK-NEXT: blocks: countdown -> sleep at
// CHECK-NEXT: :[[@LINE-3]]:41: sleep is sync-blocking
// CHECK-NEXT: :[[@LINE-4]]:56: countdown is sync-blocking: calls sleep at {{.*}}transitive.cpp:28:41: suspends the calling thread until the time has passed
int ping(int n);
int pong(int n) { return n ? ping(n - 1) : usleep(1); }
// CHECK: :[[@LINE-1]]:5: 'pong' is sync-blocking
// CHECK-NEXT: blocks: pong -> usleep at
// CHECK-NEXT: :[[@LINE-3]]:30: ping is sync-blocking: reaches usleep at {{.*}}transitive.cpp:[[@LINE-3]]:44 (2 calls down): suspends the calling thread until the time has passed
// CHECK-NEXT: :[[@LINE-4]]:44: usleep is sync-blocking
int ping(int n) { return pong(n); }
// CHECK: :[[@LINE-1]]:5: 'ping' is sync-blocking
// CHECK-NEXT: blocks: ping -> pong -> usleep at
// CHECK-NEXT: :[[@LINE-3]]:26: pong is sync-blocking

// Mutual recursion with nothing blocking anywhere is pure computation.
int even(int n);
int odd(int n) { return n == 0 ? 0 : even(n - 1); }
// CHECK: :[[@LINE-1]]:5: 'odd' is sync-nonblocking (pure computation
int even(int n) { return n == 0 ? 1 : odd(n - 1); }
// CHECK: :[[@LINE-1]]:5: 'even' is sync-nonblocking (pure computation

// The lambda runs on the new thread: it blocks, the spawner does not (the
// spawner only starts a thread and detaches it).
void spawner() {
  std::thread t([] { sleep(1); });
  t.detach();
}
// CHECK: :[[@LINE-4]]:6: 'spawner' is async-nonblocking
// CHECK-NEXT: async: spawner -> std::thread::thread at
// CHECK-NEXT: :[[@LINE-5]]:15: std::thread::thread is async-nonblocking
// CHECK-NEXT: :[[@LINE-5]]:5: std::thread::detach is sync-nonblocking
// CHECK: :[[@LINE-7]]:17: 'spawner::(lambda at [[@LINE-7]]:17)' is sync-blocking
// CHECK-NEXT: blocks: spawner::(lambda at [[@LINE-8]]:17) -> sleep at
// CHECK-NEXT: :[[@LINE-9]]:22: sleep is sync-blocking

// A lambda called in place runs on the caller's thread.
void inline_lambda() {
  auto nap = [] { sleep(1); };
  nap();
}
// CHECK: :[[@LINE-4]]:6: 'inline_lambda' is sync-blocking
// CHECK-NEXT: blocks: inline_lambda -> inline_lambda::(lambda at [[@LINE-4]]:14) -> sleep at
// CHECK-NEXT: :[[@LINE-4]]:3: inline_lambda::(lambda at [[@LINE-5]]:14) is sync-blocking: calls
// CHECK: :[[@LINE-6]]:14: 'inline_lambda::(lambda at [[@LINE-6]]:14)' is sync-blocking
// CHECK: :[[@LINE-7]]:19: sleep is sync-blocking

// A call of a function that is only declared (defined nowhere in the
// analyzed code) is unknown, and is not assumed to block.
void external_helper();
void calls_unknown() { external_helper(); }
// CHECK: :[[@LINE-1]]:6: 'calls_unknown' is sync-nonblocking (pure computation

// CHECK: 13 functions: 9 sync-blocking, 3 sync-nonblocking (3 pure computation), 0 async-blocking, 1 async-nonblocking
