// Rules of rules/asio.yaml against the real headers of Boost.Asio 1.18
// (Boost 1.74, libboost1.74-dev). Standalone Asio is tested in asio.cpp.
// Boost 1.74 predates Clang 19: its MPL (used by Date_Time, hence by
// deadline_timer) converts -1 to an enum, which Clang 16 and later reject
// unless -Wno-enum-constexpr-conversion, and its awaitable.hpp uses
// std::exchange without including <utility>.
// RUN: %quadrant -j1 --checks=-* --show-pure %s -- -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -Wno-enum-constexpr-conversion | %check

#include <utility>
#include <boost/asio.hpp>
#include <boost/asio/spawn.hpp>
#include <chrono>
#include <future>
#include <string>

namespace asio = boost::asio;
using asio::ip::tcp;
using asio::ip::udp;
using boost::system::error_code;
using namespace std::chrono_literals;

// Synchronous operations: each waits; an error_code overload too.
void sync_ops(tcp::socket &s, udp::socket &u, tcp::acceptor &a, tcp::resolver &res,
              asio::serial_port &p, asio::posix::stream_descriptor &d) {
  char buf[64];
  error_code ec;
  udp::endpoint from;
  s.read_some(asio::buffer(buf));
  s.write_some(asio::buffer(buf), ec);
  u.receive_from(asio::buffer(buf), from);
  u.send_to(asio::buffer(buf), from);
  s.connect(tcp::endpoint(), ec);
  s.wait(tcp::socket::wait_read);
  a.accept(s);
  tcp::resolver::results_type found = res.resolve("localhost", "7");
  asio::connect(s, found);
  p.read_some(asio::buffer(buf));
  d.write_some(asio::buffer(buf));
  std::string line;
  asio::read(s, asio::buffer(buf));
  asio::read_until(s, asio::dynamic_buffer(line), '\n', ec);
  asio::write(s, asio::buffer(buf));
}
// CHECK: :[[@LINE-21]]:6: 'sync_ops' is sync-blocking
// CHECK-NEXT: blocks: sync_ops -> boost::asio::basic_stream_socket::read_some at {{.*}}boost-asio.cpp:[[@LINE-17]]:5
// CHECK-NEXT: :[[@LINE-18]]:5: boost::asio::basic_stream_socket::read_some is sync-blocking: waits until data arrives on the socket [asio.socket.receive]
// CHECK-NEXT: :[[@LINE-18]]:5: boost::asio::basic_stream_socket::write_some is sync-blocking: waits until the socket's send buffer has room for the data [asio.socket.send]
// CHECK-NEXT: :[[@LINE-18]]:5: boost::asio::basic_datagram_socket::receive_from is sync-blocking: {{.*}} [asio.socket.receive]
// CHECK-NEXT: :[[@LINE-18]]:5: boost::asio::basic_datagram_socket::send_to is sync-blocking: {{.*}} [asio.socket.send]
// CHECK-NEXT: :[[@LINE-18]]:5: boost::asio::basic_socket::connect is sync-blocking: waits until the connection is established or fails [asio.socket.connect]
// CHECK-NEXT: :[[@LINE-18]]:5: boost::asio::basic_socket::wait is sync-blocking: waits until the socket or descriptor is ready to read, to write, or has an error [asio.wait_ready]
// CHECK-NEXT: :[[@LINE-18]]:5: boost::asio::basic_socket_acceptor::accept is sync-blocking: waits until a client connects [asio.acceptor.accept]
// CHECK-NEXT: :[[@LINE-18]]:43: boost::asio::ip::basic_resolver::resolve is sync-blocking: looks the host and service up (getaddrinfo, possibly DNS over the network) and waits for the answer [asio.resolver.resolve]
// CHECK-NEXT: :[[@LINE-18]]:3: boost::asio::connect is sync-blocking: tries the endpoints one after another, waiting for each connection attempt [asio.connect]
// CHECK-NEXT: :[[@LINE-18]]:5: boost::asio::basic_serial_port::read_some is sync-blocking: waits until data arrives on the serial port, descriptor or pipe [asio.stream.read_some]
// CHECK-NEXT: :[[@LINE-18]]:5: boost::asio::posix::basic_stream_descriptor::write_some is sync-blocking: waits until the serial port, descriptor or pipe takes the data [asio.stream.write_some]
// CHECK-NEXT: :[[@LINE-17]]:3: boost::asio::read is sync-blocking: calls read_some repeatedly, waiting until the buffer is full, the completion condition holds or the delimiter arrives [asio.read]
// CHECK-NEXT: :[[@LINE-17]]:3: boost::asio::read_until is sync-blocking: {{.*}} [asio.read]
// CHECK-NEXT: :[[@LINE-17]]:3: boost::asio::write is sync-blocking: calls write_some repeatedly, waiting until all the data is written [asio.write]

