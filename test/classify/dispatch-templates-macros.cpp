// Virtual calls run any overrider found in the analyzed code; a template's
// call sites are labeled once, at the template's line, with the labels of
// all its instantiations merged; a call inside a macro is labeled where the
// macro is used.
// RUN: %quadrant-cxx | %check

#include <poll.h>
#include <unistd.h>

struct Worker {
  virtual void run() = 0;
  virtual ~Worker() = default;
};
// CHECK: :[[@LINE-2]]:11: 'Worker::~Worker' is sync-nonblocking (pure
struct Sleeper : Worker {
  void run() override { sleep(1); }
};
// CHECK: :[[@LINE-2]]:8: 'Sleeper::run' is sync-blocking
// CHECK-NEXT: blocks: Sleeper::run -> sleep at
// CHECK-NEXT: :[[@LINE-4]]:25: sleep is sync-blocking
struct Counter : Worker {
  int n = 0;
  void run() override { ++n; }
};
// CHECK: :[[@LINE-2]]:8: 'Counter::run' is sync-nonblocking (pure

void dispatch(Worker &w) { w.run(); }
// CHECK: :[[@LINE-1]]:6: 'dispatch' is sync-blocking
// CHECK-NEXT: blocks: dispatch -> Sleeper::run -> sleep at
// Nothing constructs a Worker here: both overriders may run.
// CHECK-NEXT: :[[@LINE-4]]:30: Worker::run is sync-blocking: through the virtual call, in Sleeper::run (1 of 2 methods it may run), calls sleep at {{.*}}dispatch-templates-macros.cpp:16:25: suspends the calling thread until the time has passed

// A qualified call is not dispatched: only Counter::run runs.
void direct(Counter &c) { c.Counter::run(); }
// CHECK: :[[@LINE-1]]:6: 'direct' is sync-nonblocking (pure

template <bool Wait> int wait_or_check(pollfd *p) { return poll(p, 1, Wait ? -1 : 0); }
// CHECK: :[[@LINE-1]]:26: 'wait_or_check' is async-blocking
// CHECK-NEXT: blocks: wait_or_check -> poll at {{.*}}:[[@LINE-2]]:60
// CHECK-NEXT: async: wait_or_check -> poll at {{.*}}:[[@LINE-3]]:60
// CHECK-NEXT: :[[@LINE-4]]:60: poll is async-blocking: {{.*}}; in other instances: {{.*}} [posix.poll]

void instantiate(pollfd *p) {
  wait_or_check<true>(p);
  wait_or_check<false>(p);
}
// CHECK: :[[@LINE-4]]:6: 'instantiate' is async-blocking
// CHECK-NEXT: blocks: instantiate -> wait_or_check -> poll at
// CHECK-NEXT: async: instantiate -> wait_or_check -> poll at
// CHECK-NEXT: :[[@LINE-6]]:3: wait_or_check is async-blocking: calls poll at {{.*}}dispatch-templates-macros.cpp:37:60: waits until one of the descriptors is ready or the timeout expires; in other instances: a zero timeout checks readiness and returns at once
// CHECK-NEXT: :[[@LINE-6]]:3: wait_or_check is async-blocking: calls poll at {{.*}}dispatch-templates-macros.cpp:37:60: waits until one of the descriptors is ready or the timeout expires; in other instances: a zero timeout checks readiness and returns at once

// A template that is never instantiated still has its non-dependent calls.
template <class T> void never_used(T) { usleep(1); }
// CHECK: :[[@LINE-1]]:25: 'never_used' is sync-blocking
// CHECK-NEXT: blocks: never_used -> usleep at
// CHECK-NEXT: :[[@LINE-3]]:41: usleep is sync-blocking

#define NAP() sleep(1)
#define RETRY(expr) while ((expr) < 0) {}
void macros(int fd, char *b) {
  NAP();
  RETRY(read(fd, b, 1));
}
// CHECK: :[[@LINE-4]]:6: 'macros' is sync-blocking
// CHECK-NEXT: blocks: macros -> sleep at {{.*}}:[[@LINE-4]]:3
// CHECK-NEXT: :[[@LINE-5]]:3: sleep is sync-blocking: suspends the calling thread until the time has passed (in expansion of macro 'NAP') [posix.sleep]
// A call written as a macro argument is reported where it is written.
// CHECK-NEXT: :[[@LINE-6]]:9: read is sync-blocking: waits until data arrives{{.*}} [posix.read]

// Three instantiations, two labels: each reason is said once.
template <int Ms, int Id> int wait_ms(pollfd *p) { return poll(p, 1, Ms); }
void three(pollfd *p) { wait_ms<5, 0>(p) + wait_ms<0, 1>(p) + wait_ms<0, 2>(p); }
// CHECK: :[[@LINE-2]]:31: 'wait_ms' is async-blocking
// CHECK: :[[@LINE-3]]:59: poll is async-blocking: waits until one of the descriptors is ready or the timeout expires; in other instances: a zero timeout checks readiness and returns at once [posix.poll]{{$}}
// CHECK: :[[@LINE-3]]:6: 'three' is async-blocking
// CHECK-COUNT-3: wait_ms is async-blocking: calls poll at {{.*}}dispatch-templates-macros.cpp:[[@LINE-5]]:59: waits until one of the descriptors is ready or the timeout expires; in other instances: a zero timeout checks readiness and returns at once{{$}}

// CHECK: 11 functions: 4 sync-blocking, 3 sync-nonblocking (3 pure computation), 4 async-blocking, 0 async-nonblocking
