// Rules of rules/linux-futex.yaml: futexes through syscall(), whose operation
// is a macro that leaves only a number in the AST.
// RUN: %quadrant-cxx | %check

#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

void futex_waits(unsigned *word, const timespec *t, void *waiters, int op) {
  // CHECK: :[[@LINE-1]]:6: 'futex_waits' is sync-blocking
  syscall(SYS_futex, word, FUTEX_WAIT, 0, nullptr, nullptr, 0);
  // CHECK: :[[@LINE-1]]:3: syscall is sync-blocking: FUTEX_WAIT waits until another thread wakes the futex or the timeout expires [linux.futex]
  syscall(SYS_futex, word, FUTEX_WAIT_PRIVATE, 0, t, nullptr, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: syscall is sync-blocking: FUTEX_WAIT waits{{.*}} [linux.futex]
  syscall(__NR_futex, word, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0, t, nullptr, FUTEX_BITSET_MATCH_ANY);
  // CHECK-NEXT: :[[@LINE-1]]:3: syscall is sync-blocking: FUTEX_WAIT waits{{.*}} [linux.futex]
  syscall(SYS_futex, word, FUTEX_LOCK_PI_PRIVATE, 0, t, nullptr, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: syscall is sync-blocking: a priority-inheritance futex lock waits until the lock is free [linux.futex]
  syscall(SYS_futex, word, FUTEX_WAIT_REQUEUE_PI, 0, t, word, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: syscall is sync-blocking: a priority-inheritance futex lock waits{{.*}} [linux.futex]
  // An operation quadrant cannot read may be a wait.
  syscall(SYS_futex, word, op, 0, nullptr, nullptr, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: syscall is sync-blocking: a futex wait or lock operation waits until another thread wakes it or the lock is free [linux.futex]
  syscall(SYS_futex_waitv, waiters, 1, 0, t, CLOCK_MONOTONIC);
  // CHECK-NEXT: :[[@LINE-1]]:3: syscall is sync-blocking: futex_waitv waits until another thread wakes one of the futexes or the timeout expires [linux.futex_waitv]
}

void futex_wakes(unsigned *word, unsigned *other) {
  // CHECK: :[[@LINE-1]]:6: 'futex_wakes' is sync-nonblocking
  syscall(SYS_futex, word, FUTEX_WAKE, 1, nullptr, nullptr, 0);
  // CHECK: :[[@LINE-1]]:3: syscall is sync-nonblocking: waking, requeueing, unlocking or trylocking a futex returns at once [linux.futex]
  syscall(SYS_futex, word, FUTEX_WAKE_PRIVATE, 1, nullptr, nullptr, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: syscall is sync-nonblocking: waking{{.*}} [linux.futex]
  syscall(SYS_futex, word, FUTEX_CMP_REQUEUE_PRIVATE, 1, 1, other, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: syscall is sync-nonblocking: waking{{.*}} [linux.futex]
  syscall(SYS_futex, word, FUTEX_UNLOCK_PI, 0, nullptr, nullptr, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: syscall is sync-nonblocking: waking{{.*}} [linux.futex]
  syscall(SYS_futex, word, FUTEX_TRYLOCK_PI_PRIVATE, 0, nullptr, nullptr, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: syscall is sync-nonblocking: waking{{.*}} [linux.futex]
}

// Other system calls through syscall() are not judged.
long other_syscalls() { return syscall(SYS_gettid) + syscall(SYS_getpid); }
// CHECK: :[[@LINE-1]]:6: 'other_syscalls' is sync-nonblocking (pure computation

// Look-alikes are not labeled.
namespace mylib {
long syscall(long, ...) { return 0; }
} // namespace mylib
// CHECK: :[[@LINE-2]]:6: 'mylib::syscall' is sync-nonblocking (pure computation
struct Kernel {
  long syscall(long, unsigned *, int) { return 0; }
};
// CHECK: :[[@LINE-2]]:8: 'Kernel::syscall' is sync-nonblocking (pure computation
void lookalikes(Kernel &k, unsigned *word) {
  mylib::syscall(SYS_futex, word, FUTEX_WAIT, 0);
  k.syscall(SYS_futex, word, FUTEX_WAIT);
}
// CHECK: :[[@LINE-4]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 6 functions: 1 sync-blocking, 5 sync-nonblocking (4 pure computation), 0 async-blocking, 0 async-nonblocking
