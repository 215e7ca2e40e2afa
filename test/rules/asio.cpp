// Rules of rules/asio.yaml against the real headers of standalone Asio 1.22
// (libasio-dev). Boost.Asio is tested in boost-asio.cpp.
// RUN: %quadrant -j1 --checks=-* --show-pure %s -- -std=c++20 -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE | %check
// RUN: %quadrant --list-rules --format=json | FileCheck %s --check-prefix=TRAITS

#include <asio.hpp>
#include <asio/experimental/deferred.hpp>
#include <chrono>
#include <fcntl.h>
#include <future>
#include <string>
#include <sys/socket.h>

using asio::ip::tcp;
using asio::ip::udp;
using namespace std::chrono_literals;

// asio.socket.receive, asio.socket.send on stream, datagram, raw and
// seq-packet sockets. The error_code overloads wait just the same.
void socket_io(tcp::socket &s, udp::socket &u, asio::ip::icmp::socket &r,
               asio::generic::seq_packet_protocol::socket &q) {
  char buf[64];
  asio::error_code ec;
  udp::endpoint from;
  s.read_some(asio::buffer(buf));
  s.read_some(asio::buffer(buf), ec);
  s.receive(asio::buffer(buf));
  s.write_some(asio::buffer(buf));
  s.send(asio::buffer(buf), 0, ec);
  u.receive(asio::buffer(buf));
  u.receive_from(asio::buffer(buf), from);
  u.send(asio::buffer(buf));
  u.send_to(asio::buffer(buf), from);
  r.receive(asio::buffer(buf));
  r.receive_from(asio::buffer(buf), *(asio::ip::icmp::endpoint *)nullptr);
  r.send_to(asio::buffer(buf), asio::ip::icmp::endpoint());
  asio::socket_base::message_flags flags;
  q.receive(asio::buffer(buf), flags);
  q.send(asio::buffer(buf), 0);
}
// CHECK: :[[@LINE-21]]:6: 'socket_io' is sync-blocking
// CHECK-NEXT: blocks: socket_io -> asio::basic_stream_socket::read_some at {{.*}}asio.cpp:[[@LINE-17]]:5
// CHECK-NEXT: :[[@LINE-18]]:5: asio::basic_stream_socket::read_some is sync-blocking: waits until data arrives on the socket [asio.socket.receive]
// CHECK-NEXT: :[[@LINE-18]]:5: asio::basic_stream_socket::read_some is sync-blocking: {{.*}} [asio.socket.receive]
// CHECK-NEXT: :[[@LINE-18]]:5: asio::basic_stream_socket::receive is sync-blocking: {{.*}} [asio.socket.receive]
// CHECK-NEXT: :[[@LINE-18]]:5: asio::basic_stream_socket::write_some is sync-blocking: waits until the socket's send buffer has room for the data [asio.socket.send]
// CHECK-NEXT: :[[@LINE-18]]:5: asio::basic_stream_socket::send is sync-blocking: {{.*}} [asio.socket.send]
// CHECK-NEXT: :[[@LINE-18]]:5: asio::basic_datagram_socket::receive is sync-blocking: {{.*}} [asio.socket.receive]
// CHECK-NEXT: :[[@LINE-18]]:5: asio::basic_datagram_socket::receive_from is sync-blocking: {{.*}} [asio.socket.receive]
// CHECK-NEXT: :[[@LINE-18]]:5: asio::basic_datagram_socket::send is sync-blocking: {{.*}} [asio.socket.send]
// CHECK-NEXT: :[[@LINE-18]]:5: asio::basic_datagram_socket::send_to is sync-blocking: {{.*}} [asio.socket.send]
// CHECK-NEXT: :[[@LINE-18]]:5: asio::basic_raw_socket::receive is sync-blocking: {{.*}} [asio.socket.receive]
// CHECK-NEXT: :[[@LINE-18]]:5: asio::basic_raw_socket::receive_from is sync-blocking: {{.*}} [asio.socket.receive]
// CHECK-NEXT: :[[@LINE-18]]:5: asio::basic_raw_socket::send_to is sync-blocking: {{.*}} [asio.socket.send]
// CHECK-NEXT: :[[@LINE-17]]:5: asio::basic_seq_packet_socket::receive is sync-blocking: {{.*}} [asio.socket.receive]
// CHECK-NEXT: :[[@LINE-17]]:5: asio::basic_seq_packet_socket::send is sync-blocking: {{.*}} [asio.socket.send]

// asio.socket.connect (declared in basic_socket), asio.wait_ready,
// asio.acceptor.accept, asio.resolver.resolve, asio.connect.
void connect_accept(tcp::socket &s, udp::socket &u, tcp::acceptor &a, tcp::resolver &res,
                    asio::posix::stream_descriptor &d) {
  asio::error_code ec;
  s.connect(tcp::endpoint(asio::ip::address_v4::loopback(), 7));
  u.connect(udp::endpoint(), ec);
  s.wait(tcp::socket::wait_read);
  a.wait(tcp::acceptor::wait_read, ec);
  d.wait(asio::posix::descriptor_base::wait_write);
  a.accept(s);
  tcp::socket peer = a.accept();
  a.accept(s, ec);
  tcp::resolver::results_type found = res.resolve("localhost", "7");
  asio::connect(s, found);
}
// CHECK: :[[@LINE-14]]:6: 'connect_accept' is sync-blocking
// CHECK-NEXT: blocks: connect_accept -> asio::basic_socket::connect at {{.*}}asio.cpp:[[@LINE-12]]:5
// CHECK-NEXT: :[[@LINE-13]]:5: asio::basic_socket::connect is sync-blocking: waits until the connection is established or fails [asio.socket.connect]
// CHECK-NEXT: :[[@LINE-13]]:5: asio::basic_socket::connect is sync-blocking: {{.*}} [asio.socket.connect]
// CHECK-NEXT: :[[@LINE-13]]:5: asio::basic_socket::wait is sync-blocking: waits until the socket or descriptor is ready to read, to write, or has an error [asio.wait_ready]
// CHECK-NEXT: :[[@LINE-13]]:5: asio::basic_socket_acceptor::wait is sync-blocking: {{.*}} [asio.wait_ready]
// CHECK-NEXT: :[[@LINE-13]]:5: asio::posix::basic_descriptor::wait is sync-blocking: {{.*}} [asio.wait_ready]
// CHECK-NEXT: :[[@LINE-13]]:5: asio::basic_socket_acceptor::accept is sync-blocking: waits until a client connects [asio.acceptor.accept]
// CHECK-NEXT: :[[@LINE-13]]:24: asio::basic_socket_acceptor::accept is sync-blocking: {{.*}} [asio.acceptor.accept]
// CHECK-NEXT: :[[@LINE-13]]:5: asio::basic_socket_acceptor::accept is sync-blocking: {{.*}} [asio.acceptor.accept]
// CHECK-NEXT: :[[@LINE-13]]:43: asio::ip::basic_resolver::resolve is sync-blocking: looks the host and service up (getaddrinfo, possibly DNS over the network) and waits for the answer [asio.resolver.resolve]
// CHECK-NEXT: :[[@LINE-13]]:3: asio::connect is sync-blocking: tries the endpoints one after another, waiting for each connection attempt [asio.connect]

