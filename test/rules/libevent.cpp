// Rules of rules/libevent.yaml against libevent 2's <event2/*.h>.
// RUN: %quadrant-cxx | %check
// The callbacks handed to the event base are handlers that run on its loop:
// RUN: %quadrant -j1 --checks=-*,quadrant-blocking-in-async-handler %s -- -std=c++20 | %findings --check-prefix=HANDLER

#include <event2/bufferevent.h>
#include <event2/dns.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/listener.h>
#include <event2/util.h>
#include <unistd.h>

// event.base_dispatch, event.base_loop: the loop waits for events, unless
// EVLOOP_NONBLOCK.
void run(event_base *base) {
  // CHECK: :[[@LINE-1]]:6: 'run' is async-blocking
  event_base_dispatch(base);
  // CHECK: :[[@LINE-1]]:3: event_base_dispatch is async-blocking: runs the event loop on this thread, waiting for events and calling their callbacks, until no event is pending or the loop is stopped [event.base_dispatch]
  event_base_loop(base, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: event_base_loop is async-blocking: runs the event loop on this thread{{.*}} [event.base_loop]
  event_base_loop(base, EVLOOP_ONCE);
  // CHECK-NEXT: :[[@LINE-1]]:3: event_base_loop is async-blocking: EVLOOP_ONCE waits until some events are active, runs their callbacks, and returns [event.base_loop]
  event_base_loop(base, EVLOOP_NO_EXIT_ON_EMPTY);
  // CHECK-NEXT: :[[@LINE-1]]:3: event_base_loop is async-blocking: runs the event loop on this thread{{.*}} [event.base_loop]
}

void poll_once(event_base *base) {
  // CHECK: :[[@LINE-1]]:6: 'poll_once' is async-nonblocking
  event_base_loop(base, EVLOOP_NONBLOCK);
  // CHECK: :[[@LINE-1]]:3: event_base_loop is async-nonblocking: EVLOOP_NONBLOCK runs the callbacks of the events that are ready and returns at once, without waiting [event.base_loop]
  event_base_loop(base, EVLOOP_ONCE | EVLOOP_NONBLOCK);
  // CHECK-NEXT: :[[@LINE-1]]:3: event_base_loop is async-nonblocking: EVLOOP_NONBLOCK{{.*}} [event.base_loop]
}

// A read callback that blocks holds up every other callback of the loop.
void on_readable(evutil_socket_t fd, short, void *) {
  char buf[64];
  read(fd, buf, sizeof buf);
}
// CHECK: :[[@LINE-4]]:6: 'on_readable' is sync-blocking
// CHECK: :[[@LINE-3]]:3: read is sync-blocking: {{.*}} [posix.read]
// HANDLER: :[[@LINE-4]]:3: warning: {{.*}}'read'{{.*}}
// HANDLER: note: the handler is passed to 'event_new' here
void on_timer(evutil_socket_t, short, void *) {}
// CHECK: :[[@LINE-1]]:6: 'on_timer' is sync-nonblocking (pure computation

// event.new, event.add: handing a callback over and making it pending return
// at once; evtimer_add is a macro over event_add.
void watch(event_base *base, evutil_socket_t fd, event *timer, const timeval *after) {
  // CHECK: :[[@LINE-1]]:6: 'watch' is async-nonblocking
  event *readable = event_new(base, fd, EV_READ | EV_PERSIST, on_readable, nullptr);
  // CHECK: :[[@LINE-1]]:21: event_new is async-nonblocking: hands the callback to the event base and returns at once; the loop calls it later, on its own thread, when the event happens [event.new]
  event_add(readable, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: event_add is async-nonblocking: makes the event pending (or active) and returns at once; its callback runs later on the thread that runs the loop [event.add]
  evtimer_assign(timer, base, on_timer, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: event_assign is async-nonblocking: hands the callback to the event base{{.*}} (in expansion of macro 'evtimer_assign') [event.new]
  evtimer_add(timer, after);
  // CHECK-NEXT: :[[@LINE-1]]:3: event_add is async-nonblocking: makes the event pending{{.*}} (in expansion of macro 'evtimer_add') [event.add]
  event_base_once(base, -1, EV_TIMEOUT, on_timer, nullptr, after);
  // CHECK-NEXT: :[[@LINE-1]]:3: event_base_once is async-nonblocking: hands the callback to the event base{{.*}} [event.new]
}

// Bufferevents: writing queues the data, reading takes what has arrived.
void on_data(bufferevent *, void *) {}
// CHECK: :[[@LINE-1]]:6: 'on_data' is sync-nonblocking (pure computation
void on_event(bufferevent *, short, void *) {}
// CHECK: :[[@LINE-1]]:6: 'on_event' is sync-nonblocking (pure computation
void talk(event_base *base, evdns_base *dns, const sockaddr *addr, int len) {
  // CHECK: :[[@LINE-1]]:6: 'talk' is async-nonblocking
  bufferevent *bev = bufferevent_socket_new(base, -1, BEV_OPT_CLOSE_ON_FREE);
  bufferevent_setcb(bev, on_data, nullptr, on_event, nullptr);
  // CHECK: :[[@LINE-1]]:3: bufferevent_setcb is async-nonblocking: hands the callback to the event base{{.*}} [event.new]
  bufferevent_socket_connect(bev, addr, len);
  // CHECK-NEXT: :[[@LINE-1]]:3: bufferevent_socket_connect is async-nonblocking: starts connecting and returns at once; the event callback gets BEV_EVENT_CONNECTED later, on the loop [event.bufferevent_connect]
  bufferevent_socket_connect_hostname(bev, dns, AF_INET, "example.org", 80);
  // CHECK-NEXT: :[[@LINE-1]]:3: bufferevent_socket_connect_hostname is async-nonblocking: starts resolving the name with the evdns base and connecting, and returns at once; the event callback gets the outcome later, on the loop [event.bufferevent_connect_hostname]
  bufferevent_write(bev, "hi", 2);
  // CHECK-NEXT: :[[@LINE-1]]:3: bufferevent_write is async-nonblocking: adds the data to the bufferevent's output buffer and returns at once; the loop writes it to the socket later [event.bufferevent_write]
  char buf[64];
  bufferevent_read(bev, buf, sizeof buf);
  // CHECK-NEXT: :[[@LINE-1]]:3: bufferevent_read is sync-nonblocking: takes what has already arrived in the bufferevent's input buffer and returns at once [event.bufferevent_read]
}

// With no evdns base, the name is resolved with a blocking lookup first.
void connect_blocking(bufferevent *bev) {
  // CHECK: :[[@LINE-1]]:6: 'connect_blocking' is sync-blocking
  bufferevent_socket_connect_hostname(bev, nullptr, AF_INET, "example.org", 80);
  // CHECK: :[[@LINE-1]]:3: bufferevent_socket_connect_hostname is sync-blocking: with no evdns base (NULL) it first resolves the name with a blocking lookup, waiting for the answer, then starts connecting [event.bufferevent_connect_hostname]
}

// evhttp: the request callback runs on the loop for each request.
void on_request(evhttp_request *req, void *) { evhttp_send_reply(req, HTTP_OK, "OK", nullptr); }
// CHECK: :[[@LINE-1]]:6: 'on_request' is async-nonblocking
// CHECK: :[[@LINE-2]]:48: evhttp_send_reply is async-nonblocking: queues the request or reply on the connection and returns at once; the loop sends it, and a request's callback gets the response later [event.http_make_request]
void on_response(evhttp_request *, void *) {}
// CHECK: :[[@LINE-1]]:6: 'on_response' is sync-nonblocking (pure computation
void http(evhttp *server, evhttp_connection *connection) {
  // CHECK: :[[@LINE-1]]:6: 'http' is async-nonblocking
  evhttp_set_cb(server, "/", on_request, nullptr);
  // CHECK: :[[@LINE-1]]:3: evhttp_set_cb is async-nonblocking: hands the callback to the event base{{.*}} [event.new]
  evhttp_request *req = evhttp_request_new(on_response, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:25: evhttp_request_new is async-nonblocking: hands the callback to the event base{{.*}} [event.new]
  evhttp_make_request(connection, req, EVHTTP_REQ_GET, "/");
  // CHECK-NEXT: :[[@LINE-1]]:3: evhttp_make_request is async-nonblocking: queues the request or reply{{.*}} [event.http_make_request]
}

// event.evdns_resolve vs event.evutil_getaddrinfo.
void on_resolved(int, evutil_addrinfo *, void *) {}
// CHECK: :[[@LINE-1]]:6: 'on_resolved' is sync-nonblocking (pure computation
void resolve(evdns_base *dns) {
  // CHECK: :[[@LINE-1]]:6: 'resolve' is async-blocking
  evdns_getaddrinfo(dns, "example.org", "80", nullptr, on_resolved, nullptr);
  // CHECK: :[[@LINE-1]]:3: evdns_getaddrinfo is async-nonblocking: starts the DNS lookup and returns at once; the callback gets the answer later, on the thread that runs the loop [event.evdns_resolve]
  evutil_addrinfo *answer;
  evutil_getaddrinfo("example.org", "80", nullptr, &answer);
  // CHECK-NEXT: :[[@LINE-1]]:3: evutil_getaddrinfo is sync-blocking: looks the name up (possibly DNS over the network) and waits for the answer, like getaddrinfo [event.evutil_getaddrinfo]
}

// Look-alikes: a test double's event loop in another namespace.
namespace fake {
int event_base_dispatch(event_base *) { return 0; }
// CHECK: :[[@LINE-1]]:5: 'fake::event_base_dispatch' is sync-nonblocking (pure computation
int evutil_getaddrinfo(const char *, const char *, const evutil_addrinfo *, evutil_addrinfo **) { return 0; }
// CHECK: :[[@LINE-1]]:5: 'fake::evutil_getaddrinfo' is sync-nonblocking (pure computation
} // namespace fake
void faked(event_base *base, evutil_addrinfo **answer) {
  // CHECK: :[[@LINE-1]]:6: 'faked' is sync-nonblocking (pure computation
  fake::event_base_dispatch(base);
  fake::evutil_getaddrinfo("example.org", "80", nullptr, answer);
}
