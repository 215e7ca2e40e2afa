// The newer parts of rules/asio.yaml against standalone Asio 1.22's headers
// (libasio-dev): executors, strands, stackful coroutines (spawn needs
// Boost.Coroutine's headers), channels, files, awaitable operators, and
// thread_pool::join/wait. The classic API is in asio.cpp.
// RUN: %quadrant -j1 --checks=-* --show-pure %s -- -std=c++20 -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE -DASIO_HAS_IO_URING | %check

#include <asio.hpp>
#include <asio/experimental/awaitable_operators.hpp>
#include <asio/experimental/channel.hpp>
#include <asio/experimental/concurrent_channel.hpp>
#include <asio/spawn.hpp>
#include <chrono>
#include <future>

using asio::ip::tcp;
using namespace asio::experimental::awaitable_operators;

// asio.execute: execution::execute and the executors' execute member hand
// the function to an event loop's executor; asio.thread_pool.post and
// asio.thread_pool.executor.post: to a pool's.
// (Standalone Asio keeps the io_context's and the pool's execute members
// private; boost-asio.cpp calls Boost's.)
void execute(asio::io_context &io, asio::thread_pool &pool, asio::any_io_executor ex) {
  asio::execution::execute(io.get_executor(), [] {});
  ex.execute([] {});
  asio::strand<asio::io_context::executor_type> strand(io.get_executor());
  strand.execute([] {});
  asio::execution::execute(pool.get_executor(), [] {});
}
// CHECK: :[[@LINE-7]]:6: 'execute' is async-nonblocking
// CHECK-NEXT: async: execute -> asio_execution_execute_fn::impl::operator() at {{.*}}asio-executors.cpp:[[@LINE-7]]:3
// CHECK-NEXT: :[[@LINE-8]]:3: asio_execution_execute_fn::impl::operator() is async-nonblocking: submits the function to the executor and returns at once; it runs later on a thread running the executor (unless the executor may block and this thread is already running it) [asio.execute]
// CHECK-NEXT: :[[@LINE-8]]:6: asio::execution::detail::any_executor_base::execute is async-nonblocking: submits {{.*}} [asio.execute]
// CHECK-NEXT: :[[@LINE-7]]:10: asio::strand::execute is async-nonblocking: submits {{.*}} [asio.execute]
// CHECK-NEXT: :[[@LINE-7]]:3: asio_execution_execute_fn::impl::operator() is async-nonblocking: hands the function to the thread pool and returns at once; it runs later on one of the pool's threads, not on an event loop [asio.thread_pool.post]
// CHECK: :[[@LINE-12]]:47: 'execute::(lambda at [[@LINE-12]]:47)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-12]]:14: 'execute::(lambda at [[@LINE-12]]:14)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:18: 'execute::(lambda at [[@LINE-11]]:18)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:49: 'execute::(lambda at [[@LINE-11]]:49)' is sync-nonblocking (pure computation

// asio.execute.blocking_always: an executor required to be blocking.always
// has run the function when execute returns: sync-blocking. An executor made
// blocking.never stays asynchronous.
void execute_blocking(asio::thread_pool &pool, asio::io_context &io) {
  asio::execution::execute(asio::require(pool.get_executor(), asio::execution::blocking.always), [] {});
  asio::execution::execute(asio::require(io.get_executor(), asio::execution::blocking.never), [] {});
}
// CHECK: :[[@LINE-4]]:6: 'execute_blocking' is async-blocking
// CHECK-NEXT: blocks: execute_blocking -> asio_execution_execute_fn::impl::operator() at {{.*}}asio-executors.cpp:[[@LINE-4]]:3
// CHECK-NEXT: async: execute_blocking -> asio_execution_execute_fn::impl::operator() at {{.*}}asio-executors.cpp:[[@LINE-4]]:3
// CHECK-NEXT: :[[@LINE-6]]:3: asio_execution_execute_fn::impl::operator() is sync-blocking: the executor is required to be blocking.always, so the function has run (inline or on the executor's thread, while this thread waits) when execute returns [asio.execute.blocking_always]
// CHECK-NEXT: :[[@LINE-6]]:3: asio_execution_execute_fn::impl::operator() is async-nonblocking: submits {{.*}} [asio.execute]
// CHECK: :[[@LINE-8]]:98: 'execute_blocking::(lambda at [[@LINE-8]]:98)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-8]]:95: 'execute_blocking::(lambda at [[@LINE-8]]:95)' is sync-nonblocking (pure computation

