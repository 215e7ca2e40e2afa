// Rules of rules/boost-beast.yaml, and Beast's asynchronous operations in
// rules/asio.yaml's asio.async_op, against the real headers of Boost.Beast
// 1.74 (libboost1.74-dev).
// RUN: %quadrant-cxx | %check

#include <boost/asio/spawn.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <future>

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace websocket = boost::beast::websocket;
using boost::asio::ip::tcp;

// beast.http.read, beast.http.write, beast.basic_stream.io: the synchronous
// HTTP client.
void http_client(beast::tcp_stream &stream, const tcp::endpoint &ep) {
  beast::flat_buffer buffer;
  http::request<http::string_body> req{http::verb::get, "/", 11};
  http::response<http::string_body> res;
  stream.connect(ep);
  http::write(stream, req);
  http::read(stream, buffer, res);
  http::response_parser<http::string_body> parser;
  http::read_header(stream, buffer, parser);
  char raw[64];
  stream.read_some(boost::asio::buffer(raw));
}
// CHECK: :[[@LINE-12]]:6: 'http_client' is sync-blocking
// CHECK-NEXT: blocks: http_client -> boost::beast::basic_stream::connect at {{.*}}boost-beast.cpp:[[@LINE-9]]:10
// CHECK-NEXT: :[[@LINE-10]]:10: boost::beast::basic_stream::connect is sync-blocking: waits until data arrives, the data is sent or the connection is made (the stream's timeouts apply only to its async_ operations) [beast.basic_stream.io]
// CHECK-NEXT: :[[@LINE-10]]:3: boost::beast::http::write is sync-blocking: writes the message to the stream, waiting until all of it (the header, or some of it) is sent [beast.http.write]
// CHECK-NEXT: :[[@LINE-10]]:3: boost::beast::http::read is sync-blocking: reads from the stream, waiting until the whole message (header, or some of it) has arrived [beast.http.read]
// CHECK-NEXT: :[[@LINE-9]]:3: boost::beast::http::read_header is sync-blocking: {{.*}} [beast.http.read]
// CHECK-NEXT: :[[@LINE-8]]:10: boost::beast::basic_stream::read_some is sync-blocking: {{.*}} [beast.basic_stream.io]

// beast.websocket.io: the synchronous WebSocket server.
void ws_session(websocket::stream<tcp::socket> &ws) {
  ws.accept();
  beast::flat_buffer buffer;
  ws.read(buffer);
  ws.text(ws.got_text());
  ws.write(buffer.data());
  ws.close(websocket::close_code::normal);
}
// CHECK: :[[@LINE-8]]:6: 'ws_session' is sync-blocking
// CHECK-NEXT: blocks: ws_session -> boost::beast::websocket::stream::accept at {{.*}}boost-beast.cpp:[[@LINE-8]]:6
// CHECK-NEXT: :[[@LINE-9]]:6: boost::beast::websocket::stream::accept is sync-blocking: waits until the WebSocket message, handshake or control frame has been read or written [beast.websocket.io]
// CHECK-NEXT: :[[@LINE-8]]:6: boost::beast::websocket::stream::read is sync-blocking: {{.*}} [beast.websocket.io]
// CHECK-NEXT: :[[@LINE-7]]:6: boost::beast::websocket::stream::write is sync-blocking: {{.*}} [beast.websocket.io]
// CHECK-NEXT: :[[@LINE-7]]:6: boost::beast::websocket::stream::close is sync-blocking: {{.*}} [beast.websocket.io]

// asio.async_op on Beast's operations, with a handler, use_future and a
// yield_context.
void async_session(beast::tcp_stream &stream, websocket::stream<beast::tcp_stream> &ws,
                   boost::asio::yield_context yield) {
  static beast::flat_buffer buffer;
  static http::response<http::string_body> res;
  http::async_read(stream, buffer, res, [](beast::error_code, std::size_t) {});
  std::future<std::size_t> sent = http::async_write(stream, res, boost::asio::use_future);
  ws.async_accept(yield);
  ws.async_read(buffer, yield);
  stream.async_connect(tcp::endpoint(), [](beast::error_code) {});
}
// CHECK: :[[@LINE-10]]:6: 'async_session' is async-nonblocking
// CHECK-NEXT: async: async_session -> boost::beast::http::async_read at {{.*}}boost-beast.cpp:[[@LINE-7]]:3
// CHECK-NEXT: :[[@LINE-8]]:3: boost::beast::http::async_read is async-nonblocking: starts the operation and returns at once; the completion handler gets the result later, on a thread running the io_context [asio.async_op]
// CHECK-NEXT: :[[@LINE-8]]:35: boost::beast::http::async_write is async-nonblocking: starts the operation and returns a std::future at once; the future's get() waits for the result [asio.async_op]
// CHECK-NEXT: :[[@LINE-8]]:6: boost::beast::websocket::stream::async_accept is async-nonblocking: given a yield_context, it suspends the stackful coroutine (spawn) until the operation completes, not the thread: the thread runs other handlers meanwhile [asio.async_op]
// CHECK-NEXT: :[[@LINE-8]]:6: boost::beast::websocket::stream::async_read is async-nonblocking: given a yield_context, {{.*}} [asio.async_op]
// CHECK-NEXT: :[[@LINE-8]]:10: boost::beast::basic_stream::async_connect is async-nonblocking: starts the operation {{.*}} [asio.async_op]
// CHECK: :[[@LINE-13]]:41: 'async_session::(lambda at [[@LINE-13]]:41)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-10]]:41: 'async_session::(lambda at [[@LINE-10]]:41)' is sync-nonblocking (pure computation

// Calls that return at once are not labeled: options, timeouts, buffers,
// building messages.
void quiet(beast::tcp_stream &stream, websocket::stream<tcp::socket> &ws) {
  stream.expires_after(std::chrono::seconds(30));
  ws.auto_fragment(false);
  ws.binary(true);
  http::request<http::empty_body> req{http::verb::get, "/", 11};
  req.set(http::field::host, "example.com");
  req.prepare_payload();
}
// CHECK: :[[@LINE-8]]:6: 'quiet' is sync-nonblocking (pure computation

// Look-alikes: a user namespace http with read and write, and a user stream
// with read and accept members.
namespace mylib::http {
int read(int fd) { return fd; }
int write(int fd) { return fd; }
struct stream {
  void accept() {}
  void read(int) {}
};
} // namespace mylib::http
// CHECK: :[[@LINE-7]]:5: 'mylib::http::read' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:5: 'mylib::http::write' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-6]]:8: 'mylib::http::stream::accept' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-6]]:8: 'mylib::http::stream::read' is sync-nonblocking (pure computation
void look_alikes(mylib::http::stream &s) {
  mylib::http::read(0);
  mylib::http::write(1);
  s.accept();
  s.read(2);
}
// CHECK: :[[@LINE-6]]:6: 'look_alikes' is sync-nonblocking (pure computation

// CHECK: 11 functions: 2 sync-blocking, 8 sync-nonblocking (8 pure computation), 0 async-blocking, 1 async-nonblocking
