// RUN: %quadrant -j1 --checks=-*,quadrant-busy-wait-loop %s -- -std=c++20 | %findings

#include <atomic>
#include <chrono>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;
std::atomic<bool> done;
bool ready();

void spin_on_flag() {
  while (!done.load())
    std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-2]]:3: warning: loop polls its condition and sleeps with 'std::this_thread::sleep_for'; wait on a condition variable, std::atomic::wait or a semaphore so the waiter wakes when the condition changes [quadrant-busy-wait-loop]
  // CHECK-NEXT: :[[@LINE-2]]:5: note: 'std::this_thread::sleep_for' sleeps here
}

void spin_on_call() {
  do {
    usleep(100);
  } while (!ready());
  // CHECK: :[[@LINE-3]]:3: warning: loop polls its condition and sleeps with 'usleep'
  // CHECK-NEXT: :[[@LINE-3]]:5: note: 'usleep' sleeps here
}

// Near misses: a periodic task (no condition), a loop that does work
// between sleeps, a bounded retry, and waiting on the atomic itself.
void periodic() {
  while (true)
    std::this_thread::sleep_for(1s);
}
int work();
void works_between() {
  while (!done) {
    work();
    std::this_thread::sleep_for(1ms);
  }
}
void retry() {
  for (int i = 0; i < 3 && !ready(); ++i)
    sleep(1);
}
void waits() { done.wait(false); }

// More near misses: the condition only changes on this thread, by counting
// down or by the clock (that is a sleep until a deadline).
void counted() {
  int tries = 5;
  while (tries-- > 0)
    sleep(1);
}
void until(std::chrono::steady_clock::time_point deadline) {
  while (std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(10ms);
}

// A flag polled with a deadline is still polled: the clock only bounds the
// wait (a condition variable's wait_until does both).
bool ready_by(std::chrono::steady_clock::time_point deadline) {
  while (!done && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-2]]:3: warning: loop polls its condition and sleeps with 'std::this_thread::sleep_for'
  // CHECK-NEXT: :[[@LINE-2]]:5: note: 'std::this_thread::sleep_for' sleeps here
  return done;
}

// Near misses: a constant beside the clock is still a sleep until a time, and
// a retry that counts down is bounded however it tests for success.
constexpr bool kWaitForDeadline = true;
void until_enabled(std::chrono::steady_clock::time_point deadline) {
  while (kWaitForDeadline && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(10ms);
}
void retry_counted(int tries) {
  while (tries-- > 0 && !ready())
    sleep(1);
}