// asio.stream.read_some, asio.stream.write_some, asio.timer.wait.
void devices(asio::serial_port &p, asio::posix::stream_descriptor &d, asio::readable_pipe &in,
             asio::writable_pipe &out, asio::steady_timer &t, asio::system_timer &st) {
  char buf[64];
  p.read_some(asio::buffer(buf));
  p.write_some(asio::buffer(buf));
  d.read_some(asio::buffer(buf));
  d.write_some(asio::buffer(buf));
  in.read_some(asio::buffer(buf));
  out.write_some(asio::buffer(buf));
  t.expires_after(1s);
  t.wait();
  st.wait();
}
// CHECK: :[[@LINE-13]]:6: 'devices' is sync-blocking
// CHECK-NEXT: blocks: devices -> asio::basic_serial_port::read_some at {{.*}}asio.cpp:[[@LINE-11]]:5
// CHECK-NEXT: :[[@LINE-12]]:5: asio::basic_serial_port::read_some is sync-blocking: waits until data arrives on the serial port, descriptor or pipe [asio.stream.read_some]
// CHECK-NEXT: :[[@LINE-12]]:5: asio::basic_serial_port::write_some is sync-blocking: waits until the serial port, descriptor or pipe takes the data [asio.stream.write_some]
// CHECK-NEXT: :[[@LINE-12]]:5: asio::posix::basic_stream_descriptor::read_some is sync-blocking: {{.*}} [asio.stream.read_some]
// CHECK-NEXT: :[[@LINE-12]]:5: asio::posix::basic_stream_descriptor::write_some is sync-blocking: {{.*}} [asio.stream.write_some]
// CHECK-NEXT: :[[@LINE-12]]:6: asio::basic_readable_pipe::read_some is sync-blocking: {{.*}} [asio.stream.read_some]
// CHECK-NEXT: :[[@LINE-12]]:7: asio::basic_writable_pipe::write_some is sync-blocking: {{.*}} [asio.stream.write_some]
// CHECK-NEXT: :[[@LINE-11]]:5: asio::basic_waitable_timer::wait is sync-blocking: sleeps until the timer expires [asio.timer.wait]
// CHECK-NEXT: :[[@LINE-11]]:6: asio::basic_waitable_timer::wait is sync-blocking: {{.*}} [asio.timer.wait]

// A random-access device for read_at/write_at.
struct Disk {
  template <class Buffers> std::size_t read_some_at(std::uint64_t, const Buffers &, asio::error_code &);
  template <class Buffers> std::size_t write_some_at(std::uint64_t, const Buffers &, asio::error_code &);
};

// asio.read, asio.write: the free functions, with and without an error_code
// or a completion condition.
void composed(tcp::socket &s, Disk &disk) {
  char buf[64];
  std::string line;
  asio::error_code ec;
  asio::read(s, asio::buffer(buf));
  asio::read(s, asio::buffer(buf), asio::transfer_at_least(1), ec);
  asio::read_until(s, asio::dynamic_buffer(line), '\n');
  asio::read_at(disk, 0, asio::buffer(buf), ec);
  asio::write(s, asio::buffer(buf));
  asio::write(s, asio::buffer(buf), ec);
  asio::write_at(disk, 0, asio::buffer(buf), ec);
}
// CHECK: :[[@LINE-12]]:6: 'composed' is sync-blocking
// CHECK-NEXT: blocks: composed -> asio::read at {{.*}}asio.cpp:[[@LINE-9]]:3
// CHECK-NEXT: :[[@LINE-10]]:3: asio::read is sync-blocking: calls read_some repeatedly, waiting until the buffer is full, the completion condition holds or the delimiter arrives [asio.read]
// CHECK-NEXT: :[[@LINE-10]]:3: asio::read is sync-blocking: {{.*}} [asio.read]
// CHECK-NEXT: :[[@LINE-10]]:3: asio::read_until is sync-blocking: {{.*}} [asio.read]
// CHECK-NEXT: :[[@LINE-10]]:3: asio::read_at is sync-blocking: {{.*}} [asio.read]
// CHECK-NEXT: :[[@LINE-10]]:3: asio::write is sync-blocking: calls write_some repeatedly, waiting until all the data is written [asio.write]
// CHECK-NEXT: :[[@LINE-10]]:3: asio::write is sync-blocking: {{.*}} [asio.write]
// CHECK-NEXT: :[[@LINE-10]]:3: asio::write_at is sync-blocking: {{.*}} [asio.write]