// asio.post's strand case: post, dispatch and defer to a strand, new or
// legacy; the strand's own members are asio.executor.post (asio.cpp).
void to_a_strand(asio::io_context &io) {
  auto strand = asio::make_strand(io);
  asio::io_context::strand legacy(io);
  asio::post(strand, [] {});
  asio::dispatch(legacy, [] {});
  asio::defer(strand, [] {});
}
// CHECK: :[[@LINE-7]]:6: 'to_a_strand' is async-nonblocking
// CHECK-NEXT: async: to_a_strand -> asio::post at {{.*}}asio-executors.cpp:[[@LINE-5]]:3
// CHECK-NEXT: :[[@LINE-6]]:3: asio::post is async-nonblocking: hands the function to the strand and returns at once; it runs later on a thread running the strand's executor, never at the same time as the strand's other handlers [asio.post]
// CHECK-NEXT: :[[@LINE-6]]:3: asio::dispatch is async-nonblocking: hands the function to the strand {{.*}} [asio.post]
// CHECK-NEXT: :[[@LINE-6]]:3: asio::defer is async-nonblocking: hands the function to the strand {{.*}} [asio.post]
// CHECK: :[[@LINE-9]]:22: 'to_a_strand::(lambda at [[@LINE-9]]:22)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:26: 'to_a_strand::(lambda at [[@LINE-9]]:26)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:23: 'to_a_strand::(lambda at [[@LINE-9]]:23)' is sync-nonblocking (pure computation

// asio.spawn, and operations given the yield_context (yield[ec] too): they
// suspend the stackful coroutine, not the thread. A synchronous read inside
// it still blocks the thread.
void echo(tcp::socket &s, asio::yield_context yield) {
  char buf[64];
  asio::error_code ec;
  std::size_t n = s.async_read_some(asio::buffer(buf), yield);
  asio::async_write(s, asio::buffer(buf, n), yield[ec]);
  asio::post(s.get_executor(), yield);
  s.read_some(asio::buffer(buf));
}
// CHECK: :[[@LINE-8]]:6: 'echo' is async-blocking
// CHECK-NEXT: blocks: echo -> asio::basic_stream_socket::read_some at {{.*}}asio-executors.cpp:[[@LINE-3]]:5
// CHECK-NEXT: async: echo -> asio::basic_stream_socket::async_read_some at {{.*}}asio-executors.cpp:[[@LINE-7]]:21
// CHECK-NEXT: :[[@LINE-8]]:21: asio::basic_stream_socket::async_read_some is async-nonblocking: given a yield_context, it suspends the stackful coroutine (spawn) until the operation completes, not the thread: the thread runs other handlers meanwhile [asio.async_op]
// CHECK-NEXT: :[[@LINE-8]]:3: asio::async_write is async-nonblocking: given a yield_context, {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-8]]:3: asio::post is async-nonblocking: given a yield_context, it suspends the stackful coroutine (spawn) until the executor resumes it, not the thread [asio.post]
// CHECK-NEXT: :[[@LINE-8]]:5: asio::basic_stream_socket::read_some is sync-blocking: waits until data arrives on the socket [asio.socket.receive]

void spawner(asio::io_context &io, tcp::socket &s) {
  asio::spawn(io, [&s](asio::yield_context yield) { echo(s, yield); });
  asio::spawn(asio::make_strand(io), [](asio::yield_context) {});
}
// CHECK: :[[@LINE-4]]:6: 'spawner' is async-nonblocking
// CHECK-NEXT: async: spawner -> asio::spawn at {{.*}}asio-executors.cpp:[[@LINE-4]]:3
// CHECK-NEXT: :[[@LINE-5]]:3: asio::spawn is async-nonblocking: starts a stackful coroutine on the executor and returns at once; the coroutine runs later on a thread running the executor, suspending (not blocking the thread) at each operation given its yield_context [asio.spawn]
// CHECK-NEXT: :[[@LINE-5]]:3: asio::spawn is async-nonblocking: {{.*}} [asio.spawn]
// CHECK: :[[@LINE-7]]:19: 'spawner::(lambda at [[@LINE-7]]:19)' is async-blocking
// CHECK-NEXT: blocks: spawner::(lambda at [[@LINE-8]]:19) -> echo -> asio::basic_stream_socket::read_some at {{.*}}asio-executors.cpp:[[@LINE-19]]:5
// CHECK-NEXT: async: spawner::(lambda at [[@LINE-9]]:19) -> echo -> asio::basic_stream_socket::async_read_some at {{.*}}asio-executors.cpp:[[@LINE-23]]:21
// CHECK-NEXT: :[[@LINE-10]]:53: echo is async-blocking: {{.*}}
// CHECK: :[[@LINE-10]]:38: 'spawner::(lambda at [[@LINE-10]]:38)' is sync-nonblocking (pure computation

