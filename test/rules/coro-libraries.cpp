// Rules of rules/coro-libraries.yaml. cppcoro, libcoro, folly::coro and
// stdexec are not packaged in Debian 12, so their shapes are declared here as
// each library spells them: free functions (cppcoro, libcoro) and function
// objects (folly's blockingWait, stdexec's sync_wait and when_all).
// RUN: %quadrant-cxx | %check

#include <coroutine>

template <class T> struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(T) {}
    void unhandled_exception() {}
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T{}; }
};
// CHECK: :[[@LINE-10]]:10: 'task::promise_type::get_return_object' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-10]]:25: 'task::promise_type::initial_suspend' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-10]]:25: 'task::promise_type::final_suspend' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-10]]:10: 'task::promise_type::return_value' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-10]]:10: 'task::promise_type::unhandled_exception' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:8: 'task::await_ready' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:8: 'task::await_suspend' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:5: 'task::await_resume' is sync-nonblocking (pure computation

namespace cppcoro {
template <class A> int sync_wait(A &&);
template <class... A> task<int> when_all(A &&...);
template <class... A> task<int> when_all_ready(A &&...);
} // namespace cppcoro
namespace coro {
template <class A> int sync_wait(A &&);
template <class... A> task<int> when_any(A &&...);
} // namespace coro
namespace folly::coro {
struct blocking_wait_fn {
  template <class A> int operator()(A &&) const;
};
inline constexpr blocking_wait_fn blockingWait{};
template <class... A> task<int> collectAll(A &&...);
} // namespace folly::coro
namespace stdexec {
namespace __sync_wait {
struct sync_wait_t {
  template <class S> int operator()(S &&) const;
};
} // namespace __sync_wait
namespace __when_all {
struct when_all_t {
  template <class... S> task<int> operator()(S &&...) const;
};
} // namespace __when_all
inline constexpr __sync_wait::sync_wait_t sync_wait{};
inline constexpr __when_all::when_all_t when_all{};
} // namespace stdexec

task<int> work() { co_return 1; }
// CHECK: :[[@LINE-1]]:11: 'work' is async-nonblocking
// CHECK-NEXT: async: it is a coroutine; its caller gets a handle now and the result later

// coro.sync_wait: each library's sync_wait waits on the calling thread. The
// function is async-blocking, as one that calls std::async and then get()
// is: calling the coroutine work() starts a task, and sync_wait waits for it.
int main_thread() {
  int n = cppcoro::sync_wait(work());
  n += coro::sync_wait(work());
  n += folly::coro::blockingWait(work());
  n += stdexec::sync_wait(work());
  return n;
}
// CHECK: :[[@LINE-7]]:5: 'main_thread' is async-blocking
// CHECK-NEXT: blocks: main_thread -> cppcoro::sync_wait at {{.*}}coro-libraries.cpp:[[@LINE-7]]:11
// CHECK-NEXT: async: main_thread -> work at {{.*}}coro-libraries.cpp:[[@LINE-8]]:30
// CHECK-NEXT: :[[@LINE-9]]:11: cppcoro::sync_wait is sync-blocking: runs the task (or sender) and waits on this thread until it has finished: from the caller's view it is not asynchronous [coro.sync_wait]
// CHECK-NEXT: :[[@LINE-10]]:30: work is async-nonblocking: {{.*}}
// CHECK-NEXT: :[[@LINE-10]]:8: coro::sync_wait is sync-blocking: {{.*}} [coro.sync_wait]
// CHECK-NEXT: :[[@LINE-11]]:24: work is async-nonblocking: {{.*}}
// CHECK-NEXT: :[[@LINE-11]]:8: folly::coro::blocking_wait_fn::operator() is sync-blocking: {{.*}} [coro.sync_wait]
// CHECK-NEXT: :[[@LINE-12]]:34: work is async-nonblocking: {{.*}}
// CHECK-NEXT: :[[@LINE-12]]:8: stdexec::__sync_wait::sync_wait_t::operator() is sync-blocking: {{.*}} [coro.sync_wait]
// CHECK-NEXT: :[[@LINE-13]]:27: work is async-nonblocking: {{.*}}

// coro.when_all: the combinators build an awaitable; the coroutine that
// awaits it is suspended, not its thread.
task<int> together() {
  int n = co_await cppcoro::when_all(work(), work());
  n += co_await cppcoro::when_all_ready(work());
  n += co_await coro::when_any(work(), work());
  n += co_await folly::coro::collectAll(work());
  n += co_await stdexec::when_all(work());
  co_return n;
}
// CHECK: :[[@LINE-8]]:11: 'together' is async-nonblocking
// CHECK-NEXT: async: together -> co_await at {{.*}}coro-libraries.cpp:[[@LINE-8]]:11
// CHECK-NEXT: :[[@LINE-9]]:11: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-10]]:20: cppcoro::when_all is async-nonblocking: combines the tasks into one (an awaitable, a sender, a task) and returns it at once without waiting; co_await on it suspends the coroutine, not the thread, until all (when_all) or the first (when_any) have finished [coro.when_all]
// CHECK-NEXT: :[[@LINE-11]]:38: work is async-nonblocking: {{.*}}
// CHECK-NEXT: :[[@LINE-12]]:46: work is async-nonblocking: {{.*}}
// CHECK-NEXT: :[[@LINE-12]]:8: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-13]]:17: cppcoro::when_all_ready is async-nonblocking: {{.*}} [coro.when_all]
// CHECK-NEXT: :[[@LINE-14]]:41: work is async-nonblocking: {{.*}}
// CHECK-NEXT: :[[@LINE-14]]:8: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-15]]:17: coro::when_any is async-nonblocking: {{.*}} [coro.when_all]
// CHECK-NEXT: :[[@LINE-16]]:32: work is async-nonblocking: {{.*}}
// CHECK-NEXT: :[[@LINE-17]]:40: work is async-nonblocking: {{.*}}
// CHECK-NEXT: :[[@LINE-17]]:8: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-18]]:17: folly::coro::collectAll is async-nonblocking: {{.*}} [coro.when_all]
// CHECK-NEXT: :[[@LINE-19]]:41: work is async-nonblocking: {{.*}}
// CHECK-NEXT: :[[@LINE-19]]:8: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-20]]:17: stdexec::__when_all::when_all_t::operator() is async-nonblocking: {{.*}} [coro.when_all]
// CHECK-NEXT: :[[@LINE-21]]:35: work is async-nonblocking: {{.*}}

// Look-alikes: a global sync_wait, functions whose names only contain
// sync_wait or when_all, and a member named wait.
int sync_wait(int x) { return x; }
namespace mylib {
int sync_wait_for(int x) { return x; }
int try_sync_wait(int x) { return x; }
int when_all_done(int x) { return x; }
struct Scheduler {
  int wait(int x) { return x; }
};
} // namespace mylib
// CHECK: :[[@LINE-9]]:5: 'sync_wait' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-8]]:5: 'mylib::sync_wait_for' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-8]]:5: 'mylib::try_sync_wait' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-8]]:5: 'mylib::when_all_done' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:7: 'mylib::Scheduler::wait' is sync-nonblocking (pure computation
int look_alikes(mylib::Scheduler &s) {
  return sync_wait(1) + mylib::sync_wait_for(2) + mylib::try_sync_wait(3) + mylib::when_all_done(4) + s.wait(5);
}
// CHECK: :[[@LINE-3]]:5: 'look_alikes' is sync-nonblocking (pure computation

// CHECK: 17 functions: 0 sync-blocking, 14 sync-nonblocking (14 pure computation), 1 async-blocking, 2 async-nonblocking