// asio.async_op with a handler (the general reason) on each kind of I/O
// object, and the free initiating functions.
void start_ops(tcp::socket &s, udp::socket &u, tcp::acceptor &a, tcp::resolver &res,
               asio::steady_timer &t, asio::signal_set &sig,
               asio::serial_port &p, asio::posix::stream_descriptor &d, asio::readable_pipe &in,
               const tcp::resolver::results_type &endpoints) {
  static char buf[64];
  static std::string line;
  auto on_io = [](asio::error_code, std::size_t) {};
  auto on_done = [](asio::error_code) {};
  s.async_connect(tcp::endpoint(), on_done);
  s.async_read_some(asio::buffer(buf), on_io);
  s.async_write_some(asio::buffer(buf), on_io);
  s.async_wait(tcp::socket::wait_read, on_done);
  u.async_receive_from(asio::buffer(buf), *(udp::endpoint *)nullptr, on_io);
  a.async_accept(s, on_done);
  res.async_resolve("localhost", "7", [](asio::error_code, tcp::resolver::results_type) {});
  t.async_wait(on_done);
  sig.async_wait([](asio::error_code, int) {});
  p.async_read_some(asio::buffer(buf), on_io);
  d.async_write_some(asio::buffer(buf), on_io);
  in.async_read_some(asio::buffer(buf), on_io);
  asio::async_read(s, asio::buffer(buf), on_io);
  asio::async_read_until(s, asio::dynamic_buffer(line), '\n', on_io);
  asio::async_write(s, asio::buffer(buf), on_io);
  asio::async_connect(s, endpoints, [](asio::error_code, tcp::endpoint) {});
}
// CHECK: :[[@LINE-25]]:6: 'start_ops' is async-nonblocking
// CHECK-NEXT: async: start_ops -> asio::basic_socket::async_connect at {{.*}}asio.cpp:[[@LINE-18]]:5
// CHECK-NEXT: :[[@LINE-19]]:5: asio::basic_socket::async_connect is async-nonblocking: starts the operation and returns at once; the completion handler gets the result later, on a thread running the io_context [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:5: asio::basic_stream_socket::async_read_some is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:5: asio::basic_stream_socket::async_write_some is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:5: asio::basic_socket::async_wait is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:5: asio::basic_datagram_socket::async_receive_from is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:5: asio::basic_socket_acceptor::async_accept is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:7: asio::ip::basic_resolver::async_resolve is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:5: asio::basic_waitable_timer::async_wait is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:7: asio::basic_signal_set::async_wait is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:5: asio::basic_serial_port::async_read_some is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:5: asio::posix::basic_stream_descriptor::async_write_some is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:6: asio::basic_readable_pipe::async_read_some is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:3: asio::async_read is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:3: asio::async_read_until is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:3: asio::async_write is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-19]]:3: asio::async_connect is async-nonblocking: {{.*}} [asio.async_op]
// CHECK: :[[@LINE-37]]:16: 'start_ops::(lambda at [[@LINE-37]]:16)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-37]]:18: 'start_ops::(lambda at [[@LINE-37]]:18)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-31]]:39: 'start_ops::(lambda at [[@LINE-31]]:39)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-30]]:18: 'start_ops::(lambda at [[@LINE-30]]:18)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-24]]:37: 'start_ops::(lambda at [[@LINE-24]]:37)' is sync-nonblocking (pure computation

// Completion tokens: use_future returns a std::future whose get() blocks.
// The token is the last parameter of a member (arg -1) and precedes the
// trailing constraint parameter of async_read and async_accept (arg -2).
std::size_t future_read(tcp::socket &s, tcp::acceptor &a) {
  static char buf[64];
  std::future<std::size_t> n = s.async_read_some(asio::buffer(buf), asio::use_future);
  std::future<std::size_t> all = asio::async_read(s, asio::buffer(buf), asio::use_future);
  std::future<void> accepted = a.async_accept(s, asio::use_future);
  accepted.get();
  return n.get() + all.get();
}
// CHECK: :[[@LINE-8]]:13: 'future_read' is async-blocking
// CHECK-NEXT: blocks: future_read -> std::future::get at {{.*}}asio.cpp:[[@LINE-4]]:12
// CHECK-NEXT: async: future_read -> asio::basic_stream_socket::async_read_some at {{.*}}asio.cpp:[[@LINE-8]]:34
// CHECK-NEXT: :[[@LINE-9]]:34: asio::basic_stream_socket::async_read_some is async-nonblocking: starts the operation and returns a std::future at once; the future's get() waits for the result [asio.async_op]
// CHECK-NEXT: :[[@LINE-9]]:34: asio::async_read is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-9]]:34: asio::basic_socket_acceptor::async_accept is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-9]]:12: std::future::get is sync-blocking: waits until the shared state is ready [std.future.get]
// CHECK-NEXT: :[[@LINE-9]]:12: std::future::get is sync-blocking: {{.*}} [std.future.get]
// CHECK-NEXT: :[[@LINE-10]]:24: std::future::get is sync-blocking: {{.*}} [std.future.get]

// detached: started, and its outcome ignored.
void fire_and_forget(tcp::socket &s) {
  static char buf[64];
  s.async_write_some(asio::buffer(buf), asio::detached);
  asio::async_write(s, asio::buffer(buf), asio::detached);
}
// CHECK: :[[@LINE-5]]:6: 'fire_and_forget' is async-nonblocking
// CHECK-NEXT: async: fire_and_forget -> asio::basic_stream_socket::async_write_some at {{.*}}asio.cpp:[[@LINE-4]]:5
// CHECK-NEXT: :[[@LINE-5]]:5: asio::basic_stream_socket::async_write_some is async-nonblocking: starts the operation and returns at once, ignoring how it completes [asio.async_op]
// CHECK-NEXT: :[[@LINE-5]]:3: asio::async_write is async-nonblocking: {{.*}} [asio.async_op]

