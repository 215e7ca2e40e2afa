// Rules of rules/std-thread.yaml against the real libstdc++ headers.
// RUN: %quadrant-cxx | %check

#include <chrono>
#include <deque>
#include <exception>
#include <future>
#include <list>
#include <stop_token>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

void work() {}
int answer() { return 42; }
// CHECK: :[[@LINE-2]]:6: 'work' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-2]]:5: 'answer' is sync-nonblocking (pure computation

// std.thread.start: constructing a thread starts it; the caller goes on.
// std.thread.detach: detaching returns at once.
void start(std::thread &t) {
  std::thread a(work);
  auto b = std::thread(work);
  t.detach();
}
// CHECK: :[[@LINE-5]]:6: 'start' is async-nonblocking
// CHECK-NEXT: async: start -> std::thread::thread at {{.*}}std-thread.cpp:[[@LINE-5]]:15
// CHECK-NEXT: :[[@LINE-6]]:15: std::thread::thread is async-nonblocking: starts a new thread {{.*}} [std.thread.start]
// CHECK-NEXT: :[[@LINE-6]]:12: std::thread::thread is async-nonblocking: {{.*}} [std.thread.start]
// CHECK-NEXT: :[[@LINE-6]]:5: std::thread::detach is sync-nonblocking: lets the thread run on its own; returns at once [std.thread.detach]

// std.jthread.destroy: a std::jthread joins in its destructor, reported where
// the variable is destroyed: the closing brace of its scope. Construction and
// destruction are both reported.
void scoped() { std::jthread t(work); }
// CHECK: :[[@LINE-1]]:6: 'scoped' is async-blocking
// CHECK-NEXT: blocks: scoped -> std::jthread::~jthread at {{.*}}std-thread.cpp:[[@LINE-2]]:39
// CHECK-NEXT: async: scoped -> std::jthread::jthread at {{.*}}std-thread.cpp:[[@LINE-3]]:30
// CHECK-NEXT: :[[@LINE-4]]:30: std::jthread::jthread is async-nonblocking: starts a new thread {{.*}} [std.jthread.start]
// CHECK-NEXT: :[[@LINE-5]]:39: std::jthread::~jthread is sync-blocking: 't', declared at line [[@LINE-5]], is destroyed here: a std::jthread joins its thread when it goes out of scope{{.*}} [std.jthread.destroy]

void scoped_braces() { std::jthread t{work}; }
// CHECK: :[[@LINE-1]]:6: 'scoped_braces' is async-blocking
// CHECK: :[[@LINE-2]]:37: std::jthread::jthread is async-nonblocking: {{.*}} [std.jthread.start]
// CHECK-NEXT: :[[@LINE-3]]:46: std::jthread::~jthread is sync-blocking: {{.*}} [std.jthread.destroy]

// Initialised from a call, the std::jthread still joins what it received.
std::jthread make_jthread();
void from_call() { std::jthread t = make_jthread(); }
// CHECK: :[[@LINE-1]]:6: 'from_call' is sync-blocking
// CHECK-NEXT: blocks: from_call -> std::jthread::~jthread at
// CHECK-NEXT: :[[@LINE-3]]:53: std::jthread::~jthread is sync-blocking: {{.*}} [std.jthread.destroy]

// Default-constructed thread objects run nothing and join nothing.
void idle() {
  std::thread a;
  std::thread b{};
  std::jthread c;
}
// CHECK: :[[@LINE-5]]:6: 'idle' is sync-nonblocking (pure computation

// Moving a thread object starts no thread; a std::jthread that took over a
// thread still joins it when it goes out of scope.
std::thread moved(std::thread &t, std::jthread &j) {
  std::thread a(std::move(t));
  std::jthread b(std::move(j));
  std::thread c = std::move(a);
  return c;
}
// CHECK: :[[@LINE-6]]:13: 'moved' is sync-blocking
// CHECK-NEXT: blocks: moved -> std::jthread::~jthread at {{.*}}std-thread.cpp:[[@LINE-3]]:3
// CHECK-NEXT: :[[@LINE-4]]:3: std::jthread::~jthread is sync-blocking: 'b', declared at line [[@LINE-6]], is destroyed here: {{.*}} [std.jthread.destroy]

