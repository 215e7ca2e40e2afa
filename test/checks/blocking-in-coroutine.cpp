// RUN: %quadrant -j1 --checks=-*,quadrant-blocking-in-coroutine %s -- -std=c++20 | %findings

#include <chrono>
#include <coroutine>
#include <mutex>
#include <thread>
#include <unistd.h>

struct task {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
struct ready_later {
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return 0; }
};
ready_later async_read_data();

void fetch_sync(int fd, char *b) { read(fd, b, 1); }
void fetch_twice(int fd, char *b) { fetch_sync(fd, b); }

task direct(int fd, char *b) {
  read(fd, b, 1);
  // CHECK: :[[@LINE-1]]:3: warning: blocking call to 'read' in coroutine 'direct' stalls its thread instead of suspending; co_await an asynchronous operation instead [quadrant-blocking-in-coroutine]
  // CHECK-NEXT: :[[@LINE-2]]:3: note: 'read' is sync-blocking: waits until data arrives; {{.*}}
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // CHECK: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' in coroutine 'direct'
  co_return;
}

// Through called functions: the notes follow the chain to the blocking call.
task through_calls(int fd, char *b) {
  fetch_twice(fd, b);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'fetch_twice', which blocks, in coroutine 'through_calls' stalls its thread
  // CHECK-NEXT: :[[@LINE-15]]:37: note: 'fetch_twice' calls 'fetch_sync', which blocks
  // CHECK-NEXT: :[[@LINE-17]]:36: note: 'read' is sync-blocking: {{.*}}
  co_await async_read_data();
}

// Near misses: awaiting an asynchronous read suspends the coroutine; a
// lambda the coroutine only creates runs elsewhere; a plain function that
// blocks is not a coroutine.
task awaits(int fd, char *b) {
  int n = co_await async_read_data();
  auto later = [=] { read(fd, b, n); };
  std::thread(later).detach();
}
void plain(int fd, char *b) { read(fd, b, 1); }

// A coroutine awaiting another coroutine runs it on this thread: blocking
// inside the awaited one is reported there, where it happens.
task inner(int fd, char *b) {
  read(fd, b, 1);
  // CHECK: :[[@LINE-1]]:3: warning: blocking call to 'read' in coroutine 'inner'
  co_return;
}

// Near misses: a generator is synchronous, so its caller waits for each value
// anyway; a short critical section is not a stall (holding the lock across a
// suspension is suspend-under-lock's to report).
struct generator {
  struct promise_type {
    generator get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(char) { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
generator bytes(int fd) {
  char c;
  while (read(fd, &c, 1) == 1)
    co_yield c;
}
std::mutex counter_mutex;
int counter;
task counts() {
  {
    std::lock_guard<std::mutex> guard(counter_mutex);
    ++counter;
  }
  co_await async_read_data();
}

// An awaited coroutine that blocks is reported once, in itself (see 'inner'
// above), not again in every coroutine that awaits it.
task outer(int fd, char *b) { co_await inner(fd, b); }