// Channels: async_send and async_receive are asio.async_op (with a handler,
// a token, or the default token); try_send, try_send_n and try_receive are
// asio.channel.try.
using int_channel = asio::experimental::channel<void(asio::error_code, int)>;
using shared_channel = asio::experimental::concurrent_channel<void(asio::error_code, int)>;
asio::awaitable<int> channels(int_channel &ch, shared_channel &sh) {
  ch.async_send(asio::error_code{}, 1, [](asio::error_code) {});
  co_await ch.async_send(asio::error_code{}, 2, asio::use_awaitable);
  int n = co_await sh.async_receive(asio::use_awaitable);
  ch.try_send(asio::error_code{}, 3);
  ch.try_send_n(2, asio::error_code{}, 4);
  sh.try_receive([](asio::error_code, int) {});
  co_return n;
}
// CHECK: :[[@LINE-9]]:22: 'channels' is async-nonblocking
// CHECK-NEXT: async: channels -> asio::experimental::basic_channel::async_send at {{.*}}asio-executors.cpp:[[@LINE-9]]:6
// CHECK-NEXT: :[[@LINE-10]]:6: asio::experimental::basic_channel::async_send is async-nonblocking: starts the operation and returns at once; the completion handler gets the result later, on a thread running the io_context [asio.async_op]
// CHECK-NEXT: :[[@LINE-10]]:3: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-11]]:15: asio::experimental::basic_channel::async_send is async-nonblocking: returns an awaitable; {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-11]]:11: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-12]]:23: asio::experimental::basic_concurrent_channel::async_receive is async-nonblocking: returns an awaitable; {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-12]]:6: asio::experimental::basic_channel::try_send is sync-nonblocking: sends or receives only if the channel is ready now, and returns at once either way [asio.channel.try]
// CHECK-NEXT: :[[@LINE-12]]:6: asio::experimental::basic_channel::try_send_n is sync-nonblocking: {{.*}} [asio.channel.try]
// CHECK-NEXT: :[[@LINE-12]]:6: asio::experimental::basic_concurrent_channel::try_receive is sync-nonblocking: {{.*}} [asio.channel.try]
// CHECK: :[[@LINE-18]]:40: 'channels::(lambda at [[@LINE-18]]:40)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-14]]:18: 'channels::(lambda at [[@LINE-14]]:18)' is sync-nonblocking (pure computation

// Files: asio.file.read_some and asio.file.write_some wait (a regular file
// has no non-blocking mode); their async_ forms are asio.async_op.
void files(asio::stream_file &f, asio::random_access_file &r) {
  char buf[64];
  f.read_some(asio::buffer(buf));
  f.write_some(asio::buffer(buf));
  r.read_some_at(0, asio::buffer(buf));
  r.write_some_at(64, asio::buffer(buf));
  f.async_read_some(asio::buffer(buf), [](asio::error_code, std::size_t) {});
  std::future<std::size_t> n = r.async_write_some_at(0, asio::buffer(buf), asio::use_future);
}
// CHECK: :[[@LINE-9]]:6: 'files' is async-blocking
// CHECK-NEXT: blocks: files -> asio::basic_stream_file::read_some at {{.*}}asio-executors.cpp:[[@LINE-8]]:5
// CHECK-NEXT: async: files -> asio::basic_stream_file::async_read_some at {{.*}}asio-executors.cpp:[[@LINE-5]]:5
// CHECK-NEXT: :[[@LINE-10]]:5: asio::basic_stream_file::read_some is sync-blocking: waits until the data is read from the file [asio.file.read_some]
// CHECK-NEXT: :[[@LINE-10]]:5: asio::basic_stream_file::write_some is sync-blocking: waits until the data is written to the file [asio.file.write_some]
// CHECK-NEXT: :[[@LINE-10]]:5: asio::basic_random_access_file::read_some_at is sync-blocking: {{.*}} [asio.file.read_some]
// CHECK-NEXT: :[[@LINE-10]]:5: asio::basic_random_access_file::write_some_at is sync-blocking: {{.*}} [asio.file.write_some]
// CHECK-NEXT: :[[@LINE-10]]:5: asio::basic_stream_file::async_read_some is async-nonblocking: starts the operation {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-10]]:34: asio::basic_random_access_file::async_write_some_at is async-nonblocking: starts the operation and returns a std::future at once{{.*}} [asio.async_op]
// CHECK: :[[@LINE-12]]:40: 'files::(lambda at [[@LINE-12]]:40)' is sync-nonblocking (pure computation

