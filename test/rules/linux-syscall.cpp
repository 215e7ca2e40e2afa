// Rules of rules/linux-syscall.yaml: syscall() labeled by the rule of the
// system call it names, with the arguments after the number.
// RUN: %quadrant-cxx | %check

#include <fcntl.h>
#include <linux/futex.h>
#include <poll.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

// SYS_read is read(fd, buf, n): posix.read labels it.
long read_raw(int fd, char *buf, unsigned long n) {
  // CHECK: :[[@LINE-1]]:6: 'read_raw' is sync-blocking
  return syscall(SYS_read, fd, buf, n);
  // CHECK: :[[@LINE-1]]:10: syscall(SYS_read) is sync-blocking: waits until data arrives; the descriptor is not shown to be non-blocking [posix.read]
}

void write_and_sleep(int fd, const char *buf, const timespec *t) {
  // CHECK: :[[@LINE-1]]:6: 'write_and_sleep' is sync-blocking
  syscall(__NR_write, fd, buf, 1);
  // CHECK: :[[@LINE-1]]:3: syscall(__NR_write) is sync-blocking: waits until the data is accepted{{.*}} [posix.write]
  syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, t, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: syscall(SYS_clock_nanosleep) is sync-blocking: suspends the calling thread until the time has passed [posix.sleep]
}

// The arguments keep their meaning: a descriptor made non-blocking through
// syscall(SYS_fcntl, ...) makes syscall(SYS_read, ...) on it non-blocking,
// and a zero timeout makes syscall(SYS_ppoll, ...) return at once.
long read_nonblocking(int fd, char *buf, pollfd *fds) {
  // CHECK: :[[@LINE-1]]:6: 'read_nonblocking' is async-nonblocking
  syscall(SYS_fcntl, fd, F_SETFL, O_NONBLOCK);
  // CHECK: :[[@LINE-1]]:3: syscall(SYS_fcntl) is sync-nonblocking: changes or reads descriptor flags and returns at once [posix.fcntl]
  timespec none{};
  syscall(SYS_ppoll, fds, 1, &none, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: syscall(SYS_ppoll) is async-nonblocking: a zero timeout checks readiness and returns at once [posix.poll]
  return syscall(SYS_read, fd, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:10: syscall(SYS_read) is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK), so it returns EAGAIN instead of waiting [posix.read]
}

// Futexes keep their own rules (linux-futex.yaml).
void futex_wait(unsigned *word) {
  // CHECK: :[[@LINE-1]]:6: 'futex_wait' is sync-blocking
  syscall(SYS_futex, word, FUTEX_WAIT, 0, nullptr, nullptr, 0);
  // CHECK: :[[@LINE-1]]:3: syscall is sync-blocking: FUTEX_WAIT waits until another thread wakes the futex or the timeout expires [linux.futex]
}

// Near misses: a system call no rule describes, a number that is not
// written at the call, and SYS_read in another argument than the first.
long not_labeled(long number, int fd, char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'not_labeled' is sync-nonblocking (pure computation
  syscall(SYS_getpid);
  syscall(number, fd, buf, 1);
  return syscall(SYS_getpid, SYS_read, fd, buf, 1);
}

// Look-alike: a sandbox's own syscall() in another namespace.
namespace sandbox {
long syscall(long, ...) { return 0; }
// CHECK: :[[@LINE-1]]:6: 'sandbox::syscall' is sync-nonblocking (pure computation
} // namespace sandbox
long sandboxed(int fd, char *buf) { return sandbox::syscall(SYS_read, fd, buf, 1); }
// CHECK: :[[@LINE-1]]:6: 'sandboxed' is sync-nonblocking (pure computation
