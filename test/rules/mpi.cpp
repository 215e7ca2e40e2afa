// Rules of rules/mpi.yaml against Open MPI's <mpi.h>, with the flags its
// compiler wrapper gives (mpicxx --showme:compile).
// RUN: %quadrant -j1 --checks=-* --show-pure %s -- -std=c++20 %mpi-cflags | %check

#include <mpi.h>

// mpi.send, mpi.ssend, mpi.bsend: the blocking sends. All three wait on the
// calling thread; what for differs, and the reasons say so.
void blocking_sends(double *buf, int n, int peer) {
  // CHECK: :[[@LINE-1]]:6: 'blocking_sends' is sync-blocking
  MPI_Send(buf, n, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD);
  // CHECK: :[[@LINE-1]]:3: MPI_Send is sync-blocking: returns only once the send buffer may be reused, which may mean waiting until the receiving process takes the message [mpi.send]
  MPI_Rsend(buf, n, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Rsend is sync-blocking: returns only once the send buffer may be reused{{.*}} [mpi.send]
  MPI_Ssend(buf, n, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Ssend is sync-blocking: a synchronous send waits until the receiving process has started the matching receive [mpi.ssend]
  MPI_Bsend(buf, n, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Bsend is sync-blocking: copies the message into the buffer given to MPI_Buffer_attach and returns when the send buffer may be reused; it waits for the copy, not for the receiver [mpi.bsend]
}

// mpi.recv, mpi.sendrecv, mpi.probe: receiving waits for the message.
void blocking_receives(double *buf, int n, int peer) {
  // CHECK: :[[@LINE-1]]:6: 'blocking_receives' is sync-blocking
  MPI_Status status;
  MPI_Recv(buf, n, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD, &status);
  // CHECK: :[[@LINE-1]]:3: MPI_Recv is sync-blocking: waits until a matching message has arrived and is in the receive buffer [mpi.recv]
  MPI_Sendrecv(buf, n, MPI_DOUBLE, peer, 0, buf + n, n, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD, &status);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Sendrecv is sync-blocking: sends one message and waits until another has been received [mpi.sendrecv]
  MPI_Sendrecv_replace(buf, n, MPI_DOUBLE, peer, 0, peer, 0, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Sendrecv_replace is sync-blocking: sends one message and waits{{.*}} [mpi.sendrecv]
  MPI_Probe(peer, MPI_ANY_TAG, MPI_COMM_WORLD, &status);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Probe is sync-blocking: waits until a matching message is ready to be received [mpi.probe]
  MPI_Message message;
  MPI_Mprobe(peer, 0, MPI_COMM_WORLD, &message, &status);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Mprobe is sync-blocking: waits until a matching message is ready{{.*}} [mpi.probe]
  MPI_Mrecv(buf, n, MPI_DOUBLE, &message, &status);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Mrecv is sync-blocking: waits until a matching message has arrived{{.*}} [mpi.recv]
}

// mpi.iprobe: asks whether a message is there and returns.
int message_waiting(int peer) {
  // CHECK: :[[@LINE-1]]:5: 'message_waiting' is sync-nonblocking
  int flag = 0;
  MPI_Iprobe(peer, 0, MPI_COMM_WORLD, &flag, MPI_STATUS_IGNORE);
  // CHECK: :[[@LINE-1]]:3: MPI_Iprobe is sync-nonblocking: says whether a matching message is ready to be received and returns at once [mpi.iprobe]
  MPI_Message message;
  MPI_Improbe(peer, 0, MPI_COMM_WORLD, &flag, &message, MPI_STATUS_IGNORE);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Improbe is sync-nonblocking: says whether a matching message is ready{{.*}} [mpi.iprobe]
  return flag;
}

// mpi.isend, mpi.irecv, mpi.start: starting an operation hands back a
// request and returns.
void start_exchange(double *out, double *in, int n, int peer, MPI_Request *requests) {
  // CHECK: :[[@LINE-1]]:6: 'start_exchange' is async-nonblocking
  MPI_Isend(out, n, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD, &requests[0]);
  // CHECK: :[[@LINE-1]]:3: MPI_Isend is async-nonblocking: starts the send and returns a request at once; the send buffer may be reused only after MPI_Wait or MPI_Test completes the request [mpi.isend]
  MPI_Issend(out, n, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD, &requests[1]);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Issend is async-nonblocking: starts the send{{.*}} [mpi.isend]
  MPI_Ibsend(out, n, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD, &requests[2]);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Ibsend is async-nonblocking: starts the send{{.*}} [mpi.isend]
  MPI_Irsend(out, n, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD, &requests[3]);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Irsend is async-nonblocking: starts the send{{.*}} [mpi.isend]
  MPI_Irecv(in, n, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD, &requests[4]);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Irecv is async-nonblocking: starts the receive and returns a request at once; the message is in the buffer only after MPI_Wait or MPI_Test completes the request [mpi.irecv]
  MPI_Message message = MPI_MESSAGE_NULL;
  MPI_Imrecv(in, n, MPI_DOUBLE, &message, &requests[5]);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Imrecv is async-nonblocking: starts the receive{{.*}} [mpi.irecv]
  MPI_Request persistent;
  MPI_Send_init(out, n, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD, &persistent);
  MPI_Start(&persistent);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Start is async-nonblocking: starts the operation of a persistent request and returns at once; MPI_Wait or MPI_Test completes it later [mpi.start]
  MPI_Startall(1, &persistent);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Startall is async-nonblocking: starts the operation of a persistent request{{.*}} [mpi.start]
}

// mpi.wait: completing a request waits for its operation.
void finish_exchange(MPI_Request *requests, int n) {
  // CHECK: :[[@LINE-1]]:6: 'finish_exchange' is sync-blocking
  MPI_Wait(&requests[0], MPI_STATUS_IGNORE);
  // CHECK: :[[@LINE-1]]:3: MPI_Wait is sync-blocking: waits until the operation of the request (MPI_Isend, MPI_Irecv, MPI_Ibcast, ...) has completed [mpi.wait]
  MPI_Waitall(n, requests, MPI_STATUSES_IGNORE);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Waitall is sync-blocking: waits until the operation of the request{{.*}} [mpi.wait]
  int index;
  MPI_Waitany(n, requests, &index, MPI_STATUS_IGNORE);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Waitany is sync-blocking: waits until the operation of the request{{.*}} [mpi.wait]
  int done[8];
  MPI_Waitsome(n, requests, &index, done, MPI_STATUSES_IGNORE);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Waitsome is sync-blocking: waits until the operation of the request{{.*}} [mpi.wait]
}

// mpi.test: completing a request if it is done, without waiting.
int test_exchange(MPI_Request *requests, int n) {
  // CHECK: :[[@LINE-1]]:5: 'test_exchange' is sync-nonblocking
  int flag, index, done[8];
  MPI_Test(&requests[0], &flag, MPI_STATUS_IGNORE);
  // CHECK: :[[@LINE-1]]:3: MPI_Test is sync-nonblocking: completes the request if its operation is done and returns at once either way, with a flag that says which [mpi.test]
  MPI_Testall(n, requests, &flag, MPI_STATUSES_IGNORE);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Testall is sync-nonblocking: completes the request{{.*}} [mpi.test]
  MPI_Testany(n, requests, &index, &flag, MPI_STATUS_IGNORE);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Testany is sync-nonblocking: completes the request{{.*}} [mpi.test]
  MPI_Testsome(n, requests, &index, done, MPI_STATUSES_IGNORE);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Testsome is sync-nonblocking: completes the request{{.*}} [mpi.test]
  MPI_Request_get_status(requests[0], &flag, MPI_STATUS_IGNORE);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Request_get_status is sync-nonblocking: completes the request{{.*}} [mpi.test]
  return flag;
}

// mpi.barrier, mpi.collective: a collective waits for the other processes.
void collectives(double *buf, double *all, int n) {
  // CHECK: :[[@LINE-1]]:6: 'collectives' is sync-blocking
  MPI_Barrier(MPI_COMM_WORLD);
  // CHECK: :[[@LINE-1]]:3: MPI_Barrier is sync-blocking: waits until every process of the communicator has reached the barrier [mpi.barrier]
  MPI_Bcast(buf, n, MPI_DOUBLE, 0, MPI_COMM_WORLD);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Bcast is sync-blocking: a collective operation; returns when this process's part is done, which waits for data from, or room at, the other processes of the communicator [mpi.collective]
  MPI_Allreduce(MPI_IN_PLACE, buf, n, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Allreduce is sync-blocking: a collective operation{{.*}} [mpi.collective]
  MPI_Gather(buf, n, MPI_DOUBLE, all, n, MPI_DOUBLE, 0, MPI_COMM_WORLD);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Gather is sync-blocking: a collective operation{{.*}} [mpi.collective]
  MPI_Alltoall(buf, 1, MPI_DOUBLE, all, 1, MPI_DOUBLE, MPI_COMM_WORLD);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Alltoall is sync-blocking: a collective operation{{.*}} [mpi.collective]
  MPI_Scan(buf, all, n, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Scan is sync-blocking: a collective operation{{.*}} [mpi.collective]
}

// mpi.icollective: the nonblocking collectives start and return.
void start_collectives(double *buf, int n, MPI_Request *requests) {
  // CHECK: :[[@LINE-1]]:6: 'start_collectives' is async-nonblocking
  MPI_Ibarrier(MPI_COMM_WORLD, &requests[0]);
  // CHECK: :[[@LINE-1]]:3: MPI_Ibarrier is async-nonblocking: starts the collective operation and returns a request at once; it completes later, by MPI_Wait or MPI_Test [mpi.icollective]
  MPI_Ibcast(buf, n, MPI_DOUBLE, 0, MPI_COMM_WORLD, &requests[1]);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Ibcast is async-nonblocking: starts the collective operation{{.*}} [mpi.icollective]
  MPI_Iallreduce(MPI_IN_PLACE, buf, n, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD, &requests[2]);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Iallreduce is async-nonblocking: starts the collective operation{{.*}} [mpi.icollective]
  MPI_Comm copy;
  MPI_Comm_idup(MPI_COMM_WORLD, &copy, &requests[3]);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Comm_idup is async-nonblocking: starts the collective operation{{.*}} [mpi.icollective]
}

// mpi.rma, mpi.rma.request and the window synchronizations: a one-sided
// transfer starts and returns; the fence, flush or unlock waits for it.
void one_sided(double *buf, int n, int target, MPI_Win win, MPI_Group group) {
  // CHECK: :[[@LINE-1]]:6: 'one_sided' is async-blocking
  MPI_Win_fence(0, win);
  // CHECK: :[[@LINE-1]]:3: MPI_Win_fence is sync-blocking: a collective synchronization of the window; completes the epoch's one-sided transfers and waits for every process of the window's group [mpi.win.fence]
  MPI_Put(buf, n, MPI_DOUBLE, target, 0, n, MPI_DOUBLE, win);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Put is async-nonblocking: starts a one-sided transfer and returns at once; it completes at the window's next synchronization (MPI_Win_fence, MPI_Win_complete, MPI_Win_unlock, MPI_Win_flush) [mpi.rma]
  MPI_Get(buf, n, MPI_DOUBLE, target, 0, n, MPI_DOUBLE, win);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Get is async-nonblocking: starts a one-sided transfer and returns at once{{.*}} [mpi.rma]
  MPI_Accumulate(buf, n, MPI_DOUBLE, target, 0, n, MPI_DOUBLE, MPI_SUM, win);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Accumulate is async-nonblocking: starts a one-sided transfer and returns at once{{.*}} [mpi.rma]
  MPI_Win_fence(0, win);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Win_fence is sync-blocking: {{.*}} [mpi.win.fence]
  MPI_Win_lock(MPI_LOCK_SHARED, target, 0, win);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Win_lock is sync-blocking: starts a passive-target epoch on the target's window; the standard lets it wait until the lock is granted [mpi.win.lock]
  MPI_Request request;
  MPI_Rget(buf, n, MPI_DOUBLE, target, 0, n, MPI_DOUBLE, win, &request);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Rget is async-nonblocking: starts a one-sided transfer and returns a request at once; MPI_Wait or MPI_Test on it completes the transfer at this process [mpi.rma.request]
  MPI_Win_flush(target, win);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Win_flush is sync-blocking: waits until the one-sided transfers issued to the target are complete [mpi.win.flush]
  MPI_Win_unlock(target, win);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Win_unlock is sync-blocking: waits until the one-sided transfers{{.*}} [mpi.win.flush]
  MPI_Win_post(group, 0, win);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Win_post is sync-nonblocking: opens the window to the given processes' transfers and returns at once [mpi.win.post]
  MPI_Win_start(group, 0, win);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Win_start is sync-blocking: synchronizes with the processes of the window: MPI_Win_start may wait for their MPI_Win_post, MPI_Win_complete until its transfers are done here, MPI_Win_wait until every origin has called MPI_Win_complete [mpi.win.pscw]
  MPI_Win_complete(win);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Win_complete is sync-blocking: synchronizes with the processes of the window{{.*}} [mpi.win.pscw]
  int flag;
  MPI_Win_test(win, &flag);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Win_test is sync-nonblocking: says whether every origin has called MPI_Win_complete and returns at once [mpi.win.test]
  MPI_Win_wait(win);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_Win_wait is sync-blocking: synchronizes with the processes of the window{{.*}} [mpi.win.pscw]
}

// mpi.file.io, mpi.file.iio: MPI I/O waits, unless it is the i- form.
void file_io(MPI_File file, double *buf, int n, MPI_Request *request) {
  // CHECK: :[[@LINE-1]]:6: 'file_io' is async-blocking
  MPI_File_read(file, buf, n, MPI_DOUBLE, MPI_STATUS_IGNORE);
  // CHECK: :[[@LINE-1]]:3: MPI_File_read is sync-blocking: waits until the data has been read from or written to the file (the *_all and *_ordered forms are collective, and wait for the other processes too) [mpi.file.io]
  MPI_File_write_at_all(file, 0, buf, n, MPI_DOUBLE, MPI_STATUS_IGNORE);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_File_write_at_all is sync-blocking: waits until the data has been{{.*}} [mpi.file.io]
  MPI_File_iread_at(file, 0, buf, n, MPI_DOUBLE, request);
  // CHECK-NEXT: :[[@LINE-1]]:3: MPI_File_iread_at is async-nonblocking: starts the file read or write and returns a request at once; MPI_Wait or MPI_Test completes it [mpi.file.iio]
}

// Setting up is not labeled: a function that only does so is pure.
int rank_of(MPI_Comm comm) {
  // CHECK: :[[@LINE-1]]:5: 'rank_of' is sync-nonblocking (pure computation
  int rank;
  MPI_Comm_rank(comm, &rank);
  return rank;
}

// Look-alikes: a simulator's own MPI_Send in another namespace.
namespace sim {
int MPI_Send(const void *, int, int, int) { return 0; }
// CHECK: :[[@LINE-1]]:5: 'sim::MPI_Send' is sync-nonblocking (pure computation
} // namespace sim

void simulated(double *buf) { sim::MPI_Send(buf, 1, 0, 1); }
// CHECK: :[[@LINE-1]]:6: 'simulated' is sync-nonblocking (pure computation

// A loop that does nothing but test a request until it is done keeps a core
// busy: quadrant-busy-wait-loop reports it, as it reports a loop that sleeps.
// RUN: %quadrant -j1 --checks=-*,quadrant-busy-wait-loop %s -- -std=c++20 %mpi-cflags | %findings --check-prefix=SPIN
void spin_until_sent(MPI_Request *request) {
  // CHECK: :[[@LINE-1]]:6: 'spin_until_sent' is sync-nonblocking
  int done = 0;
  while (!done)
    MPI_Test(request, &done, MPI_STATUS_IGNORE);
  // CHECK: :[[@LINE-1]]:5: MPI_Test is sync-nonblocking: completes the request{{.*}} [mpi.test]
  // SPIN: :[[@LINE-3]]:3: warning: loop does nothing but poll with 'MPI_Test' until its condition changes, keeping a core busy; call the blocking form of the call, which sleeps until the answer is there, or do useful work between polls [quadrant-busy-wait-loop]
  // SPIN-NEXT: :[[@LINE-3]]:5: note: 'MPI_Test' polls here
}

// Not a spin: the loop computes between tests, or its condition is not what
// the poll answers.
double compute_while_sending(MPI_Request *request, double *data, int n) {
  // CHECK: :[[@LINE-1]]:8: 'compute_while_sending' is sync-nonblocking
  double sum = 0;
  int done = 0;
  for (int i = 0; !done; ++i) {
    sum += data[i % n];
    MPI_Test(request, &done, MPI_STATUS_IGNORE);
  }
  // CHECK: :[[@LINE-2]]:5: MPI_Test is sync-nonblocking: completes the request{{.*}} [mpi.test]
  int flag = 0;
  while (!flag)
    MPI_Iprobe(0, 0, MPI_COMM_WORLD, &done, MPI_STATUS_IGNORE);
  // CHECK-NEXT: :[[@LINE-1]]:5: MPI_Iprobe is sync-nonblocking: says whether a matching message is ready{{.*}} [mpi.iprobe]
  return sum;
}
