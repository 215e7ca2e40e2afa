// An io_context that only main runs: its handlers and coroutines take turns
// on that one thread. Concurrent, not parallel.
// RUN: %quadrant -j1 --show-pure %s -- -std=c++20 -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE | FileCheck %s

#include <asio.hpp>

void count_tick() {}

asio::awaitable<void> echo(asio::ip::tcp::socket s) {
  char buf[64];
  std::size_t n = co_await s.async_read_some(asio::buffer(buf), asio::use_awaitable);
  co_await asio::async_write(s, asio::buffer(buf, n), asio::use_awaitable);
}

void arm(asio::steady_timer &t) {
  t.async_wait([&t](const asio::error_code &) {
    count_tick();
    arm(t);
  });
}

int main() {
  asio::io_context io;
  asio::steady_timer t(io);
  arm(t);
  asio::co_spawn(io, echo(asio::ip::tcp::socket(io)), asio::detached);
  io.run();
}

// CHECK: program: concurrent, not parallel: one thread runs an event loop that interleaves 1 handler and 1 coroutine
// CHECK-NEXT: a main thread; threads started: 0 threads at 0 sites; pool tasks: 0; parallel algorithms: 0; calls that run an event loop: 1 (on 1 thread); handlers: 1; coroutines: 1; child processes: 0; other programs: 0
// CHECK-NOT: could run on two threads

// The handler's function runs where the handler does: on the main thread,
// which runs the loop. Once, not in parallel.
// CHECK: 'count_tick' is sync-nonblocking
// CHECK-NEXT: runs on: the event loop's one thread (the main thread), as a handler of 'asio::basic_waitable_timer::async_wait' at {{.*}}loop-one-thread.cpp:16:5{{$}}
// CHECK: 'echo' is async-nonblocking
// CHECK: runs on: a coroutine resumed by the event loop's one thread (the main thread){{$}}
// 'arm' is called by main and by the handler: both on the one thread.
// CHECK: 'arm' is async-nonblocking
// CHECK: runs on: the main thread; the event loop's one thread (the main thread), as a handler of 'asio::basic_waitable_timer::async_wait' at {{.*}}loop-one-thread.cpp:16:5{{$}}
