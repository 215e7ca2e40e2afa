// Rules of rules/std-sync.yaml against the real libstdc++ headers.
// RUN: %quadrant-cxx | %check

#include <barrier>
#include <chrono>
#include <condition_variable>
#include <latch>
#include <mutex>
#include <semaphore>
#include <shared_mutex>

using namespace std::chrono_literals;

bool ready() { return true; }
// CHECK: :[[@LINE-1]]:6: 'ready' is sync-nonblocking (pure computation

// std.mutex.lock: every mutex's lock() waits until the mutex is free.
void locks(std::mutex &m, std::recursive_mutex &rm, std::timed_mutex &tm,
           std::recursive_timed_mutex &rtm, std::shared_mutex &sm,
           std::shared_timed_mutex &stm, std::unique_lock<std::mutex> &ul,
           std::shared_lock<std::shared_mutex> &sl) {
  m.lock();
  // CHECK: :[[@LINE-5]]:6: 'locks' is sync-blocking
  // CHECK-NEXT: blocks: locks -> std::mutex::lock at {{.*}}std-sync.cpp:[[@LINE-2]]:5
  // CHECK-NEXT: :[[@LINE-3]]:5: std::mutex::lock is sync-blocking: waits until the mutex is free [std.mutex.lock]
  rm.lock();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::recursive_mutex::lock is sync-blocking: {{.*}} [std.mutex.lock]
  tm.lock();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::timed_mutex::lock is sync-blocking: {{.*}} [std.mutex.lock]
  rtm.lock();
  // CHECK-NEXT: :[[@LINE-1]]:7: std::recursive_timed_mutex::lock is sync-blocking: {{.*}} [std.mutex.lock]
  sm.lock();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::shared_mutex::lock is sync-blocking: {{.*}} [std.mutex.lock]
  sm.lock_shared();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::shared_mutex::lock_shared is sync-blocking: {{.*}} [std.mutex.lock]
  stm.lock();
  // CHECK-NEXT: :[[@LINE-1]]:7: std::shared_timed_mutex::lock is sync-blocking: {{.*}} [std.mutex.lock]
  stm.lock_shared();
  // CHECK-NEXT: :[[@LINE-1]]:7: std::shared_timed_mutex::lock_shared is sync-blocking: {{.*}} [std.mutex.lock]
  ul.lock();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::unique_lock::lock is sync-blocking: {{.*}} [std.mutex.lock]
  sl.lock();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::shared_lock::lock is sync-blocking: {{.*}} [std.mutex.lock]
}

// A class derived from a library mutex locks the library's way: the member
// called is std::mutex::lock.
struct NamedMutex : std::mutex {
  const char *name = "m";
};
void lock_derived(NamedMutex &m) { m.lock(); }
// CHECK: :[[@LINE-1]]:6: 'lock_derived' is sync-blocking
// CHECK: :[[@LINE-2]]:38: std::mutex::lock is sync-blocking: {{.*}} [std.mutex.lock]

