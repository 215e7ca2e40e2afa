// Templates that nothing in the TU instantiates: their calls that depend on
// a template parameter are resolved by name against the rule base, and say
// so. A template that is instantiated reports from its instantiations, as
// before, and an object whose type is a bare template parameter names no
// class, so a call on it stays unlabeled.
// RUN: %quadrant-cxx | %check

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <future>
#include <list>
#include <mutex>
#include <queue>
#include <thread>
#include <unistd.h>
#include <vector>

// A divide-and-conquer sort: the lower half is sorted as a task, the upper
// half here, recursively.
template <typename Item>
std::list<Item> sort_in_parallel(std::list<Item> items) {
  if (items.size() < 2)
    return items;
  std::list<Item> sorted;
  sorted.splice(sorted.begin(), items, items.begin());
  const Item &pivot = sorted.front();
  auto middle = std::partition(items.begin(), items.end(), [&](const Item &x) { return x < pivot; });
  std::list<Item> smaller;
  smaller.splice(smaller.end(), items, items.begin(), middle);
  std::future<std::list<Item>> smaller_done =
      std::async(&sort_in_parallel<Item>, std::move(smaller));
  std::list<Item> larger = sort_in_parallel(std::move(items));
  sorted.splice(sorted.end(), larger);
  sorted.splice(sorted.begin(), smaller_done.get());
  return sorted;
}
// CHECK: :[[@LINE-16]]:17: 'sort_in_parallel' is async-blocking
// CHECK-NEXT: blocks: sort_in_parallel -> std::future::get at {{.*}}:[[@LINE-4]]:46
// CHECK-NEXT: async: sort_in_parallel -> std::async at {{.*}}:[[@LINE-8]]:7
// CHECK-NEXT: :[[@LINE-9]]:7: std::async is async-nonblocking: runs the function as a task and returns a future for its result (in a template with no instantiation here: resolved by name) [std.async]
// CHECK-NEXT: :[[@LINE-9]]:28: sort_in_parallel is async-blocking: calls std::future::get at {{.*}}:35:46: waits until the shared state is ready (in a template with no instantiation here: resolved by name)
// CHECK-NEXT: :[[@LINE-8]]:46: std::future::get is sync-blocking: waits until the shared state is ready (in a template with no instantiation here: resolved by name) [std.future.get]
// CHECK: :[[@LINE-16]]:60: 'sort_in_parallel::(lambda at {{.*}})' is sync-nonblocking (pure

// A queue whose lock type is a parameter: every lock taken depends on it.
template <typename Item, typename Lock = std::mutex>
class locked_queue {
  Lock lock_;
  std::queue<Item> items_;
  std::condition_variable_any ready_;

public:
  void push(Item item) {
    // CHECK: :[[@LINE-1]]:8: 'locked_queue::push' is sync-blocking
    // CHECK-NEXT: blocks: locked_queue::push -> std::lock_guard::lock_guard at {{.*}}:[[@LINE+1]]:27
    std::lock_guard<Lock> guard(lock_);
    // CHECK-NEXT: :[[@LINE-1]]:27: std::lock_guard::lock_guard is sync-blocking: locks the mutex, waiting until it is free (in a template with no instantiation here: resolved by name) [std.lock_guard]
    items_.push(std::move(item));
    ready_.notify_one();
    // CHECK-NEXT: :[[@LINE-1]]:12: std::condition_variable_any::notify_one is sync-nonblocking
  }
  Item wait_and_pop() {
    // CHECK: :[[@LINE-1]]:8: 'locked_queue::wait_and_pop' is sync-blocking
    // CHECK-NEXT: blocks: locked_queue::wait_and_pop -> std::condition_variable_any::wait at {{.*}}:[[@LINE+3]]:12
    std::unique_lock<Lock> held(lock_);
    // CHECK-NEXT: :[[@LINE-1]]:28: std::unique_lock::unique_lock is sync-blocking: locks the mutex, waiting until it is free (in a template with no instantiation here: resolved by name) [std.unique_lock]
    ready_.wait(held, [this] { return !items_.empty(); });
    // CHECK-NEXT: :[[@LINE-1]]:12: std::condition_variable_any::wait is sync-blocking: {{.*}}(in a template with no instantiation here: resolved by name) [std.condition_variable.wait]
    // CHECK: :[[@LINE-2]]:23: 'locked_queue::wait_and_pop::(lambda at {{.*}})' is sync-nonblocking (pure
    Item front = std::move(items_.front());
    items_.pop();
    return front;
  }
  // A std::try_to_lock written at the call is not dependent: the rule's
  // case for it applies.
  bool try_pop(Item &out) {
    // CHECK: :[[@LINE-1]]:8: 'locked_queue::try_pop' is sync-nonblocking
    std::unique_lock<Lock> held(lock_, std::try_to_lock);
    // CHECK-NEXT: :[[@LINE-1]]:28: std::unique_lock::unique_lock is sync-nonblocking: {{.*}}(in a template with no instantiation here: resolved by name) [std.unique_lock]
    if (!held || items_.empty())
      return false;
    out = std::move(items_.front());
    items_.pop();
    return true;
  }
};