// Timers: the chrono timers and the Boost.Date_Time deadline_timer.
void timers(asio::steady_timer &t, asio::deadline_timer &dt) {
  t.wait();
  dt.expires_from_now(boost::posix_time::seconds(1));
  dt.wait();
}
// CHECK: :[[@LINE-5]]:6: 'timers' is sync-blocking
// CHECK-NEXT: blocks: timers -> boost::asio::basic_waitable_timer::wait at {{.*}}boost-asio.cpp:[[@LINE-5]]:5
// CHECK-NEXT: :[[@LINE-6]]:5: boost::asio::basic_waitable_timer::wait is sync-blocking: sleeps until the timer expires [asio.timer.wait]
// CHECK-NEXT: :[[@LINE-5]]:6: boost::asio::basic_deadline_timer::wait is sync-blocking: {{.*}} [asio.timer.wait]

// Initiating functions with a handler, and with each completion token.
std::size_t tokens(tcp::socket &s, tcp::acceptor &a, asio::deadline_timer &dt) {
  static char buf[64];
  auto on_io = [](error_code, std::size_t) {};
  s.async_read_some(asio::buffer(buf), on_io);
  asio::async_write(s, asio::buffer(buf), on_io);
  dt.async_wait([](error_code) {});
  std::future<std::size_t> n = s.async_read_some(asio::buffer(buf), asio::use_future);
  std::future<std::size_t> all = asio::async_read(s, asio::buffer(buf), asio::use_future);
  a.async_accept(s, asio::detached);
  asio::async_write(s, asio::buffer(buf), asio::detached);
  return n.get() + all.get();
}
// CHECK: :[[@LINE-12]]:13: 'tokens' is async-blocking
// CHECK-NEXT: blocks: tokens -> std::future::get at {{.*}}boost-asio.cpp:[[@LINE-3]]:12
// CHECK-NEXT: async: tokens -> boost::asio::basic_stream_socket::async_read_some at {{.*}}boost-asio.cpp:[[@LINE-11]]:5
// CHECK-NEXT: :[[@LINE-12]]:5: boost::asio::basic_stream_socket::async_read_some is async-nonblocking: starts the operation and returns at once; the completion handler gets the result later, on a thread running the io_context [asio.async_op]
// CHECK-NEXT: :[[@LINE-12]]:3: boost::asio::async_write is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-12]]:6: boost::asio::basic_deadline_timer::async_wait is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-12]]:34: boost::asio::basic_stream_socket::async_read_some is async-nonblocking: starts the operation and returns a std::future at once; the future's get() waits for the result [asio.async_op]
// CHECK-NEXT: :[[@LINE-12]]:34: boost::asio::async_read is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-12]]:5: boost::asio::basic_socket_acceptor::async_accept is async-nonblocking: starts the operation and returns at once, ignoring how it completes [asio.async_op]
// CHECK-NEXT: :[[@LINE-12]]:3: boost::asio::async_write is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-12]]:12: std::future::get is sync-blocking: waits until the shared state is ready [std.future.get]
// CHECK-NEXT: :[[@LINE-13]]:24: std::future::get is sync-blocking: {{.*}} [std.future.get]
// CHECK: :[[@LINE-22]]:16: 'tokens::(lambda at [[@LINE-22]]:16)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-20]]:17: 'tokens::(lambda at [[@LINE-20]]:17)' is sync-nonblocking (pure computation