// std.mutex.try_lock: tries once and returns at once.
void try_locks(std::mutex &m, std::recursive_mutex &rm, std::timed_mutex &tm,
               std::recursive_timed_mutex &rtm, std::shared_mutex &sm,
               std::shared_timed_mutex &stm, std::unique_lock<std::mutex> &ul,
               std::shared_lock<std::shared_mutex> &sl) {
  m.try_lock();
  // CHECK: :[[@LINE-5]]:6: 'try_locks' is sync-nonblocking
  // CHECK-NEXT: :[[@LINE-2]]:5: std::mutex::try_lock is sync-nonblocking: takes the mutex if it is free and returns false at once otherwise [std.mutex.try_lock]
  rm.try_lock();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::recursive_mutex::try_lock is sync-nonblocking: {{.*}} [std.mutex.try_lock]
  tm.try_lock();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::timed_mutex::try_lock is sync-nonblocking: {{.*}} [std.mutex.try_lock]
  rtm.try_lock();
  // CHECK-NEXT: :[[@LINE-1]]:7: std::recursive_timed_mutex::try_lock is sync-nonblocking: {{.*}} [std.mutex.try_lock]
  sm.try_lock();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::shared_mutex::try_lock is sync-nonblocking: {{.*}} [std.mutex.try_lock]
  sm.try_lock_shared();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::shared_mutex::try_lock_shared is sync-nonblocking: {{.*}} [std.mutex.try_lock]
  stm.try_lock();
  // CHECK-NEXT: :[[@LINE-1]]:7: std::shared_timed_mutex::try_lock is sync-nonblocking: {{.*}} [std.mutex.try_lock]
  stm.try_lock_shared();
  // CHECK-NEXT: :[[@LINE-1]]:7: std::shared_timed_mutex::try_lock_shared is sync-nonblocking: {{.*}} [std.mutex.try_lock]
  ul.try_lock();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::unique_lock::try_lock is sync-nonblocking: {{.*}} [std.mutex.try_lock]
  sl.try_lock();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::shared_lock::try_lock is sync-nonblocking: {{.*}} [std.mutex.try_lock]
  std::try_lock(m, rm);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::try_lock is sync-nonblocking: takes all the mutexes if they are free and returns at once otherwise [std.try_lock]
}

// std.mutex.try_lock_for: waits up to the timeout; a zero timeout only tries.
void timed(std::timed_mutex &tm, std::recursive_timed_mutex &rtm, std::shared_timed_mutex &stm,
           std::unique_lock<std::timed_mutex> &ul,
           std::shared_lock<std::shared_timed_mutex> &sl) {
  auto deadline = std::chrono::steady_clock::now() + 1s;
  tm.try_lock_for(10ms);
  // CHECK: :[[@LINE-5]]:6: 'timed' is sync-blocking
  // CHECK-NEXT: blocks: timed -> std::timed_mutex::try_lock_for at {{.*}}std-sync.cpp:[[@LINE-2]]:6
  // CHECK-NEXT: :[[@LINE-3]]:6: std::timed_mutex::try_lock_for is sync-blocking: waits until the mutex is free or the timeout expires [std.mutex.try_lock_for]
  tm.try_lock_until(deadline);
  // CHECK-NEXT: :[[@LINE-1]]:6: std::timed_mutex::try_lock_until is sync-blocking: {{.*}} [std.mutex.try_lock_for]
  rtm.try_lock_for(10ms);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::recursive_timed_mutex::try_lock_for is sync-blocking: {{.*}} [std.mutex.try_lock_for]
  rtm.try_lock_until(deadline);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::recursive_timed_mutex::try_lock_until is sync-blocking: {{.*}} [std.mutex.try_lock_for]
  stm.try_lock_for(10ms);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::shared_timed_mutex::try_lock_for is sync-blocking: {{.*}} [std.mutex.try_lock_for]
  stm.try_lock_until(deadline);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::shared_timed_mutex::try_lock_until is sync-blocking: {{.*}} [std.mutex.try_lock_for]
  stm.try_lock_shared_for(10ms);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::shared_timed_mutex::try_lock_shared_for is sync-blocking: {{.*}} [std.mutex.try_lock_for]
  stm.try_lock_shared_until(deadline);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::shared_timed_mutex::try_lock_shared_until is sync-blocking: {{.*}} [std.mutex.try_lock_for]
  ul.try_lock_for(10ms);
  // CHECK-NEXT: :[[@LINE-1]]:6: std::unique_lock::try_lock_for is sync-blocking: {{.*}} [std.mutex.try_lock_for]
  ul.try_lock_until(deadline);
  // CHECK-NEXT: :[[@LINE-1]]:6: std::unique_lock::try_lock_until is sync-blocking: {{.*}} [std.mutex.try_lock_for]
  sl.try_lock_for(10ms);
  // CHECK-NEXT: :[[@LINE-1]]:6: std::shared_lock::try_lock_for is sync-blocking: {{.*}} [std.mutex.try_lock_for]
  sl.try_lock_until(deadline);
  // CHECK-NEXT: :[[@LINE-1]]:6: std::shared_lock::try_lock_until is sync-blocking: {{.*}} [std.mutex.try_lock_for]
}

