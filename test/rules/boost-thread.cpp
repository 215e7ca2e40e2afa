// Rules of rules/boost-thread.yaml against the real Boost 1.74 headers
// (libboost1.74-dev). Version 4 of the interface declares boost::future.
// RUN: %quadrant-cxx | %check

#define BOOST_THREAD_VERSION 4
#include <boost/chrono.hpp>
#include <boost/thread/barrier.hpp>
#include <boost/thread/condition_variable.hpp>
#include <boost/thread/future.hpp>
#include <boost/thread/locks.hpp>
#include <boost/thread/mutex.hpp>
#include <boost/thread/recursive_mutex.hpp>
#include <boost/thread/shared_mutex.hpp>
#include <boost/thread/thread.hpp>

using ms = boost::chrono::milliseconds;

void work() {}
// CHECK: :[[@LINE-1]]:6: 'work' is sync-nonblocking (pure computation

// boost.thread.start, boost.thread_group.create_thread start threads;
// boost.thread.detach returns at once. A default-constructed or moved thread
// starts nothing.
void start(boost::thread_group &group, boost::thread &other) {
  boost::thread t(work);
  t.detach();
  t.interrupt();
  group.create_thread(work);
  group.interrupt_all();
  boost::thread idle;
  boost::thread moved(boost::move(other));
}
// CHECK: :[[@LINE-9]]:6: 'start' is async-nonblocking
// CHECK-NEXT: async: start -> boost::thread::thread at {{.*}}boost-thread.cpp:[[@LINE-9]]:17
// CHECK-NEXT: :[[@LINE-10]]:17: boost::thread::thread is async-nonblocking: starts a new thread running the function; the caller continues at once [boost.thread.start]
// CHECK-NEXT: :[[@LINE-10]]:5: boost::thread::detach is sync-nonblocking: lets the thread run on its own, or asks it to stop at its next interruption point; returns at once [boost.thread.detach]
// CHECK-NEXT: :[[@LINE-10]]:5: boost::thread::interrupt is sync-nonblocking: {{.*}} [boost.thread.detach]
// CHECK-NEXT: :[[@LINE-10]]:9: boost::thread_group::create_thread is async-nonblocking: starts a new thread in the group; the caller continues at once [boost.thread_group.create_thread]
// CHECK-NEXT: :[[@LINE-10]]:9: boost::thread_group::interrupt_all is sync-nonblocking: {{.*}} [boost.thread.detach]

// boost.thread.join, boost.thread.try_join_for: joining waits; a zero
// timeout only checks.
void joins(boost::thread &t, boost::thread_group &group) {
  t.join();
  group.join_all();
  t.try_join_for(ms(100));
  t.try_join_until(boost::chrono::steady_clock::now() + ms(100));
}
// CHECK: :[[@LINE-6]]:6: 'joins' is sync-blocking
// CHECK-NEXT: blocks: joins -> boost::thread::join at {{.*}}boost-thread.cpp:[[@LINE-6]]:5
// CHECK-NEXT: :[[@LINE-7]]:5: boost::thread::join is sync-blocking: waits until the thread finishes [boost.thread.join]
// CHECK-NEXT: :[[@LINE-7]]:9: boost::thread_group::join_all is sync-blocking: {{.*}} [boost.thread.join]
// CHECK-NEXT: :[[@LINE-7]]:5: boost::thread::try_join_for is sync-blocking: waits until the thread finishes or the timeout expires [boost.thread.try_join_for]
// CHECK-NEXT: :[[@LINE-7]]:5: boost::thread::try_join_until is sync-blocking: {{.*}} [boost.thread.try_join_for]

bool finished(boost::thread &t) { return t.try_join_for(ms(0)); }
// CHECK: :[[@LINE-1]]:6: 'finished' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:44: boost::thread::try_join_for is sync-nonblocking: a zero timeout checks whether the thread has finished and returns at once [boost.thread.try_join_for]

// boost.this_thread.sleep, boost.this_thread.yield.
void nap() {
  boost::this_thread::sleep_for(ms(10));
  boost::this_thread::sleep_until(boost::chrono::steady_clock::now() + ms(10));
  boost::this_thread::yield();
}
// CHECK: :[[@LINE-5]]:6: 'nap' is sync-blocking
// CHECK-NEXT: blocks: nap -> boost::this_thread::sleep_for at {{.*}}boost-thread.cpp:[[@LINE-5]]:3
// CHECK-NEXT: :[[@LINE-6]]:3: boost::this_thread::sleep_for is sync-blocking: suspends the calling thread until the time has passed [boost.this_thread.sleep]
// CHECK-NEXT: :[[@LINE-6]]:3: boost::this_thread::sleep_until is sync-blocking: {{.*}} [boost.this_thread.sleep]
// CHECK-NEXT: :[[@LINE-6]]:3: boost::this_thread::yield is sync-nonblocking: offers the processor to another thread and returns at once [boost.this_thread.yield]

