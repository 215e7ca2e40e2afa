// Rules of rules/zeromq.yaml against the real headers of libzmq 4.3
// (libzmq3-dev) and cppzmq 4.9 (cppzmq-dev).
// RUN: %quadrant-cxx | %check

#include <array>
#include <chrono>
#include <vector>
#include <zmq.h>
#include <zmq.hpp>
#include <zmq_addon.hpp>

// zmq.send, zmq.recv: blocking by default; ZMQ_DONTWAIT (and its old name
// ZMQ_NOBLOCK), alone or with other flags, makes the one call non-blocking.
// ZMQ_SNDMORE alone does not.
void c_api(void *sock, zmq_msg_t *msg) {
  char buf[64];
  zmq_send(sock, "hi", 2, 0);
  zmq_send(sock, "hi", 2, ZMQ_SNDMORE);
  zmq_send_const(sock, "hi", 2, ZMQ_DONTWAIT | ZMQ_SNDMORE);
  zmq_recv(sock, buf, sizeof buf, 0);
  zmq_recv(sock, buf, sizeof buf, ZMQ_NOBLOCK);
  zmq_msg_send(msg, sock, 0);
  zmq_msg_recv(msg, sock, ZMQ_DONTWAIT);
  zmq_sendmsg(sock, msg, ZMQ_DONTWAIT);
  zmq_recvmsg(sock, msg, 0);
}
// CHECK: :[[@LINE-12]]:6: 'c_api' is sync-blocking
// CHECK-NEXT: blocks: c_api -> zmq_send at {{.*}}zeromq.cpp:[[@LINE-11]]:3
// CHECK-NEXT: :[[@LINE-12]]:3: zmq_send is sync-blocking: waits until the socket can queue the message (the high-water mark may be reached, or no peer connected yet) [zmq.send]
// CHECK-NEXT: :[[@LINE-12]]:3: zmq_send is sync-blocking: {{.*}} [zmq.send]
// CHECK-NEXT: :[[@LINE-12]]:3: zmq_send_const is sync-nonblocking: with ZMQ_DONTWAIT this call fails with EAGAIN instead of waiting when the message cannot be queued [zmq.send]
// CHECK-NEXT: :[[@LINE-12]]:3: zmq_recv is sync-blocking: waits until a message arrives on the socket [zmq.recv]
// CHECK-NEXT: :[[@LINE-12]]:3: zmq_recv is sync-nonblocking: with ZMQ_DONTWAIT this call fails with EAGAIN instead of waiting when no message is there [zmq.recv]
// CHECK-NEXT: :[[@LINE-12]]:3: zmq_msg_send is sync-blocking: {{.*}} [zmq.send]
// CHECK-NEXT: :[[@LINE-12]]:3: zmq_msg_recv is sync-nonblocking: {{.*}} [zmq.recv]
// CHECK-NEXT: :[[@LINE-12]]:3: zmq_sendmsg is sync-nonblocking: {{.*}} [zmq.send]
// CHECK-NEXT: :[[@LINE-12]]:3: zmq_recvmsg is sync-blocking: {{.*}} [zmq.recv]

// zmq.poll: -1 waits without limit, a positive timeout until it expires, a
// zero timeout (a literal or a constexpr) only checks.
constexpr long no_wait = 0;
void c_poll(zmq_pollitem_t *items) {
  zmq_poll(items, 2, -1);
  zmq_poll(items, 2, 100);
  zmq_poll(items, 2, 0);
  zmq_poll(items, 2, no_wait);
}
// CHECK: :[[@LINE-6]]:6: 'c_poll' is async-blocking
// CHECK-NEXT: blocks: c_poll -> zmq_poll at {{.*}}zeromq.cpp:[[@LINE-6]]:3
// CHECK-NEXT: async: c_poll -> zmq_poll at {{.*}}zeromq.cpp:[[@LINE-7]]:3
// CHECK-NEXT: :[[@LINE-8]]:3: zmq_poll is async-blocking: waits until one of the sockets or descriptors is ready or the timeout expires [zmq.poll]
// CHECK-NEXT: :[[@LINE-8]]:3: zmq_poll is async-blocking: {{.*}} [zmq.poll]
// CHECK-NEXT: :[[@LINE-8]]:3: zmq_poll is async-nonblocking: a zero timeout checks readiness and returns at once [zmq.poll]
// CHECK-NEXT: :[[@LINE-8]]:3: zmq_poll is async-nonblocking: {{.*}} [zmq.poll]