void zero_timed(std::timed_mutex &tm, std::shared_timed_mutex &stm,
                std::unique_lock<std::timed_mutex> &ul) {
  constexpr auto none = std::chrono::microseconds::zero();
  tm.try_lock_for(0s);
  // CHECK: :[[@LINE-4]]:6: 'zero_timed' is sync-nonblocking
  // CHECK-NEXT: :[[@LINE-2]]:6: std::timed_mutex::try_lock_for is sync-nonblocking: a zero timeout tries once and returns at once [std.mutex.try_lock_for]
  stm.try_lock_shared_for(0ms);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::shared_timed_mutex::try_lock_shared_for is sync-nonblocking: a zero timeout {{.*}} [std.mutex.try_lock_for]
  ul.try_lock_for(std::chrono::milliseconds{0});
  // CHECK-NEXT: :[[@LINE-1]]:6: std::unique_lock::try_lock_for is sync-nonblocking: a zero timeout {{.*}} [std.mutex.try_lock_for]
  stm.try_lock_for(none);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::shared_timed_mutex::try_lock_for is sync-nonblocking: a zero timeout {{.*}} [std.mutex.try_lock_for]
}

// std.lock: locks several mutexes, waiting for all of them.
void lock_both(std::mutex &a, std::mutex &b) { std::lock(a, b); }
// CHECK: :[[@LINE-1]]:6: 'lock_both' is sync-blocking
// CHECK: :[[@LINE-2]]:48: std::lock is sync-blocking: waits until all the mutexes are free [std.lock]

// std.lock_guard: locks on construction, unless it adopts a locked mutex.
void guards(std::mutex &m) {
  std::lock_guard<std::mutex> a(m);
  // CHECK: :[[@LINE-2]]:6: 'guards' is sync-blocking
  // CHECK-NEXT: blocks: guards -> std::lock_guard::lock_guard at {{.*}}std-sync.cpp:[[@LINE-2]]:31
  // CHECK-NEXT: :[[@LINE-3]]:31: std::lock_guard::lock_guard is sync-blocking: locks the mutex, waiting until it is free [std.lock_guard]
  std::lock_guard b(m, std::adopt_lock);
  // CHECK-NEXT: :[[@LINE-1]]:19: std::lock_guard::lock_guard is sync-nonblocking: std::adopt_lock takes over a mutex that is already locked [std.lock_guard]
}

// std.scoped_lock: locks all its mutexes; adopts them with std::adopt_lock;
// a scoped_lock of no mutex locks nothing.
void scoped(std::mutex &m, std::mutex &m2) {
  std::scoped_lock a(m, m2);
  // CHECK: :[[@LINE-2]]:6: 'scoped' is sync-blocking
  // CHECK: :[[@LINE-2]]:20: std::scoped_lock::scoped_lock is sync-blocking: locks the mutexes, waiting until they are free [std.scoped_lock]
  std::scoped_lock b(m);
  // CHECK-NEXT: :[[@LINE-1]]:20: std::scoped_lock::scoped_lock is sync-blocking: {{.*}} [std.scoped_lock]
  std::scoped_lock c(std::adopt_lock, m, m2);
  // CHECK-NEXT: :[[@LINE-1]]:20: std::scoped_lock::scoped_lock is sync-nonblocking: std::adopt_lock takes over mutexes that are already locked [std.scoped_lock]
  std::scoped_lock<> d;
}

