// Rules of rules/c11-threads.yaml against the real glibc <threads.h>, in C.
// RUN: %quadrant -j1 --checks=-* --show-pure %s -- -std=c11 | %check

#include <threads.h>
#include <time.h>

mtx_t mutex;

// The start routine runs on the new thread: its blocking is its own.
int worker(void *arg) {
  mtx_lock(&mutex);
  return 0;
}
// CHECK: :[[@LINE-4]]:5: 'worker' is sync-blocking
// CHECK: :[[@LINE-4]]:3: mtx_lock is sync-blocking: waits until the mutex is free [c11.mtx_lock]

// Starting a thread returns at once; so do detaching and yielding.
void spawn_detached(thrd_t *t) {
  // CHECK: :[[@LINE-1]]:6: 'spawn_detached' is async-nonblocking
  thrd_create(t, worker, 0);
  // CHECK: :[[@LINE-1]]:3: thrd_create is async-nonblocking: starts a thread that runs the function; the caller continues at once [c11.thrd_create]
  thrd_detach(*t);
  // CHECK-NEXT: :[[@LINE-1]]:3: thrd_detach is sync-nonblocking: lets the thread run on its own; returns at once [c11.thrd_detach]
  thrd_yield();
  // CHECK-NEXT: :[[@LINE-1]]:3: thrd_yield is sync-nonblocking: offers the processor to another thread and returns at once [c11.thrd_yield]
}

void joins_and_sleeps(thrd_t t, const struct timespec *d) {
  // CHECK: :[[@LINE-1]]:6: 'joins_and_sleeps' is sync-blocking
  int result;
  thrd_join(t, &result);
  // CHECK: :[[@LINE-1]]:3: thrd_join is sync-blocking: waits until the thread finishes [c11.thrd_join]
  thrd_sleep(d, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: thrd_sleep is sync-blocking: suspends the calling thread until the time has passed [c11.thrd_sleep]
}

void locks(mtx_t *m, cnd_t *c, const struct timespec *deadline) {
  // CHECK: :[[@LINE-1]]:6: 'locks' is sync-blocking
  mtx_lock(m);
  // CHECK: :[[@LINE-1]]:3: mtx_lock is sync-blocking: waits until the mutex is free [c11.mtx_lock]
  mtx_timedlock(m, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: mtx_timedlock is sync-blocking: waits until the mutex is free [c11.mtx_lock]
  cnd_wait(c, m);
  // CHECK-NEXT: :[[@LINE-1]]:3: cnd_wait is sync-blocking: waits until the condition variable is signalled [c11.cnd_wait]
  cnd_timedwait(c, m, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: cnd_timedwait is sync-blocking: waits until the condition variable is signalled [c11.cnd_wait]
  // Signalling and unlocking are not labeled.
  cnd_signal(c);
  cnd_broadcast(c);
  mtx_unlock(m);
}

void trylocks(mtx_t *m) { mtx_trylock(m); }
// CHECK: :[[@LINE-1]]:6: 'trylocks' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:27: mtx_trylock is sync-nonblocking: takes the mutex if it is free and returns thrd_busy at once otherwise [c11.mtx_trylock]

once_flag flag = ONCE_FLAG_INIT;
void init(void) {}
// CHECK: :[[@LINE-1]]:6: 'init' is sync-nonblocking (pure computation
void once(void) { call_once(&flag, init); }
// CHECK: :[[@LINE-1]]:6: 'once' is sync-blocking
// CHECK: :[[@LINE-2]]:19: call_once is sync-blocking: waits while another thread runs the initialisation [c11.call_once]

// Look-alikes: C has no namespaces, so a struct's function pointers named
// like the library's stand in for them; calls through them are not labeled.
// Nothing in the program is stored in them, so they are not followed either,
// and the function is not called pure computation.
struct pool {
  int (*thrd_join)(int);
  int (*mtx_lock)(int);
};
void lookalikes(struct pool *p) {
  p->thrd_join(1);
  p->mtx_lock(1);
}
// CHECK: :[[@LINE-4]]:6: 'lookalikes' is sync-nonblocking (no blocking or asynchronous call among the calls that could be followed; 2 indirect calls were not followed (line [[@LINE-3]]: 'p->thrd_join', line [[@LINE-2]]: 'p->mtx_lock'))

// CHECK: 8 functions: 4 sync-blocking, 3 sync-nonblocking (1 pure computation), 0 async-blocking, 1 async-nonblocking