// use_awaitable, and a socket whose default token is use_awaitable.
using awaitable_socket = asio::use_awaitable_t<>::as_default_on_t<tcp::socket>;
asio::awaitable<std::size_t> await_read(tcp::socket &s, awaitable_socket &ds) {
  static char buf[64];
  std::size_t n = co_await s.async_read_some(asio::buffer(buf), asio::use_awaitable);
  n += co_await asio::async_write(s, asio::buffer(buf, n), asio::use_awaitable);
  n += co_await ds.async_read_some(asio::buffer(buf));
  n += co_await asio::async_read(ds, asio::buffer(buf));
  co_return n;
}
// CHECK: :[[@LINE-8]]:30: 'await_read' is async-nonblocking
// CHECK-NEXT: async: await_read -> co_await at {{.*}}boost-asio.cpp:[[@LINE-7]]:19
// CHECK-NEXT: :[[@LINE-8]]:19: co_await is async-nonblocking: suspends the coroutine, not the thread; it resumes when the awaited operation completes [coro.co_await]
// CHECK-NEXT: :[[@LINE-9]]:30: boost::asio::basic_stream_socket::async_read_some is async-nonblocking: returns an awaitable; co_await on it starts the operation and suspends the coroutine, not the thread [asio.async_op]
// CHECK-NEXT: :[[@LINE-9]]:8: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-10]]:17: boost::asio::async_write is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-10]]:8: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-11]]:20: boost::asio::basic_stream_socket::async_read_some is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-11]]:8: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-12]]:17: boost::asio::async_read is async-nonblocking: no completion token is written, so the I/O object's default token (e.g. use_awaitable via as_default_on) decides how the result is delivered; the operation completes later [asio.async_op]

// post, dispatch, defer, the executors' members, co_spawn.
asio::awaitable<int> compute() { co_return 42; }
asio::awaitable<void> hand_over(asio::io_context &io, asio::thread_pool &pool) {
  asio::post(io, [] {});
  asio::dispatch(io.get_executor(), [] {});
  asio::defer(pool, [] {});
  std::future<void> f = asio::post(io, asio::use_future);
  co_await asio::post(io, asio::use_awaitable);
  asio::dispatch(io, asio::detached);
  io.get_executor().post([] {}, std::allocator<void>());
  asio::io_context::strand legacy(io);
  legacy.dispatch([] {});
  asio::co_spawn(io, compute(), asio::detached);
  std::future<int> r = asio::co_spawn(io, compute(), asio::use_future);
  int v = co_await asio::co_spawn(io, compute(), asio::use_awaitable);
}
// CHECK: :[[@LINE-15]]:22: 'compute' is async-nonblocking
// CHECK-NEXT: async: it is a coroutine; its caller gets a handle now and the result later
// CHECK: :[[@LINE-16]]:23: 'hand_over' is async-nonblocking
// CHECK-NEXT: async: hand_over -> boost::asio::post at {{.*}}boost-asio.cpp:[[@LINE-16]]:3
// CHECK-NEXT: :[[@LINE-17]]:3: boost::asio::post is async-nonblocking: hands the function to the executor and returns at once; it runs later on a thread running the executor (dispatch runs it at once only when already on that executor) [asio.post]
// CHECK-NEXT: :[[@LINE-17]]:3: boost::asio::dispatch is async-nonblocking: {{.*}} [asio.post]
// CHECK-NEXT: :[[@LINE-17]]:3: boost::asio::defer is async-nonblocking: hands the function to the thread pool {{.*}} [asio.thread_pool.post]
// CHECK-NEXT: :[[@LINE-17]]:25: boost::asio::post is async-nonblocking: queues the completion on the executor and returns a std::future at once; the future's get() waits for it [asio.post]
// CHECK-NEXT: :[[@LINE-17]]:3: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-18]]:12: boost::asio::post is async-nonblocking: returns an awaitable; co_await on it resumes the coroutine from the executor, suspending the coroutine, not the thread [asio.post]
// CHECK-NEXT: :[[@LINE-18]]:3: boost::asio::dispatch is async-nonblocking: queues the completion on the executor and returns at once, ignoring it [asio.post]
// CHECK-NEXT: :[[@LINE-18]]:21: boost::asio::io_context::basic_executor_type::post is async-nonblocking: hands the function to the executor and returns at once; it runs later on a thread running the executor (dispatch runs it at once only when already on that executor) [asio.executor.post]
// CHECK-NEXT: :[[@LINE-17]]:10: boost::asio::io_context::strand::dispatch is async-nonblocking: {{.*}} [asio.executor.post]
// CHECK-NEXT: :[[@LINE-17]]:3: boost::asio::co_spawn is async-nonblocking: starts the coroutine on the executor and returns at once, ignoring its result [asio.co_spawn]
// CHECK-NEXT: :[[@LINE-18]]:22: compute is async-nonblocking: is a coroutine: its caller gets a handle now and the result later
// CHECK-NEXT: :[[@LINE-18]]:24: boost::asio::co_spawn is async-nonblocking: starts the coroutine on the executor and returns a std::future at once; the future's get() waits for its result [asio.co_spawn]
// CHECK-NEXT: :[[@LINE-19]]:43: compute is async-nonblocking: is a coroutine: its caller gets a handle now and the result later
// CHECK-NEXT: :[[@LINE-19]]:11: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-20]]:20: boost::asio::co_spawn is async-nonblocking: returns an awaitable; co_await on it runs the coroutine on the executor, suspending the awaiting coroutine, not the thread [asio.co_spawn]
// CHECK-NEXT: :[[@LINE-21]]:39: compute is async-nonblocking: is a coroutine: its caller gets a handle now and the result later
// CHECK: :[[@LINE-33]]:18: 'hand_over::(lambda at [[@LINE-33]]:18)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-33]]:37: 'hand_over::(lambda at [[@LINE-33]]:37)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-33]]:21: 'hand_over::(lambda at [[@LINE-33]]:21)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-30]]:26: 'hand_over::(lambda at [[@LINE-30]]:26)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-29]]:19: 'hand_over::(lambda at [[@LINE-29]]:19)' is sync-nonblocking (pure computation