// boost.mutex.lock, boost.mutex.try_lock, boost.mutex.try_lock_for.
void locks(boost::mutex &m, boost::recursive_mutex &rm, boost::timed_mutex &tm,
           boost::shared_mutex &sm, boost::unique_lock<boost::mutex> &ul) {
  m.lock();
  // CHECK: :[[@LINE-3]]:6: 'locks' is sync-blocking
  // CHECK-NEXT: blocks: locks -> boost::mutex::lock at {{.*}}boost-thread.cpp:[[@LINE-2]]:5
  // CHECK-NEXT: :[[@LINE-3]]:5: boost::mutex::lock is sync-blocking: waits until the mutex is free [boost.mutex.lock]
  rm.lock();
  // CHECK-NEXT: :[[@LINE-1]]:6: boost::recursive_mutex::lock is sync-blocking: {{.*}} [boost.mutex.lock]
  sm.lock_shared();
  // CHECK-NEXT: :[[@LINE-1]]:6: boost::shared_mutex::lock_shared is sync-blocking: {{.*}} [boost.mutex.lock]
  sm.lock_upgrade();
  // CHECK-NEXT: :[[@LINE-1]]:6: boost::shared_mutex::lock_upgrade is sync-blocking: {{.*}} [boost.mutex.lock]
  ul.lock();
  // CHECK-NEXT: :[[@LINE-1]]:6: boost::unique_lock::lock is sync-blocking: {{.*}} [boost.mutex.lock]
  m.try_lock();
  // CHECK-NEXT: :[[@LINE-1]]:5: boost::mutex::try_lock is sync-nonblocking: takes the mutex if it is free and returns false at once otherwise [boost.mutex.try_lock]
  sm.try_lock_shared();
  // CHECK-NEXT: :[[@LINE-1]]:6: boost::shared_mutex::try_lock_shared is sync-nonblocking: {{.*}} [boost.mutex.try_lock]
  tm.try_lock_for(ms(10));
  // CHECK-NEXT: :[[@LINE-1]]:6: boost::timed_mutex::try_lock_for is sync-blocking: waits until the mutex is free or the timeout expires [boost.mutex.try_lock_for]
  tm.try_lock_for(ms(0));
  // CHECK-NEXT: :[[@LINE-1]]:6: boost::timed_mutex::try_lock_for is sync-nonblocking: a zero timeout tries once and returns at once [boost.mutex.try_lock_for]
  sm.try_lock_shared_for(ms(10));
  // CHECK-NEXT: :[[@LINE-1]]:6: boost::shared_mutex::try_lock_shared_for is sync-blocking: {{.*}} [boost.mutex.try_lock_for]
  m.unlock();
}

// boost.unique_lock: the lock types lock on construction unless told not to.
void lock_objects(boost::mutex &m, boost::shared_mutex &sm) {
  boost::unique_lock<boost::mutex> a(m);
  // CHECK: :[[@LINE-2]]:6: 'lock_objects' is sync-blocking
  // CHECK-NEXT: blocks: lock_objects -> boost::unique_lock::unique_lock at {{.*}}boost-thread.cpp:[[@LINE-2]]:36
  // CHECK-NEXT: :[[@LINE-3]]:36: boost::unique_lock::unique_lock is sync-blocking: locks the mutex, waiting until it is free [boost.unique_lock]
  boost::unique_lock<boost::mutex> b(m, boost::try_to_lock);
  // CHECK-NEXT: :[[@LINE-1]]:36: boost::unique_lock::unique_lock is sync-nonblocking: boost::try_to_lock tries once and returns at once; check owns_lock() [boost.unique_lock]
  boost::unique_lock<boost::mutex> c(m, boost::defer_lock);
  // CHECK-NEXT: :[[@LINE-1]]:36: boost::unique_lock::unique_lock is sync-nonblocking: the lock does not lock the mutex now [boost.unique_lock]
  boost::lock_guard<boost::mutex> d(m);
  // CHECK-NEXT: :[[@LINE-1]]:35: boost::lock_guard::lock_guard is sync-blocking: {{.*}} [boost.unique_lock]
  boost::lock_guard<boost::mutex> e(m, boost::adopt_lock);
  // CHECK-NEXT: :[[@LINE-1]]:35: boost::lock_guard::lock_guard is sync-nonblocking: the lock does not lock the mutex now [boost.unique_lock]
  boost::shared_lock<boost::shared_mutex> f(sm);
  // CHECK-NEXT: :[[@LINE-1]]:43: boost::shared_lock::shared_lock is sync-blocking: {{.*}} [boost.unique_lock]
  boost::upgrade_lock<boost::shared_mutex> g(sm);
  // CHECK-NEXT: :[[@LINE-1]]:44: boost::upgrade_lock::upgrade_lock is sync-blocking: {{.*}} [boost.unique_lock]
  boost::unique_lock<boost::mutex> h;
  boost::unique_lock<boost::mutex> i(boost::move(a));
}

