// Rules of rules/libuv.yaml against libuv's <uv.h>.
// RUN: %quadrant-cxx | %check
// The callbacks given to the loop are handlers that run on it:
// RUN: %quadrant -j1 --checks=-*,quadrant-blocking-in-async-handler %s -- -std=c++20 | %findings --check-prefix=HANDLER

#include <stdlib.h>
#include <uv.h>

// uv.run: the loop waits for events and runs their callbacks; UV_RUN_NOWAIT
// runs what is ready and returns.
int run_loop(uv_loop_t *loop) {
  // CHECK: :[[@LINE-1]]:5: 'run_loop' is async-blocking
  uv_run(loop, UV_RUN_DEFAULT);
  // CHECK: :[[@LINE-1]]:3: uv_run is async-blocking: runs the event loop on this thread, waiting for events and calling their callbacks, until no active handle is left or uv_stop is called [uv.run]
  uv_run(loop, UV_RUN_ONCE);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_run is async-blocking: UV_RUN_ONCE waits until at least one event is ready, calls the callbacks, and returns [uv.run]
  return uv_run(loop, uv_run_mode(0));
  // CHECK-NEXT: :[[@LINE-1]]:10: uv_run is async-blocking: runs the event loop on this thread{{.*}} [uv.run]
}

int poll_loop(uv_loop_t *loop) {
  // CHECK: :[[@LINE-1]]:5: 'poll_loop' is async-nonblocking
  return uv_run(loop, UV_RUN_NOWAIT);
  // CHECK: :[[@LINE-1]]:10: uv_run is async-nonblocking: UV_RUN_NOWAIT calls the callbacks of the events that are ready and returns at once, without waiting for more [uv.run]
}

void on_alloc(uv_handle_t *, size_t size, uv_buf_t *buf) { *buf = uv_buf_init((char *)malloc(size), size); }
// CHECK: :[[@LINE-1]]:6: 'on_alloc' is sync-nonblocking (pure computation
void on_read(uv_stream_t *, ssize_t, const uv_buf_t *) {}
// CHECK: :[[@LINE-1]]:6: 'on_read' is sync-nonblocking (pure computation
void on_written(uv_write_t *, int) {}
// CHECK: :[[@LINE-1]]:6: 'on_written' is sync-nonblocking (pure computation
// Written as &on_connect, or cast to the callback type, it is a handler too.
void on_connect(uv_connect_t *, int) { uv_sleep(1); }
// CHECK: :[[@LINE-1]]:6: 'on_connect' is sync-blocking
// CHECK: :[[@LINE-2]]:40: uv_sleep is sync-blocking: {{.*}} [uv.sleep]
// HANDLER: :[[@LINE-3]]:40: warning: blocking call to 'uv_sleep' in a completion handler stalls every other handler on the event loop [quadrant-blocking-in-async-handler]
// HANDLER-NEXT: :[[@LINE+24]]:3: note: the handler is passed to 'uv_tcp_connect' here and runs on its event loop
void on_resolved(uv_getaddrinfo_t *, int, struct addrinfo *) {}
// CHECK: :[[@LINE-1]]:6: 'on_resolved' is sync-nonblocking (pure computation
void on_closed(uv_handle_t *) { uv_sleep(1); }
// CHECK: :[[@LINE-1]]:6: 'on_closed' is sync-blocking
// CHECK: :[[@LINE-2]]:33: uv_sleep is sync-blocking: {{.*}} [uv.sleep]
// HANDLER: :[[@LINE-3]]:33: warning: blocking call to 'uv_sleep' in a completion handler stalls every other handler on the event loop [quadrant-blocking-in-async-handler]
// HANDLER-NEXT: :[[@LINE+21]]:3: note: the handler is passed to 'uv_close' here and runs on its event loop

// A timer callback that sleeps holds up every other callback of the loop.
void on_tick(uv_timer_t *) { uv_sleep(100); }
// CHECK: :[[@LINE-1]]:6: 'on_tick' is sync-blocking
// CHECK: :[[@LINE-2]]:30: uv_sleep is sync-blocking: suspends the calling thread until the time has passed [uv.sleep]
// HANDLER: :[[@LINE-3]]:30: warning: blocking call to 'uv_sleep' in a completion handler stalls every other handler on the event loop [quadrant-blocking-in-async-handler]
// HANDLER-NEXT: :[[@LINE+12]]:3: note: the handler is passed to 'uv_timer_start' here and runs on its event loop