// Event loops.
void loops(asio::io_context &io, asio::thread_pool &pool) {
  io.run();
  io.run_for(1s);
  io.run_for(0s);
  io.poll_one();
  pool.join();
  pool.wait();
}
// CHECK: :[[@LINE-8]]:6: 'loops' is async-blocking
// CHECK-NEXT: blocks: loops -> boost::asio::io_context::run at {{.*}}boost-asio.cpp:[[@LINE-8]]:6
// CHECK-NEXT: async: loops -> boost::asio::io_context::run at {{.*}}boost-asio.cpp:[[@LINE-9]]:6
// CHECK-NEXT: :[[@LINE-10]]:6: boost::asio::io_context::run is async-blocking: runs the event loop on this thread, waiting for asynchronous operations to complete and calling their handlers, until the work runs out or it is stopped [asio.io_context.run]
// CHECK-NEXT: :[[@LINE-10]]:6: boost::asio::io_context::run_for is async-blocking: runs the event loop on this thread, waiting for asynchronous operations to complete and calling their handlers, until the time is up [asio.io_context.run_for]
// CHECK-NEXT: :[[@LINE-10]]:6: boost::asio::io_context::run_for is async-nonblocking: with a zero duration it only runs the handlers that are ready and returns at once [asio.io_context.run_for]
// CHECK-NEXT: :[[@LINE-10]]:6: boost::asio::io_context::poll_one is async-nonblocking: runs the handlers of operations that have already completed and returns at once, never waiting for more [asio.io_context.poll]
// CHECK-NEXT: :[[@LINE-10]]:8: boost::asio::thread_pool::join is sync-blocking: waits until the pool's threads have run all the outstanding work (or the pool is stopped) and exited, as joining a thread does [asio.thread_pool.join]
// CHECK-NEXT: :[[@LINE-10]]:8: boost::asio::thread_pool::wait is sync-blocking: {{.*}} [asio.thread_pool.join]

// Executors: Boost 1.74's io_context and thread pool executors have a public
// execute member (asio.execute, asio.thread_pool.executor.post), and
// execution::execute is its own function object; blocking.always makes it
// wait (asio.execute.blocking_always).
void execute(asio::io_context &io, asio::thread_pool &pool) {
  io.get_executor().execute([] {});
  pool.get_executor().execute([] {});
  asio::execution::execute(io.get_executor(), [] {});
  asio::execution::execute(asio::require(pool.get_executor(), asio::execution::blocking.always), [] {});
}
// CHECK: :[[@LINE-6]]:6: 'execute' is async-blocking
// CHECK-NEXT: blocks: execute -> asio_execution_execute_fn::impl::operator() at {{.*}}boost-asio.cpp:[[@LINE-3]]:3
// CHECK-NEXT: async: execute -> boost::asio::io_context::basic_executor_type::execute at {{.*}}boost-asio.cpp:[[@LINE-7]]:21
// CHECK-NEXT: :[[@LINE-8]]:21: boost::asio::io_context::basic_executor_type::execute is async-nonblocking: submits the function to the executor and returns at once; {{.*}} [asio.execute]
// CHECK-NEXT: :[[@LINE-8]]:23: boost::asio::thread_pool::basic_executor_type::execute is async-nonblocking: hands the function to the thread pool {{.*}} [asio.thread_pool.executor.post]
// CHECK-NEXT: :[[@LINE-8]]:3: asio_execution_execute_fn::impl::operator() is async-nonblocking: submits the function to the executor {{.*}} [asio.execute]
// CHECK-NEXT: :[[@LINE-8]]:3: asio_execution_execute_fn::impl::operator() is sync-blocking: the executor is required to be blocking.always, {{.*}} [asio.execute.blocking_always]
// CHECK: :[[@LINE-12]]:29: 'execute::(lambda at [[@LINE-12]]:29)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-12]]:31: 'execute::(lambda at [[@LINE-12]]:31)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-12]]:47: 'execute::(lambda at [[@LINE-12]]:47)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-12]]:98: 'execute::(lambda at [[@LINE-12]]:98)' is sync-nonblocking (pure computation

