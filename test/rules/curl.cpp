// Rules of rules/curl.yaml against the real libcurl headers.
// RUN: %quadrant-cxx | %check

#include <curl/curl.h>

// curl.easy_perform: the easy interface runs the whole transfer.
CURLcode fetch(CURL *easy) { return curl_easy_perform(easy); }
// CHECK: :[[@LINE-1]]:10: 'fetch' is sync-blocking
// CHECK-NEXT: blocks: fetch -> curl_easy_perform at {{.*}}curl.cpp:[[@LINE-2]]:37
// CHECK-NEXT: :[[@LINE-3]]:37: curl_easy_perform is sync-blocking: performs the whole transfer (name lookup, connect, send, receive) and returns when it is done [curl.easy_perform]

// curl.multi_perform, curl.multi_poll, curl.multi_handles: the multi
// interface's loop. Setting up and reading messages is not labeled;
// perform never waits; poll and wait do, unless the timeout is zero.
void drive(CURL *easy) {
  CURLM *multi = curl_multi_init();
  curl_multi_add_handle(multi, easy);
  int running = 1;
  while (running) {
    curl_multi_perform(multi, &running);
    // CHECK: :[[@LINE-6]]:6: 'drive' is async-blocking
    // CHECK-NEXT: blocks: drive -> curl_multi_poll at {{.*}}curl.cpp:[[@LINE+3]]:5
    // CHECK-NEXT: async: drive -> curl_multi_perform at {{.*}}curl.cpp:[[@LINE-3]]:5
    // CHECK-NEXT: :[[@LINE-4]]:5: curl_multi_perform is async-nonblocking: advances the transfers as far as they can go without waiting and returns; finished transfers are reported later by curl_multi_info_read [curl.multi_perform]
    curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
    // CHECK-NEXT: :[[@LINE-1]]:5: curl_multi_poll is async-blocking: waits until one of the transfers' sockets is ready or the timeout expires [curl.multi_poll]
    curl_multi_wait(multi, nullptr, 0, 1000, nullptr);
    // CHECK-NEXT: :[[@LINE-1]]:5: curl_multi_wait is async-blocking: {{.*}} [curl.multi_poll]
    int left;
    while (CURLMsg *msg = curl_multi_info_read(multi, &left))
      if (msg->msg == CURLMSG_DONE)
        curl_multi_remove_handle(multi, msg->easy_handle);
  }
  long timeout;
  curl_multi_timeout(multi, &timeout);
  fd_set r, w, e;
  int maxfd;
  curl_multi_fdset(multi, &r, &w, &e, &maxfd);
  curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, 4L);
  curl_multi_assign(multi, 3, nullptr);
  curl_multi_cleanup(multi);
}

// A zero timeout only checks the sockets.
void check(CURLM *multi) {
  constexpr int none = 0;
  int numfds;
  curl_multi_poll(multi, nullptr, 0, 0, &numfds);
  // CHECK: :[[@LINE-4]]:6: 'check' is async-nonblocking
  // CHECK-NEXT: async: check -> curl_multi_poll at {{.*}}curl.cpp:[[@LINE-2]]:3
  // CHECK-NEXT: :[[@LINE-3]]:3: curl_multi_poll is async-nonblocking: a zero timeout checks the transfers' sockets and returns at once [curl.multi_poll]
  curl_multi_wait(multi, nullptr, 0, none, &numfds);
  // CHECK-NEXT: :[[@LINE-1]]:3: curl_multi_wait is async-nonblocking: a zero timeout {{.*}} [curl.multi_poll]
}

// The event-driven flavour: curl_multi_socket_action is called when a
// socket is ready, and does not wait.
void on_socket(CURLM *multi, curl_socket_t s) {
  int running;
  curl_multi_socket_action(multi, s, CURL_CSELECT_IN, &running);
  curl_multi_socket_action(multi, CURL_SOCKET_TIMEOUT, 0, &running);
  curl_multi_socket_all(multi, &running); // deprecated since 7.19.5
}
// CHECK: :[[@LINE-6]]:6: 'on_socket' is async-nonblocking
// CHECK: :[[@LINE-5]]:3: curl_multi_socket_action is async-nonblocking: {{.*}} [curl.multi_perform]
// CHECK-NEXT: :[[@LINE-5]]:3: curl_multi_socket_action is async-nonblocking: {{.*}} [curl.multi_perform]
// CHECK-NEXT: :[[@LINE-5]]:3: curl_multi_socket_all is async-nonblocking: {{.*}} [curl.multi_perform]

// curl.multi_wakeup: another thread interrupts curl_multi_poll.
void interrupt(CURLM *multi) { curl_multi_wakeup(multi); }
// CHECK: :[[@LINE-1]]:6: 'interrupt' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:32: curl_multi_wakeup is sync-nonblocking: wakes a curl_multi_poll waiting in another thread and returns at once [curl.multi_wakeup]

// curl.easy_recv: raw and WebSocket I/O on a CURLOPT_CONNECT_ONLY connection
// returns CURLE_AGAIN instead of waiting.
void raw_io(CURL *easy, char *buf, size_t len) {
  size_t n;
  struct curl_ws_frame *meta;
  curl_easy_send(easy, buf, len, &n);
  // CHECK: :[[@LINE-4]]:6: 'raw_io' is sync-nonblocking
  // CHECK-NEXT: :[[@LINE-2]]:3: curl_easy_send is sync-nonblocking: on a CURLOPT_CONNECT_ONLY connection it moves what it can at once and returns CURLE_AGAIN instead of waiting [curl.easy_recv]
  curl_easy_recv(easy, buf, len, &n);
  // CHECK-NEXT: :[[@LINE-1]]:3: curl_easy_recv is sync-nonblocking: {{.*}} [curl.easy_recv]
  curl_ws_send(easy, buf, len, &n, 0, CURLWS_TEXT);
  // CHECK-NEXT: :[[@LINE-1]]:3: curl_ws_send is sync-nonblocking: {{.*}} [curl.easy_recv]
  curl_ws_recv(easy, buf, len, &n, &meta);
  // CHECK-NEXT: :[[@LINE-1]]:3: curl_ws_recv is sync-nonblocking: {{.*}} [curl.easy_recv]
}

// Look-alikes: a wrapper library's functions with libcurl's names.
namespace http {
int curl_easy_perform(void *) { return 0; }
int curl_multi_poll(void *, int timeout_ms) { return timeout_ms; }
int curl_multi_perform(void *) { return 0; }
} // namespace http
// CHECK: :[[@LINE-4]]:5: 'http::curl_easy_perform' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:5: 'http::curl_multi_poll' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:5: 'http::curl_multi_perform' is sync-nonblocking (pure computation

void lookalikes(void *h) {
  http::curl_easy_perform(h);
  http::curl_multi_poll(h, 1000);
  http::curl_multi_perform(h);
}
// CHECK: :[[@LINE-5]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 10 functions: 1 sync-blocking, 6 sync-nonblocking (4 pure computation), 1 async-blocking, 2 async-nonblocking