// deferred: the call packages the operation; calling the package with a
// token starts it (asio.deferred.start).
asio::awaitable<void> deferred_read(tcp::socket &s) {
  static char buf[64];
  auto op = s.async_read_some(asio::buffer(buf), asio::experimental::deferred);
  auto all = asio::async_read(s, asio::buffer(buf), asio::experimental::deferred);
  co_await std::move(op)(asio::use_awaitable);
  std::move(all)(asio::detached);
}
// CHECK: :[[@LINE-7]]:23: 'deferred_read' is async-nonblocking
// CHECK-NEXT: async: deferred_read -> asio::basic_stream_socket::async_read_some at {{.*}}asio.cpp:[[@LINE-6]]:15
// CHECK-NEXT: :[[@LINE-7]]:15: asio::basic_stream_socket::async_read_some is async-nonblocking: returns a deferred operation that starts only when it is called with a completion token (op(use_awaitable) to co_await it); it never waits [asio.async_op]
// CHECK-NEXT: :[[@LINE-7]]:14: asio::async_read is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-7]]:3: co_await is async-nonblocking: suspends the coroutine, not the thread; it resumes when the awaited operation completes [coro.co_await]
// CHECK-NEXT: :[[@LINE-8]]:12: asio::experimental::deferred_async_operation::operator() is async-nonblocking: returns an awaitable; co_await on it starts the deferred operation and suspends the coroutine, not the thread [asio.deferred.start]
// CHECK-NEXT: :[[@LINE-8]]:3: asio::experimental::deferred_async_operation::operator() is async-nonblocking: starts the deferred operation and returns at once, ignoring how it completes [asio.deferred.start]

void deferred_start(tcp::socket &s) {
  static char buf[64];
  auto op = s.async_read_some(asio::buffer(buf), asio::experimental::deferred);
  std::move(op)([](asio::error_code, std::size_t) {});
  auto again = s.async_read_some(asio::buffer(buf), asio::experimental::deferred);
  std::future<std::size_t> n = std::move(again)(asio::use_future);
}
// CHECK: :[[@LINE-7]]:6: 'deferred_start' is async-nonblocking
// CHECK-NEXT: async: deferred_start -> asio::basic_stream_socket::async_read_some at {{.*}}asio.cpp:[[@LINE-6]]:15
// CHECK-NEXT: :[[@LINE-7]]:15: asio::basic_stream_socket::async_read_some is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-7]]:3: asio::experimental::deferred_async_operation::operator() is async-nonblocking: starts the deferred operation with this completion handler and returns at once; the handler gets the result later [asio.deferred.start]
// CHECK-NEXT: :[[@LINE-7]]:18: asio::basic_stream_socket::async_read_some is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-7]]:32: asio::experimental::deferred_async_operation::operator() is async-nonblocking: starts the deferred operation and returns a std::future at once; the future's get() waits for the result [asio.deferred.start]
// CHECK: :[[@LINE-10]]:17: 'deferred_start::(lambda at [[@LINE-10]]:17)' is sync-nonblocking (pure computation

// use_awaitable, and a socket whose default token is use_awaitable: with no
// token written, the async_read_some member and the free async_read both say so.
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
// CHECK-NEXT: async: await_read -> co_await at {{.*}}asio.cpp:[[@LINE-7]]:19
// CHECK-NEXT: :[[@LINE-8]]:19: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-9]]:30: asio::basic_stream_socket::async_read_some is async-nonblocking: returns an awaitable; co_await on it starts the operation and suspends the coroutine, not the thread [asio.async_op]
// CHECK-NEXT: :[[@LINE-9]]:8: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-10]]:17: asio::async_write is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-10]]:8: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-11]]:20: asio::basic_stream_socket::async_read_some is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-11]]:8: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-12]]:17: asio::async_read is async-nonblocking: no completion token is written, so the I/O object's default token (e.g. use_awaitable via as_default_on) decides how the result is delivered; the operation completes later [asio.async_op]

// asio.post: post, dispatch, defer with a handler and with each token.
asio::awaitable<void> hand_over(asio::io_context &io) {
  asio::post(io, [] {});
  asio::dispatch(io.get_executor(), [] {});
  asio::defer(io, [] {});
  std::future<void> f = asio::post(io, asio::use_future);
  std::future<void> g = asio::post(asio::use_future);
  co_await asio::post(io, asio::use_awaitable);
  asio::post(io, asio::experimental::deferred);
  asio::dispatch(io, asio::detached);
}
// CHECK: :[[@LINE-10]]:23: 'hand_over' is async-nonblocking
// CHECK-NEXT: async: hand_over -> asio::post at {{.*}}asio.cpp:[[@LINE-10]]:3
// CHECK-NEXT: :[[@LINE-11]]:3: asio::post is async-nonblocking: hands the function to the executor and returns at once; it runs later on a thread running the executor (dispatch runs it at once only when already on that executor) [asio.post]
// CHECK-NEXT: :[[@LINE-11]]:3: asio::dispatch is async-nonblocking: {{.*}} [asio.post]
// CHECK-NEXT: :[[@LINE-11]]:3: asio::defer is async-nonblocking: {{.*}} [asio.post]
// CHECK-NEXT: :[[@LINE-11]]:25: asio::post is async-nonblocking: queues the completion on the executor and returns a std::future at once; the future's get() waits for it [asio.post]
// CHECK-NEXT: :[[@LINE-11]]:25: asio::post is async-nonblocking: {{.*}} [asio.post]
// CHECK-NEXT: :[[@LINE-11]]:3: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-12]]:12: asio::post is async-nonblocking: returns an awaitable; co_await on it resumes the coroutine from the executor, suspending the coroutine, not the thread [asio.post]
// CHECK-NEXT: :[[@LINE-12]]:3: asio::post is async-nonblocking: returns a deferred operation that queues the completion only when it is called with a completion token; it never waits [asio.post]
// CHECK-NEXT: :[[@LINE-12]]:3: asio::dispatch is async-nonblocking: queues the completion on the executor and returns at once, ignoring it [asio.post]
// CHECK: :[[@LINE-20]]:18: 'hand_over::(lambda at [[@LINE-20]]:18)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-20]]:37: 'hand_over::(lambda at [[@LINE-20]]:37)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-20]]:19: 'hand_over::(lambda at [[@LINE-20]]:19)' is sync-nonblocking (pure computation

