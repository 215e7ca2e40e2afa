// RUN: %quadrant -j1 --checks=-*,quadrant-sync-wait-on-event-loop %s -- -std=c++20 | %findings

#include <asio.hpp>
#include <future>

void handlers(asio::io_context &io, std::future<int> &result) {
  asio::post(io, [&] { result.get(); });
  // CHECK: :[[@LINE-1]]:31: warning: 'std::future::get' waits for an asynchronous result inside a handler on an event loop: if the result needs that loop, it never comes (deadlock) [quadrant-sync-wait-on-event-loop]
  // CHECK-NEXT: :[[@LINE-2]]:3: note: the handler is passed to 'asio::post' here and runs on its event loop
  asio::dispatch(io, [&] { io.run(); });
  // CHECK: :[[@LINE-1]]:31: warning: 'asio::io_context::run' runs an event loop inside a handler on an event loop: the handler does not return until that loop runs out of work (deadlock risk)
  // CHECK-NEXT: :[[@LINE-2]]:3: note: the handler is passed to 'asio::dispatch' here
}

// Near misses: waiting for a future outside any handler; polling the loop
// (it never waits).
int outside(asio::io_context &io, std::future<int> &result) {
  asio::post(io, [&] { io.poll(); });
  io.run();
  return result.get();
}

// Waiting through a helper the handler calls: the notes follow the chain.
int wait_result(std::future<int> &f) { return f.get(); }
void through_helper(asio::io_context &io, std::future<int> &result) {
  asio::post(io, [&] { wait_result(result); });
  // CHECK: :[[@LINE-1]]:24: warning: call to 'wait_result', which waits for the event loop's own work, inside a handler on that loop: if it needs the loop, it never returns (deadlock) [quadrant-sync-wait-on-event-loop]
  // CHECK-NEXT: :[[@LINE-2]]:3: note: the handler is passed to 'asio::post' here and runs on its event loop
  // CHECK-NEXT: :[[@LINE-5]]:49: note: 'std::future::get' is sync-blocking: {{.*}}
}