// zmq.proxy and zmq.ctx_term.
void c_shutdown(void *ctx, void *front, void *back) {
  zmq_proxy(front, back, nullptr);
  zmq_ctx_term(ctx);
}
// CHECK: :[[@LINE-4]]:6: 'c_shutdown' is sync-blocking
// CHECK-NEXT: blocks: c_shutdown -> zmq_proxy at {{.*}}zeromq.cpp:[[@LINE-4]]:3
// CHECK-NEXT: :[[@LINE-5]]:3: zmq_proxy is sync-blocking: forwards messages between the sockets on this thread and returns only when the context is terminated (or, steerable, told to stop) [zmq.proxy]
// CHECK-NEXT: :[[@LINE-5]]:3: zmq_ctx_term is sync-blocking: waits until every socket of the context is closed and their pending messages are sent (or the linger time passes) [zmq.ctx_term]

// cppzmq: socket_t and socket_ref send and recv, with send_flags and
// recv_flags (dontwait alone or or-ed with sndmore), and the multipart
// helpers of zmq_addon.hpp.
void cpp_api(zmq::socket_t &sock, zmq::socket_ref ref) {
  zmq::message_t msg;
  char buf[64];
  std::vector<zmq::message_t> parts;
  sock.send(zmq::buffer("hi", 2));
  sock.send(zmq::buffer("hi", 2), zmq::send_flags::sndmore);
  sock.send(msg, zmq::send_flags::dontwait | zmq::send_flags::sndmore);
  auto got = sock.recv(msg);
  auto none = sock.recv(zmq::buffer(buf), zmq::recv_flags::dontwait);
  ref.send(msg, zmq::send_flags::dontwait);
  auto more = ref.recv(msg, zmq::recv_flags::none);
  auto n = zmq::recv_multipart(sock, std::back_inserter(parts));
  auto m = zmq::recv_multipart(sock, std::back_inserter(parts), zmq::recv_flags::dontwait);
  zmq::send_multipart(sock, parts);
}
// CHECK: :[[@LINE-15]]:6: 'cpp_api' is sync-blocking
// CHECK-NEXT: blocks: cpp_api -> zmq::detail::socket_base::send at {{.*}}zeromq.cpp:[[@LINE-12]]:8
// CHECK-NEXT: :[[@LINE-13]]:8: zmq::detail::socket_base::send is sync-blocking: {{.*}} [zmq.send]
// CHECK-NEXT: :[[@LINE-13]]:8: zmq::detail::socket_base::send is sync-blocking: {{.*}} [zmq.send]
// CHECK-NEXT: :[[@LINE-13]]:8: zmq::detail::socket_base::send is sync-nonblocking: {{.*}} [zmq.send]
// CHECK-NEXT: :[[@LINE-13]]:19: zmq::detail::socket_base::recv is sync-blocking: {{.*}} [zmq.recv]
// CHECK-NEXT: :[[@LINE-13]]:20: zmq::detail::socket_base::recv is sync-nonblocking: {{.*}} [zmq.recv]
// CHECK-NEXT: :[[@LINE-13]]:7: zmq::detail::socket_base::send is sync-nonblocking: {{.*}} [zmq.send]
// CHECK-NEXT: :[[@LINE-13]]:19: zmq::detail::socket_base::recv is sync-blocking: {{.*}} [zmq.recv]
// CHECK-NEXT: :[[@LINE-13]]:12: zmq::recv_multipart is sync-blocking: {{.*}} [zmq.recv]
// CHECK-NEXT: :[[@LINE-13]]:12: zmq::recv_multipart is sync-nonblocking: {{.*}} [zmq.recv]
// CHECK-NEXT: :[[@LINE-13]]:3: zmq::send_multipart is sync-blocking: {{.*}} [zmq.send]

