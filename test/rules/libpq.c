// Rules of rules/libpq.yaml against the real header of libpq 15 (libpq-dev).
// RUN: %quadrant -j1 --checks=-* --show-pure %s -- -I/usr/include/postgresql | %check

#include <libpq-fe.h>
#include <stddef.h>

// pq.exec and pq.connect: the synchronous interface waits.
void synchronous(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  PGresult *r = PQexec(conn, "select 1");
  const char *values[1] = {"1"};
  r = PQexecParams(conn, "select $1", 1, NULL, values, NULL, NULL, 0);
  r = PQprepare(conn, "q", "select $1", 1, NULL);
  r = PQexecPrepared(conn, "q", 1, values, NULL, NULL, 0);
  PQreset(conn);
  PQping(conninfo);
  PQclear(r);
  PQfinish(conn);
}
// CHECK: :[[@LINE-12]]:6: 'synchronous' is sync-blocking
// CHECK-NEXT: blocks: synchronous -> PQconnectdb at {{.*}}libpq.c:[[@LINE-12]]:18
// CHECK-NEXT: :[[@LINE-13]]:18: PQconnectdb is sync-blocking: looks the host up, connects to the server and waits until the connection is made (or refused) [pq.connect]
// CHECK-NEXT: :[[@LINE-13]]:17: PQexec is sync-blocking: sends the command and waits until its result has arrived (in non-blocking mode too, which PQexec ignores) [pq.exec]
// CHECK-NEXT: :[[@LINE-12]]:7: PQexecParams is sync-blocking: {{.*}} [pq.exec]
// CHECK-NEXT: :[[@LINE-12]]:7: PQprepare is sync-blocking: {{.*}} [pq.exec]
// CHECK-NEXT: :[[@LINE-12]]:7: PQexecPrepared is sync-blocking: {{.*}} [pq.exec]
// CHECK-NEXT: :[[@LINE-12]]:3: PQreset is sync-blocking: {{.*}} [pq.connect]
// CHECK-NEXT: :[[@LINE-12]]:3: PQping is sync-blocking: {{.*}} [pq.connect]

// The asynchronous interface: connecting without waiting, sending without
// waiting for the result. PQgetResult still waits: neither the PQisBusy test
// before it nor non-blocking mode makes it return at once in the rules.
void asynchronous(const char *conninfo) {
  PGconn *conn = PQconnectStart(conninfo);
  while (PQconnectPoll(conn) != PGRES_POLLING_OK) {
  }
  PQsendQuery(conn, "select 1");
  PQconsumeInput(conn);
  if (!PQisBusy(conn))
    PQclear(PQgetResult(conn));
  PGcancel *c = PQgetCancel(conn);
  char err[256];
  PQcancel(c, err, sizeof err);
}
// CHECK: :[[@LINE-12]]:6: 'asynchronous' is async-blocking
// CHECK-NEXT: blocks: asynchronous -> PQgetResult at {{.*}}libpq.c:[[@LINE-6]]:13
// CHECK-NEXT: async: asynchronous -> PQconnectStart at {{.*}}libpq.c:[[@LINE-13]]:18
// CHECK-NEXT: :[[@LINE-14]]:18: PQconnectStart is async-nonblocking: starts connecting and returns at once; PQconnectPoll (PQresetPoll) carries the connection on when the socket is ready [pq.connect_start]
// CHECK-NEXT: :[[@LINE-14]]:10: PQconnectPoll is sync-nonblocking: advances the connection attempt as far as it can go without waiting and says what to wait for next [pq.connect_poll]
// CHECK-NEXT: :[[@LINE-13]]:3: PQsendQuery is async-nonblocking: sends the command and returns without waiting for its result, which PQgetResult collects later (on a connection not made non-blocking, a command larger than the socket buffer waits to be sent) [pq.send_query]
// CHECK-NEXT: :[[@LINE-13]]:3: PQconsumeInput is sync-nonblocking: reads whatever the server has sent so far and returns without waiting for more [pq.consume_input]
// CHECK-NEXT: :[[@LINE-13]]:8: PQisBusy is sync-nonblocking: asks, without waiting, whether PQgetResult would wait (1) or has a result ready (0) [pq.is_busy]
// CHECK-NEXT: :[[@LINE-13]]:13: PQgetResult is sync-blocking: waits until the next result of the command sent has arrived, unless PQconsumeInput has already read it (which PQisBusy tells); non-blocking mode does not change that [pq.get_result]
// CHECK-NEXT: :[[@LINE-11]]:3: PQcancel is sync-blocking: opens a new connection to the server to send the cancel request and waits for it to go through [pq.cancel]