// std.unique_lock: std::unique_lock and std::shared_lock lock on
// construction; std::try_to_lock, std::defer_lock, std::adopt_lock and a zero
// timeout do not wait; a default-constructed or moved lock locks nothing.
void unique(std::mutex &m, std::timed_mutex &tm, std::shared_mutex &sm) {
  std::unique_lock a(m);
  // CHECK: :[[@LINE-2]]:6: 'unique' is sync-blocking
  // CHECK: :[[@LINE-2]]:20: std::unique_lock::unique_lock is sync-blocking: locks the mutex, waiting until it is free [std.unique_lock]
  std::unique_lock b(m, std::try_to_lock);
  // CHECK-NEXT: :[[@LINE-1]]:20: std::unique_lock::unique_lock is sync-nonblocking: std::try_to_lock tries once and returns at once; check owns_lock() [std.unique_lock]
  std::unique_lock c(m, std::defer_lock);
  // CHECK-NEXT: :[[@LINE-1]]:20: std::unique_lock::unique_lock is sync-nonblocking: the lock does not lock the mutex now [std.unique_lock]
  std::unique_lock<std::mutex> d(m, std::adopt_lock);
  // CHECK-NEXT: :[[@LINE-1]]:32: std::unique_lock::unique_lock is sync-nonblocking: std::adopt_lock takes over a mutex that is already locked [std.unique_lock]
  std::unique_lock<std::mutex> e;
  std::unique_lock f(std::move(a));
  std::unique_lock g(tm, 10ms);
  // CHECK-NEXT: :[[@LINE-1]]:20: std::unique_lock::unique_lock is sync-blocking: locks the mutex, waiting until it is free [std.unique_lock]
  std::unique_lock h(tm, 0ms);
  // CHECK-NEXT: :[[@LINE-1]]:20: std::unique_lock::unique_lock is sync-nonblocking: a zero timeout tries once and returns at once; check owns_lock() [std.unique_lock]
  std::shared_lock i(sm);
  // CHECK-NEXT: :[[@LINE-1]]:20: std::shared_lock::shared_lock is sync-blocking: {{.*}} [std.unique_lock]
  std::shared_lock j(sm, std::try_to_lock);
  // CHECK-NEXT: :[[@LINE-1]]:20: std::shared_lock::shared_lock is sync-nonblocking: std::try_to_lock {{.*}} [std.unique_lock]
  std::shared_lock k(sm, std::defer_lock);
  // CHECK-NEXT: :[[@LINE-1]]:20: std::shared_lock::shared_lock is sync-nonblocking: the lock does not lock the mutex now [std.unique_lock]
  std::shared_lock<std::shared_mutex> l;
  std::shared_lock n = std::move(i);
}

