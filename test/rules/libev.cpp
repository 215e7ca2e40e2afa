// Rules of rules/libev.yaml against libev's <ev.h>.
// RUN: %quadrant-cxx | %check
// The watchers' callbacks, stored by ev_io_init and friends, are handlers
// that run on the loop:
// RUN: %quadrant -j1 --checks=-*,quadrant-blocking-in-async-handler %s -- -std=c++20 | %findings --check-prefix=HANDLER

#include <ev.h>
#include <unistd.h>

// ev.run: the loop waits for events, unless EVRUN_NOWAIT (EVLOOP_NONBLOCK in
// libev 3's words); ev_loop is libev 3's ev_run.
void run(struct ev_loop *loop) {
  // CHECK: :[[@LINE-1]]:6: 'run' is async-blocking
  ev_run(loop, 0);
  // CHECK: :[[@LINE-1]]:3: ev_run is async-blocking: runs the event loop on this thread, waiting for events and calling the watchers' callbacks, until no active watcher is left or ev_break is called [ev.run]
  ev_run(loop);
  // CHECK-NEXT: :[[@LINE-1]]:3: ev_run is async-blocking: runs the event loop on this thread{{.*}} [ev.run]
  ev_run(loop, EVRUN_ONCE);
  // CHECK-NEXT: :[[@LINE-1]]:3: ev_run is async-blocking: EVRUN_ONCE waits until at least one event is ready, calls the callbacks, and returns [ev.run]
  ev_loop(loop, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: ev_loop is async-blocking: runs the event loop on this thread{{.*}} [ev.run]
}

void poll_once(struct ev_loop *loop) {
  // CHECK: :[[@LINE-1]]:6: 'poll_once' is async-nonblocking
  ev_run(loop, EVRUN_NOWAIT);
  // CHECK: :[[@LINE-1]]:3: ev_run is async-nonblocking: EVRUN_NOWAIT calls the callbacks of the events that are ready and returns at once, without waiting [ev.run]
  ev_loop(loop, EVLOOP_NONBLOCK);
  // CHECK-NEXT: :[[@LINE-1]]:3: ev_loop is async-nonblocking: EVRUN_NOWAIT calls{{.*}} [ev.run]
}

void on_readable(struct ev_loop *, ev_io *w, int) {
  char buf[64];
  read(w->fd, buf, sizeof buf);
}
// CHECK: :[[@LINE-4]]:6: 'on_readable' is sync-blocking
// CHECK: :[[@LINE-3]]:3: read is sync-blocking: {{.*}} [posix.read]
// HANDLER: :[[@LINE-4]]:3: warning: blocking call to 'read' in a completion handler stalls every other handler on the event loop [quadrant-blocking-in-async-handler]
// HANDLER-NEXT: :[[@LINE+16]]:3: note: the handler is passed to 'ev_io_start' here and runs on its event loop
void on_timeout(struct ev_loop *, ev_timer *, int) {}
// CHECK: :[[@LINE-1]]:6: 'on_timeout' is sync-nonblocking (pure computation
void on_wakeup(struct ev_loop *, ev_async *, int) {}
// CHECK: :[[@LINE-1]]:6: 'on_wakeup' is sync-nonblocking (pure computation
void on_once(int, void *) { ev_sleep(0.1); }
// CHECK: :[[@LINE-1]]:6: 'on_once' is sync-blocking
// CHECK: :[[@LINE-2]]:29: ev_sleep is sync-blocking: {{.*}} [ev.sleep]
// HANDLER: :[[@LINE-3]]:29: warning: blocking call to 'ev_sleep' in a completion handler stalls every other handler on the event loop [quadrant-blocking-in-async-handler]
// HANDLER-NEXT: :[[@LINE+15]]:3: note: the handler is passed to 'ev_once' here and runs on its event loop

// ev.start, ev.once, ev.async_send: starting a watcher returns at once; the
// callbacks run later on the loop. Setting a watcher up is not labeled.
void watch(struct ev_loop *loop, int fd, ev_io *io, ev_timer *timer, ev_async *wakeup) {
  // CHECK: :[[@LINE-1]]:6: 'watch' is async-nonblocking
  ev_io_init(io, on_readable, fd, EV_READ);
  ev_io_start(loop, io);
  // CHECK: :[[@LINE-1]]:3: ev_io_start is async-nonblocking: starts the watcher and returns at once; its callback runs later, on the thread that runs the loop, each time the event happens [ev.start]
  ev_timer_init(timer, on_timeout, 1.0, 0.0);
  ev_timer_start(loop, timer);
  // CHECK-NEXT: :[[@LINE-1]]:3: ev_timer_start is async-nonblocking: starts the watcher{{.*}} [ev.start]
  ev_async_init(wakeup, on_wakeup);
  ev_async_start(loop, wakeup);
  // CHECK-NEXT: :[[@LINE-1]]:3: ev_async_start is async-nonblocking: starts the watcher{{.*}} [ev.start]
  ev_once(loop, fd, EV_READ, 2.0, on_once, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: ev_once is async-nonblocking: waits for the event or the timeout in the loop, not here, and returns at once; the callback runs later on the thread that runs the loop [ev.once]
  ev_async_send(loop, wakeup);
  // CHECK-NEXT: :[[@LINE-1]]:3: ev_async_send is async-nonblocking: wakes the loop from any thread and returns at once; the ev_async watcher's callback runs later on the thread that runs the loop [ev.async_send]
}

void nap() {
  // CHECK: :[[@LINE-1]]:6: 'nap' is sync-blocking
  ev_sleep(0.5);
  // CHECK: :[[@LINE-1]]:3: ev_sleep is sync-blocking: suspends the calling thread until the time has passed [ev.sleep]
}

// Look-alike: a scheduler's own ev_run in another namespace.
namespace sched {
int ev_run(struct ev_loop *, int) { return 0; }
// CHECK: :[[@LINE-1]]:5: 'sched::ev_run' is sync-nonblocking (pure computation
} // namespace sched
void scheduled(struct ev_loop *loop) { sched::ev_run(loop, 0); }
// CHECK: :[[@LINE-1]]:6: 'scheduled' is sync-nonblocking (pure computation
