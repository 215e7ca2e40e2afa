// RUN: %quadrant -j1 --checks=-*,quadrant-suspend-under-lock %s -- -std=c++20 | %findings

#include <coroutine>
#include <mutex>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
struct generator {
  struct promise_type {
    generator get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int) { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
std::suspend_always next_event();
std::mutex mu;

task awaits_under_lock() {
  std::lock_guard<std::mutex> guard(mu);
  co_await next_event();
  // CHECK: :[[@LINE-1]]:3: warning: 'co_await' suspends coroutine 'awaits_under_lock' while 'guard' is locked; release the lock before suspending [quadrant-suspend-under-lock]
  // CHECK-NEXT: :[[@LINE-3]]:31: note: 'guard' is locked here
}

generator yields_under_lock() {
  mu.lock();
  co_yield 1;
  // CHECK: :[[@LINE-1]]:3: warning: 'co_yield' suspends coroutine 'yields_under_lock' while 'mu' is locked
  // CHECK-NEXT: :[[@LINE-3]]:6: note: 'mu' is locked here
  mu.unlock();
}

// Near misses: the lock's block ends before the suspension; the lock is
// released first.
task scoped_before() {
  {
    std::lock_guard<std::mutex> guard(mu);
  }
  co_await next_event();
}
task unlocked_before() {
  std::unique_lock<std::mutex> lock(mu);
  lock.unlock();
  co_await next_event();
}

// Templates nothing instantiates: the lock and the co_await depend on a
// template parameter and are resolved by name.
template <typename Mutex, typename Event>
task awaits_under_dependent_lock(Mutex &m, Event event) {
  std::lock_guard<Mutex> guard(m);
  co_await event;
  // CHECK: :[[@LINE-1]]:3: warning: 'co_await' suspends coroutine 'awaits_under_dependent_lock' while 'guard' is locked; release the lock before suspending [quadrant-suspend-under-lock]
  // CHECK-NEXT: :[[@LINE-3]]:26: note: 'guard' is locked here
}
auto generic_handler = [](auto &m) -> task {
  std::unique_lock lock(m);
  co_await next_event();
  // CHECK: :[[@LINE-1]]:3: warning: 'co_await' suspends coroutine '(lambda at {{.*}})' while 'lock' is locked
  // CHECK-NEXT: :[[@LINE-3]]:20: note: 'lock' is locked here
};