// asio.thread_pool.post: post, dispatch, defer to a thread pool or its
// executor run the function on the pool's threads, not on an event loop.
void to_a_pool(asio::thread_pool &pool) {
  asio::post(pool, [] {});
  asio::dispatch(pool.get_executor(), [] {});
}
// CHECK: :[[@LINE-4]]:6: 'to_a_pool' is async-nonblocking
// CHECK-NEXT: async: to_a_pool -> asio::post at {{.*}}asio.cpp:[[@LINE-4]]:3
// CHECK-NEXT: :[[@LINE-5]]:3: asio::post is async-nonblocking: hands the function to the thread pool and returns at once; it runs later on one of the pool's threads, not on an event loop [asio.thread_pool.post]
// CHECK-NEXT: :[[@LINE-5]]:3: asio::dispatch is async-nonblocking: {{.*}} [asio.thread_pool.post]
// CHECK: :[[@LINE-7]]:20: 'to_a_pool::(lambda at [[@LINE-7]]:20)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:39: 'to_a_pool::(lambda at [[@LINE-7]]:39)' is sync-nonblocking (pure computation

// asio.executor.post: the executors' own post/dispatch/defer members.
void executor_members(asio::io_context &io, asio::thread_pool &pool) {
  std::allocator<void> alloc;
  io.get_executor().post([] {}, alloc);
  pool.get_executor().defer([] {}, alloc);
  asio::strand<asio::io_context::executor_type> strand(io.get_executor());
  strand.dispatch([] {}, alloc);
  asio::io_context::strand legacy(io);
  legacy.post([] {});
  io.post([] {});
}
// CHECK: :[[@LINE-10]]:6: 'executor_members' is async-nonblocking
// CHECK-NEXT: async: executor_members -> asio::io_context::basic_executor_type::post at {{.*}}asio.cpp:[[@LINE-9]]:21
// CHECK-NEXT: :[[@LINE-10]]:21: asio::io_context::basic_executor_type::post is async-nonblocking: hands the function to the executor and returns at once; it runs later on a thread running the executor (dispatch runs it at once only when already on that executor) [asio.executor.post]
// CHECK-NEXT: :[[@LINE-10]]:23: asio::thread_pool::basic_executor_type::defer is async-nonblocking: hands the function to the thread pool and returns at once; it runs later on one of the pool's threads, not on an event loop [asio.thread_pool.executor.post]
// CHECK-NEXT: :[[@LINE-9]]:10: asio::strand::dispatch is async-nonblocking: {{.*}} [asio.executor.post]
// CHECK-NEXT: :[[@LINE-8]]:10: asio::io_context::strand::post is async-nonblocking: {{.*}} [asio.executor.post]
// CHECK-NEXT: :[[@LINE-8]]:6: asio::io_context::post is async-nonblocking: {{.*}} [asio.executor.post]
// CHECK: :[[@LINE-15]]:26: 'executor_members::(lambda at [[@LINE-15]]:26)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-15]]:29: 'executor_members::(lambda at [[@LINE-15]]:29)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-14]]:19: 'executor_members::(lambda at [[@LINE-14]]:19)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-13]]:15: 'executor_members::(lambda at [[@LINE-13]]:15)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-13]]:11: 'executor_members::(lambda at [[@LINE-13]]:11)' is sync-nonblocking (pure computation

// asio.co_spawn with a handler and with each token.
asio::awaitable<int> compute() { co_return 42; }
asio::awaitable<void> spawner(asio::io_context &io) {
  asio::co_spawn(io, compute(), [](std::exception_ptr, int) {});
  asio::co_spawn(io, compute(), asio::detached);
  std::future<int> f = asio::co_spawn(io.get_executor(), compute(), asio::use_future);
  int n = co_await asio::co_spawn(io, compute(), asio::use_awaitable);
  auto later = asio::co_spawn(io, compute(), asio::experimental::deferred);
}
// CHECK: :[[@LINE-8]]:22: 'compute' is async-nonblocking
// CHECK-NEXT: async: it is a coroutine; its caller gets a handle now and the result later
// CHECK: :[[@LINE-9]]:23: 'spawner' is async-nonblocking
// CHECK-NEXT: async: spawner -> asio::co_spawn at {{.*}}asio.cpp:[[@LINE-9]]:3
// CHECK-NEXT: :[[@LINE-10]]:3: asio::co_spawn is async-nonblocking: starts the coroutine on the executor and returns at once; the completion handler gets its result later [asio.co_spawn]
// CHECK-NEXT: :[[@LINE-11]]:22: compute is async-nonblocking: is a coroutine: its caller gets a handle now and the result later
// CHECK-NEXT: :[[@LINE-11]]:3: asio::co_spawn is async-nonblocking: starts the coroutine on the executor and returns at once, ignoring its result [asio.co_spawn]
// CHECK-NEXT: :[[@LINE-12]]:22: compute is async-nonblocking: is a coroutine: its caller gets a handle now and the result later
// CHECK-NEXT: :[[@LINE-12]]:24: asio::co_spawn is async-nonblocking: starts the coroutine on the executor and returns a std::future at once; the future's get() waits for its result [asio.co_spawn]
// CHECK-NEXT: :[[@LINE-13]]:58: compute is async-nonblocking: is a coroutine: its caller gets a handle now and the result later
// CHECK-NEXT: :[[@LINE-13]]:11: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-14]]:20: asio::co_spawn is async-nonblocking: returns an awaitable; co_await on it runs the coroutine on the executor, suspending the awaiting coroutine, not the thread [asio.co_spawn]
// CHECK-NEXT: :[[@LINE-15]]:39: compute is async-nonblocking: is a coroutine: its caller gets a handle now and the result later
// CHECK-NEXT: :[[@LINE-15]]:16: asio::co_spawn is async-nonblocking: returns a deferred operation that starts the coroutine only when it is called with a completion token; it never waits [asio.co_spawn]
// CHECK-NEXT: :[[@LINE-16]]:35: compute is async-nonblocking: is a coroutine: its caller gets a handle now and the result later
// CHECK: :[[@LINE-21]]:33: 'spawner::(lambda at [[@LINE-21]]:33)' is sync-nonblocking (pure computation