// std.condition_variable.wait and std.condition_variable.notify.
void cvs(std::condition_variable &cv, std::condition_variable_any &cva,
         std::unique_lock<std::mutex> &lk, std::mutex &m) {
  auto deadline = std::chrono::steady_clock::now() + 1s;
  cv.wait(lk);
  // CHECK: :[[@LINE-4]]:6: 'cvs' is sync-blocking
  // CHECK: :[[@LINE-2]]:6: std::condition_variable::wait is sync-blocking: waits until another thread notifies the condition variable [std.condition_variable.wait]
  cv.wait(lk, ready);
  // CHECK-NEXT: :[[@LINE-1]]:6: std::condition_variable::wait is sync-blocking: {{.*}} [std.condition_variable.wait]
  cv.wait_for(lk, 1s);
  // CHECK-NEXT: :[[@LINE-1]]:6: std::condition_variable::wait_for is sync-blocking: {{.*}} [std.condition_variable.wait]
  cv.wait_until(lk, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:6: std::condition_variable::wait_until is sync-blocking: {{.*}} [std.condition_variable.wait]
  cva.wait(m);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::condition_variable_any::wait is sync-blocking: {{.*}} [std.condition_variable.wait]
  cva.wait(lk, ready);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::condition_variable_any::wait is sync-blocking: {{.*}} [std.condition_variable.wait]
  cva.wait_for(lk, 1s);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::condition_variable_any::wait_for is sync-blocking: {{.*}} [std.condition_variable.wait]
  cva.wait_until(lk, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::condition_variable_any::wait_until is sync-blocking: {{.*}} [std.condition_variable.wait]
  cv.notify_one();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::condition_variable::notify_one is sync-nonblocking: wakes waiting threads and returns at once [std.condition_variable.notify]
  cv.notify_all();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::condition_variable::notify_all is sync-nonblocking: {{.*}} [std.condition_variable.notify]
  cva.notify_one();
  // CHECK-NEXT: :[[@LINE-1]]:7: std::condition_variable_any::notify_one is sync-nonblocking: {{.*}} [std.condition_variable.notify]
  cva.notify_all();
  // CHECK-NEXT: :[[@LINE-1]]:7: std::condition_variable_any::notify_all is sync-nonblocking: {{.*}} [std.condition_variable.notify]
}

// A notifier alone does not block.
void signal(std::condition_variable &cv) { cv.notify_one(); }
// CHECK: :[[@LINE-1]]:6: 'signal' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:47: std::condition_variable::notify_one is sync-nonblocking: {{.*}} [std.condition_variable.notify]

// std.semaphore.acquire, std.semaphore.try_acquire,
// std.semaphore.try_acquire_for (std::binary_semaphore is a
// std::counting_semaphore).
void sems(std::counting_semaphore<> &cs, std::binary_semaphore &bs) {
  cs.acquire();
  // CHECK: :[[@LINE-2]]:6: 'sems' is sync-blocking
  // CHECK: :[[@LINE-2]]:6: std::counting_semaphore::acquire is sync-blocking: waits until the semaphore's count is above zero [std.semaphore.acquire]
  bs.acquire();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::counting_semaphore::acquire is sync-blocking: {{.*}} [std.semaphore.acquire]
  cs.try_acquire_for(10ms);
  // CHECK-NEXT: :[[@LINE-1]]:6: std::counting_semaphore::try_acquire_for is sync-blocking: waits until the semaphore's count is above zero or the timeout expires [std.semaphore.try_acquire_for]
  cs.try_acquire_until(std::chrono::steady_clock::now() + 1s);
  // CHECK-NEXT: :[[@LINE-1]]:6: std::counting_semaphore::try_acquire_until is sync-blocking: {{.*}} [std.semaphore.try_acquire_for]
}

void sems_nowait(std::counting_semaphore<> &cs, std::binary_semaphore &bs) {
  cs.try_acquire();
  // CHECK: :[[@LINE-2]]:6: 'sems_nowait' is sync-nonblocking
  // CHECK-NEXT: :[[@LINE-2]]:6: std::counting_semaphore::try_acquire is sync-nonblocking: changes the semaphore's count if it can and returns at once [std.semaphore.try_acquire]
  cs.release();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::counting_semaphore::release is sync-nonblocking: {{.*}} [std.semaphore.try_acquire]
  bs.release(1);
  // CHECK-NEXT: :[[@LINE-1]]:6: std::counting_semaphore::release is sync-nonblocking: {{.*}} [std.semaphore.try_acquire]
  bs.try_acquire_for(0s);
  // CHECK-NEXT: :[[@LINE-1]]:6: std::counting_semaphore::try_acquire_for is sync-nonblocking: a zero timeout tries once and returns at once [std.semaphore.try_acquire_for]
}

// std.latch.wait, std.latch.count_down, std.barrier.wait, std.barrier.arrive.
void coordinate(std::latch &l, std::barrier<> &b) {
  l.count_down();
  // CHECK: :[[@LINE-2]]:6: 'coordinate' is sync-blocking
  // CHECK-NEXT: blocks: coordinate -> std::latch::wait at {{.*}}std-sync.cpp:[[@LINE+4]]:5
  // CHECK-NEXT: :[[@LINE-3]]:5: std::latch::count_down is sync-nonblocking: updates or checks the latch and returns at once [std.latch.count_down]
  l.try_wait();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::latch::try_wait is sync-nonblocking: {{.*}} [std.latch.count_down]
  l.wait();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::latch::wait is sync-blocking: waits until the latch's counter reaches zero [std.latch.wait]
  l.arrive_and_wait();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::latch::arrive_and_wait is sync-blocking: {{.*}} [std.latch.wait]
  b.arrive_and_wait();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::barrier::arrive_and_wait is sync-blocking: waits until every participating thread has arrived at the barrier [std.barrier.wait]
  b.wait(b.arrive());
  // CHECK-NEXT: :[[@LINE-1]]:5: std::barrier::wait is sync-blocking: {{.*}} [std.barrier.wait]
  // CHECK-NEXT: :[[@LINE-2]]:12: std::barrier::arrive is sync-nonblocking: arrives at the barrier without waiting for the others [std.barrier.arrive]
  b.arrive_and_drop();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::barrier::arrive_and_drop is sync-nonblocking: {{.*}} [std.barrier.arrive]
}

void arrive_only(std::barrier<> &b) { (void)b.arrive(); }
// CHECK: :[[@LINE-1]]:6: 'arrive_only' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:47: std::barrier::arrive is sync-nonblocking: {{.*}} [std.barrier.arrive]

// std.call_once: the first caller runs the callable; a concurrent caller
// waits until it has finished.
void init() {}
// CHECK: :[[@LINE-1]]:6: 'init' is sync-nonblocking (pure computation
void once(std::once_flag &flag) { std::call_once(flag, init); }
// CHECK: :[[@LINE-1]]:6: 'once' is sync-blocking
// CHECK-NEXT: blocks: once -> std::call_once at {{.*}}std-sync.cpp:[[@LINE-2]]:35
// CHECK-NEXT: :[[@LINE-3]]:35: std::call_once is sync-blocking: runs the callable on this thread the first time; if another thread is running it, waits until that thread finishes [std.call_once]

// Look-alikes: user types with the library's member names, and a user
// lock_guard, are never labeled by the library's rules.
struct Mutex {
  void lock() {}
  bool try_lock() { return true; }
  void unlock() {}
};
// CHECK: :[[@LINE-4]]:8: 'Mutex::lock' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:8: 'Mutex::try_lock' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:8: 'Mutex::unlock' is sync-nonblocking (pure computation
struct Queue {
  void wait() {}
  void notify_one() {}
  bool acquire() { return true; }
  void arrive_and_wait() {}
};
// CHECK: :[[@LINE-5]]:8: 'Queue::wait' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:8: 'Queue::notify_one' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:8: 'Queue::acquire' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:8: 'Queue::arrive_and_wait' is sync-nonblocking (pure computation
namespace mylib {
struct lock_guard {
  explicit lock_guard(Mutex &) {}
};
void lock(Mutex &, Mutex &) {}
} // namespace mylib
// CHECK: :[[@LINE-4]]:12: 'mylib::lock_guard::lock_guard' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-3]]:6: 'mylib::lock' is sync-nonblocking (pure computation
namespace mylib {
struct once_flag {};
void call_once(once_flag &, void (*f)()) { f(); }
} // namespace mylib
// CHECK: :[[@LINE-2]]:6: 'mylib::call_once' is sync-nonblocking (pure computation

void lookalikes(Mutex &m, Mutex &m2, Queue &q) {
  m.lock();
  m.try_lock();
  m.unlock();
  q.wait();
  q.notify_one();
  q.acquire();
  q.arrive_and_wait();
  mylib::lock_guard g(m);
  mylib::lock(m, m2);
  mylib::once_flag flag;
  mylib::call_once(flag, init);
}
// CHECK: :[[@LINE-13]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 29 functions: 11 sync-blocking, 18 sync-nonblocking (13 pure computation), 0 async-blocking, 0 async-nonblocking
