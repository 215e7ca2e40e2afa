// An io_context that four threads and main run: a handler may run on any of
// the five, two handlers at the same instant.
// RUN: %quadrant -j1 --show-pure %s -- -std=c++20 | FileCheck %s
// Run by threads whose number the code does not show:
// RUN: %quadrant -j1 --show-pure %s -- -std=c++20 -DTHREADS=argc | FileCheck %s --check-prefix=UNKNOWN

#include <asio.hpp>
#include <thread>
#include <vector>

#ifndef THREADS
#define THREADS 4
#endif

void count_tick() {}

void arm(asio::steady_timer &t) {
  t.async_wait([&t](const asio::error_code &) {
    count_tick();
    arm(t);
  });
}

int main(int argc, char **) {
  asio::io_context io;
  asio::steady_timer t(io);
  arm(t);
  std::vector<std::thread> runners;
  for (int i = 0; i < THREADS; ++i)
    runners.emplace_back([&io] { io.run(); });
  io.run();
  for (std::thread &r : runners)
    r.join();
}

// CHECK: program: concurrent and parallel: 4 threads started at 1 site share memory with the main thread; 5 threads run the event loop's handlers
// CHECK-NEXT: calls that run an event loop: 2 (on 5 threads); handlers: 1;
// CHECK: could run on two threads at the same instant {{.*}}: count_tick, arm,
// CHECK: 'count_tick' is sync-nonblocking
// CHECK-NEXT: runs on: the threads that run the event loop (5 threads), as a handler of 'asio::basic_waitable_timer::async_wait' at {{.*}}loop-threads.cpp:18:5 (it could run on two threads at the same instant

// UNKNOWN: program: concurrent and parallel: an unknown number of threads started at 1 site share memory with the main thread; an unknown number of threads run the event loop's handlers
// UNKNOWN: 'count_tick' is sync-nonblocking
// UNKNOWN-NEXT: runs on: the threads that run the event loop (an unknown number of threads), as a handler