// asio.io_context.run, asio.io_context.run_for, asio.io_context.poll,
// asio.thread_pool.join.
void loops(asio::io_context &io, asio::thread_pool &pool) {
  io.run();
  io.run_one();
  io.run_until(std::chrono::steady_clock::now() + 1s);
  io.run_one_until(std::chrono::steady_clock::now() + 1s);
  io.run_for(100ms);
  io.run_one_for(1s);
  io.run_for(0ms);
  io.run_one_for(std::chrono::seconds(0));
  io.poll();
  io.poll_one();
  pool.attach();
  pool.join();
  pool.wait();
}
// CHECK: :[[@LINE-15]]:6: 'loops' is async-blocking
// CHECK-NEXT: blocks: loops -> asio::io_context::run at {{.*}}asio.cpp:[[@LINE-15]]:6
// CHECK-NEXT: async: loops -> asio::io_context::run at {{.*}}asio.cpp:[[@LINE-16]]:6
// CHECK-NEXT: :[[@LINE-17]]:6: asio::io_context::run is async-blocking: runs the event loop on this thread, waiting for asynchronous operations to complete and calling their handlers, until the work runs out or it is stopped [asio.io_context.run]
// CHECK-NEXT: :[[@LINE-17]]:6: asio::io_context::run_one is async-blocking: {{.*}} [asio.io_context.run]
// CHECK-NEXT: :[[@LINE-17]]:6: asio::io_context::run_until is async-blocking: {{.*}} [asio.io_context.run]
// CHECK-NEXT: :[[@LINE-17]]:6: asio::io_context::run_one_until is async-blocking: {{.*}} [asio.io_context.run]
// CHECK-NEXT: :[[@LINE-17]]:6: asio::io_context::run_for is async-blocking: runs the event loop on this thread, waiting for asynchronous operations to complete and calling their handlers, until the time is up [asio.io_context.run_for]
// CHECK-NEXT: :[[@LINE-17]]:6: asio::io_context::run_one_for is async-blocking: {{.*}} [asio.io_context.run_for]
// CHECK-NEXT: :[[@LINE-17]]:6: asio::io_context::run_for is async-nonblocking: with a zero duration it only runs the handlers that are ready and returns at once [asio.io_context.run_for]
// CHECK-NEXT: :[[@LINE-17]]:6: asio::io_context::run_one_for is async-nonblocking: {{.*}} [asio.io_context.run_for]
// CHECK-NEXT: :[[@LINE-17]]:6: asio::io_context::poll is async-nonblocking: runs the handlers of operations that have already completed and returns at once, never waiting for more [asio.io_context.poll]
// CHECK-NEXT: :[[@LINE-17]]:6: asio::io_context::poll_one is async-nonblocking: {{.*}} [asio.io_context.poll]
// CHECK-NEXT: :[[@LINE-17]]:8: asio::thread_pool::attach is async-blocking: {{.*}} [asio.io_context.run]
// CHECK-NEXT: :[[@LINE-17]]:8: asio::thread_pool::join is sync-blocking: waits until the pool's threads have run all the outstanding work (or the pool is stopped) and exited, as joining a thread does [asio.thread_pool.join]
// CHECK-NEXT: :[[@LINE-17]]:8: asio::thread_pool::wait is sync-blocking: {{.*}} [asio.thread_pool.join]

// non_blocking(true) makes later reads and writes on that socket return
// would_block instead of waiting; non_blocking(false) and the getter do not.
std::size_t nonblocking_read(tcp::socket &s) {
  char buf[64];
  asio::error_code ec;
  s.non_blocking(true);
  return s.read_some(asio::buffer(buf), ec);
}
// CHECK: :[[@LINE-6]]:13: 'nonblocking_read' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-4]]:5: asio::basic_socket::non_blocking is sync-nonblocking: sets or reads the object's non-blocking mode and returns at once [asio.non_blocking]
// CHECK-NEXT: :[[@LINE-4]]:12: asio::basic_stream_socket::read_some is sync-nonblocking: the socket is in non-blocking mode, so it returns at once, failing with would_block when no data is ready [asio.socket.receive]

std::size_t blocking_again(tcp::socket &s, tcp::acceptor &a, tcp::socket &peer) {
  char buf[64];
  s.non_blocking(false);
  a.non_blocking(true);
  a.accept(peer);
  return s.receive(asio::buffer(buf)) + (s.non_blocking() ? 1 : 0);
}
// CHECK: :[[@LINE-7]]:13: 'blocking_again' is sync-blocking
// CHECK-NEXT: blocks: blocking_again -> asio::basic_stream_socket::receive at {{.*}}asio.cpp:[[@LINE-3]]:12
// CHECK-NEXT: :[[@LINE-7]]:5: asio::basic_socket::non_blocking is sync-nonblocking: {{.*}} [asio.non_blocking]
// CHECK-NEXT: :[[@LINE-7]]:5: asio::basic_socket_acceptor::non_blocking is sync-nonblocking: {{.*}} [asio.non_blocking]
// CHECK-NEXT: :[[@LINE-7]]:5: asio::basic_socket_acceptor::accept is sync-nonblocking: the acceptor is in non-blocking mode, so it returns at once, failing with would_block when no client is waiting [asio.acceptor.accept]
// CHECK-NEXT: :[[@LINE-7]]:12: asio::basic_stream_socket::receive is sync-blocking: waits until data arrives on the socket [asio.socket.receive]
// CHECK-NEXT: :[[@LINE-8]]:44: asio::basic_socket::non_blocking is sync-nonblocking: {{.*}} [asio.non_blocking]

