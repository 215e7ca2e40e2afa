// Rules of rules/glib.yaml against GLib's and GIO's headers, with the flags
// pkg-config gives (pkg-config --cflags gio-2.0).
// RUN: %quadrant -j1 --checks=-* --show-pure %s -- -std=c++20 %glib-cflags | %check
// The callbacks given to the main loop are handlers that run on it; draining
// the pending sources is not a busy wait (the condition is not what the
// iteration answers):
// RUN: %quadrant -j1 --checks=-*,quadrant-blocking-in-async-handler,quadrant-busy-wait-loop %s -- -std=c++20 %glib-cflags | %findings --check-prefix=HANDLER

#include <gio/gio.h>

// glib.main_loop_run, glib.main_context_iteration: the main loop waits for
// its sources; one iteration with may_block FALSE does not.
void run(GMainLoop *loop, GMainContext *context) {
  // CHECK: :[[@LINE-1]]:6: 'run' is async-blocking
  g_main_loop_run(loop);
  // CHECK: :[[@LINE-1]]:3: g_main_loop_run is async-blocking: runs the main loop on this thread, waiting for events and dispatching their sources' callbacks, until g_main_loop_quit [glib.main_loop_run]
  g_main_context_iteration(context, TRUE);
  // CHECK-NEXT: :[[@LINE-1]]:3: g_main_context_iteration is async-blocking: runs one iteration of the main context, waiting until a source is ready and dispatching its callbacks [glib.main_context_iteration]
  // Zero in another argument (the default context) is not may_block.
  g_main_context_iteration(NULL, TRUE);
  // CHECK-NEXT: :[[@LINE-1]]:3: g_main_context_iteration is async-blocking: runs one iteration{{.*}} [glib.main_context_iteration]
}

void iterate_without_waiting(GMainContext *context) {
  // CHECK: :[[@LINE-1]]:6: 'iterate_without_waiting' is async-nonblocking
  while (g_main_context_pending(context))
    g_main_context_iteration(context, FALSE);
  // CHECK: :[[@LINE-2]]:10: g_main_context_pending is sync-nonblocking: says whether any source of the main context is ready and returns at once [glib.main_context_pending]
  // CHECK-NEXT: :[[@LINE-2]]:5: g_main_context_iteration is async-nonblocking: with may_block FALSE it dispatches the sources that are ready and returns at once, without waiting [glib.main_context_iteration]
}

