// Threads, futures and Asio: library templates, instantiated with the user's
// lambdas and types. Skipping the bodies of system headers outside templates
// (the default) must not change the report.
#include <asio.hpp>
#include <chrono>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

std::mutex mu;

void worker(int n) {
  std::lock_guard<std::mutex> lock(mu);
  std::this_thread::sleep_for(1ms * n);
}

// Instantiated only by std::make_shared's body, a library template: the
// call to T::wait depends on T, so it exists only in Waiter<std::future<int>>.
template <class T> struct Waiter {
  T value;
  explicit Waiter(T v) : value(std::move(v)) { value.wait(); }
};

int start_threads() {
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i)
    threads.emplace_back(worker, i);
  for (std::thread &t : threads)
    t.join();
  std::future<int> f = std::async(std::launch::async, [] { return 42; });
  auto waiter = std::make_shared<Waiter<std::future<int>>>(std::move(f));
  return 0;
}

void read_loop(asio::ip::tcp::socket &socket, char *buffer) {
  socket.async_read_some(asio::buffer(buffer, 64), [&](std::error_code ec, std::size_t) {
    if (!ec)
      read_loop(socket, buffer);
  });
}

void serve() {
  asio::io_context io;
  asio::ip::tcp::socket socket(io);
  char buffer[64];
  read_loop(socket, buffer);
  asio::steady_timer timer(io, 1s);
  timer.wait();
  io.run();
}