// asio.awaitable_operators: && and || build one awaitable; the co_await
// suspends the coroutine. co_spawn's tokens are in asio.cpp.
asio::awaitable<void> timeout_race(tcp::socket &s, asio::steady_timer &t) {
  char buf[64];
  co_await (s.async_read_some(asio::buffer(buf), asio::use_awaitable) || t.async_wait(asio::use_awaitable));
  co_await (t.async_wait(asio::use_awaitable) && t.async_wait(asio::use_awaitable));
}
// CHECK: :[[@LINE-5]]:23: 'timeout_race' is async-nonblocking
// CHECK-NEXT: async: timeout_race -> co_await at {{.*}}asio-executors.cpp:[[@LINE-4]]:3
// CHECK-NEXT: :[[@LINE-5]]:3: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-6]]:15: asio::basic_stream_socket::async_read_some is async-nonblocking: returns an awaitable; {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-7]]:71: asio::experimental::awaitable_operators::operator|| is async-nonblocking: returns an awaitable that runs both operations at once; co_await on it suspends the coroutine, not the thread, until both complete (&&) or the first does (||) [asio.awaitable_operators]
// CHECK-NEXT: :[[@LINE-8]]:76: asio::basic_waitable_timer::async_wait is async-nonblocking: returns an awaitable; {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-8]]:3: co_await is async-nonblocking: {{.*}} [coro.co_await]
// CHECK-NEXT: :[[@LINE-9]]:15: asio::basic_waitable_timer::async_wait is async-nonblocking: {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-10]]:47: asio::experimental::awaitable_operators::operator&& is async-nonblocking: {{.*}} [asio.awaitable_operators]
// CHECK-NEXT: :[[@LINE-11]]:52: asio::basic_waitable_timer::async_wait is async-nonblocking: {{.*}} [asio.async_op]

// asio.thread_pool.join: join and wait wait for the pool's threads, as
// std::thread::join does: sync-blocking, not async.
void shut_down(asio::thread_pool &pool, asio::thread_pool &other) {
  pool.join();
  other.wait();
}
// CHECK: :[[@LINE-4]]:6: 'shut_down' is sync-blocking
// CHECK-NEXT: blocks: shut_down -> asio::thread_pool::join at {{.*}}asio-executors.cpp:[[@LINE-4]]:8
// CHECK-NEXT: :[[@LINE-5]]:8: asio::thread_pool::join is sync-blocking: waits until the pool's threads have run all the outstanding work (or the pool is stopped) and exited, as joining a thread does [asio.thread_pool.join]
// CHECK-NEXT: :[[@LINE-5]]:9: asio::thread_pool::wait is sync-blocking: {{.*}} [asio.thread_pool.join]

// Look-alikes: user types with execute, try_send, spawn and join members, a
// user spawn, and a user operator|| on awaitables of its own.
namespace mylib {
struct Executor {
  template <class F> void execute(F f) { f(); }
};
struct Channel {
  bool try_send(int) { return true; }
  bool try_receive(int &) { return false; }
};
struct Pool {
  void join() {}
  void wait() {}
};
template <class F> void spawn(F f) { f(); }
struct Task {};
Task operator||(Task, Task) { return {}; }
} // namespace mylib
// CHECK: :[[@LINE-14]]:27: 'mylib::Executor::execute' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-12]]:8: 'mylib::Channel::try_send' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-12]]:8: 'mylib::Channel::try_receive' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-10]]:8: 'mylib::Pool::join' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-10]]:8: 'mylib::Pool::wait' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:25: 'mylib::spawn' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-8]]:6: 'mylib::operator||' is sync-nonblocking (pure computation
void look_alikes(mylib::Executor &ex, mylib::Channel &ch, mylib::Pool &pool) {
  int n = 0;
  ex.execute([] {});
  ch.try_send(1);
  ch.try_receive(n);
  pool.join();
  pool.wait();
  mylib::spawn([] {});
  mylib::Task t = mylib::Task{} || mylib::Task{};
}
// CHECK: :[[@LINE-10]]:6: 'look_alikes' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:14: 'look_alikes::(lambda at [[@LINE-9]]:14)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:16: 'look_alikes::(lambda at [[@LINE-5]]:16)' is sync-nonblocking (pure computation

// CHECK: 33 functions: 1 sync-blocking, 23 sync-nonblocking (23 pure computation), 4 async-blocking, 5 async-nonblocking