// A data member made non-blocking in one method is non-blocking in the
// others, also through a reference member bound to it by a constructor
// (Asio's cpp11/nonblocking/third_party_lib.cpp does this).
namespace lib {
class session {
public:
  explicit session(tcp::socket &socket) : socket_(socket) {}
  void do_read(asio::error_code &ec) { socket_.read_some(asio::buffer(data_), ec); }

private:
  tcp::socket &socket_;
  char data_[16];
};
} // namespace lib
// CHECK: :[[@LINE-8]]:12: 'lib::session::session' is sync-nonblocking (pure computation
// CHECK:      :[[@LINE-8]]:8: 'lib::session::do_read' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-9]]:48: asio::basic_stream_socket::read_some is sync-nonblocking: the socket is in non-blocking mode, {{.*}} (made non-blocking in connection::start) [asio.socket.receive]

class connection {
public:
  explicit connection(tcp::socket socket) : socket_(std::move(socket)) {}
  void start() { socket_.non_blocking(true); }
  void send(asio::error_code &ec) { socket_.write_some(asio::buffer("x", 1), ec); }

private:
  tcp::socket socket_;
  lib::session session_impl_{socket_};
};
// CHECK: :[[@LINE-8]]:12: 'connection::connection' is sync-nonblocking (pure computation
// CHECK:      :[[@LINE-8]]:8: 'connection::start' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-9]]:26: asio::basic_socket::non_blocking is sync-nonblocking
// CHECK:      :[[@LINE-9]]:8: 'connection::send' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-10]]:45: asio::basic_stream_socket::write_some is sync-nonblocking: the socket is in non-blocking mode, {{.*}} (made non-blocking in connection::start) [asio.socket.send]

// A member of the same name in another class is another socket.
class plain_connection {
public:
  void read(asio::error_code &ec) { socket_.read_some(asio::buffer(data_), ec); }

private:
  tcp::socket socket_;
  char data_[16];
};
// CHECK: :[[@LINE-6]]:8: 'plain_connection::read' is sync-blocking
// CHECK-NEXT: blocks: plain_connection::read -> asio::basic_stream_socket::read_some at
// CHECK-NEXT: :[[@LINE-8]]:45: asio::basic_stream_socket::read_some is sync-blocking: waits until data arrives on the socket [asio.socket.receive]

// An object's native handle is its own descriptor: a POSIX call on it sees the
// object's mode, and fcntl on it sets the object's.
std::size_t native_io(tcp::socket &s, tcp::socket &t) {
  char buf[64];
  asio::error_code ec;
  s.non_blocking(true);
  ssize_t n = ::recv(s.native_handle(), buf, sizeof buf, 0);
  fcntl(t.native_handle(), F_SETFL, O_NONBLOCK);
  return n + t.read_some(asio::buffer(buf), ec);
}
// CHECK: :[[@LINE-8]]:13: 'native_io' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-6]]:5: asio::basic_socket::non_blocking is sync-nonblocking: {{.*}} [asio.non_blocking]
// CHECK-NEXT: :[[@LINE-6]]:15: recv is sync-nonblocking: the socket is non-blocking, so it returns EAGAIN instead of waiting [posix.recv]
// CHECK-NEXT: :[[@LINE-6]]:3: fcntl is sync-nonblocking: {{.*}}
// CHECK-NEXT: :[[@LINE-6]]:16: asio::basic_stream_socket::read_some is sync-nonblocking: the socket is in non-blocking mode, {{.*}} [asio.socket.receive]

// Calls that return at once are not labeled: setup, cancel, stop, close.
void quiet(asio::io_context &io, tcp::socket &s, asio::steady_timer &t) {
  t.expires_after(1s);
  t.cancel();
  s.cancel();
  s.close();
  io.stop();
  io.restart();
}
// CHECK: :[[@LINE-8]]:6: 'quiet' is sync-nonblocking (pure computation

// Look-alikes: a user class with read_some/async_read/run members, user
// functions named post, run, read and async_read.
namespace mylib {
struct Conn {
  std::size_t read_some(char *, std::size_t) { return 0; }
  void async_read(char *, void (*)(int)) {}
  void run() {}
  void wait() {}
};
// CHECK: :[[@LINE-5]]:15: 'mylib::Conn::read_some' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:8: 'mylib::Conn::async_read' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:8: 'mylib::Conn::run' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:8: 'mylib::Conn::wait' is sync-nonblocking (pure computation
void post(Conn &) {}
void run(Conn &) {}
std::size_t read(Conn &, char *, std::size_t) { return 0; }
void async_read(Conn &) {}
} // namespace mylib
// CHECK: :[[@LINE-5]]:6: 'mylib::post' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:6: 'mylib::run' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:13: 'mylib::read' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:6: 'mylib::async_read' is sync-nonblocking (pure computation
void post(int) {}
void run() {}
void look_alikes(mylib::Conn &c) {
  char buf[8];
  c.read_some(buf, 8);
  c.async_read(buf, nullptr);
  c.run();
  c.wait();
  mylib::post(c);
  mylib::run(c);
  mylib::read(c, buf, 8);
  mylib::async_read(c);
  post(1);
  run();
}
// CHECK: :[[@LINE-15]]:6: 'post' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-15]]:6: 'run' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-15]]:6: 'look_alikes' is sync-nonblocking (pure computation