// asio.spawn and an operation given the yield_context.
void spawner(asio::io_context &io, tcp::socket &s) {
  asio::spawn(io, [&s](asio::yield_context yield) {
    static char buf[64];
    s.async_read_some(asio::buffer(buf), yield);
  });
}
// CHECK: :[[@LINE-6]]:6: 'spawner' is async-nonblocking
// CHECK-NEXT: async: spawner -> boost::asio::spawn at {{.*}}boost-asio.cpp:[[@LINE-6]]:3
// CHECK-NEXT: :[[@LINE-7]]:3: boost::asio::spawn is async-nonblocking: starts a stackful coroutine on the executor {{.*}} [asio.spawn]
// CHECK: :[[@LINE-8]]:19: 'spawner::(lambda at [[@LINE-8]]:19)' is async-nonblocking
// CHECK-NEXT: async: spawner::(lambda at [[@LINE-9]]:19) -> boost::asio::basic_stream_socket::async_read_some at {{.*}}boost-asio.cpp:[[@LINE-7]]:7
// CHECK-NEXT: :[[@LINE-8]]:7: boost::asio::basic_stream_socket::async_read_some is async-nonblocking: given a yield_context, it suspends the stackful coroutine (spawn) until the operation completes, not the thread{{.*}} [asio.async_op]

// Look-alikes: same unqualified names outside boost::asio.
namespace asio2 {
struct Conn {
  std::size_t read_some(char *, std::size_t) { return 0; }
  void async_read_some(char *) {}
  void run() {}
};
// CHECK: :[[@LINE-4]]:15: 'asio2::Conn::read_some' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:8: 'asio2::Conn::async_read_some' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:8: 'asio2::Conn::run' is sync-nonblocking (pure computation
void post(Conn &) {}
void run(Conn &) {}
} // namespace asio2
// CHECK: :[[@LINE-3]]:6: 'asio2::post' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-3]]:6: 'asio2::run' is sync-nonblocking (pure computation
void look_alikes(asio2::Conn &c) {
  char buf[8];
  c.read_some(buf, 8);
  c.async_read_some(buf);
  c.run();
  asio2::post(c);
  asio2::run(c);
}
// CHECK: :[[@LINE-8]]:6: 'look_alikes' is sync-nonblocking (pure computation

// Small complete patterns: a blocking echo session (sync-blocking), an async
// session whose handlers start the next operation (async-nonblocking), and a
// main that runs the io_context (async-blocking).
void echo_session(tcp::socket s) {
  char data[1024];
  for (;;) {
    error_code ec;
    std::size_t n = s.read_some(asio::buffer(data), ec);
    if (ec)
      return;
    asio::write(s, asio::buffer(data, n));
  }
}
// CHECK: :[[@LINE-10]]:6: 'echo_session' is sync-blocking
// CHECK-NEXT: blocks: echo_session -> boost::asio::basic_stream_socket::read_some at {{.*}}boost-asio.cpp:[[@LINE-7]]:23
// CHECK-NEXT: :[[@LINE-8]]:23: boost::asio::basic_stream_socket::read_some is sync-blocking: {{.*}} [asio.socket.receive]
// CHECK-NEXT: :[[@LINE-6]]:5: boost::asio::write is sync-blocking: {{.*}} [asio.write]