// zmq::poll with its default timeout (-1: no limit), a duration, and zero;
// zmq::proxy; context_t::close.
void cpp_poll(std::vector<zmq_pollitem_t> &items, zmq_pollitem_t *raw, zmq::context_t &ctx,
              zmq::socket_t &a, zmq::socket_t &b) {
  zmq::poll(items);
  zmq::poll(raw, 2, std::chrono::milliseconds(50));
  zmq::poll(items, std::chrono::milliseconds(0));
  zmq::poll(raw, 2, 0);
  zmq::proxy(a, b);
  ctx.close();
}
// CHECK: :[[@LINE-9]]:6: 'cpp_poll' is async-blocking
// CHECK-NEXT: blocks: cpp_poll -> zmq::poll at {{.*}}zeromq.cpp:[[@LINE-8]]:3
// CHECK-NEXT: async: cpp_poll -> zmq::poll at {{.*}}zeromq.cpp:[[@LINE-9]]:3
// CHECK-NEXT: :[[@LINE-10]]:3: zmq::poll is async-blocking: {{.*}} [zmq.poll]
// CHECK-NEXT: :[[@LINE-10]]:3: zmq::poll is async-blocking: {{.*}} [zmq.poll]
// CHECK-NEXT: :[[@LINE-10]]:3: zmq::poll is async-nonblocking: {{.*}} [zmq.poll]
// CHECK-NEXT: :[[@LINE-10]]:3: zmq::poll is async-nonblocking: {{.*}} [zmq.poll]
// CHECK-NEXT: :[[@LINE-10]]:3: zmq::proxy is sync-blocking: {{.*}} [zmq.proxy]
// CHECK-NEXT: :[[@LINE-10]]:7: zmq::context_t::close is sync-blocking: {{.*}} [zmq.ctx_term]

// Calls that return at once are not labeled: setting up sockets and
// options, closing a socket, shutting a context down (which makes blocking
// calls fail with ETERM), messages.
void quiet(zmq::context_t &ctx, void *csock) {
  zmq::socket_t s(ctx, zmq::socket_type::push);
  s.bind("inproc://x");
  s.set(zmq::sockopt::linger, 0);
  s.close();
  ctx.shutdown();
  zmq_setsockopt(csock, ZMQ_SNDHWM, "", 0);
  zmq_close(csock);
  zmq::message_t msg(16);
}
// CHECK: :[[@LINE-10]]:6: 'quiet' is sync-nonblocking (pure computation

// Look-alikes: a user socket with send/recv/poll members, and user functions
// named like cppzmq's free functions outside namespace zmq.
namespace mylib {
struct socket_t {
  int send(const void *, int) { return 0; }
  int recv(void *, int) { return 0; }
};
int poll(socket_t *, int, long) { return 0; }
void proxy(socket_t &, socket_t &) {}
} // namespace mylib
// CHECK: :[[@LINE-6]]:7: 'mylib::socket_t::send' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-6]]:7: 'mylib::socket_t::recv' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:5: 'mylib::poll' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:6: 'mylib::proxy' is sync-nonblocking (pure computation
void look_alikes(mylib::socket_t &s) {
  char buf[8];
  s.send(buf, 8);
  s.recv(buf, 8);
  mylib::poll(&s, 1, -1);
  mylib::proxy(s, s);
}
// CHECK: :[[@LINE-7]]:6: 'look_alikes' is sync-nonblocking (pure computation

// CHECK: 11 functions: 3 sync-blocking, 6 sync-nonblocking (6 pure computation), 2 async-blocking, 0 async-nonblocking
