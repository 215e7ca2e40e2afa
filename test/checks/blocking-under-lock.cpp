// RUN: %quadrant -j1 --checks=-*,quadrant-blocking-under-lock %s -- -std=c++20 | %findings

#include <condition_variable>
#include <mutex>
#include <pthread.h>
#include <thread>
#include <unistd.h>

std::mutex mu, other;
std::condition_variable cv;
pthread_mutex_t pmu = PTHREAD_MUTEX_INITIALIZER;
bool ready;

void log_to_disk(int fd) { write(fd, "x", 1); }

void guard_then_sleep(int fd) {
  std::lock_guard<std::mutex> guard(mu);
  sleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while holding 'guard' makes every thread waiting for the lock wait too [quadrant-blocking-under-lock]
  // CHECK-NEXT: :[[@LINE-3]]:31: note: 'guard' is locked here
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'sleep' is sync-blocking: suspends the calling thread until the time has passed
  log_to_disk(fd);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'log_to_disk', which blocks, while holding 'guard'
  // CHECK-NEXT: :[[@LINE-7]]:31: note: 'guard' is locked here
  // CHECK-NEXT: :[[@LINE-11]]:28: note: 'write' is sync-blocking: {{.*}}
}

// A second lock while holding one: the classic deadlock order problem.
void two_locks() {
  std::unique_lock<std::mutex> first(mu);
  std::lock_guard<std::mutex> second(other);
  // CHECK: :[[@LINE-1]]:31: warning: taking another lock with 'std::lock_guard::lock_guard' while holding 'first' risks deadlock; take both with std::scoped_lock [quadrant-blocking-under-lock]
  // CHECK-NEXT: :[[@LINE-3]]:32: note: 'first' is locked here
}

// Locked by hand: held until unlocked.
void by_hand() {
  mu.lock();
  usleep(10);
  // CHECK: :[[@LINE-1]]:3: warning: blocking call to 'usleep' while holding 'mu'
  // CHECK-NEXT: :[[@LINE-3]]:6: note: 'mu' is locked here
  mu.unlock();
  usleep(10);
  pthread_mutex_lock(&pmu);
  read(0, nullptr, 0);
  // CHECK: :[[@LINE-1]]:3: warning: blocking call to 'read' while holding 'pmu'
  pthread_mutex_unlock(&pmu);
  read(0, nullptr, 0);
}

// Near misses: the condition variable wait releases the lock it is given;
// the lock is released before the sleep; the guard's block has ended; a
// lock taken with try_to_lock or defer_lock holds nothing yet; scoped_lock
// takes both mutexes without an order problem.
void near_misses() {
  {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [] { return ready; });
    lock.unlock();
    sleep(1);
  }
  {
    std::lock_guard<std::mutex> guard(mu);
  }
  sleep(1);
  std::unique_lock<std::mutex> maybe(mu, std::try_to_lock);
  std::unique_lock<std::mutex> later(other, std::defer_lock);
  sleep(1);
  std::scoped_lock both(mu, other);
}

// unique_lock::lock() takes the lock again after an unlock.
void relock() {
  std::unique_lock<std::mutex> lock(mu);
  lock.unlock();
  sleep(1);
  lock.lock();
  sleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while holding 'lock'
  // CHECK-NEXT: :[[@LINE-3]]:8: note: 'lock' is locked here
}

// std::lock takes both mutexes; guards adopting them release both at the
// end of their block.
void lock_both() {
  {
    std::lock(mu, other);
    std::lock_guard<std::mutex> a(mu, std::adopt_lock);
    std::lock_guard<std::mutex> b(other, std::adopt_lock);
    sleep(1);
    // CHECK: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while holding 'mu'
    // CHECK-NEXT: :[[@LINE-5]]:5: note: 'mu' is locked here
    // CHECK-NEXT: :[[@LINE-6]]:5: note: 'other' is locked here
  }
  sleep(1);
}

// A catch handler starts with the locks held before the try block: locking
// the same lock again there is not a second lock.
void retry_in_handler(std::unique_lock<std::mutex> &lock, void (*work)()) {
  try {
    lock.unlock();
    work();
    lock.lock();
  } catch (...) {
    lock.lock();
    throw;
  }
}

// A timed lock locks its first argument only, not the deadline it is given.
void timed(const timespec *deadline) {
  pthread_mutex_timedlock(&pmu, deadline);
  sleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while holding 'pmu'
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'pmu' is locked here
  pthread_mutex_unlock(&pmu);
  sleep(1);
}

// A template nothing instantiates: the lock guard's type depends on the
// template parameter and is resolved by name.
template <typename Lock>
void guard_then_sleep_generic(Lock &l) {
  std::lock_guard<Lock> guard(l);
  sleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while holding 'guard'
  // CHECK-NEXT: :[[@LINE-3]]:25: note: 'guard' is locked here
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'sleep' is sync-blocking
}
// Near miss: a lock whose type is a bare template parameter names no class.
template <typename Lock>
void lock_by_hand_generic(Lock &l) {
  l.lock();
  sleep(1);
}
