// Coroutines: async unless they only co_yield; they make their caller block
// only when the caller co_awaits them.
// RUN: %quadrant-cxx | %check

#include <coroutine>
#include <unistd.h>

// Eager task type: runs until its first suspension, like many real ones.
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
// The promise and awaiter members are plain functions, all pure.
// CHECK-COUNT-8: 'Task::{{.*}}' is sync-nonblocking (pure computation

struct Gen {
  struct promise_type {
    Gen get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int) { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
// CHECK-COUNT-6: 'Gen::promise_type::{{.*}}' is sync-nonblocking (pure computation

// A coroutine with only co_return is still async: its caller gets a Task.
Task finish() { co_return; }
// CHECK: :[[@LINE-1]]:6: 'finish' is async-nonblocking
// CHECK-NEXT: async: it is a coroutine; its caller gets a handle now and the result later

// A coroutine that blocks its thread.
Task slow_child() {
  sleep(1);
  co_return;
}
// CHECK: :[[@LINE-4]]:6: 'slow_child' is async-blocking
// CHECK-NEXT: blocks: slow_child -> sleep at
// CHECK-NEXT: async: it is a coroutine
// CHECK-NEXT: :[[@LINE-6]]:3: sleep is sync-blocking

// Awaiting it runs it on this thread: the awaiter blocks too.
Task awaits_child() { co_await slow_child(); }
// CHECK: :[[@LINE-1]]:6: 'awaits_child' is async-blocking
// CHECK-NEXT: blocks: awaits_child -> slow_child -> sleep at
// CHECK-NEXT: async: awaits_child -> co_await at {{.*}}coroutines.cpp:[[@LINE-3]]:23
// CHECK-NEXT: :[[@LINE-4]]:23: co_await is async-nonblocking: suspends the coroutine, not the thread{{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-5]]:32: slow_child is async-blocking: calls sleep at {{.*}}coroutines.cpp:43:3: suspends the calling thread until the time has passed

// Calling it without co_await only creates it: no blocking here.
Task starts_child() {
  slow_child();
  co_return;
}
// CHECK: :[[@LINE-4]]:6: 'starts_child' is async-nonblocking
// CHECK-NEXT: async: it is a coroutine
// CHECK-NEXT: :[[@LINE-5]]:3: slow_child is async-nonblocking: creates the coroutine slow_child without co_await; the blocking in its body does not run here

// A generator that only co_yields is synchronous.
Gen numbers() {
  co_yield 1;
  co_yield 2;
}
// CHECK: :[[@LINE-4]]:5: 'numbers' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-4]]:3: co_yield is sync-nonblocking: hands a value to the consumer{{.*}} [coro.co_yield]
// CHECK-NEXT: :[[@LINE-4]]:3: co_yield is sync-nonblocking

// CHECK: 19 functions: 0 sync-blocking, 15 sync-nonblocking (14 pure computation), 2 async-blocking, 2 async-nonblocking
