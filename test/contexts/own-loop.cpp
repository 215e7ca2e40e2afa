// The program's own event loops: a loop around poll, select or epoll_wait
// that calls what was registered for a descriptor through a function
// pointer table, a std::function map or a virtual handle(). Those callees
// are handlers on the loop, run by the thread that runs it (here main).
// RUN: %quadrant -j1 --show-pure %s -- -std=c++20 | FileCheck %s
// RUN: %quadrant -j1 --format=json %s -- -std=c++20 | python3 -c "import json, sys; d = json.load(sys.stdin); f = {x['name']: x for x in d['functions']}; print(json.dumps(f['on_read']['contexts'])); print(d['program']['event_loops'], d['program']['handlers'], d['program']['event_loop_threads'])" | FileCheck %s --check-prefix=JSON

#include <functional>
#include <map>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <unistd.h>

void count_tick() {}

// A table of function pointers, dispatched after poll.
using handler_fn = void (*)(int);
void on_accept(int) { count_tick(); }
void on_read(int fd) { usleep(100); }
handler_fn table[] = {on_accept, on_read};

void log_wakeup() {}

void serve_poll(pollfd *fds, int n) {
  for (;;) {
    poll(fds, n, -1);
    for (int i = 0; i < n; ++i)
      if (fds[i].revents)
        table[i](fds[i].fd);
    // A direct call in the loop is the loop's own work, not a handler.
    log_wakeup();
  }
}

// A map of std::function, dispatched after select.
std::map<int, std::function<void(int)>> callbacks;
void on_timer(int) {}
void register_callbacks() {
  callbacks[3] = on_timer;
  callbacks[4] = [](int) { count_tick(); };
}

void serve_select(int maxfd) {
  while (true) {
    fd_set ready;
    FD_ZERO(&ready);
    select(maxfd + 1, &ready, nullptr, nullptr, nullptr);
    for (int fd = 0; fd <= maxfd; ++fd)
      if (FD_ISSET(fd, &ready))
        callbacks[fd](fd);
  }
}

// A virtual handle(), dispatched after epoll_wait.
struct Handler {
  virtual void handle(int fd) = 0;
  virtual ~Handler() = default;
};
struct Echo : Handler {
  void handle(int fd) override { count_tick(); }
};

void serve_epoll(int ep) {
  epoll_event events[16];
  while (int n = epoll_wait(ep, events, 16, -1))
    for (int i = 0; i < n; ++i)
      static_cast<Handler *>(events[i].data.ptr)->handle(events[i].data.fd);
}

// A near miss: a loop that calls through pointers but waits on no poller
// is no event loop; what it calls runs where the loop does.
void cleanup(int) {}
handler_fn finishers[] = {cleanup};
void finish_all() {
  for (int i = 0; i < 1; ++i)
    finishers[i](i);
}

int main() {
  pollfd fds[2] = {};
  register_callbacks();
  Handler *h = new Echo;
  (void)h;
  finish_all();
  serve_poll(fds, 2);
  serve_select(4);
  serve_epoll(epoll_create1(0));
}

// CHECK: program: concurrent, not parallel: one thread runs an event loop that interleaves 5 handlers
// CHECK-NEXT: a main thread; {{.*}}; calls that run an event loop: 3 (on 1 thread); handlers: 5; coroutines: 0;
// CHECK-NOT: could run on two threads

// count_tick runs in three handlers' contexts, all on main's one thread.
// CHECK-LABEL: 'count_tick' is sync-nonblocking
// CHECK-NEXT: runs on: the event loop's one thread (the main thread), as a handler that the event loop written around 'poll' at {{.*}}own-loop.cpp:27:5 calls; the event loop's one thread (the main thread), as a handler that the event loop written around 'select' at {{.*}}own-loop.cpp:48:5 calls; the event loop's one thread (the main thread), as a handler that the event loop written around 'epoll_wait' at {{.*}}own-loop.cpp:66:18 calls{{$}}
// CHECK-LABEL: 'on_accept' is sync-nonblocking
// CHECK-NEXT: runs on: the event loop's one thread (the main thread), as a handler that the event loop written around 'poll' at {{.*}}own-loop.cpp:27:5 calls{{$}}
// CHECK-LABEL: 'on_read' is sync-blocking
// CHECK: runs on: the event loop's one thread (the main thread), as a handler that the event loop written around 'poll' at {{.*}}own-loop.cpp:27:5 calls{{$}}
// The loop's own work runs where the loop runs.
// CHECK-LABEL: 'log_wakeup' is sync-nonblocking
// CHECK-NEXT: runs on: the main thread{{$}}
// CHECK-LABEL: 'serve_poll' is async-blocking
// CHECK: runs on: the main thread{{$}}
// CHECK-LABEL: 'on_timer' is sync-nonblocking
// CHECK-NEXT: runs on: the event loop's one thread (the main thread), as a handler that the event loop written around 'select' at {{.*}}own-loop.cpp:48:5 calls{{$}}
// CHECK-LABEL: 'register_callbacks::(lambda at {{.*}})' is sync-nonblocking
// CHECK-NEXT: runs on: the event loop's one thread (the main thread), as a handler that the event loop written around 'select' at {{.*}}own-loop.cpp:48:5 calls{{$}}
// CHECK-LABEL: 'Echo::handle' is sync-nonblocking
// CHECK-NEXT: runs on: the event loop's one thread (the main thread), as a handler that the event loop written around 'epoll_wait' at {{.*}}own-loop.cpp:66:18 calls{{$}}
// CHECK-LABEL: 'cleanup' is sync-nonblocking
// CHECK-NEXT: runs on: the main thread{{$}}

// JSON: [{"kind": "loop-handler", "own_loop": true, "site": {"callee": "poll", "function": "serve_poll", "file": "{{.*}}own-loop.cpp", "line": 27, "column": 5}, "entries": ["on_accept", "on_read"], "threads": 1, "separate_memory": false, "description": "the event loop's one thread (the main thread), as a handler that the event loop written around 'poll' at {{.*}}own-loop.cpp:27:5 calls"}]
// JSON-NEXT: 3 5 1
