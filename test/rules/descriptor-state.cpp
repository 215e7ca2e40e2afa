// Descriptor state follows the code: a call is non-blocking only where every
// path that reaches it made its descriptor non-blocking, and a descriptor's
// kind (pipe, socket, eventfd, ...) decides whether closing it can wait.
// RUN: %quadrant-cxx | %check

#include <fcntl.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

// Stevens' connect_nonb: non-blocking for the connect, then the saved flags
// are restored, so the read after it blocks.
void connect_nonb(int fd, const sockaddr *sa, socklen_t len, char *buf) {
  int flags = fcntl(fd, F_GETFL, 0);
  fcntl(fd, F_SETFL, flags | O_NONBLOCK);
  connect(fd, sa, len);
  fcntl(fd, F_SETFL, flags);
  read(fd, buf, 10);
}
// CHECK: :[[@LINE-7]]:6: 'connect_nonb' is async-blocking
// CHECK-NEXT: blocks: connect_nonb -> read at {{.*}}:[[@LINE-3]]:3
// CHECK-NEXT: async: connect_nonb -> connect at {{.*}}:[[@LINE-6]]:3
// CHECK-NEXT: :[[@LINE-9]]:15: fcntl is sync-nonblocking
// CHECK-NEXT: :[[@LINE-9]]:3: fcntl is sync-nonblocking
// CHECK-NEXT: :[[@LINE-9]]:3: connect is async-nonblocking: the socket is non-blocking, so it returns EINPROGRESS
// CHECK-NEXT: :[[@LINE-9]]:3: fcntl is sync-nonblocking
// CHECK-NEXT: :[[@LINE-9]]:3: read is sync-blocking: waits until data arrives; the descriptor is not shown to be non-blocking [posix.read]

// Set, then cleared: non-blocking in between only.
void set_then_cleared(int fd, char *buf) {
  int flags = fcntl(fd, F_GETFL, 0);
  fcntl(fd, F_SETFL, flags | O_NONBLOCK);
  read(fd, buf, 1);
  fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  read(fd, buf, 1);
}
// CHECK: :[[@LINE-7]]:6: 'set_then_cleared' is sync-blocking
// CHECK-NEXT: blocks: set_then_cleared -> read at {{.*}}:[[@LINE-3]]:3
// CHECK-NEXT: :[[@LINE-8]]:15: fcntl is sync-nonblocking
// CHECK-NEXT: :[[@LINE-8]]:3: fcntl is sync-nonblocking
// CHECK-NEXT: :[[@LINE-8]]:3: read is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK)
// CHECK-NEXT: :[[@LINE-8]]:3: fcntl is sync-nonblocking
// CHECK-NEXT: :[[@LINE-8]]:3: read is sync-blocking: waits until data arrives; the descriptor is not shown to be non-blocking [posix.read]

// Non-blocking on one path only: blocking, and the reason says why.
void some_paths(int fd, char *buf, bool fast) {
  if (fast)
    fcntl(fd, F_SETFL, O_NONBLOCK);
  read(fd, buf, 1);
}
// CHECK: :[[@LINE-5]]:6: 'some_paths' is sync-blocking
// CHECK-NEXT: blocks: some_paths -> read at
// CHECK-NEXT: :[[@LINE-5]]:5: fcntl is sync-nonblocking
// CHECK-NEXT: :[[@LINE-5]]:3: read is sync-blocking: waits until data arrives; the descriptor is not shown to be non-blocking (it is non-blocking only on some paths to this call) [posix.read]

// Near miss: non-blocking on both paths.
void both_paths(int fd, char *buf, bool fast) {
  if (fast)
    fcntl(fd, F_SETFL, O_NONBLOCK);
  else
    fcntl(fd, F_SETFL, O_NONBLOCK | O_APPEND);
  read(fd, buf, 1);
}
// CHECK: :[[@LINE-7]]:6: 'both_paths' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-6]]:5: fcntl is sync-nonblocking
// CHECK-NEXT: :[[@LINE-5]]:5: fcntl is sync-nonblocking
// CHECK-NEXT: :[[@LINE-5]]:3: read is sync-nonblocking: the descriptor is non-blocking

// ioctl(FIONBIO) with a pointer to 1 sets non-blocking mode, to 0 clears it.
void by_ioctl(int fd, char *buf) {
  int on = 1, off = 0;
  ioctl(fd, FIONBIO, &on);
  read(fd, buf, 1);
  ioctl(fd, FIONBIO, &off);
  read(fd, buf, 1);
}
// CHECK: :[[@LINE-7]]:6: 'by_ioctl' is sync-blocking
// CHECK-NEXT: blocks: by_ioctl -> read at {{.*}}:[[@LINE-3]]:3
// CHECK-NEXT: :[[@LINE-6]]:3: read is sync-nonblocking: the descriptor is non-blocking
// CHECK-NEXT: :[[@LINE-5]]:3: read is sync-blocking: waits until data arrives