// uv.start: starting an operation or a watcher returns at once.
void start(uv_loop_t *loop, uv_tcp_t *tcp, uv_stream_t *stream, uv_timer_t *timer, uv_write_t *write,
           uv_connect_t *connect, const struct sockaddr *addr, uv_buf_t *buf) {
  // CHECK: :[[@LINE-2]]:6: 'start' is async-nonblocking
  uv_read_start(stream, on_alloc, on_read);
  // CHECK: :[[@LINE-1]]:3: uv_read_start is async-nonblocking: starts the operation or watcher and returns at once; its callback runs later on the thread that runs the loop [uv.start]
  uv_write(write, stream, buf, 1, on_written);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_write is async-nonblocking: starts the operation or watcher{{.*}} [uv.start]
  uv_tcp_connect(connect, tcp, addr, &on_connect);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_tcp_connect is async-nonblocking: starts the operation or watcher{{.*}} [uv.start]
  uv_timer_start(timer, on_tick, 100, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_timer_start is async-nonblocking: starts the operation or watcher{{.*}} [uv.start]
  uv_close((uv_handle_t *)timer, (uv_close_cb)on_closed);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_close is async-nonblocking: starts the operation or watcher{{.*}} [uv.start]
}

// uv.dns: with a callback the lookup runs on the thread pool; with NULL it
// runs here and waits.
void resolve(uv_loop_t *loop, uv_getaddrinfo_t *req) {
  // CHECK: :[[@LINE-1]]:6: 'resolve' is async-blocking
  uv_getaddrinfo(loop, req, on_resolved, "example.org", "80", nullptr);
  // CHECK: :[[@LINE-1]]:3: uv_getaddrinfo is async-nonblocking: starts the name lookup on libuv's thread pool and returns at once; the callback gets the answer later on the thread that runs the loop [uv.dns]
  uv_getaddrinfo(loop, req, NULL, "example.org", "80", nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_getaddrinfo is sync-blocking: with a NULL callback the lookup runs on the calling thread, which waits for the answer (possibly DNS over the network) [uv.dns]
}

// uv.fs: every file operation is asynchronous with a callback and runs on
// the calling thread, waiting, with NULL (written NULL, nullptr, 0 or cast).
void on_fs(uv_fs_t *) {}
// CHECK: :[[@LINE-1]]:6: 'on_fs' is sync-nonblocking (pure computation
void files(uv_loop_t *loop, uv_fs_t *req, uv_file file, uv_buf_t *buf) {
  // CHECK: :[[@LINE-1]]:6: 'files' is async-blocking
  uv_fs_open(loop, req, "data.txt", UV_FS_O_RDONLY, 0, on_fs);
  // CHECK: :[[@LINE-1]]:3: uv_fs_open is async-nonblocking: hands the file operation to libuv's thread pool and returns at once; the callback gets the result later on the thread that runs the loop [uv.fs]
  uv_fs_read(loop, req, file, buf, 1, -1, on_fs);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_fs_read is async-nonblocking: hands the file operation{{.*}} [uv.fs]
  uv_fs_open(loop, req, "data.txt", UV_FS_O_RDONLY, 0, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_fs_open is sync-blocking: with a NULL callback the file operation runs on the calling thread, which waits until it is done [uv.fs]
  uv_fs_read(loop, req, file, buf, 1, -1, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_fs_read is sync-blocking: with a NULL callback{{.*}} [uv.fs]
  uv_fs_write(loop, req, file, buf, 1, -1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_fs_write is sync-blocking: with a NULL callback{{.*}} [uv.fs]
  uv_fs_stat(loop, req, "data.txt", (uv_fs_cb)NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_fs_stat is sync-blocking: with a NULL callback{{.*}} [uv.fs]
  uv_fs_close(loop, req, file, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_fs_close is sync-blocking: with a NULL callback{{.*}} [uv.fs]
  // A null written in another argument is not a NULL callback.
  uv_fs_close(NULL, req, file, on_fs);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_fs_close is async-nonblocking: hands the file operation{{.*}} [uv.fs]
  // Reading the result of a request is not an operation.
  uv_fs_req_cleanup(req);
}

// uv.queue_work: work goes to the thread pool; the work callback is not a
// handler on the loop, so blocking in it is where it belongs.
void read_config(uv_work_t *) { uv_sleep(10); }
// CHECK: :[[@LINE-1]]:6: 'read_config' is sync-blocking
// CHECK: :[[@LINE-2]]:33: uv_sleep is sync-blocking: {{.*}} [uv.sleep]
void config_read(uv_work_t *, int) {}
// CHECK: :[[@LINE-1]]:6: 'config_read' is sync-nonblocking (pure computation
void hand_off(uv_loop_t *loop, uv_work_t *work, uv_async_t *wakeup) {
  // CHECK: :[[@LINE-1]]:6: 'hand_off' is async-nonblocking
  uv_queue_work(loop, work, read_config, config_read);
  // CHECK: :[[@LINE-1]]:3: uv_queue_work is async-nonblocking: hands the work callback to libuv's thread pool and returns at once; the after-work callback runs later on the loop [uv.queue_work]
  uv_async_send(wakeup);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_async_send is async-nonblocking: wakes the loop from any thread and returns at once; the async handle's callback runs later on the thread that runs the loop [uv.async_send]
}

int try_write(uv_stream_t *stream, uv_buf_t *buf) {
  // CHECK: :[[@LINE-1]]:5: 'try_write' is sync-nonblocking
  return uv_try_write(stream, buf, 1);
  // CHECK: :[[@LINE-1]]:10: uv_try_write is sync-nonblocking: writes what the socket takes at once and returns, failing with UV_EAGAIN when it takes nothing [uv.try_write]
}

// uv.thread_*, uv.mutex_*, uv.cond_wait, uv.sem_*, uv.barrier_wait.
void worker(void *) {}
// CHECK: :[[@LINE-1]]:6: 'worker' is sync-nonblocking (pure computation
void threads(uv_thread_t *thread, uv_mutex_t *mutex, uv_cond_t *cond, uv_sem_t *sem, uv_barrier_t *barrier) {
  // CHECK: :[[@LINE-1]]:6: 'threads' is async-blocking
  uv_thread_create(thread, worker, nullptr);
  // CHECK: :[[@LINE-1]]:3: uv_thread_create is async-nonblocking: starts a thread that runs the function; the caller continues at once [uv.thread_create]
  uv_mutex_lock(mutex);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_mutex_lock is sync-blocking: waits until the lock is free [uv.mutex_lock]
  uv_cond_wait(cond, mutex);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_cond_wait is sync-blocking: waits until the condition variable is signalled [uv.cond_wait]
  uv_mutex_unlock(mutex);
  if (uv_mutex_trylock(mutex) == 0)
    uv_mutex_unlock(mutex);
  // CHECK-NEXT: :[[@LINE-2]]:7: uv_mutex_trylock is sync-nonblocking: takes the lock if it is free and returns UV_EBUSY at once otherwise [uv.mutex_trylock]
  uv_sem_wait(sem);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_sem_wait is sync-blocking: waits until the semaphore's count is above zero [uv.sem_wait]
  uv_sem_trywait(sem);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_sem_trywait is sync-nonblocking: decrements the semaphore if it can and returns UV_EAGAIN at once otherwise [uv.sem_trywait]
  uv_barrier_wait(barrier);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_barrier_wait is sync-blocking: waits until every thread of the barrier has arrived [uv.barrier_wait]
  uv_thread_join(thread);
  // CHECK-NEXT: :[[@LINE-1]]:3: uv_thread_join is sync-blocking: waits until the thread finishes [uv.thread_join]
}

// Look-alikes: a test double's uv_run and uv_fs_open in another namespace.
namespace fake {
int uv_run(uv_loop_t *, uv_run_mode) { return 0; }
// CHECK: :[[@LINE-1]]:5: 'fake::uv_run' is sync-nonblocking (pure computation
int uv_fs_open(uv_loop_t *, uv_fs_t *, const char *, int, int, uv_fs_cb) { return 0; }
// CHECK: :[[@LINE-1]]:5: 'fake::uv_fs_open' is sync-nonblocking (pure computation
} // namespace fake
void faked(uv_loop_t *loop, uv_fs_t *req) {
  // CHECK: :[[@LINE-1]]:6: 'faked' is sync-nonblocking (pure computation
  fake::uv_run(loop, UV_RUN_DEFAULT);
  fake::uv_fs_open(loop, req, "data.txt", 0, 0, NULL);
}