// std.thread.join, std.thread.detach on std::thread and std::jthread
// (references: no destructor of the caller's runs here).
void joins(std::thread &t, std::jthread &j) {
  t.join();
  j.join();
  j.detach();
}
// CHECK: :[[@LINE-5]]:6: 'joins' is sync-blocking
// CHECK-NEXT: blocks: joins -> std::thread::join at {{.*}}std-thread.cpp:[[@LINE-5]]:5
// CHECK-NEXT: :[[@LINE-6]]:5: std::thread::join is sync-blocking: waits until the thread finishes [std.thread.join]
// CHECK-NEXT: :[[@LINE-6]]:5: std::jthread::join is sync-blocking: waits until the thread finishes [std.thread.join]
// CHECK-NEXT: :[[@LINE-6]]:5: std::jthread::detach is sync-nonblocking: {{.*}} [std.thread.detach]

// What the new thread runs does not block the function that starts it; the
// lambda is a function of its own.
void handoff() {
  std::thread t([] { std::this_thread::sleep_for(1s); });
  t.detach();
}
// CHECK: :[[@LINE-4]]:6: 'handoff' is async-nonblocking
// CHECK: :[[@LINE-4]]:15: std::thread::thread is async-nonblocking: {{.*}} [std.thread.start]
// CHECK-NEXT: :[[@LINE-4]]:5: std::thread::detach is sync-nonblocking: {{.*}} [std.thread.detach]
// CHECK:      :[[@LINE-6]]:17: 'handoff::(lambda at [[@LINE-6]]:17)' is sync-blocking
// CHECK: :[[@LINE-7]]:22: std::this_thread::sleep_for is sync-blocking: {{.*}} [std.this_thread.sleep]

// std.thread.emplace: a container of threads constructs a thread, starting it.
// Moving a thread in starts none, and containers of other types are not
// concurrency.
void pool(std::thread &t) {
  std::vector<std::thread> v;
  v.emplace_back(work);
  v.emplace(v.end(), work);
  v.emplace_back(std::move(t));
  std::vector<std::jthread> vj;
  vj.emplace_back(work);
  std::deque<std::thread> d;
  d.emplace_back(work);
  d.emplace_front(work);
  d.emplace(d.begin(), work);
  std::list<std::jthread> l;
  l.emplace_back(work);
  l.emplace_front(work);
  l.emplace(l.end(), work);
  std::vector<int> ints;
  ints.emplace_back(1);
  ints.emplace(ints.begin(), 2);
  for (std::thread &each : v)
    each.join();
}
// CHECK: :[[@LINE-21]]:6: 'pool' is async-blocking
// CHECK-NEXT: blocks: pool -> std::thread::join at {{.*}}std-thread.cpp:[[@LINE-3]]:10
// CHECK-NEXT: async: pool -> std::vector::emplace_back at {{.*}}std-thread.cpp:[[@LINE-21]]:5
// CHECK-NEXT: :[[@LINE-22]]:5: std::vector::emplace_back is async-nonblocking: constructs a thread in the container, starting it{{.*}} [std.thread.emplace]
// CHECK-NEXT: :[[@LINE-22]]:5: std::vector::emplace is async-nonblocking: {{.*}} [std.thread.emplace]
// CHECK-NEXT: :[[@LINE-20]]:6: std::vector::emplace_back is async-nonblocking: {{.*}} [std.thread.emplace]
// CHECK-NEXT: :[[@LINE-19]]:5: std::deque::emplace_back is async-nonblocking: {{.*}} [std.thread.emplace]
// CHECK-NEXT: :[[@LINE-19]]:5: std::deque::emplace_front is async-nonblocking: {{.*}} [std.thread.emplace]
// CHECK-NEXT: :[[@LINE-19]]:5: std::deque::emplace is async-nonblocking: {{.*}} [std.thread.emplace]
// CHECK-NEXT: :[[@LINE-18]]:5: std::list::emplace_back is async-nonblocking: {{.*}} [std.thread.emplace]
// CHECK-NEXT: :[[@LINE-18]]:5: std::list::emplace_front is async-nonblocking: {{.*}} [std.thread.emplace]
// CHECK-NEXT: :[[@LINE-18]]:5: std::list::emplace is async-nonblocking: {{.*}} [std.thread.emplace]
// CHECK-NEXT: :[[@LINE-14]]:10: std::thread::join is sync-blocking: {{.*}} [std.thread.join]
// The jthreads that vj and l own are joined where vj and l are destroyed.
// CHECK-NEXT: :[[@LINE-15]]:1: std::jthread::~jthread is sync-blocking: what 'l' owns is destroyed here: a std::jthread joins {{.*}} [std.jthread.destroy]

