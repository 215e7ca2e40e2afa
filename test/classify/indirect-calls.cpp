// Calls through function pointers, references to function and std::function
// objects run what the program stores into them. A callable handed to
// std::thread is not called by the one who hands it over. A call with no
// stored target is not followed, and the verdict says so.
// RUN: %quadrant-cxx | %check
// RUN: %quadrant -j1 --checks=-* --format=json %s -- -std=c++20 | FileCheck --check-prefix=JSON %s
// RUN: %quadrant explain unresolved %s -- -std=c++20 | FileCheck --check-prefix=EXPLAIN %s

#include <functional>
#include <thread>
#include <unistd.h>

void on_ready(int fd) {
  // CHECK: :[[@LINE-1]]:6: 'on_ready' is sync-blocking
  // CHECK-NEXT: blocks: on_ready -> read at
  char c;
  read(fd, &c, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-blocking
}
void through_pointer(int fd) {
  // CHECK: :[[@LINE-1]]:6: 'through_pointer' is sync-blocking
  // CHECK-NEXT: blocks: through_pointer -> on_ready -> read at
  void (*handler)(int) = on_ready;
  handler(fd);
  // CHECK-NEXT: :[[@LINE-1]]:3: on_ready is sync-blocking: calls read at {{.*}}indirect-calls.cpp:17:3: waits until data arrives
  void (&same)(int) = on_ready;
  same(fd);
  // CHECK-NEXT: :[[@LINE-1]]:3: on_ready is sync-blocking: calls read at {{.*}}indirect-calls.cpp:17:3: waits until data arrives
}
void through_function() {
  // CHECK: :[[@LINE-1]]:6: 'through_function' is sync-blocking
  // CHECK-NEXT: blocks: through_function -> through_function::(lambda at [[@LINE+1]]:36) -> sleep at
  std::function<void()> callback = [] { sleep(1); };
  std::function<void()> copy = callback;
  copy();
  // CHECK-NEXT: :[[@LINE-1]]:3: through_function::(lambda at {{.*}}) is sync-blocking: calls sleep at {{.*}}indirect-calls.cpp:33:41: suspends the calling thread until the time has passed
}
// CHECK: :[[@LINE-5]]:36: 'through_function::(lambda at {{.*}})' is sync-blocking
// CHECK: :[[@LINE-6]]:41: sleep is sync-blocking

// Near miss: handed to a thread, the lambda runs there; only join() waits.
void hand_off() {
  // CHECK: :[[@LINE-1]]:6: 'hand_off' is async-blocking
  // CHECK-NEXT: blocks: hand_off -> std::thread::join at
  // CHECK-NEXT: async: hand_off -> std::thread::thread at
  std::function<void()> job = [] { sleep(2); };
  std::thread worker(job);
  worker.join();
}
// CHECK: :[[@LINE-3]]:15: std::thread::thread is async-nonblocking
// CHECK-NEXT: :[[@LINE-3]]:10: std::thread::join is sync-blocking
// CHECK: :[[@LINE-6]]:31: 'hand_off::(lambda at {{.*}})' is sync-blocking
// CHECK: :[[@LINE-7]]:36: sleep is sync-blocking

// A callback from outside the program and a pointer from a table: nothing
// in the program is stored there.
void unresolved(std::function<void(int)> callback, void (*table[])(int), int i) {
  callback(i);
  table[i](0);
}
// CHECK: :[[@LINE-4]]:6: 'unresolved' is sync-nonblocking (no blocking or asynchronous call among the calls that could be followed; 2 indirect calls were not followed (line [[@LINE-3]]: 'callback', line [[@LINE-2]]: 'table[i]'))
void calls_unresolved(int i) { unresolved(nullptr, nullptr, i); }
// CHECK: :[[@LINE-1]]:6: 'calls_unresolved' is sync-nonblocking (no blocking or asynchronous call among the calls that could be followed; 2 indirect calls in 'unresolved' were not followed (line [[@LINE-5]]: 'callback', line [[@LINE-4]]: 'table[i]'))

// JSON: "name": "unresolved",
// JSON: "pure": false,
// JSON: "unresolved_calls": [
// JSON-NEXT: {
// JSON-NEXT: "callee": "callback",
// JSON-NEXT: "file": "{{.*}}indirect-calls.cpp",
// JSON-NEXT: "line": 58,
// JSON-NEXT: "column": 3
// JSON-NEXT: },
// JSON-NEXT: {
// JSON-NEXT: "callee": "table[i]",
// JSON: "name": "calls_unresolved",
// JSON: "pure": false,
// JSON: "unresolved_calls": []

// EXPLAIN: What it cannot see
// EXPLAIN-NEXT: It calls through 'callback' (line 58), 'table[i]' (line 59), into which the analyzed code stores no function: what those calls run is not followed, and the verdict does not cover it.

// A table of function pointers and a map of std::function: all elements of
// one are one slot, filled by the braced initialiser and by assignments to
// elements.
#include <map>
void on_tick(int) { sleep(1); }
void (*const jump_table[])(int) = {on_ready};
std::map<int, std::function<void(int)>> timers;
void arm_timer() { timers[3] = on_tick; }
void dispatch_table(int i) { jump_table[i](i); }
void dispatch_map(int fd) { timers[fd](fd); }
// CHECK: :[[@LINE-6]]:6: 'on_tick' is sync-blocking
// CHECK: :[[@LINE-7]]:21: sleep is sync-blocking
// CHECK: :[[@LINE-5]]:6: 'arm_timer' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:6: 'dispatch_table' is sync-blocking
// CHECK-NEXT: blocks: dispatch_table -> on_ready -> read at
// CHECK-NEXT: :[[@LINE-7]]:30: on_ready is sync-blocking
// CHECK: :[[@LINE-7]]:6: 'dispatch_map' is sync-blocking
// CHECK-NEXT: blocks: dispatch_map -> on_tick -> sleep at
// CHECK-NEXT: :[[@LINE-9]]:29: on_tick is sync-blocking