class Session {
public:
  explicit Session(tcp::socket s) : socket_(std::move(s)) {}
  void do_read() {
    socket_.async_read_some(asio::buffer(data_), [this](error_code ec, std::size_t n) {
      if (!ec)
        do_write(n);
    });
  }
  void do_write(std::size_t n) {
    asio::async_write(socket_, asio::buffer(data_, n), [this](error_code ec, std::size_t) {
      if (!ec)
        do_read();
    });
  }

private:
  tcp::socket socket_;
  char data_[1024];
};
// CHECK: :[[@LINE-18]]:12: 'Session::Session' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-18]]:8: 'Session::do_read' is async-nonblocking
// CHECK-NEXT: async: Session::do_read -> boost::asio::basic_stream_socket::async_read_some at {{.*}}boost-asio.cpp:[[@LINE-18]]:13
// CHECK-NEXT: :[[@LINE-19]]:13: boost::asio::basic_stream_socket::async_read_some is async-nonblocking: {{.*}} [asio.async_op]
// CHECK: :[[@LINE-20]]:50: 'Session::do_read::(lambda at [[@LINE-20]]:50)' is async-nonblocking
// CHECK-NEXT: async: Session::do_read::(lambda at [[@LINE-21]]:50) -> Session::do_write -> boost::asio::async_write at {{.*}}boost-asio.cpp:[[@LINE-15]]:5
// CHECK-NEXT: :[[@LINE-20]]:9: Session::do_write is async-nonblocking: calls boost::asio::async_write at {{.*}}boost-asio.cpp:271:5: starts the operation and returns at once; the completion handler gets the result later, on a thread running the io_context
// CHECK: :[[@LINE-18]]:8: 'Session::do_write' is async-nonblocking
// CHECK-NEXT: async: Session::do_write -> boost::asio::async_write at {{.*}}boost-asio.cpp:[[@LINE-18]]:5
// CHECK-NEXT: :[[@LINE-19]]:5: boost::asio::async_write is async-nonblocking: {{.*}} [asio.async_op]
// CHECK: :[[@LINE-20]]:56: 'Session::do_write::(lambda at [[@LINE-20]]:56)' is async-nonblocking
// CHECK-NEXT: async: Session::do_write::(lambda at [[@LINE-21]]:56) -> Session::do_read -> boost::asio::basic_stream_socket::async_read_some at {{.*}}boost-asio.cpp:[[@LINE-27]]:13
// CHECK-NEXT: :[[@LINE-20]]:9: Session::do_read is async-nonblocking: calls boost::asio::basic_stream_socket::async_read_some at {{.*}}boost-asio.cpp:265:13: starts the operation and returns at once; the completion handler gets the result later, on a thread running the io_context

int main() {
  asio::io_context io;
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 7));
  acceptor.async_accept([](error_code ec, tcp::socket s) {
    if (!ec)
      Session(std::move(s)).do_read();
  });
  io.run();
  return 0;
}
// CHECK: :[[@LINE-10]]:5: 'main' is async-blocking
// CHECK-NEXT: blocks: main -> boost::asio::io_context::run at {{.*}}boost-asio.cpp:[[@LINE-4]]:6
// CHECK-NEXT: async: main -> boost::asio::basic_socket_acceptor::async_accept at {{.*}}boost-asio.cpp:[[@LINE-9]]:12
// CHECK-NEXT: :[[@LINE-10]]:12: boost::asio::basic_socket_acceptor::async_accept is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-7]]:6: boost::asio::io_context::run is async-blocking: {{.*}} [asio.io_context.run]
// CHECK: :[[@LINE-12]]:25: 'main::(lambda at [[@LINE-12]]:25)' is async-nonblocking
// CHECK-NEXT: async: main::(lambda at [[@LINE-13]]:25) -> Session::do_read -> boost::asio::basic_stream_socket::async_read_some at {{.*}}boost-asio.cpp:[[@LINE-46]]:13
// CHECK-NEXT: :[[@LINE-12]]:29: Session::do_read is async-nonblocking: calls boost::asio::basic_stream_socket::async_read_some at {{.*}}boost-asio.cpp:265:13: starts the operation and returns at once; the completion handler gets the result later, on a thread running the io_context

// CHECK: 35 functions: 3 sync-blocking, 18 sync-nonblocking (18 pure computation), 4 async-blocking, 10 async-nonblocking