// std.async: a discarded future waits for the task in its destructor, so the
// call blocks; a kept future does not; std::launch::deferred runs nothing now.
void fire_and_wait() {
  std::async(std::launch::async, work);
  std::async(work);
  (void)std::async(work);
  std::async(std::launch::async | std::launch::deferred, work);
  std::async(std::launch::deferred, work);
}
// CHECK: :[[@LINE-7]]:6: 'fire_and_wait' is async-blocking
// CHECK-NEXT: blocks: fire_and_wait -> std::async at {{.*}}std-thread.cpp:[[@LINE-7]]:3
// CHECK-NEXT: async: fire_and_wait -> std::async at {{.*}}std-thread.cpp:[[@LINE-8]]:3
// CHECK-NEXT: :[[@LINE-9]]:3: std::async is async-blocking: the returned future is discarded, and its destructor waits for the task{{.*}} [std.async]
// CHECK-NEXT: :[[@LINE-9]]:3: std::async is async-blocking: the returned future is discarded{{.*}} [std.async]
// CHECK-NEXT: :[[@LINE-9]]:9: std::async is async-blocking: the returned future is discarded{{.*}} [std.async]
// CHECK-NEXT: :[[@LINE-9]]:3: std::async is async-blocking: the returned future is discarded{{.*}} [std.async]
// CHECK-NEXT: :[[@LINE-9]]:3: std::async is sync-nonblocking: std::launch::deferred runs nothing now{{.*}} [std.async]

// std.future.destroy: a future kept in a local that nothing waits for still
// waits for its task where it is destroyed, at the end of its scope.
void kept() {
  auto a = std::async(std::launch::async, answer);
  auto b = std::async(answer);
  std::future<int> c = std::async(std::launch::async | std::launch::deferred, answer);
}
// CHECK: :[[@LINE-5]]:6: 'kept' is async-blocking
// CHECK-NEXT: blocks: kept -> std::future::~future at {{.*}}std-thread.cpp:[[@LINE-2]]:1
// CHECK: :[[@LINE-6]]:12: std::async is async-nonblocking: {{.*}} [std.async]
// CHECK-NEXT: :[[@LINE-6]]:12: std::async is async-nonblocking: runs the function as a task and returns a future for its result [std.async]
// CHECK-NEXT: :[[@LINE-6]]:24: std::async is async-nonblocking: {{.*}} [std.async]
// CHECK-NEXT: :[[@LINE-6]]:1: std::future::~future is sync-blocking: {{.*}} is destroyed here: it holds the result of std::async, and nothing called get() or wait() on it or took it over, so its destructor waits here for the task to finish [std.future.destroy]

