// Rules of rules/posix-aio.yaml against the real glibc headers.
// RUN: %quadrant-cxx | %check

#include <aio.h>
#include <fcntl.h>
#include <time.h>

// Starting requests returns at once; they complete in the background.
void starts(aiocb *cb, aiocb64 *cb64, aiocb *const *list) {
  // CHECK: :[[@LINE-1]]:6: 'starts' is async-nonblocking
  aio_read(cb);
  // CHECK: :[[@LINE-1]]:3: aio_read is async-nonblocking: queues the I/O request and returns at once; it completes in the background [posix.aio_start]
  aio_write(cb);
  // CHECK-NEXT: :[[@LINE-1]]:3: aio_write is async-nonblocking: queues the I/O request{{.*}} [posix.aio_start]
  aio_fsync(O_SYNC, cb);
  // CHECK-NEXT: :[[@LINE-1]]:3: aio_fsync is async-nonblocking: queues the I/O request{{.*}} [posix.aio_start]
  aio_read64(cb64);
  // CHECK-NEXT: :[[@LINE-1]]:3: aio_read64 is async-nonblocking: queues the I/O request{{.*}} [posix.aio_start]
  aio_write64(cb64);
  // CHECK-NEXT: :[[@LINE-1]]:3: aio_write64 is async-nonblocking: queues the I/O request{{.*}} [posix.aio_start]
  aio_fsync64(O_DSYNC, cb64);
  // CHECK-NEXT: :[[@LINE-1]]:3: aio_fsync64 is async-nonblocking: queues the I/O request{{.*}} [posix.aio_start]
  lio_listio(LIO_NOWAIT, list, 2, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: lio_listio is async-nonblocking: LIO_NOWAIT queues the list of requests and returns at once; they complete in the background [posix.lio_listio]
}

// LIO_WAIT and aio_suspend wait for the asynchronous requests.
void waits(aiocb *const *list, aiocb64 *const *list64, const aiocb *const *clist,
           const aiocb64 *const *clist64, const timespec *t, int mode) {
  // CHECK: :[[@LINE-2]]:6: 'waits' is async-blocking
  lio_listio(LIO_WAIT, list, 2, nullptr);
  // CHECK: :[[@LINE-1]]:3: lio_listio is async-blocking: LIO_WAIT starts the list of requests and waits until all of them complete [posix.lio_listio]
  lio_listio64(LIO_WAIT, list64, 2, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: lio_listio64 is async-blocking: LIO_WAIT starts{{.*}} [posix.lio_listio]
  lio_listio(mode, list, 2, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: lio_listio is async-blocking: LIO_WAIT starts{{.*}} [posix.lio_listio]
  lio_listio64(LIO_NOWAIT, list64, 2, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: lio_listio64 is async-nonblocking: LIO_NOWAIT{{.*}} [posix.lio_listio]
  aio_suspend(clist, 2, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: aio_suspend is async-blocking: waits until one of the I/O requests completes or the timeout expires [posix.aio_suspend]
  aio_suspend64(clist64, 2, t);
  // CHECK-NEXT: :[[@LINE-1]]:3: aio_suspend64 is async-blocking: waits until one of the I/O requests{{.*}} [posix.aio_suspend]
  timespec zero = {0, 0};
  aio_suspend(clist, 2, &zero);
  // CHECK-NEXT: :[[@LINE-1]]:3: aio_suspend is async-nonblocking: a zero timeout checks the requests and returns at once [posix.aio_suspend]
}

// Asking a request's state or cancelling it returns at once.
void status(int fd, aiocb *cb, aiocb64 *cb64) {
  // CHECK: :[[@LINE-1]]:6: 'status' is sync-nonblocking
  aio_error(cb);
  // CHECK: :[[@LINE-1]]:3: aio_error is sync-nonblocking: reads or cancels the state of an I/O request and returns at once [posix.aio_status]
  aio_return(cb);
  // CHECK-NEXT: :[[@LINE-1]]:3: aio_return is sync-nonblocking: reads or cancels{{.*}} [posix.aio_status]
  aio_cancel(fd, cb);
  // CHECK-NEXT: :[[@LINE-1]]:3: aio_cancel is sync-nonblocking: reads or cancels{{.*}} [posix.aio_status]
  aio_error64(cb64);
  // CHECK-NEXT: :[[@LINE-1]]:3: aio_error64 is sync-nonblocking: reads or cancels{{.*}} [posix.aio_status]
  aio_return64(cb64);
  // CHECK-NEXT: :[[@LINE-1]]:3: aio_return64 is sync-nonblocking: reads or cancels{{.*}} [posix.aio_status]
  aio_cancel64(fd, cb64);
  // CHECK-NEXT: :[[@LINE-1]]:3: aio_cancel64 is sync-nonblocking: reads or cancels{{.*}} [posix.aio_status]
}

// Look-alikes are not labeled.
namespace mylib {
int aio_read(int) { return 0; }
int aio_suspend(int) { return 0; }
} // namespace mylib
// CHECK: :[[@LINE-3]]:5: 'mylib::aio_read' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-3]]:5: 'mylib::aio_suspend' is sync-nonblocking (pure computation
struct Batch {
  int lio_listio(int) { return 0; }
};
// CHECK: :[[@LINE-2]]:7: 'Batch::lio_listio' is sync-nonblocking (pure computation
void lookalikes(Batch &b) {
  mylib::aio_read(1);
  mylib::aio_suspend(1);
  b.lio_listio(LIO_WAIT);
}
// CHECK: :[[@LINE-5]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 7 functions: 0 sync-blocking, 5 sync-nonblocking (4 pure computation), 1 async-blocking, 1 async-nonblocking
