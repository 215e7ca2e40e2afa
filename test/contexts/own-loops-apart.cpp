// Two loops the program writes itself are two contexts, each run by the
// threads of the function that holds it: main's poll loop by one thread,
// the workers' epoll loop by the four threads that run it. A handler of
// the first runs on one thread only; one of the second could run on two
// at the same instant.
// RUN: %quadrant -j1 --show-pure %s -- -std=c++20 | FileCheck %s

#include <poll.h>
#include <sys/epoll.h>
#include <thread>
#include <vector>

void on_console(int) {}
void on_socket(int) {}

void (*console_handlers[])(int) = {on_console};
void (*socket_handlers[])(int) = {on_socket};

void console_loop(pollfd *fds) {
  while (poll(fds, 1, -1) > 0)
    console_handlers[0](fds[0].fd);
}

void socket_loop(int ep) {
  epoll_event events[8];
  for (;;) {
    int n = epoll_wait(ep, events, 8, -1);
    for (int i = 0; i < n; ++i)
      socket_handlers[0](events[i].data.fd);
  }
}

int main() {
  int ep = epoll_create1(0);
  std::vector<std::thread> workers;
  for (int i = 0; i < 4; ++i)
    workers.emplace_back(socket_loop, ep);
  pollfd fds[1] = {};
  console_loop(fds);
}

// CHECK: program: concurrent and parallel: 4 threads started at 1 site share memory with the main thread; 5 threads run the event loop's handlers
// CHECK-NEXT: calls that run an event loop: 2 (on 5 threads); handlers: 2;
// CHECK-NEXT: could run on two threads at the same instant {{.*}}: on_socket, socket_loop{{$}}
// CHECK: 'on_console' is sync-nonblocking
// CHECK-NEXT: runs on: the event loop's one thread (the main thread), as a handler that the event loop written around 'poll' at {{.*}}own-loops-apart.cpp:20:10 calls{{$}}
// CHECK: 'on_socket' is sync-nonblocking
// CHECK-NEXT: runs on: the threads that run the event loop (4 threads), as a handler that the event loop written around 'epoll_wait' at {{.*}}own-loops-apart.cpp:27:13 calls (it could run on two threads at the same instant
