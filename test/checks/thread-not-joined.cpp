// RUN: %quadrant -j1 --checks=-*,quadrant-thread-not-joined %s -- -std=c++20 | %findings

#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

void work();
bool failed();

void never_joined() {
  std::thread t(work);
  // CHECK: :[[@LINE-1]]:15: warning: thread 't' can be destroyed while joinable, which calls std::terminate; join() or detach() it on every path [quadrant-thread-not-joined]
  // CHECK-NEXT: :[[@LINE+1]]:1: note: 't' is still joinable when it goes out of scope here
}

void early_return() {
  std::thread t(work);
  // CHECK: :[[@LINE-1]]:15: warning: thread 't' can be destroyed while joinable
  if (failed())
    return;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: 't' is still joinable when the function returns here
  t.join();
}

void throws() {
  std::thread t(work);
  // CHECK: :[[@LINE-1]]:15: warning: thread 't' can be destroyed while joinable
  if (failed())
    throw std::runtime_error("failed");
  // CHECK-NEXT: :[[@LINE-1]]:5: note: 't' is still joinable when an exception thrown here unwinds it
  t.join();
}

void joined_on_one_branch(bool b) {
  std::thread t(work);
  // CHECK: :[[@LINE-1]]:15: warning: thread 't' can be destroyed while joinable
  if (b)
    t.join();
}
// CHECK-NEXT: :[[@LINE-1]]:1: note: 't' is still joinable when it goes out of scope here

// Near misses: joined or detached on every path, checked with joinable(),
// moved away, returned, never started, or a std::jthread (it joins itself).
void joined_on_every_path(bool b) {
  std::thread t(work);
  if (b) {
    t.join();
    return;
  }
  t.detach();
}
void checked() {
  std::thread t(work);
  if (t.joinable())
    t.join();
}
void moved(std::vector<std::thread> &pool) {
  std::thread t(work);
  pool.push_back(std::move(t));
}
std::thread returned() {
  std::thread t(work);
  return t;
}
void not_started() { std::thread t; }
// A guard object joins the thread in its destructor (C++ Concurrency in
// Action, 2.3): the thread is the guard's to join.
class thread_guard {
  std::thread &t;

public:
  explicit thread_guard(std::thread &t_) : t(t_) {}
  ~thread_guard() {
    if (t.joinable())
      t.join();
  }
  thread_guard(const thread_guard &) = delete;
};
void guarded() {
  std::thread t(work);
  thread_guard g(t);
  if (failed())
    throw std::runtime_error("failed");
}
void self_joining() { std::jthread t(work); }

// A const reference only looks at the thread: it stays this function's to join.
struct Logger {
  explicit Logger(const std::thread &) {}
  ~Logger() {}
};
void only_logged() {
  std::thread t(work);
  // CHECK: :[[@LINE-1]]:15: warning: thread 't' can be destroyed while joinable
  Logger l(t);
}
// CHECK-NEXT: :[[@LINE-1]]:1: note: 't' is still joinable when it goes out of scope here

// A loop that only a break or a return leaves: the CFG has no edge out of
// `while (true)` (this used to crash the analysis).
void serve_until_stopped() {
  std::thread t(work);
  while (true) {
    if (failed())
      break;
  }
  t.join();
}

void serve_or_give_up() {
  std::thread t(work);
  // CHECK: :[[@LINE-1]]:15: warning: thread 't' can be destroyed while joinable
  for (;;) {
    if (failed())
      return;
    // CHECK-NEXT: :[[@LINE-1]]:7: note: 't' is still joinable when the function returns here
    if (!failed())
      break;
  }
  t.join();
}
