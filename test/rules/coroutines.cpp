// Rules of rules/coroutines.yaml, with a minimal task and generator written
// against the real <coroutine> of libstdc++.
// RUN: %quadrant-cxx | %check

#include <coroutine>

// A lazy task that delivers nothing.
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
// CHECK: :[[@LINE-7]]:10: 'Task::promise_type::get_return_object' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:25: 'Task::promise_type::initial_suspend' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:25: 'Task::promise_type::final_suspend' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:10: 'Task::promise_type::return_void' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:10: 'Task::promise_type::unhandled_exception' is sync-nonblocking (pure computation

// A generator of ints.
struct Generator {
  struct promise_type {
    int value = 0;
    Generator get_return_object() {
      return {std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int v) {
      value = v;
      return {};
    }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
  bool next() {
    handle.resume();
    return !handle.done();
  }
  int value() const { return handle.promise().value; }
};
// CHECK: :[[@LINE-19]]:15: 'Generator::promise_type::get_return_object' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-17]]:25: 'Generator::promise_type::initial_suspend' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-17]]:25: 'Generator::promise_type::final_suspend' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-17]]:25: 'Generator::promise_type::yield_value' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-14]]:10: 'Generator::promise_type::return_void' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-14]]:10: 'Generator::promise_type::unhandled_exception' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-12]]:8: 'Generator::next' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:7: 'Generator::value' is sync-nonblocking (pure computation

// coro.co_await: suspends the coroutine, not the thread.
Task awaits() {
  co_await std::suspend_always{};
  co_await std::suspend_never{};
}
// CHECK: :[[@LINE-4]]:6: 'awaits' is async-nonblocking
// CHECK-NEXT: async: awaits -> co_await at {{.*}}coroutines.cpp:[[@LINE-4]]:3
// CHECK-NEXT: :[[@LINE-5]]:3: co_await is async-nonblocking: suspends the coroutine, not the thread; it resumes when the awaited operation completes [coro.co_await]
// CHECK-NEXT: :[[@LINE-5]]:3: co_await is async-nonblocking: {{.*}} [coro.co_await]

// A coroutine with only co_return still delivers its result later.
Task finishes() { co_return; }
// CHECK: :[[@LINE-1]]:6: 'finishes' is async-nonblocking
// CHECK-NEXT: async: it is a coroutine; its caller gets a handle now and the result later

// coro.co_yield: a generator that only co_yields is synchronous.
Generator counts() {
  for (int i = 0; i < 3; ++i)
    co_yield i;
}
// CHECK: :[[@LINE-4]]:11: 'counts' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-3]]:5: co_yield is sync-nonblocking: hands a value to the consumer and suspends until the next one is asked for [coro.co_yield]

// A generator that also co_awaits is asynchronous.
Generator counts_later() {
  co_await std::suspend_always{};
  co_yield 1;
  co_return;
}
// CHECK: :[[@LINE-5]]:11: 'counts_later' is async-nonblocking
// CHECK-NEXT: async: counts_later -> co_await at {{.*}}coroutines.cpp:[[@LINE-5]]:3
// CHECK-NEXT: :[[@LINE-6]]:3: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-6]]:3: co_yield is sync-nonblocking: {{.*}} [coro.co_yield]

// A coroutine lambda is a coroutine too, and calling it is asynchronous.
void lambda_task() {
  auto task = []() -> Task { co_await std::suspend_always{}; };
  task();
}
// CHECK: :[[@LINE-4]]:6: 'lambda_task' is async-nonblocking
// CHECK-NEXT: async: lambda_task -> lambda_task::(lambda at [[@LINE-4]]:15) -> co_await at {{.*}}coroutines.cpp:[[@LINE-4]]:30
// CHECK-NEXT: :[[@LINE-4]]:3: lambda_task::(lambda at [[@LINE-5]]:15) is async-nonblocking: calls co_await at {{.*}}coroutines.cpp:[[@LINE-5]]:30: suspends the coroutine, not the thread{{.*}}
// CHECK:      :[[@LINE-6]]:15: 'lambda_task::(lambda at [[@LINE-6]]:15)' is async-nonblocking
// CHECK-NEXT: async: {{.*}}
// CHECK-NEXT: :[[@LINE-8]]:30: co_await is async-nonblocking: {{.*}} [coro.co_await]

// Calling a task starts asynchronous work; consuming a generator does not,
// though the consumer is not pure computation either.
void launch() { finishes(); }
// CHECK: :[[@LINE-1]]:6: 'launch' is async-nonblocking
// CHECK-NEXT: async: launch -> finishes at {{.*}}coroutines.cpp:[[@LINE-2]]:17
// CHECK-NEXT: :[[@LINE-3]]:17: finishes is async-nonblocking: is a coroutine: its caller gets a handle now and the result later
int consume() {
  Generator g = counts();
  int sum = 0;
  while (g.next())
    sum += g.value();
  return sum;
}
// CHECK: :[[@LINE-7]]:5: 'consume' is sync-nonblocking{{$}}

// Look-alikes: functions that return a Task or a Generator, or call the
// awaiter's members by hand, without co_await, co_yield or co_return, are
// not coroutines.
Task not_a_coroutine() { return {}; }
// CHECK: :[[@LINE-1]]:6: 'not_a_coroutine' is sync-nonblocking (pure computation
void by_hand() {
  std::suspend_always awaiter;
  if (!awaiter.await_ready())
    awaiter.await_resume();
}
// CHECK: :[[@LINE-5]]:6: 'by_hand' is sync-nonblocking (pure computation

// CHECK: 23 functions: 0 sync-blocking, 17 sync-nonblocking (15 pure computation), 0 async-blocking, 6 async-nonblocking
