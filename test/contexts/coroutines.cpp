// Coroutines without an event loop: each created task takes turns on the
// thread that resumes it. One only ever awaited runs as part of its awaiter.
// RUN: %quadrant -j1 --show-pure %s -- -std=c++20 | FileCheck %s

#include <coroutine>
#include <deque>
#include <exception>

std::deque<std::coroutine_handle<>> ready;

struct Yield {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) { ready.push_back(h); }
  void await_resume() const noexcept {}
};

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() const noexcept {}
};

void note() {}

Task inner() {
  note();
  co_await Yield{};
}

Task outer() {
  co_await inner();
  co_await Yield{};
}

void resume_all() {
  while (!ready.empty()) {
    auto h = ready.front();
    ready.pop_front();
    h.resume();
  }
}

int main() {
  outer();
  outer();
  resume_all();
}

// One coroutine is a task of its own (outer, created twice at one place);
// inner is only awaited.
// CHECK: program: concurrent, not parallel: one thread interleaves 1 coroutine
// CHECK-NEXT: coroutines: 1;
// CHECK-NOT: could run on two threads
// CHECK: 'note' is sync-nonblocking
// CHECK-NEXT: runs on: the main thread; a coroutine, on the thread of the code that resumes it{{$}}
// CHECK: 'inner' is async-nonblocking
// CHECK: runs on: the main thread; a coroutine, on the thread of the code that resumes it{{$}}
// CHECK: 'outer' is async-nonblocking
// CHECK: runs on: the main thread; a coroutine, on the thread of the code that resumes it{{$}}