// Near misses: a future waited for, moved to the caller, or of a deferred
// task does not wait where it is destroyed.
int waited_for() {
  auto f = std::async(std::launch::async, answer);
  return f.get();
}
// CHECK: :[[@LINE-4]]:5: 'waited_for' is async-blocking
// CHECK-NEXT: blocks: waited_for -> std::future::get at {{.*}}std-thread.cpp:[[@LINE-3]]:12
// CHECK: :[[@LINE-5]]:12: std::async is async-nonblocking: {{.*}} [std.async]
// CHECK-NEXT: :[[@LINE-5]]:12: std::future::get is sync-blocking: {{.*}} [std.future.get]
std::future<int> handed_over() {
  auto f = std::async(std::launch::async, answer);
  return f;
}
// CHECK: :[[@LINE-4]]:18: 'handed_over' is async-nonblocking
// CHECK: :[[@LINE-4]]:12: std::async is async-nonblocking: {{.*}} [std.async]

void lazy() { auto f = std::async(std::launch::deferred, answer); }
// CHECK: :[[@LINE-1]]:6: 'lazy' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:24: std::async is sync-nonblocking: std::launch::deferred runs nothing now{{.*}} [std.async]

std::future<int> returned() { return std::async(answer); }
// CHECK: :[[@LINE-1]]:18: 'returned' is async-nonblocking
// CHECK: :[[@LINE-2]]:38: std::async is async-nonblocking: {{.*}} [std.async]

// std.future.get: get() and wait() wait for the result.
void waits(std::future<int> &f, std::future<void> &fv, std::shared_future<int> &sf) {
  f.get();
  f.wait();
  fv.get();
  sf.get();
  sf.wait();
}
// CHECK: :[[@LINE-7]]:6: 'waits' is sync-blocking
// CHECK-NEXT: blocks: waits -> std::future::get at {{.*}}std-thread.cpp:[[@LINE-7]]:5
// CHECK-NEXT: :[[@LINE-8]]:5: std::future::get is sync-blocking: waits until the shared state is ready [std.future.get]
// CHECK-NEXT: :[[@LINE-8]]:5: std::future::wait is sync-blocking: {{.*}} [std.future.get]
// CHECK-NEXT: :[[@LINE-8]]:6: std::future::get is sync-blocking: {{.*}} [std.future.get]
// CHECK-NEXT: :[[@LINE-8]]:6: std::shared_future::get is sync-blocking: {{.*}} [std.future.get]
// CHECK-NEXT: :[[@LINE-8]]:6: std::shared_future::wait is sync-blocking: {{.*}} [std.future.get]

// std.future.wait_for: a zero timeout only polls; any other timeout waits.
void polls(std::future<int> &f, std::shared_future<int> &sf) {
  constexpr auto zero = std::chrono::milliseconds(0);
  f.wait_for(0s);
  f.wait_for(std::chrono::seconds{0});
  f.wait_for(zero);
  sf.wait_for(0ms);
}
// CHECK: :[[@LINE-7]]:6: 'polls' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-6]]:5: std::future::wait_for is sync-nonblocking: a zero timeout checks whether the result is ready and returns at once [std.future.wait_for]
// CHECK-NEXT: :[[@LINE-6]]:5: std::future::wait_for is sync-nonblocking: {{.*}} [std.future.wait_for]
// CHECK-NEXT: :[[@LINE-6]]:5: std::future::wait_for is sync-nonblocking: {{.*}} [std.future.wait_for]
// CHECK-NEXT: :[[@LINE-6]]:6: std::shared_future::wait_for is sync-nonblocking: {{.*}} [std.future.wait_for]

void timed_waits(std::future<int> &f, std::shared_future<int> &sf) {
  f.wait_for(100ms);
  f.wait_until(std::chrono::steady_clock::now() + 1s);
  sf.wait_for(std::chrono::seconds{1});
  sf.wait_until(std::chrono::steady_clock::now() + 1s);
}
// CHECK: :[[@LINE-6]]:6: 'timed_waits' is sync-blocking
// CHECK-NEXT: blocks: timed_waits -> std::future::wait_for at {{.*}}std-thread.cpp:[[@LINE-6]]:5
// CHECK-NEXT: :[[@LINE-7]]:5: std::future::wait_for is sync-blocking: waits until the shared state is ready or the timeout expires [std.future.wait_for]
// CHECK-NEXT: :[[@LINE-7]]:5: std::future::wait_until is sync-blocking: {{.*}} [std.future.wait_for]
// CHECK-NEXT: :[[@LINE-7]]:6: std::shared_future::wait_for is sync-blocking: {{.*}} [std.future.wait_for]
// CHECK-NEXT: :[[@LINE-7]]:6: std::shared_future::wait_until is sync-blocking: {{.*}} [std.future.wait_for]