// A generic lambda that nothing calls; its reads and sleeps depend on `auto`.
auto drain = [](auto fd, auto pause) {
  // CHECK: :[[@LINE-1]]:14: '(lambda at {{.*}})' is sync-blocking
  // CHECK-NEXT: blocks: (lambda at {{.*}}) -> read at {{.*}}:[[@LINE+2]]:10
  char buffer[64];
  while (read(fd, buffer, sizeof buffer) > 0)
    // CHECK-NEXT: :[[@LINE-1]]:10: read is sync-blocking: {{.*}}(in a template with no instantiation here: resolved by name) [posix.read]
    std::this_thread::sleep_for(pause);
  // CHECK-NEXT: :[[@LINE-1]]:5: std::this_thread::sleep_for is sync-blocking: {{.*}}(in a template with no instantiation here: resolved by name) [std.this_thread.sleep]
};

// Threads started from a dependent callable, kept in a vector or detached.
template <typename Job>
void start_all(Job job, int n) {
  // CHECK: :[[@LINE-1]]:6: 'start_all' is async-blocking
  std::vector<std::thread> workers;
  for (int i = 0; i < n; ++i)
    workers.emplace_back(job);
  // CHECK: :[[@LINE-1]]:13: std::vector::emplace_back is async-nonblocking: {{.*}}(in a template with no instantiation here: resolved by name) [std.thread.emplace]
  std::thread(job).detach();
  // CHECK-NEXT: :[[@LINE-1]]:3: std::thread::thread is async-nonblocking: {{.*}}(in a template with no instantiation here: resolved by name) [std.thread.start]
  // CHECK-NEXT: :[[@LINE-2]]:20: std::thread::detach is sync-nonblocking
  for (std::thread &t : workers)
    t.join();
  // CHECK-NEXT: :[[@LINE-1]]:7: std::thread::join is sync-blocking
}

// Near miss: `Future` is a bare template parameter. Its get() could be
// anything's, so it is not labeled.
template <typename Future>
auto first_result(Future pending) {
  // CHECK: :[[@LINE-1]]:6: 'first_result' is sync-nonblocking (pure
  return pending.get();
}

// Near miss: an instantiated template reports what its instantiation does,
// with no "resolved by name".
template <typename Value>
Value wait_for_value(std::future<Value> &pending) {
  // CHECK: :[[@LINE-1]]:7: 'wait_for_value' is sync-blocking
  // CHECK-NEXT: blocks: wait_for_value -> std::future::get at
  return pending.get();
  // CHECK-NEXT: :[[@LINE-1]]:18: std::future::get is sync-blocking: waits until the shared state is ready [std.future.get]{{$}}
}
int use_wait(std::future<int> &f) { return wait_for_value(f); }
// CHECK: :[[@LINE-1]]:5: 'use_wait' is sync-blocking
// CHECK-NEXT: blocks: use_wait -> wait_for_value -> std::future::get at
// CHECK-NEXT: :[[@LINE-3]]:44: wait_for_value is sync-blocking: calls std::future::get at {{.*}}:130:18: waits until the shared state is ready

// A braced temporary: the arguments inside the braces are the constructor's.
template <typename Lock>
bool try_briefly(Lock &l) {
  // CHECK: :[[@LINE-1]]:6: 'try_briefly' is sync-nonblocking
  auto held = std::unique_lock<Lock>{l, std::try_to_lock};
  // CHECK-NEXT: :[[@LINE-1]]:15: std::unique_lock::unique_lock is sync-nonblocking: {{.*}}(in a template with no instantiation here: resolved by name) [std.unique_lock]
  return held.owns_lock();
}
