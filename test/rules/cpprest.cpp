// Rules of rules/cpprest.yaml against the real headers of cpprestsdk 2.10
// (libcpprest-dev).
// RUN: %quadrant-cxx | %check

#include <cpprest/http_client.h>
#include <cpprest/ws_client.h>
#include <pplx/pplxtasks.h>
#include <vector>

using web::http::client::http_client;

// The asynchronous style: every call returns a task at once, and what needs
// the result is a continuation.
pplx::task<void> fetch(http_client &client) {
  return client.request(web::http::methods::GET, U("/"))
      .then([](web::http::http_response response) { return response.extract_json(); })
      .then([](web::json::value body) { (void)body; });
}
// CHECK: :[[@LINE-5]]:18: 'fetch' is async-nonblocking
// CHECK-NEXT: async: fetch -> web::http::client::http_client::request at {{.*}}cpprest.cpp:[[@LINE-5]]:17
// CHECK-NEXT: :[[@LINE-6]]:17: web::http::client::http_client::request is async-nonblocking: sends the request and returns a task at once; the response arrives later on the thread pool [cpprest.http_client.request]
// CHECK-NEXT: :[[@LINE-6]]:8: pplx::task::then is async-nonblocking: attaches the continuation and returns a new task at once; the continuation runs later, on the thread pool, when this task has finished [pplx.then]
// CHECK-NEXT: :[[@LINE-6]]:8: pplx::task::then is async-nonblocking: {{.*}} [pplx.then]
// CHECK: :[[@LINE-8]]:13: 'fetch::(lambda at [[@LINE-8]]:13)' is async-nonblocking
// CHECK-NEXT: async: fetch::(lambda at [[@LINE-9]]:13) -> web::http::http_response::extract_json at {{.*}}cpprest.cpp:[[@LINE-9]]:69
// CHECK-NEXT: :[[@LINE-10]]:69: web::http::http_response::extract_json is async-nonblocking: returns a task at once for the body, which is read later on the thread pool [cpprest.body]
// CHECK: :[[@LINE-10]]:13: 'fetch::(lambda at [[@LINE-10]]:13)' is sync-nonblocking (pure computation

// The blocking style: wait() and get() hold this thread until the task is
// done; create_task starts work on the thread pool; when_all combines tasks.
int blocking(http_client &client) {
  web::http::http_response response = client.request(web::http::methods::GET).get();
  response.content_ready().wait();
  pplx::task<int> t = pplx::create_task([] { return 42; });
  std::vector<pplx::task<int>> all{t};
  pplx::when_all(all.begin(), all.end()).wait();
  return t.is_done() ? t.get() : 0;
}
// CHECK: :[[@LINE-8]]:5: 'blocking' is async-blocking
// CHECK-NEXT: blocks: blocking -> pplx::task::get at {{.*}}cpprest.cpp:[[@LINE-8]]:79
// CHECK-NEXT: async: blocking -> web::http::client::http_client::request at {{.*}}cpprest.cpp:[[@LINE-9]]:46
// CHECK-NEXT: :[[@LINE-10]]:46: web::http::client::http_client::request is async-nonblocking: {{.*}} [cpprest.http_client.request]
// CHECK-NEXT: :[[@LINE-11]]:79: pplx::task::get is sync-blocking: waits on this thread until the task has finished (get then returns its result or throws its exception) [pplx.wait]
// CHECK-NEXT: :[[@LINE-11]]:12: web::http::http_response::content_ready is async-nonblocking: {{.*}} [cpprest.body]
// CHECK-NEXT: :[[@LINE-12]]:28: pplx::task::wait is sync-blocking: {{.*}} [pplx.wait]
// CHECK-NEXT: :[[@LINE-12]]:23: pplx::create_task is async-nonblocking: wraps the function (or a task_completion_event) in a task and returns it at once; the function runs later on the thread pool [pplx.create_task]
// CHECK-NEXT: :[[@LINE-11]]:3: pplx::when_all is async-nonblocking: {{.*}} [coro.when_all]
// CHECK-NEXT: :[[@LINE-12]]:42: pplx::task::wait is sync-blocking: {{.*}} [pplx.wait]
// CHECK-NEXT: :[[@LINE-12]]:12: pplx::task::is_done is sync-nonblocking: asks whether the task has finished and returns at once [pplx.is_done]
// CHECK-NEXT: :[[@LINE-13]]:26: pplx::task::get is sync-blocking: {{.*}} [pplx.wait]
// CHECK: :[[@LINE-17]]:41: 'blocking::(lambda at [[@LINE-17]]:41)' is sync-nonblocking (pure computation

// cpprest.websocket: the WebSocket client's calls return tasks.
pplx::task<void> chat(web::websockets::client::websocket_client &ws) {
  ws.connect(U("ws://localhost:1234"));
  web::websockets::client::websocket_outgoing_message msg;
  msg.set_utf8_message("hi");
  ws.send(msg);
  ws.receive();
  return ws.close();
}
// CHECK: :[[@LINE-8]]:18: 'chat' is async-nonblocking
// CHECK-NEXT: async: chat -> web::websockets::client::websocket_client::connect at {{.*}}cpprest.cpp:[[@LINE-8]]:6
// CHECK-NEXT: :[[@LINE-9]]:6: web::websockets::client::websocket_client::connect is async-nonblocking: starts connecting, sending, receiving or closing and returns a task at once; it completes later on the thread pool [cpprest.websocket]
// CHECK-NEXT: :[[@LINE-7]]:6: web::websockets::client::websocket_client::send is async-nonblocking: {{.*}} [cpprest.websocket]
// CHECK-NEXT: :[[@LINE-7]]:6: web::websockets::client::websocket_client::receive is async-nonblocking: {{.*}} [cpprest.websocket]
// CHECK-NEXT: :[[@LINE-7]]:13: web::websockets::client::websocket_client::close is async-nonblocking: {{.*}} [cpprest.websocket]

// Look-alikes: a user task type with then, wait and get, and a user
// create_task.
namespace mylib {
struct task {
  task then(int) { return *this; }
  void wait() {}
  int get() { return 0; }
};
task create_task(int) { return {}; }
} // namespace mylib
// CHECK: :[[@LINE-6]]:8: 'mylib::task::then' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-6]]:8: 'mylib::task::wait' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-6]]:7: 'mylib::task::get' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:6: 'mylib::create_task' is sync-nonblocking (pure computation
int look_alikes() {
  mylib::task t = mylib::create_task(1).then(2);
  t.wait();
  return t.get();
}
// CHECK: :[[@LINE-5]]:5: 'look_alikes' is sync-nonblocking (pure computation

// CHECK: 11 functions: 0 sync-blocking, 7 sync-nonblocking (7 pure computation), 1 async-blocking, 3 async-nonblocking
