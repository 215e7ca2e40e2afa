// blocking-in-async-handler on the program's own event loop: a loop around
// epoll_wait that calls a virtual handle() makes each override a handler.
// Run by four threads:
// RUN: %quadrant -j1 --checks=-*,quadrant-blocking-in-async-handler %s -- -std=c++20 | %findings
// Run by main alone:
// RUN: %quadrant -j1 --checks=-*,quadrant-blocking-in-async-handler %s -- -std=c++20 -DON_MAIN | FileCheck %s --check-prefix=MAIN --implicit-check-not="{{warning|error}}:"

#include <sys/epoll.h>
#include <thread>
#include <unistd.h>
#include <vector>

struct Handler {
  virtual void handle(int fd) = 0;
  virtual ~Handler() = default;
};

struct Slow : Handler {
  void handle(int) override { sleep(1); }
  // CHECK: :[[@LINE-1]]:31: warning: blocking call to 'sleep' in a handler of the program's own event loop holds one of the threads that run the event loop (4 threads); while all of them are blocked, no handler runs [quadrant-blocking-in-async-handler]
  // CHECK-NEXT: :[[@LINE+16]]:13: note: the event loop written around 'epoll_wait' here calls the handler when a descriptor is ready
  // CHECK-NEXT: :[[@LINE-3]]:31: note: 'sleep' is sync-blocking: suspends the calling thread until the time has passed
  // MAIN: :[[@LINE-4]]:31: warning: blocking call to 'sleep' in a handler of the program's own event loop stalls every other handler on the event loop, which one thread runs [quadrant-blocking-in-async-handler]
};

struct Quick : Handler {
  void handle(int fd) override { (void)fd; }
};

// A direct call in the loop is the loop's own work: it blocks the loop,
// but it is no handler (no finding).
void flush_log(int) { fsync(1); }

void serve(int ep) {
  epoll_event events[8];
  for (;;) {
    int n = epoll_wait(ep, events, 8, -1);
    for (int i = 0; i < n; ++i)
      static_cast<Handler *>(events[i].data.ptr)->handle(events[i].data.fd);
    flush_log(n);
  }
}

// A near miss: a loop of virtual calls that waits on no poller runs tasks,
// not handlers (no finding for Sleeper::run).
struct Task {
  virtual void run() = 0;
  virtual ~Task() = default;
};
struct Sleeper : Task {
  void run() override { sleep(1); }
};
void run_tasks(Task **tasks, int n) {
  for (int i = 0; i < n; ++i)
    tasks[i]->run();
}

int main() {
  Handler *slow = new Slow, *quick = new Quick;
  (void)slow, (void)quick;
  Task *task = new Sleeper;
  run_tasks(&task, 1);
  int ep = epoll_create1(0);
#ifdef ON_MAIN
  serve(ep);
#else
  std::vector<std::thread> runners;
  for (int i = 0; i < 4; ++i)
    runners.emplace_back(serve, ep);
  for (std::thread &r : runners)
    r.join();
#endif
}