// PQsetnonblocking(conn, 1) makes the connection non-blocking along the
// code: sending and flushing no longer wait; PQgetResult does. A constant
// other than 1 switches it on as well.
void nonblocking(PGconn *conn, PGconn *other) {
  PQsendQuery(conn, "select 1");
  PQflush(conn);
  PQsetnonblocking(conn, 1);
  PQsendQueryParams(conn, "select 2", 0, NULL, NULL, NULL, NULL, 0);
  PQflush(conn);
  PQputCopyData(conn, "x", 1);
  PQgetResult(conn);
  PQsetnonblocking(other, 2);
  PQputCopyEnd(other, NULL);
}
// CHECK: :[[@LINE-11]]:6: 'nonblocking' is async-blocking
// CHECK-NEXT: blocks: nonblocking -> PQflush at {{.*}}libpq.c:[[@LINE-10]]:3
// CHECK-NEXT: async: nonblocking -> PQsendQuery at {{.*}}libpq.c:[[@LINE-12]]:3
// CHECK-NEXT: :[[@LINE-13]]:3: PQsendQuery is async-nonblocking: {{.*}} [pq.send_query]
// CHECK-NEXT: :[[@LINE-13]]:3: PQflush is sync-blocking: waits until the socket has taken the queued data; the connection is not shown to be non-blocking (PQsetnonblocking) in this function [pq.flush]
// CHECK-NEXT: :[[@LINE-13]]:3: PQsetnonblocking is sync-nonblocking: sets the connection's blocking mode and returns at once [pq.setnonblocking]
// CHECK-NEXT: :[[@LINE-13]]:3: PQsendQueryParams is async-nonblocking: the connection is non-blocking (PQsetnonblocking): the command is queued without waiting, and PQflush sends what the socket did not take [pq.send_query]
// CHECK-NEXT: :[[@LINE-13]]:3: PQflush is sync-nonblocking: the connection is non-blocking (PQsetnonblocking), so it sends what the socket takes and returns at once, saying whether data is left [pq.flush]
// CHECK-NEXT: :[[@LINE-13]]:3: PQputCopyData is sync-nonblocking: {{.*}} [pq.flush]
// CHECK-NEXT: :[[@LINE-13]]:3: PQgetResult is sync-blocking: {{.*}} [pq.get_result]
// CHECK-NEXT: :[[@LINE-13]]:3: PQsetnonblocking is sync-nonblocking: {{.*}} [pq.setnonblocking]
// CHECK-NEXT: :[[@LINE-13]]:3: PQputCopyEnd is sync-nonblocking: {{.*}} [pq.flush]

// PQsetnonblocking(conn, 0) makes it blocking again, and a mode only known
// at run time proves nothing: PQflush waits after both.
void blocking_again(PGconn *conn, PGconn *other, int mode) {
  PQsetnonblocking(conn, 1);
  PQsetnonblocking(conn, 0);
  PQflush(conn);
  PQsetnonblocking(other, mode);
  PQflush(other);
}
// CHECK: :[[@LINE-7]]:6: 'blocking_again' is sync-blocking
// CHECK-NEXT: blocks: blocking_again -> PQflush at {{.*}}libpq.c:[[@LINE-5]]:3
// CHECK-NEXT: :[[@LINE-8]]:3: PQsetnonblocking is sync-nonblocking: {{.*}} [pq.setnonblocking]
// CHECK-NEXT: :[[@LINE-8]]:3: PQsetnonblocking is sync-nonblocking: {{.*}} [pq.setnonblocking]
// CHECK-NEXT: :[[@LINE-8]]:3: PQflush is sync-blocking: {{.*}} [pq.flush]
// CHECK-NEXT: :[[@LINE-8]]:3: PQsetnonblocking is sync-nonblocking: {{.*}} [pq.setnonblocking]
// CHECK-NEXT: :[[@LINE-8]]:3: PQflush is sync-blocking: {{.*}} [pq.flush]

// pq.get_copy_data: async = 0 waits for a row, a non-zero async polls.
void copy_out(PGconn *conn) {
  char *row;
  PQgetCopyData(conn, &row, 0);
  PQgetCopyData(conn, &row, 1);
}
// CHECK: :[[@LINE-5]]:6: 'copy_out' is sync-blocking
// CHECK-NEXT: blocks: copy_out -> PQgetCopyData at {{.*}}libpq.c:[[@LINE-4]]:3
// CHECK-NEXT: :[[@LINE-5]]:3: PQgetCopyData is sync-blocking: waits until a row of COPY data has arrived [pq.get_copy_data]
// CHECK-NEXT: :[[@LINE-5]]:3: PQgetCopyData is sync-nonblocking: with async set it returns 0 at once when no row has arrived yet [pq.get_copy_data]

// Calls that return at once are not labeled: reading a result, status and
// socket queries.
int quiet(PGconn *conn, PGresult *r) {
  int n = PQntuples(r) + PQstatus(conn) + PQsocket(conn) + PQisnonblocking(conn);
  PQclear(r);
  return n;
}
// CHECK: :[[@LINE-5]]:5: 'quiet' is sync-nonblocking (pure computation

// Look-alikes: a struct member and a function pointer named like libpq's
// functions are not libpq.
struct client {
  PGresult *(*PQexec)(PGconn *, const char *);
};
PGresult *run(struct client *c, PGconn *conn) { return c->PQexec(conn, "select 1"); }
// CHECK: :[[@LINE-1]]:11: 'run' is sync-nonblocking (no blocking or asynchronous call among the calls that could be followed; 1 indirect call was not followed

// CHECK: 7 functions: 3 sync-blocking, 2 sync-nonblocking (1 pure computation), 2 async-blocking, 0 async-nonblocking