// std.promise.set: making the result ready returns at once.
void fulfil(std::promise<int> &p, std::promise<void> &pv) {
  p.set_value(1);
  p.set_exception(std::make_exception_ptr(1));
  pv.set_value();
}
// CHECK: :[[@LINE-5]]:6: 'fulfil' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-5]]:5: std::promise::set_value is sync-nonblocking: makes the result ready for the waiting future and returns at once [std.promise.set]
// CHECK-NEXT: :[[@LINE-5]]:5: std::promise::set_exception is sync-nonblocking: {{.*}} [std.promise.set]
// CHECK-NEXT: :[[@LINE-5]]:6: std::promise::set_value is sync-nonblocking: {{.*}} [std.promise.set]

// std.packaged_task.call: calling a packaged_task runs it on the caller.
// std.packaged_task.get_future: getting the future waits for nothing.
void run_task(std::packaged_task<int()> &task, std::packaged_task<void(int)> &sink,
              std::promise<int> &p) {
  auto f = task.get_future();
  task();
  sink.make_ready_at_thread_exit(1);
  auto g = p.get_future();
}
// CHECK: :[[@LINE-7]]:6: 'run_task' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-6]]:17: std::packaged_task::get_future is sync-nonblocking: returns the future that will receive the result; it waits for nothing [std.packaged_task.get_future]
// CHECK-NEXT: :[[@LINE-6]]:3: std::packaged_task::operator() is sync-nonblocking: runs the task on this thread, right now, and stores its result for the future; it starts no thread [std.packaged_task.call]
// CHECK-NEXT: :[[@LINE-6]]:8: std::packaged_task::make_ready_at_thread_exit is sync-nonblocking: {{.*}} [std.packaged_task.call]
// CHECK-NEXT: :[[@LINE-6]]:14: std::promise::get_future is sync-nonblocking: {{.*}} [std.packaged_task.get_future]

// A packaged_task handed to a thread runs there; the thread is what is async.
void task_on_thread() {
  std::packaged_task<int()> task(answer);
  auto f = task.get_future();
  std::thread t(std::move(task));
  f.get();
  t.join();
}
// CHECK: :[[@LINE-7]]:6: 'task_on_thread' is async-blocking
// CHECK-NEXT: blocks: task_on_thread -> std::future::get at {{.*}}std-thread.cpp:[[@LINE-4]]:5
// CHECK-NEXT: async: task_on_thread -> std::thread::thread at {{.*}}std-thread.cpp:[[@LINE-6]]:15
// CHECK-NEXT: :[[@LINE-8]]:17: std::packaged_task::get_future is sync-nonblocking: {{.*}} [std.packaged_task.get_future]
// CHECK-NEXT: :[[@LINE-8]]:15: std::thread::thread is async-nonblocking: {{.*}} [std.thread.start]
// CHECK-NEXT: :[[@LINE-8]]:5: std::future::get is sync-blocking: {{.*}} [std.future.get]
// CHECK-NEXT: :[[@LINE-8]]:5: std::thread::join is sync-blocking: {{.*}} [std.thread.join]