// glib.source_add: the callback runs later on the loop.
gboolean on_idle(gpointer) {
  g_usleep(1000);
  return G_SOURCE_REMOVE;
}
// CHECK: :[[@LINE-4]]:10: 'on_idle' is sync-blocking
// CHECK: :[[@LINE-4]]:3: g_usleep is sync-blocking: suspends the calling thread until the time has passed [glib.usleep]
// HANDLER: :[[@LINE-5]]:3: warning: {{.*}}'g_usleep'{{.*}}
// HANDLER: note: the handler is passed to 'g_idle_add' here
gboolean on_timeout(gpointer) { return G_SOURCE_CONTINUE; }
// CHECK: :[[@LINE-1]]:10: 'on_timeout' is sync-nonblocking (pure computation
void add_sources(GMainContext *context) {
  // CHECK: :[[@LINE-1]]:6: 'add_sources' is async-nonblocking
  g_idle_add(on_idle, NULL);
  // CHECK: :[[@LINE-1]]:3: g_idle_add is async-nonblocking: adds the callback to a main context and returns at once; it runs later on the thread that runs that context's loop [glib.source_add]
  g_timeout_add(100, on_timeout, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: g_timeout_add is async-nonblocking: adds the callback to a main context{{.*}} [glib.source_add]
  g_timeout_add_seconds(1, on_timeout, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: g_timeout_add_seconds is async-nonblocking: adds the callback to a main context{{.*}} [glib.source_add]
  g_main_context_invoke(context, on_timeout, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: g_main_context_invoke is async-nonblocking: adds the callback to a main context{{.*}} [glib.source_add]
}

// glib.thread_*, glib.mutex_*, glib.cond_wait, glib.async_queue_*.
gpointer work(gpointer data) { return data; }
// CHECK: :[[@LINE-1]]:10: 'work' is sync-nonblocking (pure computation
void threads(GMutex *mutex, GCond *cond, GAsyncQueue *queue, GThreadPool *pool) {
  // CHECK: :[[@LINE-1]]:6: 'threads' is async-blocking
  GThread *thread = g_thread_new("worker", work, NULL);
  // CHECK: :[[@LINE-1]]:21: g_thread_new is async-nonblocking: starts a thread that runs the function; the caller continues at once [glib.thread_new]
  g_mutex_lock(mutex);
  // CHECK-NEXT: :[[@LINE-1]]:3: g_mutex_lock is sync-blocking: waits until the lock is free [glib.mutex_lock]
  g_cond_wait(cond, mutex);
  // CHECK-NEXT: :[[@LINE-1]]:3: g_cond_wait is sync-blocking: waits until the condition variable is signalled [glib.cond_wait]
  g_mutex_unlock(mutex);
  if (g_mutex_trylock(mutex))
    g_mutex_unlock(mutex);
  // CHECK-NEXT: :[[@LINE-2]]:7: g_mutex_trylock is sync-nonblocking: takes the lock if it is free and returns FALSE at once otherwise [glib.mutex_trylock]
  g_async_queue_pop(queue);
  // CHECK-NEXT: :[[@LINE-1]]:3: g_async_queue_pop is sync-blocking: waits until the queue has an item to take [glib.async_queue_pop]
  g_async_queue_try_pop(queue);
  // CHECK-NEXT: :[[@LINE-1]]:3: g_async_queue_try_pop is sync-nonblocking: takes an item if the queue has one and returns NULL at once otherwise [glib.async_queue_try_pop]
  g_thread_pool_push(pool, NULL, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: g_thread_pool_push is async-nonblocking: hands the work to a thread pool and returns at once; it runs later on one of the pool's threads, not on a main loop [glib.thread_pool_push]
  g_thread_join(thread);
  // CHECK-NEXT: :[[@LINE-1]]:3: g_thread_join is sync-blocking: waits until the thread finishes [glib.thread_join]
}

// gio.sync, gio.async, gio.finish: one operation three ways.
gssize read_now(GInputStream *in, char *buf, gsize n, GCancellable *cancel) {
  // CHECK: :[[@LINE-1]]:8: 'read_now' is sync-blocking
  return g_input_stream_read(in, buf, n, cancel, NULL);
  // CHECK: :[[@LINE-1]]:10: g_input_stream_read is sync-blocking: does the operation on the calling thread and waits until it is done (the GCancellable lets another thread cancel the wait) [gio.sync]
}

GFileInputStream *open_now(GFile *file, GError **error) {
  // CHECK: :[[@LINE-1]]:19: 'open_now' is sync-blocking
  return g_file_read(file, NULL, error);
  // CHECK: :[[@LINE-1]]:10: g_file_read is sync-blocking: does the operation on the calling thread{{.*}} [gio.sync]
}

void on_opened(GObject *source, GAsyncResult *result, gpointer) {
  GError *error = NULL;
  GFileInputStream *in = g_file_read_finish(G_FILE(source), result, &error);
  // CHECK: :[[@LINE-3]]:6: 'on_opened' is sync-blocking
  // CHECK: :[[@LINE-2]]:26: g_file_read_finish is sync-nonblocking: collects the result of an asynchronous operation that has completed and returns at once [gio.finish]
  char buf[64];
  g_input_stream_read(G_INPUT_STREAM(in), buf, sizeof buf, NULL, &error);
  // CHECK-NEXT: :[[@LINE-1]]:3: g_input_stream_read is sync-blocking: does the operation on the calling thread{{.*}} [gio.sync]
  // HANDLER: :[[@LINE-2]]:3: warning: {{.*}}'g_input_stream_read'{{.*}}
  // HANDLER: note: the handler is passed to 'g_file_read_async' here
}

void open_later(GFile *file, GCancellable *cancel) {
  // CHECK: :[[@LINE-1]]:6: 'open_later' is async-nonblocking
  g_file_read_async(file, G_PRIORITY_DEFAULT, cancel, on_opened, NULL);
  // CHECK: :[[@LINE-1]]:3: g_file_read_async is async-nonblocking: starts the operation and returns at once; the callback runs later on the caller's thread-default main context, where the _finish call collects the result [gio.async]
}

// Not the convention: no GCancellable before the last argument, so not a
// synchronous GIO call; the g_ prefix alone decides nothing.
gboolean close_enough(GFile *a, GFile *b) {
  // CHECK: :[[@LINE-1]]:10: 'close_enough' is sync-nonblocking (pure computation
  g_cancellable_cancel(g_cancellable_get_current());
  return g_file_equal(a, b);
}

// Look-alikes: the same names in another namespace.
namespace mock {
gssize g_input_stream_read(GInputStream *, void *, gsize, GCancellable *, GError **) { return 0; }
// CHECK: :[[@LINE-1]]:8: 'mock::g_input_stream_read' is sync-nonblocking (pure computation
void g_main_loop_run(GMainLoop *) {}
// CHECK: :[[@LINE-1]]:6: 'mock::g_main_loop_run' is sync-nonblocking (pure computation
} // namespace mock
void mocked(GInputStream *in, GMainLoop *loop) {
  // CHECK: :[[@LINE-1]]:6: 'mocked' is sync-nonblocking (pure computation
  mock::g_input_stream_read(in, NULL, 0, NULL, NULL);
  mock::g_main_loop_run(loop);
}
