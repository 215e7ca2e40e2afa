// Rules of rules/linux-io_uring.yaml against the real <liburing.h>.
// RUN: %quadrant-cxx | %check

#include <liburing.h>

// Setting up a ring and queueing operations is not labeled; submitting
// starts them and returns.
void submits(int fd, char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'submits' is async-nonblocking
  io_uring ring;
  io_uring_queue_init(8, &ring, 0);
  io_uring_sqe *sqe = io_uring_get_sqe(&ring);
  io_uring_prep_read(sqe, fd, buf, 16, 0);
  io_uring_submit(&ring);
  // CHECK: :[[@LINE-1]]:3: io_uring_submit is async-nonblocking: hands the queued operations to the kernel and returns without waiting for them to complete [linux.io_uring_submit]
  io_uring_submit_and_get_events(&ring);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_submit_and_get_events is async-nonblocking: hands the queued operations{{.*}} [linux.io_uring_submit]
  io_uring_get_events(&ring);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_get_events is async-nonblocking: hands the queued operations{{.*}} [linux.io_uring_submit]
  io_uring_queue_exit(&ring);
}

// Waiting for completions blocks.
void waits(io_uring *ring, __kernel_timespec *ts, sigset_t *mask, unsigned n) {
  // CHECK: :[[@LINE-1]]:6: 'waits' is async-blocking
  io_uring_cqe *cqe;
  io_uring_wait_cqe(ring, &cqe);
  // CHECK: :[[@LINE-1]]:3: io_uring_wait_cqe is async-blocking: waits until an operation submitted earlier completes [linux.io_uring_wait_cqe]
  io_uring_cqe_seen(ring, cqe);
  io_uring_wait_cqe_nr(ring, &cqe, 2);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_wait_cqe_nr is async-blocking: waits until the given number of submitted operations complete [linux.io_uring_wait_cqe_nr]
  io_uring_wait_cqes(ring, &cqe, n, ts, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_wait_cqes is async-blocking: waits until the given number of submitted operations complete or the timeout expires [linux.io_uring_wait_cqes]
  io_uring_wait_cqe_timeout(ring, &cqe, ts);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_wait_cqe_timeout is async-blocking: waits until an operation submitted earlier completes or the timeout expires [linux.io_uring_wait_cqe_timeout]
  io_uring_wait_cqe_timeout(ring, &cqe, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_wait_cqe_timeout is async-blocking: waits until an operation{{.*}} [linux.io_uring_wait_cqe_timeout]
  io_uring_submit_and_wait(ring, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_submit_and_wait is async-blocking: submits the queued operations and waits until the given number of them complete [linux.io_uring_submit_and_wait]
  io_uring_submit_and_wait_timeout(ring, &cqe, 1, ts, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_submit_and_wait_timeout is async-blocking: submits the queued operations and waits until the given number of them complete or the timeout expires [linux.io_uring_submit_and_wait_timeout]
  io_uring_sqring_wait(ring);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_sqring_wait is async-blocking: with SQPOLL, waits until the kernel's submission thread frees room in the submission queue [linux.io_uring_sqring_wait]
  io_uring_enter(ring->ring_fd, 1, 1, IORING_ENTER_GETEVENTS, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_enter is async-blocking: IORING_ENTER_GETEVENTS waits until min_complete operations complete [linux.io_uring_enter]
  io_uring_enter2(ring->ring_fd, 1, n, 0, nullptr, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_enter2 is async-nonblocking: without IORING_ENTER_GETEVENTS it submits and returns without waiting [linux.io_uring_enter]
  io_uring_enter(ring->ring_fd, 1, n, n, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_enter is async-blocking: submits operations and, with IORING_ENTER_GETEVENTS, waits until min_complete of them complete [linux.io_uring_enter]
}

// Peeking, waiting for zero completions and zero timeouts return at once.
void peeks(io_uring *ring, io_uring_cqe **cqes, sigset_t *mask) {
  // CHECK: :[[@LINE-1]]:6: 'peeks' is async-nonblocking
  io_uring_cqe *cqe;
  io_uring_peek_cqe(ring, &cqe);
  // CHECK: :[[@LINE-1]]:3: io_uring_peek_cqe is async-nonblocking: takes a completion of earlier submitted I/O only if one is ready and returns at once, like a zero-timeout wait [linux.io_uring_peek_cqe]
  io_uring_peek_batch_cqe(ring, cqes, 8);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_peek_batch_cqe is async-nonblocking: takes a completion{{.*}} [linux.io_uring_peek_cqe]
  io_uring_wait_cqe_nr(ring, &cqe, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_wait_cqe_nr is async-nonblocking: waiting for zero completions takes one only if it is ready and returns at once [linux.io_uring_wait_cqe_nr]
  io_uring_wait_cqes(ring, &cqe, 0, nullptr, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_wait_cqes is async-nonblocking: waiting for zero completions takes one only if it is ready and returns at once [linux.io_uring_wait_cqes]
  __kernel_timespec zero = {0, 0};
  io_uring_wait_cqes(ring, &cqe, 4, &zero, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_wait_cqes is async-nonblocking: a zero timeout takes completions that are ready and returns at once [linux.io_uring_wait_cqes]
  io_uring_wait_cqe_timeout(ring, &cqe, &zero);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_wait_cqe_timeout is async-nonblocking: a zero timeout takes a completion that is ready and returns at once [linux.io_uring_wait_cqe_timeout]
  io_uring_submit_and_wait(ring, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_submit_and_wait is async-nonblocking: waiting for zero completions only submits, and returns at once [linux.io_uring_submit_and_wait]
  io_uring_submit_and_wait_timeout(ring, &cqe, 0, nullptr, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_submit_and_wait_timeout is async-nonblocking: waiting for zero completions only submits, and returns at once [linux.io_uring_submit_and_wait_timeout]
  io_uring_submit_and_wait_timeout(ring, &cqe, 1, &zero, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_submit_and_wait_timeout is async-nonblocking: a zero timeout submits, takes completions that are ready and returns at once [linux.io_uring_submit_and_wait_timeout]
  io_uring_enter(ring->ring_fd, 1, 0, IORING_ENTER_GETEVENTS, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: io_uring_enter is async-nonblocking: a min_complete of zero submits and returns without waiting [linux.io_uring_enter]
}

// Look-alikes are not labeled.
namespace mylib {
int io_uring_submit(int) { return 0; }
int io_uring_wait_cqe(int) { return 0; }
} // namespace mylib
// CHECK: :[[@LINE-3]]:5: 'mylib::io_uring_submit' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-3]]:5: 'mylib::io_uring_wait_cqe' is sync-nonblocking (pure computation
struct Ring {
  int io_uring_peek_cqe() { return 0; }
};
// CHECK: :[[@LINE-2]]:7: 'Ring::io_uring_peek_cqe' is sync-nonblocking (pure computation
void lookalikes(Ring &r) {
  mylib::io_uring_submit(1);
  mylib::io_uring_wait_cqe(1);
  r.io_uring_peek_cqe();
}
// CHECK: :[[@LINE-5]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 7 functions: 0 sync-blocking, 4 sync-nonblocking (4 pure computation), 1 async-blocking, 2 async-nonblocking