// boost.condition_variable.wait, boost.condition_variable.notify.
void cvs(boost::condition_variable &cv, boost::condition_variable_any &cva,
         boost::unique_lock<boost::mutex> &lk, boost::mutex &m) {
  cv.wait(lk);
  // CHECK: :[[@LINE-3]]:6: 'cvs' is sync-blocking
  // CHECK-NEXT: blocks: cvs -> boost::condition_variable::wait at {{.*}}boost-thread.cpp:[[@LINE-2]]:6
  // CHECK-NEXT: :[[@LINE-3]]:6: boost::condition_variable::wait is sync-blocking: waits until another thread notifies the condition variable [boost.condition_variable.wait]
  cv.wait_for(lk, ms(10));
  // CHECK-NEXT: :[[@LINE-1]]:6: boost::condition_variable::wait_for is sync-blocking: {{.*}} [boost.condition_variable.wait]
  cva.wait(m);
  // CHECK-NEXT: :[[@LINE-1]]:7: boost::condition_variable_any::wait is sync-blocking: {{.*}} [boost.condition_variable.wait]
  cv.notify_one();
  // CHECK-NEXT: :[[@LINE-1]]:6: boost::condition_variable::notify_one is sync-nonblocking: wakes waiting threads and returns at once [boost.condition_variable.notify]
  cva.notify_all();
  // CHECK-NEXT: :[[@LINE-1]]:7: boost::condition_variable_any::notify_all is sync-nonblocking: {{.*}} [boost.condition_variable.notify]
}

// boost.future.get, boost.future.wait_for, boost.barrier.wait.
void futures(boost::future<int> &f, boost::shared_future<int> &sf, boost::barrier &b) {
  f.get();
  // CHECK: :[[@LINE-2]]:6: 'futures' is sync-blocking
  // CHECK-NEXT: blocks: futures -> boost::future::get at {{.*}}boost-thread.cpp:[[@LINE-2]]:5
  // CHECK-NEXT: :[[@LINE-3]]:5: boost::future::get is sync-blocking: waits until the shared state is ready [boost.future.get]
  f.wait();
  // CHECK-NEXT: :[[@LINE-1]]:5: boost::future::wait is sync-blocking: {{.*}} [boost.future.get]
  sf.get();
  // CHECK-NEXT: :[[@LINE-1]]:6: boost::shared_future::get is sync-blocking: {{.*}} [boost.future.get]
  f.wait_for(ms(10));
  // CHECK-NEXT: :[[@LINE-1]]:5: boost::future::wait_for is sync-blocking: waits until the shared state is ready or the timeout expires [boost.future.wait_for]
  f.wait_for(ms(0));
  // CHECK-NEXT: :[[@LINE-1]]:5: boost::future::wait_for is sync-nonblocking: a zero timeout checks whether the result is ready and returns at once [boost.future.wait_for]
  b.wait();
  // CHECK-NEXT: :[[@LINE-1]]:5: boost::barrier::wait is sync-blocking: waits until every participating thread has arrived at the barrier [boost.barrier.wait]
}

// Look-alikes: user classes with Boost.Thread's names in another namespace.
namespace mylib {
struct thread {
  explicit thread(void (*f)()) { f(); }
  void join() {}
};
struct mutex {
  void lock() {}
};
struct barrier {
  void wait() {}
};
} // namespace mylib
// CHECK: :[[@LINE-10]]:12: 'mylib::thread::thread' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-10]]:8: 'mylib::thread::join' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-8]]:8: 'mylib::mutex::lock' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-6]]:8: 'mylib::barrier::wait' is sync-nonblocking (pure computation

void lookalikes(mylib::mutex &m, mylib::barrier &b) {
  mylib::thread t(work);
  t.join();
  m.lock();
  b.wait();
}
// CHECK: :[[@LINE-6]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 14 functions: 6 sync-blocking, 7 sync-nonblocking (6 pure computation), 0 async-blocking, 1 async-nonblocking
