// uv_queue_work runs its work callback on libuv's thread pool and its
// after-work callback on the loop's thread (the rule's loop-handler-args).
// RUN: %quadrant -j1 --show-pure %s -- -std=c++20 | FileCheck %s
// RUN: %quadrant -j1 --checks=-*,quadrant-blocking-in-async-handler %s -- -std=c++20 | FileCheck %s --check-prefix=FINDINGS --implicit-check-not="{{warning|error}}:"

#include <uv.h>

// Blocking work on the pool is where it belongs: no finding.
static void crunch(uv_work_t *) { uv_sleep(10); }
// The after-work callback blocks the loop's one thread.
static void done(uv_work_t *, int) { uv_sleep(10); }
// FINDINGS: :[[@LINE-1]]:38: warning: blocking call to 'uv_sleep' in a completion handler stalls every other handler on the event loop, which one thread runs [quadrant-blocking-in-async-handler]
// FINDINGS-NEXT: :[[@LINE+6]]:3: note: the handler is passed to 'uv_queue_work' here and runs on its event loop

int main() {
  uv_loop_t *loop = uv_default_loop();
  uv_work_t req;
  uv_work_t other;
  uv_queue_work(loop, &req, crunch, done);
  // No after-work callback: only a pool task.
  uv_queue_work(loop, &other, crunch, nullptr);
  uv_run(loop, UV_RUN_DEFAULT);
}

// CHECK: program: concurrent and parallel: tasks handed to a pool at 2 sites run on its worker threads; one thread runs an event loop that interleaves 1 handler
// CHECK: 'crunch' is sync-blocking
// CHECK: runs on: a pool's worker threads, as a task handed to 'uv_queue_work' at {{.*}}uv-queue-work.cpp:19:3; a pool's worker threads, as a task handed to 'uv_queue_work' at {{.*}}uv-queue-work.cpp:21:3 (it could run on two threads at the same instant
// CHECK: 'done' is sync-blocking
// CHECK: runs on: the event loop's one thread (the main thread), as a handler of 'uv_queue_work' at {{.*}}uv-queue-work.cpp:19:3{{$}}
