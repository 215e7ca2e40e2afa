// A call whose constant arguments contradict the tests its callee makes on
// its parameters does not run the code behind those tests
// (docs/classification.md#constant-arguments).
// RUN: %quadrant --show-pure %s %S/Inputs/constant-arguments-callee.cpp -- -std=c++20 | FileCheck %s
// The guards and constants are facts: exported and linked later, the same.
// RUN: rm -rf %t && %quadrant --export-facts=%t %s %S/Inputs/constant-arguments-callee.cpp -o /dev/null -- -std=c++20
// RUN: %quadrant link --show-pure %t | FileCheck %s
// RUN: %quadrant --explain pause_torrent %s %S/Inputs/constant-arguments-callee.cpp -- -std=c++20 | FileCheck %s --check-prefix=EXPLAIN
// RUN: %quadrant --explain start_fast %s %S/Inputs/constant-arguments-callee.cpp -- -std=c++20 | FileCheck %s --check-prefix=EXPLAIN-PASSED
// RUN: %quadrant --checks='-*,blocking-under-lock' %s %S/Inputs/constant-arguments-callee.cpp -- -std=c++20 | FileCheck %s --check-prefix=LOCK --implicit-check-not=warning:

#include <mutex>
#include <unistd.h>

// The shape of libtorrent's pause(): set_paused(true) never waits.
void set_paused(bool paused) {
  if (!paused) {
    sleep(1);
  }
}
// CHECK: constant-arguments.cpp:[[@LINE-5]]:6: 'set_paused' is sync-blocking
void pause_torrent() { set_paused(true); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'pause_torrent' is sync-nonblocking (pure computation
// EXPLAIN: What its constant arguments rule out
// EXPLAIN-NEXT: set_paused at {{.*}}constant-arguments.cpp:[[@LINE-3]]:24 is given paused = true: its call of sleep at {{.*}}constant-arguments.cpp:18:5 runs only when paused is false, so it does not run through this call.
// Near miss: the constant that passes the test.
void resume() { set_paused(false); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'resume' is sync-blocking
// Near miss: an argument that is not a constant keeps every site.
bool global_flag;
void toggle() { set_paused(global_flag); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'toggle' is sync-blocking

// An early return on a null pointer, and a pointer that is not null.
void log_to(int *fd) {
  if (fd == nullptr)
    return;
  usleep(10);
}
void no_log() { log_to(nullptr); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'no_log' is sync-nonblocking (pure computation
int descriptor;
void log_here() { log_to(&descriptor); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'log_here' is sync-blocking

// switch cases, the default, and an integer compared with a constant.
enum class Mode { Fast, Slow, Careful };
void run(Mode mode) {
  switch (mode) {
  case Mode::Fast:
    break;
  case Mode::Slow:
    sleep(1);
    break;
  default:
    usleep(5);
  }
}
void run_fast() { run(Mode::Fast); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'run_fast' is sync-nonblocking (pure computation
void run_careful() { run(Mode::Careful); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'run_careful' is sync-blocking
int enabled_levels();
void wait_at(int level) {
  if (enabled_levels() && level == 3)
    sleep(1);
}
void at_two() { wait_at(2); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'at_two' is sync-nonblocking (pure computation
void at_three() { wait_at(3); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'at_three' is sync-blocking

// A constant passed straight on to the next call.
void start(bool fast) { set_paused(fast); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'start' is sync-blocking
void start_fast() { start(true); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'start_fast' is sync-nonblocking (pure computation
// EXPLAIN-PASSED: What its constant arguments rule out
// EXPLAIN-PASSED-NEXT: Through start, set_paused at {{.*}}constant-arguments.cpp:[[@LINE-5]]:25 is given paused = true: its call of sleep

// Near miss: a parameter the function changes is not tested.
void flip(bool paused) {
  paused = !paused;
  if (!paused)
    sleep(1);
}
void flip_true() { flip(true); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'flip_true' is sync-blocking

// The callee is in another file.
void flush_log(bool sync);
void quick_log() { flush_log(false); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'quick_log' is sync-nonblocking (pure computation
void durable_log() { flush_log(true); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'durable_log' is sync-blocking

// Recursion ends: past the bound on context, the code stays.
void retry(bool quiet, int left) {
  if (!quiet)
    sleep(1);
  if (left > 0)
    retry(quiet, left - 1);
}
void retry_quietly() { retry(true, 3); }
// CHECK: constant-arguments.cpp:[[@LINE-1]]:6: 'retry_quietly' is sync-blocking

// The checks follow the same calls: no wait under the lock here...
std::mutex m;
void pause_locked() {
  std::lock_guard<std::mutex> hold(m);
  set_paused(true);
}
// ...and one here.
void resume_locked() {
  std::lock_guard<std::mutex> hold(m);
  set_paused(false);
  // LOCK: constant-arguments.cpp:[[@LINE-1]]:3: warning: call to 'set_paused', which blocks, while holding 'hold' {{.*}} [quadrant-blocking-under-lock]
}
