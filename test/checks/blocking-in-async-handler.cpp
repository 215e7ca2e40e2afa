// RUN: %quadrant -j1 --checks=-*,quadrant-blocking-in-async-handler %s -- -std=c++20 | %findings

#include <asio.hpp>
#include <future>
#include <mutex>
#include <thread>
#include <unistd.h>

using asio::ip::tcp;

void save(const char *data) { write(1, data, 1); }
void on_tick(const asio::error_code &) { save("tick"); }
// A function as the handler (passed in timers() below), blocking through
// another function.
// CHECK: :[[@LINE-3]]:42: warning: call to 'save', which blocks, in a completion handler stalls every other handler on the event loop [quadrant-blocking-in-async-handler]
// CHECK-NEXT: :[[@LINE+25]]:9: note: the handler is passed to 'asio::basic_waitable_timer::async_wait' here and runs on its event loop
// CHECK-NEXT: :[[@LINE-6]]:31: note: 'write' is sync-blocking: {{.*}}

struct session {
  tcp::socket socket;
  char buf[64];

  void start() {
    socket.async_read_some(asio::buffer(buf), [this](asio::error_code, std::size_t n) {
      asio::write(socket, asio::buffer(buf, n));
      // CHECK: :[[@LINE-1]]:7: warning: blocking call to 'asio::write' in a completion handler
      // CHECK-NEXT: :[[@LINE-3]]:12: note: the handler is passed to 'asio::basic_stream_socket::async_read_some' here and runs on its event loop
      // CHECK-NEXT: :[[@LINE-3]]:7: note: 'asio::write' is sync-blocking: {{.*}}
    });
  }

  // The near miss: the handler goes on asynchronously.
  void start_async() {
    socket.async_read_some(asio::buffer(buf), [this](asio::error_code, std::size_t n) {
      asio::async_write(socket, asio::buffer(buf, n), [](asio::error_code, std::size_t) {});
    });
  }
};

void timers(asio::steady_timer &timer, asio::io_context &io) {
  timer.async_wait(on_tick);
  asio::post(io, [] { std::this_thread::sleep_for(std::chrono::seconds(1)); });
  // CHECK: :[[@LINE-1]]:23: warning: blocking call to 'std::this_thread::sleep_for' in a completion handler
  // CHECK-NEXT: :[[@LINE-2]]:3: note: the handler is passed to 'asio::post' here
  // CHECK-NEXT: :[[@LINE-3]]:23: note: 'std::this_thread::sleep_for' is sync-blocking: {{.*}}
}

// Near misses: a thread pool is where blocking work goes to keep it off the
// event loop, and the fix for the sleep in timers() above.
void in_a_pool(asio::thread_pool &pool) {
  asio::post(pool, [] { std::this_thread::sleep_for(std::chrono::seconds(1)); });
  asio::dispatch(pool.get_executor(), [] { sleep(1); });
  pool.get_executor().defer([] { save("later"); }, std::allocator<void>());
}

// Near miss: a thread's function may block; it has a thread of its own.
void on_a_thread() {
  std::thread worker([] { sleep(1); });
  worker.join();
}

// Near miss: a short critical section in a handler is not reported (holding
// the lock while blocking is blocking-under-lock's to report).
std::mutex handler_mutex;
int handled;
void counts(asio::io_context &io) {
  asio::post(io, [] {
    std::lock_guard<std::mutex> guard(handler_mutex);
    ++handled;
  });
}

// The reactor style (Asio's cpp11/nonblocking and cpp11/local/fd_passing
// examples): I/O in the handler of async_wait. On a socket made non-blocking
// (in start(), and so in every function) it returns would_block instead of
// waiting, also through the native handle: near misses. On a socket nobody
// made non-blocking it waits: readiness can be spurious (select(2), BUGS) and
// another reader or writer may get there first, which is why Asio's
// reactor-style example sets non_blocking(true).
class reactor {
public:
  void start() {
    nonblocking_.non_blocking(true);
    plain_.async_wait(tcp::socket::wait_read, [this](asio::error_code ec) {
      char buf[64];
      if (ec)
        return;
      nonblocking_.read_some(asio::buffer(buf), ec);
      ::send(nonblocking_.native_handle(), buf, 1, 0);
      plain_.read_some(asio::buffer(buf), ec);
      // CHECK: :[[@LINE-1]]:14: warning: blocking call to 'asio::basic_stream_socket::read_some' in a completion handler
      // CHECK-NEXT: :[[@LINE-8]]:12: note: the handler is passed to 'asio::basic_socket::async_wait' here
      // CHECK-NEXT: :[[@LINE-3]]:14: note: 'asio::basic_stream_socket::read_some' is sync-blocking: waits until data arrives on the socket
      ::send(plain_.native_handle(), buf, 1, 0);
      // CHECK: :[[@LINE-1]]:7: warning: blocking call to 'send' in a completion handler
      // CHECK-NEXT: :[[@LINE-12]]:12: note: the handler is passed to 'asio::basic_socket::async_wait' here
      // CHECK-NEXT: :[[@LINE-3]]:7: note: 'send' is sync-blocking: waits until the socket's send buffer has room
    });
  }

private:
  tcp::socket plain_;
  tcp::socket nonblocking_;
};