// A descriptor assigned again is a new descriptor: what was known of the old
// one is gone.
void reopened(const char *path, char *buf) {
  int fd = open(path, O_RDONLY | O_NONBLOCK);
  read(fd, buf, 1);
  close(fd);
  fd = open(path, O_RDONLY);
  read(fd, buf, 1);
  close(fd);
}
// CHECK: :[[@LINE-8]]:6: 'reopened' is sync-blocking
// CHECK-NEXT: blocks: reopened -> open at {{.*}}:[[@LINE-8]]:12
// CHECK-NEXT: :[[@LINE-9]]:12: open is sync-blocking
// CHECK-NEXT: :[[@LINE-9]]:3: read is sync-nonblocking: the descriptor is non-blocking
// CHECK-NEXT: :[[@LINE-9]]:3: close is sync-blocking
// CHECK-NEXT: :[[@LINE-9]]:8: open is sync-blocking
// CHECK-NEXT: :[[@LINE-9]]:3: read is sync-blocking
// CHECK-NEXT: :[[@LINE-9]]:3: close is sync-blocking

// Closing a pipe, an eventfd, a socket without SO_LINGER returns at once.
void descriptor_kinds() {
  int fds[2];
  pipe(fds);
  close(fds[0]);
  close(fds[1]);
  int e = eventfd(0, 0);
  close(e);
  int s = socket(AF_INET, SOCK_STREAM, 0);
  close(s);
}
// CHECK: :[[@LINE-10]]:6: 'descriptor_kinds' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-9]]:3: pipe is sync-nonblocking
// CHECK-NEXT: :[[@LINE-9]]:3: close is sync-nonblocking: the descriptor is a pipe, an eventfd, a timerfd, a signalfd, an inotify or an epoll descriptor (as the call that created it shows), which has nothing to write back, so closing it returns at once [posix.close]
// CHECK-NEXT: :[[@LINE-9]]:3: close is sync-nonblocking: the descriptor is a pipe
// CHECK-NEXT: :[[@LINE-9]]:11: eventfd is sync-nonblocking
// CHECK-NEXT: :[[@LINE-9]]:3: close is sync-nonblocking: the descriptor is a pipe, an eventfd
// CHECK-NEXT: :[[@LINE-9]]:11: socket is sync-nonblocking
// CHECK-NEXT: :[[@LINE-9]]:3: close is sync-nonblocking: the descriptor is a socket (as the call that created it shows) with no SO_LINGER set

// Near misses: a socket with SO_LINGER set, and a descriptor of unknown kind.
void lingering() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  struct linger l = {1, 5};
  setsockopt(s, SOL_SOCKET, SO_LINGER, &l, sizeof l);
  shutdown(s, SHUT_WR);
  close(s);
}
// CHECK: :[[@LINE-7]]:6: 'lingering' is sync-blocking
// CHECK-NEXT: blocks: lingering -> shutdown at
// CHECK-NEXT: :[[@LINE-8]]:11: socket is sync-nonblocking
// CHECK-NEXT: :[[@LINE-6]]:3: shutdown is sync-blocking: the socket has SO_LINGER set (as setsockopt shows), and socket(7) lets shutdown wait until its queued data is sent or the linger time passes [posix.shutdown]
// CHECK-NEXT: :[[@LINE-6]]:3: close is sync-blocking: closing can wait for a network file system to write the file's data back, or for a socket with SO_LINGER to send its queued data [posix.close]
void unknown_kind(int fd) { close(fd); }
// CHECK: :[[@LINE-1]]:6: 'unknown_kind' is sync-blocking
// CHECK-NEXT: blocks: unknown_kind -> close at
// CHECK-NEXT: :[[@LINE-3]]:29: close is sync-blocking

// A timeout zeroed field by field, or by memset, is a zero timeout; one with
// a field set again afterwards is not.
void zero_fields(int fd) {
  fd_set set;
  struct timeval tv;
  tv.tv_sec = 0;
  tv.tv_usec = 0;
  select(fd + 1, &set, nullptr, nullptr, &tv);
  struct timeval later;
  memset(&later, 0, sizeof later);
  later.tv_sec = 5;
  select(fd + 1, &set, nullptr, nullptr, &later);
  struct timeval cleared;
  memset(&cleared, 0, sizeof cleared);
  select(fd + 1, &set, nullptr, nullptr, &cleared);
  struct timeval half;
  half.tv_sec = 0;
  select(fd + 1, &set, nullptr, nullptr, &half);
}
// CHECK: :[[@LINE-17]]:6: 'zero_fields' is async-blocking
// CHECK-NEXT: blocks: zero_fields -> select at {{.*}}:[[@LINE-9]]:3
// CHECK-NEXT: async: zero_fields -> select at {{.*}}:[[@LINE-14]]:3
// CHECK-NEXT: :[[@LINE-15]]:3: select is async-nonblocking: a zero timeout checks readiness and returns at once [posix.select]
// CHECK-NEXT: :[[@LINE-12]]:3: select is async-blocking: waits until one of the descriptors is ready or the timeout expires [posix.select]
// CHECK-NEXT: :[[@LINE-10]]:3: select is async-nonblocking: a zero timeout
// CHECK-NEXT: :[[@LINE-8]]:3: select is async-blocking: waits until
