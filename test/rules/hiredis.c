// Rules of rules/hiredis.yaml against the real headers of hiredis 0.14
// (libhiredis-dev), in C.
// RUN: %quadrant -j1 --checks=-* --show-pure %s -- -std=c11 | %check

#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <stddef.h>
#include <sys/time.h>

// The synchronous API on a blocking context: every call that talks to the
// server waits.
void synchronous(void) {
  struct timeval tv = {1, 0};
  redisContext *c = redisConnect("127.0.0.1", 6379);
  redisContext *u = redisConnectUnixWithTimeout("/run/redis.sock", tv);
  redisReply *r = redisCommand(c, "GET %s", "key");
  redisAppendCommand(c, "INCR n");
  void *reply;
  redisGetReply(c, &reply);
  const char *argv[2] = {"GET", "key"};
  r = redisCommandArgv(u, 2, argv, NULL);
  int done;
  redisBufferWrite(u, &done);
  redisReconnect(u);
  freeReplyObject(r);
  redisFree(c);
}
// CHECK: :[[@LINE-16]]:6: 'synchronous' is sync-blocking
// CHECK-NEXT: blocks: synchronous -> redisConnect at {{.*}}hiredis.c:[[@LINE-15]]:21
// CHECK-NEXT: :[[@LINE-16]]:21: redisConnect is sync-blocking: connects to the Redis server and waits until the connection is made (or the timeout passes) [redis.connect]
// CHECK-NEXT: :[[@LINE-16]]:21: redisConnectUnixWithTimeout is sync-blocking: {{.*}} [redis.connect]
// CHECK-NEXT: :[[@LINE-16]]:19: redisCommand is sync-blocking: sends the buffered commands and waits until the server's reply has arrived [redis.command]
// CHECK-NEXT: :[[@LINE-16]]:3: redisAppendCommand is sync-nonblocking: appends the command to the context's output buffer without sending it; redisGetReply sends it [redis.append]
// CHECK-NEXT: :[[@LINE-15]]:3: redisGetReply is sync-blocking: {{.*}} [redis.command]
// CHECK-NEXT: :[[@LINE-14]]:7: redisCommandArgv is sync-blocking: {{.*}} [redis.command]
// CHECK-NEXT: :[[@LINE-13]]:3: redisBufferWrite is sync-blocking: reads from (writes to) the context's socket, waiting until the socket has data (takes the buffer) [redis.buffer_io]
// CHECK-NEXT: :[[@LINE-13]]:3: redisReconnect is sync-blocking: closes the connection and connects again, waiting until it is made [redis.reconnect]

// A context from redisConnectNonBlock is non-blocking: the same calls on it
// only buffer. Another context passed in stays blocking.
void nonblocking(redisContext *other) {
  redisContext *c = redisConnectNonBlock("127.0.0.1", 6379);
  redisCommand(c, "PING");
  int done;
  redisBufferWrite(c, &done);
  redisBufferRead(c);
  void *reply;
  redisGetReply(c, &reply);
  redisReconnect(c);
  redisGetReply(other, &reply);
}
// CHECK: :[[@LINE-11]]:6: 'nonblocking' is async-blocking
// CHECK-NEXT: blocks: nonblocking -> redisGetReply at {{.*}}hiredis.c:[[@LINE-3]]:3
// CHECK-NEXT: async: nonblocking -> redisConnectNonBlock at {{.*}}hiredis.c:[[@LINE-12]]:21
// CHECK-NEXT: :[[@LINE-13]]:21: redisConnectNonBlock is async-nonblocking: starts connecting and returns at once with a non-blocking context; the connection completes later [redis.connect_nonblock]
// CHECK-NEXT: :[[@LINE-13]]:3: redisCommand is sync-nonblocking: the context is non-blocking (redisConnectNonBlock), so it only buffers the command, or hands back a reply already read, and returns at once [redis.command]
// CHECK-NEXT: :[[@LINE-12]]:3: redisBufferWrite is sync-nonblocking: the context is non-blocking, so it reads (writes) what the socket has (takes) and returns at once [redis.buffer_io]
// CHECK-NEXT: :[[@LINE-12]]:3: redisBufferRead is sync-nonblocking: {{.*}} [redis.buffer_io]
// CHECK-NEXT: :[[@LINE-11]]:3: redisGetReply is sync-nonblocking: {{.*}} [redis.command]
// CHECK-NEXT: :[[@LINE-11]]:3: redisReconnect is async-nonblocking: the context is non-blocking, so it starts connecting again and returns at once [redis.reconnect]
// CHECK-NEXT: :[[@LINE-11]]:3: redisGetReply is sync-blocking: {{.*}} [redis.command]

// The asynchronous API: connecting and commands return at once; the
// callbacks are handlers that run later on the event loop.
static void on_connect(const redisAsyncContext *ac, int status) {}
static void on_reply(redisAsyncContext *ac, void *reply, void *privdata) {}
void asynchronous(void) {
  redisAsyncContext *ac = redisAsyncConnect("127.0.0.1", 6379);
  redisAsyncSetConnectCallback(ac, on_connect);
  redisAsyncCommand(ac, on_reply, NULL, "GET %s", "key");
  redisAsyncHandleRead(ac);
  redisAsyncDisconnect(ac);
}
// CHECK: :[[@LINE-9]]:13: 'on_connect' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:13: 'on_reply' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:6: 'asynchronous' is async-nonblocking
// CHECK-NEXT: async: asynchronous -> redisAsyncConnect at {{.*}}hiredis.c:[[@LINE-9]]:27
// CHECK-NEXT: :[[@LINE-10]]:27: redisAsyncConnect is async-nonblocking: starts connecting and returns at once; the connect callback runs later on the event loop [redis.async_connect]
// CHECK-NEXT: :[[@LINE-10]]:3: redisAsyncSetConnectCallback is async-nonblocking: queues the command (or registers the callback) and returns at once; the callback runs later on the event loop with the reply [redis.async_command]
// CHECK-NEXT: :[[@LINE-10]]:3: redisAsyncCommand is async-nonblocking: {{.*}} [redis.async_command]
// CHECK-NEXT: :[[@LINE-10]]:3: redisAsyncHandleRead is sync-nonblocking: reads (writes) what the socket has (takes) without waiting and runs the callbacks of the replies that are complete [redis.async_handle]

// Look-alikes: a struct of function pointers named like hiredis' API.
struct fake_client {
  void *(*redisCommand)(void *, const char *);
  int (*redisGetReply)(void *, void **);
};
void *look_alike(struct fake_client *f, void *c) {
  void *reply;
  f->redisGetReply(c, &reply);
  return f->redisCommand(c, "PING");
}
// CHECK: :[[@LINE-5]]:7: 'look_alike' is sync-nonblocking (no blocking or asynchronous call among the calls that could be followed; 2 indirect calls were not followed

// CHECK: 6 functions: 1 sync-blocking, 3 sync-nonblocking (2 pure computation), 1 async-blocking, 1 async-nonblocking