// std.stop.request, std.stop.check: requesting and checking a stop return at
// once (request_stop runs the callbacks here, and waits for no thread).
void stop(std::stop_source &src, std::stop_token tok, std::jthread &j) {
  src.request_stop();
  j.request_stop();
  tok.stop_requested();
  tok.stop_possible();
  src.stop_requested();
  src.stop_possible();
}
// CHECK: :[[@LINE-8]]:6: 'stop' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-8]]:7: std::stop_source::request_stop is sync-nonblocking: sets the stop request and runs the registered stop callbacks on this thread; it waits for no other thread [std.stop.request]
// CHECK-NEXT: :[[@LINE-8]]:5: std::jthread::request_stop is sync-nonblocking: {{.*}} [std.stop.request]
// CHECK-NEXT: :[[@LINE-8]]:7: std::stop_token::stop_requested is sync-nonblocking: checks the stop state and returns at once [std.stop.check]
// CHECK-NEXT: :[[@LINE-8]]:7: std::stop_token::stop_possible is sync-nonblocking: {{.*}} [std.stop.check]
// CHECK-NEXT: :[[@LINE-8]]:7: std::stop_source::stop_requested is sync-nonblocking: {{.*}} [std.stop.check]
// CHECK-NEXT: :[[@LINE-8]]:7: std::stop_source::stop_possible is sync-nonblocking: {{.*}} [std.stop.check]

// std.stop_callback, std.stop_callback.destroy: registering returns at once;
// leaving the scope waits if another thread is running the callback.
void on_stop(std::stop_token tok) {
  std::stop_callback cb(tok, work);
}
// CHECK: :[[@LINE-3]]:6: 'on_stop' is sync-blocking
// CHECK-NEXT: blocks: on_stop -> std::stop_callback::~stop_callback at {{.*}}std-thread.cpp:[[@LINE-2]]:1
// CHECK-NEXT: :[[@LINE-4]]:22: std::stop_callback::stop_callback is sync-nonblocking: registers the callback and returns; if a stop was already requested, it runs the callback on this thread first [std.stop_callback]
// CHECK-NEXT: :[[@LINE-4]]:1: std::stop_callback::~stop_callback is sync-blocking: 'cb', declared at line [[@LINE-5]], is destroyed here: if another thread is running the callback when the std::stop_callback goes out of scope, its destructor waits for it to finish [std.stop_callback.destroy]

// Look-alikes: user code that shares names with the library's is never
// labeled by the library's rules.
namespace mylib {
struct thread {
  explicit thread(void (*f)()) { f(); }
  void join() {}
  void detach() {}
};
struct jthread {
  ~jthread() {}
};
int async(int (*f)()) { return f(); }
} // namespace mylib
// CHECK: :[[@LINE-9]]:12: 'mylib::thread::thread' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:8: 'mylib::thread::join' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:8: 'mylib::thread::detach' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:3: 'mylib::jthread::~jthread' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-6]]:5: 'mylib::async' is sync-nonblocking (pure computation
namespace mylib {
struct stop_source {
  bool request_stop() { return true; }
};
struct stop_callback {
  stop_callback(int, void (*)()) {}
  ~stop_callback() {}
};
template <typename> struct packaged_task {
  void operator()() {}
  int get_future() { return 0; }
};
} // namespace mylib
// CHECK: :[[@LINE-11]]:8: 'mylib::stop_source::request_stop' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:3: 'mylib::stop_callback::stop_callback' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:3: 'mylib::stop_callback::~stop_callback' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:8: 'mylib::packaged_task::operator()' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:7: 'mylib::packaged_task::get_future' is sync-nonblocking (pure computation
struct Queue {
  void wait() {}
  int get() { return 0; }
  bool wait_for(int) { return true; }
};
// CHECK: :[[@LINE-4]]:8: 'Queue::wait' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:7: 'Queue::get' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:8: 'Queue::wait_for' is sync-nonblocking (pure computation

void lookalikes(Queue &q) {
  mylib::thread t(work);
  t.join();
  t.detach();
  mylib::jthread j;
  mylib::async(answer);
  q.wait();
  q.get();
  q.wait_for(1);
  mylib::stop_source src;
  src.request_stop();
  mylib::stop_callback cb(1, work);
  mylib::packaged_task<int()> task;
  task();
  task.get_future();
}
// CHECK: :[[@LINE-16]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 40 functions: 7 sync-blocking, 22 sync-nonblocking (17 pure computation), 7 async-blocking, 4 async-nonblocking
