// Rules of rules/pthread.yaml against the real glibc headers.
// RUN: %quadrant-cxx | %check

#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <time.h>

pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;

// The start routine runs on the new thread: its blocking is its own.
void *worker(void *) {
  pthread_mutex_lock(&mutex);
  return nullptr;
}
// CHECK: :[[@LINE-4]]:7: 'worker' is sync-blocking
// CHECK: :[[@LINE-4]]:3: pthread_mutex_lock is sync-blocking: waits until the mutex is free [pthread.mutex_lock]

// Starting a thread returns at once; so does detaching it.
void spawn_detached(pthread_t *t) {
  // CHECK: :[[@LINE-1]]:6: 'spawn_detached' is async-nonblocking
  pthread_create(t, nullptr, worker, nullptr);
  // CHECK: :[[@LINE-1]]:3: pthread_create is async-nonblocking: starts a thread that runs the function; the caller continues at once [pthread.create]
  pthread_detach(*t);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_detach is sync-nonblocking: lets the thread run on its own; returns at once [pthread.detach]
}

// Joining waits for the thread to finish; trying to join does not.
void joins(pthread_t t, const timespec *deadline) {
  // CHECK: :[[@LINE-1]]:6: 'joins' is sync-blocking
  pthread_join(t, nullptr);
  // CHECK: :[[@LINE-1]]:3: pthread_join is sync-blocking: waits until the thread finishes [pthread.join]
  pthread_timedjoin_np(t, nullptr, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_timedjoin_np is sync-blocking: waits until the thread finishes [pthread.join]
  pthread_clockjoin_np(t, nullptr, CLOCK_MONOTONIC, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_clockjoin_np is sync-blocking: waits until the thread finishes [pthread.join]
}

void tries_join(pthread_t t) { pthread_tryjoin_np(t, nullptr); }
// CHECK: :[[@LINE-1]]:6: 'tries_join' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:32: pthread_tryjoin_np is sync-nonblocking: joins the thread if it has finished and returns EBUSY at once otherwise [pthread.tryjoin]

void locks(pthread_mutex_t *m, pthread_spinlock_t *s, const timespec *deadline) {
  // CHECK: :[[@LINE-1]]:6: 'locks' is sync-blocking
  pthread_mutex_lock(m);
  // CHECK: :[[@LINE-1]]:3: pthread_mutex_lock is sync-blocking: waits until the mutex is free [pthread.mutex_lock]
  pthread_mutex_timedlock(m, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_mutex_timedlock is sync-blocking: waits until the mutex is free [pthread.mutex_lock]
  pthread_mutex_clocklock(m, CLOCK_MONOTONIC, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_mutex_clocklock is sync-blocking: waits until the mutex is free [pthread.mutex_lock]
  pthread_spin_lock(s);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_spin_lock is sync-blocking: waits until the mutex is free [pthread.mutex_lock]
  // Unlocking is not labeled.
  pthread_spin_unlock(s);
  pthread_mutex_unlock(m);
}

void trylocks(pthread_mutex_t *m, pthread_spinlock_t *s) {
  // CHECK: :[[@LINE-1]]:6: 'trylocks' is sync-nonblocking
  pthread_mutex_trylock(m);
  // CHECK: :[[@LINE-1]]:3: pthread_mutex_trylock is sync-nonblocking: takes the mutex if it is free and returns EBUSY at once otherwise [pthread.mutex_trylock]
  pthread_spin_trylock(s);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_spin_trylock is sync-nonblocking: takes the mutex if it is free{{.*}} [pthread.mutex_trylock]
}

void rwlocks(pthread_rwlock_t *rw, const timespec *deadline) {
  // CHECK: :[[@LINE-1]]:6: 'rwlocks' is sync-blocking
  pthread_rwlock_rdlock(rw);
  // CHECK: :[[@LINE-1]]:3: pthread_rwlock_rdlock is sync-blocking: waits until the read-write lock can be taken [pthread.rwlock_lock]
  pthread_rwlock_wrlock(rw);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_rwlock_wrlock is sync-blocking: waits until the read-write lock can be taken [pthread.rwlock_lock]
  pthread_rwlock_timedrdlock(rw, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_rwlock_timedrdlock is sync-blocking: waits until the read-write lock{{.*}} [pthread.rwlock_lock]
  pthread_rwlock_timedwrlock(rw, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_rwlock_timedwrlock is sync-blocking: waits until the read-write lock{{.*}} [pthread.rwlock_lock]
  pthread_rwlock_clockrdlock(rw, CLOCK_MONOTONIC, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_rwlock_clockrdlock is sync-blocking: waits until the read-write lock{{.*}} [pthread.rwlock_lock]
  pthread_rwlock_clockwrlock(rw, CLOCK_MONOTONIC, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_rwlock_clockwrlock is sync-blocking: waits until the read-write lock{{.*}} [pthread.rwlock_lock]
}

void rwtrylocks(pthread_rwlock_t *rw) {
  // CHECK: :[[@LINE-1]]:6: 'rwtrylocks' is sync-nonblocking
  pthread_rwlock_tryrdlock(rw);
  // CHECK: :[[@LINE-1]]:3: pthread_rwlock_tryrdlock is sync-nonblocking: takes the read-write lock if it is free and returns EBUSY at once otherwise [pthread.rwlock_trylock]
  pthread_rwlock_trywrlock(rw);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_rwlock_trywrlock is sync-nonblocking: takes the read-write lock{{.*}} [pthread.rwlock_trylock]
}

void conditions(pthread_cond_t *c, pthread_mutex_t *m, const timespec *deadline) {
  // CHECK: :[[@LINE-1]]:6: 'conditions' is sync-blocking
  pthread_cond_wait(c, m);
  // CHECK: :[[@LINE-1]]:3: pthread_cond_wait is sync-blocking: waits until the condition variable is signalled [pthread.cond_wait]
  pthread_cond_timedwait(c, m, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_cond_timedwait is sync-blocking: waits until the condition variable is signalled [pthread.cond_wait]
  pthread_cond_clockwait(c, m, CLOCK_MONOTONIC, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_cond_clockwait is sync-blocking: waits until the condition variable is signalled [pthread.cond_wait]
  // Signalling is not labeled.
  pthread_cond_signal(c);
  pthread_cond_broadcast(c);
}

void init_once() {}
// CHECK: :[[@LINE-1]]:6: 'init_once' is sync-nonblocking (pure computation
void barriers_and_once(pthread_barrier_t *b, pthread_once_t *once) {
  // CHECK: :[[@LINE-1]]:6: 'barriers_and_once' is sync-blocking
  pthread_barrier_wait(b);
  // CHECK: :[[@LINE-1]]:3: pthread_barrier_wait is sync-blocking: waits until every thread of the barrier has arrived [pthread.barrier_wait]
  pthread_once(once, init_once);
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_once is sync-blocking: waits while another thread runs the initialisation [pthread.once]
}

// Cancelling only asks; yielding offers the processor and returns.
void cancels_and_yields(pthread_t t) {
  // CHECK: :[[@LINE-1]]:6: 'cancels_and_yields' is sync-nonblocking
  pthread_cancel(t);
  // CHECK: :[[@LINE-1]]:3: pthread_cancel is sync-nonblocking: asks the thread to cancel and returns at once, without waiting for it [pthread.cancel]
  sched_yield();
  // CHECK-NEXT: :[[@LINE-1]]:3: sched_yield is sync-nonblocking: offers the processor to another thread and returns at once [posix.sched_yield]
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
  pthread_yield();
  // CHECK-NEXT: :[[@LINE-1]]:3: pthread_yield is sync-nonblocking: offers the processor{{.*}} [posix.sched_yield]
}

// Look-alikes: user functions and members that share a name with the
// library's are never labeled by the library's rules.
namespace mylib {
int pthread_create(int *) { return 0; }
int pthread_join(int) { return 0; }
int pthread_mutex_lock(int *) { return 0; }
int sem_wait(int *) { return 0; }
} // namespace mylib
// CHECK: :[[@LINE-5]]:5: 'mylib::pthread_create' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:5: 'mylib::pthread_join' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:5: 'mylib::pthread_mutex_lock' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:5: 'mylib::sem_wait' is sync-nonblocking (pure computation
struct Pool {
  int pthread_join(int) { return 0; }
  int pthread_cond_wait() { return 0; }
};
// CHECK: :[[@LINE-3]]:7: 'Pool::pthread_join' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-3]]:7: 'Pool::pthread_cond_wait' is sync-nonblocking (pure computation

void lookalikes(Pool &p) {
  int x = 0;
  mylib::pthread_create(&x);
  mylib::pthread_join(x);
  mylib::pthread_mutex_lock(&x);
  mylib::sem_wait(&x);
  p.pthread_join(x);
  p.pthread_cond_wait();
}
// CHECK: :[[@LINE-9]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 19 functions: 6 sync-blocking, 12 sync-nonblocking (8 pure computation), 0 async-blocking, 1 async-nonblocking
