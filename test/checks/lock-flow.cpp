// Held locks follow the code: a try-lock holds the lock only on the branch
// that tests for success, a lock released is no longer held, a lock taken
// twice deadlocks unless the mutex is recursive. C and C++ alike.
// RUN: %quadrant -j1 --checks=-*,quadrant-blocking-under-lock %s -- -std=c++20 | %findings

#include <mutex>
#include <pthread.h>
#include <threads.h>
#include <unistd.h>

std::mutex m, a, b;
std::recursive_mutex rm;
pthread_mutex_t pm = PTHREAD_MUTEX_INITIALIZER;
mtx_t cm;

void try_member() {
  if (m.try_lock()) {
    sleep(1);
    m.unlock();
  }
  sleep(2);
}
// CHECK: :[[@LINE-5]]:5: warning: blocking call to 'sleep' while holding 'm' makes every thread waiting for the lock wait too [quadrant-blocking-under-lock]
// CHECK-NEXT: :[[@LINE-7]]:9: note: 'm' is locked here
// CHECK-NEXT: :[[@LINE-7]]:5: note: 'sleep' is sync-blocking

void try_negated() {
  if (!m.try_lock())
    return;
  sleep(1);
  m.unlock();
}
// CHECK: :[[@LINE-3]]:3: warning: blocking call to 'sleep' while holding 'm'
// CHECK-NEXT: :[[@LINE-6]]:10: note: 'm' is locked here
// CHECK-NEXT: :[[@LINE-5]]:3: note: 'sleep' is sync-blocking

void try_posix() {
  if (pthread_mutex_trylock(&pm) == 0) {
    sleep(1);
    pthread_mutex_unlock(&pm);
  }
  if (pthread_mutex_trylock(&pm) != 0)
    return;
  sleep(3);
  pthread_mutex_unlock(&pm);
  sleep(4);
}
// CHECK: :[[@LINE-9]]:5: warning: blocking call to 'sleep' while holding 'pm'
// CHECK-NEXT: :[[@LINE-11]]:7: note: 'pm' is locked here
// CHECK-NEXT: :[[@LINE-11]]:5: note: 'sleep' is sync-blocking
// CHECK: :[[@LINE-7]]:3: warning: blocking call to 'sleep' while holding 'pm'
// CHECK-NEXT: :[[@LINE-10]]:7: note: 'pm' is locked here
// CHECK-NEXT: :[[@LINE-9]]:3: note: 'sleep' is sync-blocking

void try_c11() {
  if (mtx_trylock(&cm) == thrd_success) {
    sleep(1);
    mtx_unlock(&cm);
  }
}
// CHECK: :[[@LINE-4]]:5: warning: blocking call to 'sleep' while holding 'cm'
// CHECK-NEXT: :[[@LINE-6]]:7: note: 'cm' is locked here
// CHECK-NEXT: :[[@LINE-6]]:5: note: 'sleep' is sync-blocking

void try_object() {
  if (std::unique_lock l{m, std::try_to_lock}; l) {
    sleep(1);
  }
  sleep(2);
}
// CHECK: :[[@LINE-4]]:5: warning: blocking call to 'sleep' while holding 'l'
// CHECK-NEXT: :[[@LINE-6]]:24: note: 'l' is locked here
// CHECK-NEXT: :[[@LINE-6]]:5: note: 'sleep' is sync-blocking

void try_both() {
  if (std::try_lock(a, b) == -1) {
    std::lock_guard ga(a, std::adopt_lock);
    std::lock_guard gb(b, std::adopt_lock);
    sleep(1);
  }
  sleep(2);
}
// CHECK: :[[@LINE-4]]:5: warning: blocking call to 'sleep' while holding 'a'
// CHECK-NEXT: :[[@LINE-8]]:7: note: 'a' is locked here
// CHECK-NEXT: :[[@LINE-9]]:7: note: 'b' is locked here
// CHECK-NEXT: :[[@LINE-7]]:5: note: 'sleep' is sync-blocking

// Near misses: the try failed, or the lock was released before the wait.
void failed_try() {
  if (!m.try_lock()) {
    sleep(1);
    return;
  }
  m.unlock();
}
void unlocked_before() {
  m.lock();
  m.unlock();
  sleep(1);
}
void guard_scope_ended() {
  {
    std::lock_guard g(m);
  }
  sleep(1);
}

// The same mutex twice on one thread deadlocks.
void self_deadlock() {
  std::lock_guard g(m);
  m.lock();
}
// CHECK: :[[@LINE-2]]:5: warning: 'std::mutex::lock' locks 'm' again while this thread already holds it, which deadlocks; use one lock, or a recursive mutex [quadrant-blocking-under-lock]
// CHECK-NEXT: :[[@LINE-4]]:19: note: 'm' is already held here

// Near miss: a recursive mutex counts up.
void recursive_ok() {
  std::lock_guard g(rm);
  rm.lock();
  rm.unlock();
}

// A mutex class over a platform class in the same file, as POCO's
// FastMutex over MutexImpl: lock() calls its base's helper on its own
// object, and the helper locks a member; a lock() of it, and a guard over
// it, hold the object.
class PlatformMutex {
protected:
  void lockImpl() {
    if (pthread_mutex_lock(&pm_))
      throw 1;
  }
  void unlockImpl() { pthread_mutex_unlock(&pm_); }

private:
  pthread_mutex_t pm_;
};
class FastMutex : private PlatformMutex {
public:
  void lock() { lockImpl(); }
  void unlock() { unlockImpl(); }
};
template <class M> class Guard {
public:
  explicit Guard(M &mu) : mu_(mu) { mu_.lock(); }
  ~Guard() { mu_.unlock(); }

private:
  M &mu_;
};
FastMutex fast;
void fast_locked() {
  fast.lock();
  sleep(1);
  fast.unlock();
}
// CHECK: :[[@LINE-3]]:3: warning: blocking call to 'sleep' while holding 'fast'
// CHECK-NEXT: :[[@LINE-5]]:8: note: 'fast' is locked here
void fast_guarded() {
  Guard<FastMutex> g(fast);
  sleep(1);
}
// CHECK: :[[@LINE-2]]:3: warning: blocking call to 'sleep' while holding 'g'
// CHECK-NEXT: :[[@LINE-4]]:20: note: 'g' is locked here
// Near misses: unlocked before, and the guard's scope ended.
void fast_unlocked() {
  fast.lock();
  fast.unlock();
  sleep(1);
}
void fast_guard_ended() {
  { Guard<FastMutex> g(fast); }
  sleep(1);
}