// Small complete patterns and the labels of their functions.
// A blocking echo session: sync-blocking.
void echo_session(tcp::socket s) {
  char data[1024];
  for (;;) {
    asio::error_code ec;
    std::size_t n = s.read_some(asio::buffer(data), ec);
    if (ec)
      return;
    asio::write(s, asio::buffer(data, n));
  }
}
// CHECK: :[[@LINE-10]]:6: 'echo_session' is sync-blocking
// CHECK-NEXT: blocks: echo_session -> asio::basic_stream_socket::read_some at {{.*}}asio.cpp:[[@LINE-7]]:23
// CHECK-NEXT: :[[@LINE-8]]:23: asio::basic_stream_socket::read_some is sync-blocking: {{.*}} [asio.socket.receive]
// CHECK-NEXT: :[[@LINE-6]]:5: asio::write is sync-blocking: {{.*}} [asio.write]

// An async session whose handlers start the next operation: every function
// is async-nonblocking.
class Session {
public:
  explicit Session(tcp::socket s) : socket_(std::move(s)) {}
  void do_read() {
    socket_.async_read_some(asio::buffer(data_), [this](asio::error_code ec, std::size_t n) {
      if (!ec)
        do_write(n);
    });
  }
  void do_write(std::size_t n) {
    asio::async_write(socket_, asio::buffer(data_, n), [this](asio::error_code ec, std::size_t) {
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
// CHECK-NEXT: async: Session::do_read -> asio::basic_stream_socket::async_read_some at {{.*}}asio.cpp:[[@LINE-18]]:13
// CHECK-NEXT: :[[@LINE-19]]:13: asio::basic_stream_socket::async_read_some is async-nonblocking: {{.*}} [asio.async_op]
// CHECK: :[[@LINE-20]]:50: 'Session::do_read::(lambda at [[@LINE-20]]:50)' is async-nonblocking
// CHECK-NEXT: async: Session::do_read::(lambda at [[@LINE-21]]:50) -> Session::do_write -> asio::async_write at {{.*}}asio.cpp:[[@LINE-15]]:5
// CHECK-NEXT: :[[@LINE-20]]:9: Session::do_write is async-nonblocking: calls asio::async_write at {{.*}}asio.cpp:573:5: starts the operation and returns at once; the completion handler gets the result later, on a thread running the io_context
// CHECK: :[[@LINE-18]]:8: 'Session::do_write' is async-nonblocking
// CHECK-NEXT: async: Session::do_write -> asio::async_write at {{.*}}asio.cpp:[[@LINE-18]]:5
// CHECK-NEXT: :[[@LINE-19]]:5: asio::async_write is async-nonblocking: {{.*}} [asio.async_op]
// CHECK: :[[@LINE-20]]:56: 'Session::do_write::(lambda at [[@LINE-20]]:56)' is async-nonblocking
// CHECK-NEXT: async: Session::do_write::(lambda at [[@LINE-21]]:56) -> Session::do_read -> asio::basic_stream_socket::async_read_some at {{.*}}asio.cpp:[[@LINE-27]]:13
// CHECK-NEXT: :[[@LINE-20]]:9: Session::do_read is async-nonblocking: calls asio::basic_stream_socket::async_read_some at {{.*}}asio.cpp:567:13: starts the operation and returns at once; the completion handler gets the result later, on a thread running the io_context

// A main that runs the io_context: async-blocking.
int main() {
  asio::io_context io;
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 7));
  acceptor.async_accept([](asio::error_code ec, tcp::socket s) {
    if (!ec)
      Session(std::move(s)).do_read();
  });
  io.run();
  return 0;
}
// CHECK: :[[@LINE-10]]:5: 'main' is async-blocking
// CHECK-NEXT: blocks: main -> asio::io_context::run at {{.*}}asio.cpp:[[@LINE-4]]:6
// CHECK-NEXT: async: main -> asio::basic_socket_acceptor::async_accept at {{.*}}asio.cpp:[[@LINE-9]]:12
// CHECK-NEXT: :[[@LINE-10]]:12: asio::basic_socket_acceptor::async_accept is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-7]]:6: asio::io_context::run is async-blocking: {{.*}} [asio.io_context.run]
// CHECK: :[[@LINE-12]]:25: 'main::(lambda at [[@LINE-12]]:25)' is async-nonblocking
// CHECK-NEXT: async: main::(lambda at [[@LINE-13]]:25) -> Session::do_read -> asio::basic_stream_socket::async_read_some at {{.*}}asio.cpp:[[@LINE-47]]:13
// CHECK-NEXT: :[[@LINE-12]]:29: Session::do_read is async-nonblocking: calls asio::basic_stream_socket::async_read_some at {{.*}}asio.cpp:567:13: starts the operation and returns at once; the completion handler gets the result later, on a thread running the io_context

// CHECK: 62 functions: 7 sync-blocking, 37 sync-nonblocking (32 pure computation), 3 async-blocking, 15 async-nonblocking

// The event-loop trait: the loop runners and poll carry it; join and wait
// only wait for the pool's threads, which run the loop (sync-blocking, as
// joining a thread is).
// TRAITS:      "id": "asio.io_context.run",
// TRAITS:      "label": "async-blocking",
// TRAITS-NEXT: "reason": "{{.*}}",
// TRAITS-NEXT: "traits": [
// TRAITS-NEXT:   "event-loop"
// TRAITS-NEXT: ],
// TRAITS:      "id": "asio.io_context.run_for",
// TRAITS:      "label": "async-blocking",
// TRAITS-NEXT: "reason": "{{.*}}",
// TRAITS-NEXT: "traits": [
// TRAITS-NEXT:   "event-loop"
// TRAITS-NEXT: ],
// TRAITS:      "id": "asio.io_context.poll",
// TRAITS:      "label": "async-nonblocking",
// TRAITS-NEXT: "reason": "{{.*}}",
// TRAITS-NEXT: "traits": [
// TRAITS-NEXT:   "event-loop"
// TRAITS-NEXT: ],
// TRAITS:      "id": "asio.thread_pool.join",
// TRAITS:      "label": "sync-blocking",
// TRAITS-NEXT: "reason": "{{.*}}",
// TRAITS-NEXT: "traits": [],
