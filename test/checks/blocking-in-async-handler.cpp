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

// Near miss: the reactor style of Asio's cpp11/nonblocking example. The
// socket is made non-blocking in start(), so the read in the readiness
// handler returns would_block instead of waiting.
class reactor_connection {
public:
  void start() {
    socket_.non_blocking(true);
    socket_.async_wait(tcp::socket::wait_read, [this](asio::error_code ec) {
      char buf[64];
      if (!ec)
        socket_.read_some(asio::buffer(buf), ec);
    });
  }

private:
  tcp::socket socket_;
};

// The same handler on a socket nobody made non-blocking waits for data:
// readiness can be spurious (select(2), BUGS), and another reader may take the
// data first. Asio's reactor-style example sets non_blocking(true) for that.
class blocking_connection {
public:
  void start() {
    socket_.async_wait(tcp::socket::wait_read, [this](asio::error_code ec) {
      char buf[64];
      if (!ec)
        socket_.read_some(asio::buffer(buf), ec);
      // CHECK: :[[@LINE-1]]:17: warning: blocking call to 'asio::basic_stream_socket::read_some' in a completion handler
      // CHECK-NEXT: :[[@LINE-5]]:13: note: the handler is passed to 'asio::basic_socket::async_wait' here
      // CHECK-NEXT: :[[@LINE-3]]:17: note: 'asio::basic_stream_socket::read_some' is sync-blocking: waits until data arrives on the socket
    });
  }

private:
  tcp::socket socket_;
};

// The same for a POSIX call on the socket's native handle after waiting for
// room to write (Asio's cpp11/local/fd_passing_stream_server.cpp); the near
// miss is the native handle of a socket made non-blocking.
class readiness_sender {
public:
  void start() {
    nonblocking_.non_blocking(true);
    plain_.async_wait(tcp::socket::wait_write, [this](asio::error_code ec) {
      char byte = 0;
      if (ec)
        return;
      ::send(plain_.native_handle(), &byte, 1, 0);
      // CHECK: :[[@LINE-1]]:7: warning: blocking call to 'send' in a completion handler
      // CHECK-NEXT: :[[@LINE-6]]:12: note: the handler is passed to 'asio::basic_socket::async_wait' here
      // CHECK-NEXT: :[[@LINE-3]]:7: note: 'send' is sync-blocking: waits until the socket's send buffer has room
      ::send(nonblocking_.native_handle(), &byte, 1, 0);
    });
  }

private:
  tcp::socket plain_;
  tcp::socket nonblocking_;
};
