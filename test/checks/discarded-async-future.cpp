// RUN: %quadrant -j1 --checks=-*,quadrant-discarded-async-future %s -- -std=c++20 | %findings

#include <future>

int compute();

void fire_and_forget() {
  std::async(std::launch::async, compute);
  // CHECK: :[[@LINE-1]]:3: warning: the future returned by 'std::async' is discarded; its destructor waits for the task here, so the call runs synchronously; keep the future and wait for it later [quadrant-discarded-async-future]
  (void)std::async(std::launch::async, compute);
  // CHECK: :[[@LINE-1]]:9: warning: the future returned by 'std::async'
  std::async(compute);
  // CHECK: :[[@LINE-1]]:3: warning: the future returned by 'std::async'
  std::launch policy = std::launch::async;
  std::async(policy, compute);
  // CHECK: :[[@LINE-1]]:3: warning: the future returned by 'std::async'
}

// A named future that nothing waits for waits where it dies.
void left_to_die() {
  auto f = std::async(std::launch::async, compute);
}
// CHECK: :[[@LINE-1]]:1: warning: a future of an asynchronous task is destroyed here without get() or wait(); its destructor waits for the task, so the work is not asynchronous past this point; return the future or move it to whoever needs the result [quadrant-discarded-async-future]
// CHECK-NEXT: :[[@LINE-2]]:1: note: 'f', declared at line [[@LINE-3]], is destroyed here: it holds the result of std::async, and nothing called get() or wait() on it or took it over, so its destructor waits here for the task to finish

// Near misses: the future is kept (and waited for, or returned); a deferred
// task that is discarded never runs, which is a different bug.
int kept() {
  auto f = std::async(std::launch::async, compute);
  return f.get();
}
std::future<int> handed_back() { return std::async(std::launch::async, compute); }
std::future<int> moved_out() {
  auto f = std::async(std::launch::async, compute);
  return f;
}
void deferred_named() { auto f = std::async(std::launch::deferred, compute); }
void deferred() { std::async(std::launch::deferred, compute); }

// A template nothing instantiates: std::async is resolved by name, and its
// launch policy, which does not depend on the template parameter, counts.
template <typename Job>
void fire_job(Job job) {
  std::async(std::launch::async, job);
  // CHECK: :[[@LINE-1]]:3: warning: the future returned by 'std::async' is discarded
  auto kept = std::async(std::launch::async, job);
}
