// Rules of rules/posix-io.yaml against the real glibc headers.
// RUN: %quadrant-cxx | %check

#include <cstdarg>
#include <cstdio>
#include <fcntl.h>
#include <netdb.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#include <cstring>
#include <cwchar>

// C++14 removed gets from <cstdio>; glibc still provides it.
extern "C" char *gets(char *);

// Descriptors not shown to be non-blocking: every read and write waits.
void reads(int fd, char *buf, const iovec *iov) {
  // CHECK: :[[@LINE-1]]:6: 'reads' is sync-blocking
  read(fd, buf, 1);
  // CHECK: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives; the descriptor is not shown to be non-blocking [posix.read]
  pread(fd, buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: pread is sync-blocking: waits until data arrives{{.*}} [posix.read]
  pread64(fd, buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: pread64 is sync-blocking: waits until data arrives{{.*}} [posix.read]
  readv(fd, iov, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: readv is sync-blocking: waits until data arrives{{.*}} [posix.read]
  preadv(fd, iov, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: preadv is sync-blocking: waits until data arrives{{.*}} [posix.read]
  preadv64(fd, iov, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: preadv64 is sync-blocking: waits until data arrives{{.*}} [posix.read]
  preadv2(fd, iov, 1, 0, RWF_HIPRI);
  // CHECK-NEXT: :[[@LINE-1]]:3: preadv2 is sync-blocking: waits until data arrives{{.*}} [posix.read]
}

// RWF_NOWAIT makes one preadv2 call return EAGAIN rather than wait.
void read_nowait(int fd, const iovec *iov) { preadv2(fd, iov, 1, -1, RWF_NOWAIT); }
// CHECK: :[[@LINE-1]]:6: 'read_nowait' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:46: preadv2 is sync-nonblocking: RWF_NOWAIT makes this one preadv2 call return EAGAIN instead of waiting [posix.read]

void writes(int fd, const char *buf, const iovec *iov) {
  // CHECK: :[[@LINE-1]]:6: 'writes' is sync-blocking
  write(fd, buf, 1);
  // CHECK: :[[@LINE-1]]:3: write is sync-blocking: waits until the data is accepted; the descriptor is not shown to be non-blocking [posix.write]
  pwrite(fd, buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: pwrite is sync-blocking: waits until the data is accepted{{.*}} [posix.write]
  pwrite64(fd, buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: pwrite64 is sync-blocking: waits until the data is accepted{{.*}} [posix.write]
  writev(fd, iov, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: writev is sync-blocking: waits until the data is accepted{{.*}} [posix.write]
  pwritev(fd, iov, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: pwritev is sync-blocking: waits until the data is accepted{{.*}} [posix.write]
  pwritev64(fd, iov, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: pwritev64 is sync-blocking: waits until the data is accepted{{.*}} [posix.write]
  pwritev2(fd, iov, 1, 0, RWF_DSYNC);
  // CHECK-NEXT: :[[@LINE-1]]:3: pwritev2 is sync-blocking: waits until the data is accepted{{.*}} [posix.write]
}

// Opening a file can wait; O_NONBLOCK / O_NDELAY in the flags makes the
// descriptor's later reads and writes in this function non-blocking.
void opened_nonblocking(const iovec *iov) {
  // CHECK: :[[@LINE-1]]:6: 'opened_nonblocking' is sync-blocking
  char buf[16];
  int fd = open("/dev/tty", O_RDWR | O_NONBLOCK);
  // CHECK: :[[@LINE-1]]:12: open is sync-blocking: opens a file, which can wait for the disk, a network file system or a FIFO's other end [posix.open]
  read(fd, buf, sizeof buf);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK), so it returns EAGAIN instead of waiting [posix.read]
  pread(fd, buf, sizeof buf, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: pread is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.read]
  readv(fd, iov, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: readv is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.read]
  write(fd, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: write is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK), so it returns EAGAIN instead of waiting [posix.write]
  writev(fd, iov, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: writev is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.write]

  int fd64 = open64("/dev/tty", O_RDONLY | O_NDELAY);
  // CHECK-NEXT: :[[@LINE-1]]:14: open64 is sync-blocking: opens a file{{.*}} [posix.open]
  read(fd64, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.read]

  int at;
  at = openat(AT_FDCWD, "fifo", O_RDONLY | O_NONBLOCK);
  // CHECK-NEXT: :[[@LINE-1]]:8: openat is sync-blocking: opens a file{{.*}} [posix.openat]
  read(at, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.read]
  int at64 = openat64(AT_FDCWD, "fifo", O_WRONLY | O_NDELAY);
  // CHECK-NEXT: :[[@LINE-1]]:14: openat64 is sync-blocking: opens a file{{.*}} [posix.openat]
  write(at64, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: write is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.write]

  // Without O_NONBLOCK the descriptor blocks.
  int plain = open("/dev/tty", O_RDWR);
  // CHECK-NEXT: :[[@LINE-1]]:15: open is sync-blocking: opens a file{{.*}} [posix.open]
  read(plain, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]
  // Another descriptor of the same function is not made non-blocking by fd's flags.
  int at_plain = openat(AT_FDCWD, "fifo", O_RDONLY);
  // CHECK-NEXT: :[[@LINE-1]]:18: openat is sync-blocking: opens a file{{.*}} [posix.openat]
  read(at_plain, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]
  int created = creat("out", 0644);
  // CHECK-NEXT: :[[@LINE-1]]:17: creat is sync-blocking: opens a file{{.*}} [posix.open]
  write(created, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: write is sync-blocking: waits until the data is accepted{{.*}} [posix.write]
  int created64 = creat64("out", 0644);
  // CHECK-NEXT: :[[@LINE-1]]:19: creat64 is sync-blocking: opens a file{{.*}} [posix.open]
  write(created64, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: write is sync-blocking: waits until the data is accepted{{.*}} [posix.write]
}

// A read before the descriptor is made non-blocking still waits.
void read_then_open_nonblocking(char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'read_then_open_nonblocking' is sync-blocking
  int fd = -1;
  read(fd, buf, 1);
  // CHECK: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]
  fd = open("fifo", O_RDONLY | O_NONBLOCK);
  // CHECK-NEXT: :[[@LINE-1]]:8: open is sync-blocking: opens a file{{.*}} [posix.open]
  read(fd, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.read]
}

// socket() returns at once; SOCK_NONBLOCK makes the socket non-blocking.
// A non-blocking connect returns EINPROGRESS and connects asynchronously.
void nonblocking_socket(const sockaddr *addr, socklen_t len, char *buf, msghdr *msg) {
  // CHECK: :[[@LINE-1]]:6: 'nonblocking_socket' is async-nonblocking
  int s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  // CHECK: :[[@LINE-1]]:11: socket is sync-nonblocking: creates a socket descriptor and returns at once [posix.socket]
  connect(s, addr, len);
  // CHECK-NEXT: :[[@LINE-1]]:3: connect is async-nonblocking: the socket is non-blocking, so it returns EINPROGRESS and the connection is established asynchronously [posix.connect]
  recv(s, buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: recv is sync-nonblocking: the socket is non-blocking, so it returns EAGAIN instead of waiting [posix.recv]
  recvfrom(s, buf, 1, 0, nullptr, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: recvfrom is sync-nonblocking: the socket is non-blocking{{.*}} [posix.recv]
  recvmsg(s, msg, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: recvmsg is sync-nonblocking: the socket is non-blocking, so it returns EAGAIN instead of waiting [posix.recvmsg]
  send(s, buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: send is sync-nonblocking: the socket is non-blocking, so it returns EAGAIN instead of waiting [posix.send]
  sendto(s, buf, 1, 0, addr, len);
  // CHECK-NEXT: :[[@LINE-1]]:3: sendto is sync-nonblocking: the socket is non-blocking{{.*}} [posix.send]
  sendmsg(s, msg, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: sendmsg is sync-nonblocking: the socket is non-blocking, so it returns EAGAIN instead of waiting [posix.sendmsg]
  read(s, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.read]
  write(s, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: write is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.write]
}

void blocking_socket(const sockaddr *addr, socklen_t len, char *buf, msghdr *msg) {
  // CHECK: :[[@LINE-1]]:6: 'blocking_socket' is sync-blocking
  int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  // CHECK: :[[@LINE-1]]:11: socket is sync-nonblocking: creates a socket descriptor and returns at once [posix.socket]
  connect(s, addr, len);
  // CHECK-NEXT: :[[@LINE-1]]:3: connect is sync-blocking: waits until the connection is established [posix.connect]
  recv(s, buf, 1, MSG_WAITALL);
  // CHECK-NEXT: :[[@LINE-1]]:3: recv is sync-blocking: waits until data arrives on the socket [posix.recv]
  recvfrom(s, buf, 1, 0, nullptr, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: recvfrom is sync-blocking: waits until data arrives on the socket [posix.recv]
  recvmmsg(s, nullptr, 1, MSG_WAITFORONE, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: recvmmsg is sync-blocking: waits until data arrives on the socket [posix.recv]
  recvmsg(s, msg, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: recvmsg is sync-blocking: waits until data arrives on the socket [posix.recvmsg]
  send(s, buf, 1, MSG_NOSIGNAL);
  // CHECK-NEXT: :[[@LINE-1]]:3: send is sync-blocking: waits until the socket's send buffer has room [posix.send]
  sendto(s, buf, 1, 0, addr, len);
  // CHECK-NEXT: :[[@LINE-1]]:3: sendto is sync-blocking: waits until the socket's send buffer has room [posix.send]
  sendmmsg(s, nullptr, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: sendmmsg is sync-blocking: waits until the socket's send buffer has room [posix.send]
  sendmsg(s, msg, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: sendmsg is sync-blocking: waits until the socket's send buffer has room [posix.sendmsg]
}

// MSG_DONTWAIT makes one call non-blocking, on a blocking socket.
void dontwait(int s, char *buf, msghdr *msg, mmsghdr *vec) {
  // CHECK: :[[@LINE-1]]:6: 'dontwait' is sync-nonblocking
  recv(s, buf, 1, MSG_DONTWAIT);
  // CHECK: :[[@LINE-1]]:3: recv is sync-nonblocking: MSG_DONTWAIT makes this one call return EAGAIN instead of waiting [posix.recv]
  recvfrom(s, buf, 1, MSG_PEEK | MSG_DONTWAIT, nullptr, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: recvfrom is sync-nonblocking: MSG_DONTWAIT makes{{.*}} [posix.recv]
  recvmmsg(s, vec, 4, MSG_DONTWAIT, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: recvmmsg is sync-nonblocking: MSG_DONTWAIT makes{{.*}} [posix.recv]
  recvmsg(s, msg, MSG_DONTWAIT);
  // CHECK-NEXT: :[[@LINE-1]]:3: recvmsg is sync-nonblocking: MSG_DONTWAIT makes this one call return EAGAIN instead of waiting [posix.recvmsg]
  send(s, buf, 1, MSG_DONTWAIT | MSG_NOSIGNAL);
  // CHECK-NEXT: :[[@LINE-1]]:3: send is sync-nonblocking: MSG_DONTWAIT makes this one call return EAGAIN instead of waiting [posix.send]
  sendto(s, buf, 1, MSG_DONTWAIT, nullptr, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: sendto is sync-nonblocking: MSG_DONTWAIT makes{{.*}} [posix.send]
  sendmmsg(s, vec, 4, MSG_DONTWAIT);
  // CHECK-NEXT: :[[@LINE-1]]:3: sendmmsg is sync-nonblocking: MSG_DONTWAIT makes{{.*}} [posix.send]
  sendmsg(s, msg, MSG_DONTWAIT);
  // CHECK-NEXT: :[[@LINE-1]]:3: sendmsg is sync-nonblocking: MSG_DONTWAIT makes this one call return EAGAIN instead of waiting [posix.sendmsg]
}

// MSG_DONTWAIT in another argument is not in the flags argument.
void dontwait_misplaced(int s, char *buf) { recv(s, buf, MSG_DONTWAIT, 0); }
// CHECK: :[[@LINE-1]]:6: 'dontwait_misplaced' is sync-blocking
// CHECK: :[[@LINE-2]]:45: recv is sync-blocking: waits until data arrives on the socket [posix.recv]

// accept waits for a client unless the listening socket is non-blocking;
// accept4 with SOCK_NONBLOCK makes the accepted socket non-blocking.
void accepts(int listener, char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'accepts' is sync-blocking
  accept(listener, nullptr, nullptr);
  // CHECK: :[[@LINE-1]]:3: accept is sync-blocking: waits until a client connects [posix.accept]
  int c = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
  // CHECK-NEXT: :[[@LINE-1]]:11: accept4 is sync-blocking: waits until a client connects [posix.accept4]
  recv(c, buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: recv is sync-nonblocking: the socket is non-blocking{{.*}} [posix.recv]
  int d = accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
  // CHECK-NEXT: :[[@LINE-1]]:11: accept4 is sync-blocking: waits until a client connects [posix.accept4]
  recv(d, buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: recv is sync-blocking: waits until data arrives on the socket [posix.recv]

  int l = socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK, 0);
  // CHECK-NEXT: :[[@LINE-1]]:11: socket is sync-nonblocking{{.*}} [posix.socket]
  accept(l, nullptr, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: accept is sync-nonblocking: the listening socket is non-blocking, so it returns EAGAIN when no client waits [posix.accept]
  accept4(l, nullptr, nullptr, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: accept4 is sync-nonblocking: the listening socket is non-blocking, so it returns EAGAIN when no client waits [posix.accept4]
}

// pipe2 returns at once; O_NONBLOCK makes both ends non-blocking.
void pipes(char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'pipes' is sync-blocking
  int fds[2];
  pipe2(fds, O_NONBLOCK | O_CLOEXEC);
  // CHECK: :[[@LINE-1]]:3: pipe2 is sync-nonblocking: creates a pipe and returns at once [posix.pipe2]
  read(fds[0], buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.read]
  write(fds[1], buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: write is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.write]
  int other[2];
  pipe2(other, O_CLOEXEC);
  // CHECK-NEXT: :[[@LINE-1]]:3: pipe2 is sync-nonblocking: creates a pipe and returns at once [posix.pipe2]
  read(other[0], buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]
}

// fcntl returns at once; F_SETFL with O_NONBLOCK makes the same descriptor
// non-blocking for the rest of this function.
void set_nonblocking(int fd, int other, char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'set_nonblocking' is sync-blocking
  read(fd, buf, 1);
  // CHECK: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]
  int flags = fcntl(fd, F_GETFL);
  // CHECK-NEXT: :[[@LINE-1]]:15: fcntl is sync-nonblocking: changes or reads descriptor flags and returns at once [posix.fcntl]
  fcntl(fd, F_SETFL, flags | O_NONBLOCK);
  // CHECK-NEXT: :[[@LINE-1]]:3: fcntl is sync-nonblocking: changes or reads descriptor flags and returns at once [posix.fcntl]
  read(fd, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.read]
  recv(fd, buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: recv is sync-nonblocking: the socket is non-blocking{{.*}} [posix.recv]
  accept(fd, nullptr, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: accept is sync-nonblocking: the listening socket is non-blocking{{.*}} [posix.accept]
  // Only fd was changed.
  write(other, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: write is sync-blocking: waits until the data is accepted{{.*}} [posix.write]
  // F_SETFL without O_NONBLOCK leaves the descriptor blocking.
  fcntl(other, F_SETFL, O_APPEND);
  // CHECK-NEXT: :[[@LINE-1]]:3: fcntl is sync-nonblocking{{.*}} [posix.fcntl]
  write(other, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: write is sync-blocking: waits until the data is accepted{{.*}} [posix.write]
  // O_NONBLOCK with another command does not change the descriptor's flags.
  fcntl(other, F_SETFD, FD_CLOEXEC | O_NONBLOCK);
  // CHECK-NEXT: :[[@LINE-1]]:3: fcntl is sync-nonblocking{{.*}} [posix.fcntl]
  write(other, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: write is sync-blocking: waits until the data is accepted{{.*}} [posix.write]
}

void set_ndelay(int fd, char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'set_ndelay' is sync-nonblocking
  fcntl64(fd, F_SETFL, fcntl64(fd, F_GETFL) | O_NDELAY);
  // CHECK: :[[@LINE-1]]:3: fcntl64 is sync-nonblocking: changes or reads descriptor flags and returns at once [posix.fcntl]
  // CHECK-NEXT: :[[@LINE-2]]:24: fcntl64 is sync-nonblocking{{.*}} [posix.fcntl]
  write(fd, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: write is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.write]
}

// A helper that makes its parameter non-blocking makes the caller's
// argument non-blocking after the call (its summary, docs/classification.md).
int make_nonblocking(int fd) { return fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }
// CHECK: :[[@LINE-1]]:5: 'make_nonblocking' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:39: fcntl is sync-nonblocking{{.*}} [posix.fcntl]
// CHECK-NEXT: :[[@LINE-3]]:58: fcntl is sync-nonblocking{{.*}} [posix.fcntl]
void read_after_helper(int fd, char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'read_after_helper' is sync-nonblocking
  make_nonblocking(fd);
  read(fd, buf, 1);
  // CHECK: :[[@LINE-1]]:3: read is sync-nonblocking: the descriptor is non-blocking{{.*}} [posix.read]
}
// Near miss: the read before the helper runs is still blocking.
void read_before_helper(int fd, char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'read_before_helper' is sync-blocking
  read(fd, buf, 1);
  // CHECK: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]
  make_nonblocking(fd);
}

struct Conn {
  int fd_;
  void start();
  void poll_once(char *buf);
};
void Conn::start() {
  // CHECK: :[[@LINE-1]]:12: 'Conn::start' is async-nonblocking
  fd_ = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  // CHECK: :[[@LINE-1]]:9: socket is sync-nonblocking{{.*}} [posix.socket]
  connect(fd_, nullptr, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: connect is async-nonblocking: the socket is non-blocking{{.*}} [posix.connect]
}
// The member was made non-blocking in start(): a data member keeps its mode
// in every method (a parameter, as in read_after_helper, does not).
void Conn::poll_once(char *buf) { recv(fd_, buf, 1, 0); }
// CHECK: :[[@LINE-1]]:12: 'Conn::poll_once' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:35: recv is sync-nonblocking: the socket is non-blocking, so it returns EAGAIN instead of waiting (made non-blocking in Conn::start) [posix.recv]

// Another class's member of the same name is another descriptor.
struct OtherConn {
  int fd_;
  void poll_once(char *buf) { recv(fd_, buf, 1, 0); }
};
// CHECK: :[[@LINE-2]]:8: 'OtherConn::poll_once' is sync-blocking
// CHECK: :[[@LINE-3]]:31: recv is sync-blocking: waits until data arrives on the socket [posix.recv]

// A global made non-blocking once is non-blocking wherever it is read.
int g_listener;
void open_listener() { g_listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0); }
// CHECK: :[[@LINE-1]]:6: 'open_listener' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:37: socket is sync-nonblocking{{.*}} [posix.socket]
int accept_one() { return accept(g_listener, nullptr, nullptr); }
// CHECK: :[[@LINE-1]]:5: 'accept_one' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:27: accept is sync-nonblocking: {{.*}} (made non-blocking in open_listener) [posix.accept]

// File locks: F_SETLKW waits for the lock; F_SETLK does not.
void locks(int fd, struct flock *lk) {
  // CHECK: :[[@LINE-1]]:6: 'locks' is sync-blocking
  fcntl(fd, F_SETLKW, lk);
  // CHECK: :[[@LINE-1]]:3: fcntl is sync-blocking: F_SETLKW waits until the file lock is free [posix.fcntl]
  fcntl(fd, F_SETLKW64, lk);
  // CHECK-NEXT: :[[@LINE-1]]:3: fcntl is sync-blocking: F_SETLKW waits until the file lock is free [posix.fcntl]
  fcntl(fd, F_OFD_SETLKW, lk);
  // CHECK-NEXT: :[[@LINE-1]]:3: fcntl is sync-blocking: F_SETLKW waits until the file lock is free [posix.fcntl]
  fcntl64(fd, F_SETLKW, lk);
  // CHECK-NEXT: :[[@LINE-1]]:3: fcntl64 is sync-blocking: F_SETLKW waits until the file lock is free [posix.fcntl]
  fcntl(fd, F_SETLK, lk);
  // CHECK-NEXT: :[[@LINE-1]]:3: fcntl is sync-nonblocking: changes or reads descriptor flags and returns at once [posix.fcntl]
  fcntl(fd, F_OFD_SETLK, lk);
  // CHECK-NEXT: :[[@LINE-1]]:3: fcntl is sync-nonblocking: changes or reads descriptor flags and returns at once [posix.fcntl]
}

// Name resolution can wait for DNS servers.
void resolve(const char *host, addrinfo **res, hostent *he, char *tmp, int *err) {
  // CHECK: :[[@LINE-1]]:6: 'resolve' is sync-blocking
  getaddrinfo(host, "80", nullptr, res);
  // CHECK: :[[@LINE-1]]:3: getaddrinfo is sync-blocking: resolves a name, which can wait for DNS servers over the network [posix.getaddrinfo]
  gethostbyname(host);
  // CHECK-NEXT: :[[@LINE-1]]:3: gethostbyname is sync-blocking: resolves a name{{.*}} [posix.gethostbyname]
  gethostbyname2(host, AF_INET6);
  // CHECK-NEXT: :[[@LINE-1]]:3: gethostbyname2 is sync-blocking: resolves a name{{.*}} [posix.gethostbyname]
  gethostbyaddr(host, 4, AF_INET);
  // CHECK-NEXT: :[[@LINE-1]]:3: gethostbyaddr is sync-blocking: resolves a name{{.*}} [posix.gethostbyname]
  getnameinfo(nullptr, 0, tmp, 64, nullptr, 0, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: getnameinfo is sync-blocking: looks the address up, which can wait for DNS servers over the network [posix.getnameinfo]
  gethostbyname_r(host, he, tmp, 64, &he, err);
  // CHECK-NEXT: :[[@LINE-1]]:3: gethostbyname_r is sync-blocking: resolves a name{{.*}} [posix.gethostbyname]
  gethostbyname2_r(host, AF_INET, he, tmp, 64, &he, err);
  // CHECK-NEXT: :[[@LINE-1]]:3: gethostbyname2_r is sync-blocking: resolves a name{{.*}} [posix.gethostbyname]
  gethostbyaddr_r(host, 4, AF_INET, he, tmp, 64, &he, err);
  // CHECK-NEXT: :[[@LINE-1]]:3: gethostbyaddr_r is sync-blocking: resolves a name{{.*}} [posix.gethostbyname]
}

// AI_NUMERICHOST in the hints, set by the initialiser, by assignment or by
// |=, on every path: the address is converted, no name is looked up.
void numeric(const char *addr, addrinfo **res, bool passive) {
  // CHECK: :[[@LINE-1]]:6: 'numeric' is sync-nonblocking
  addrinfo by_init = {.ai_flags = AI_NUMERICHOST};
  getaddrinfo(addr, "80", &by_init, res);
  // CHECK: :[[@LINE-1]]:3: getaddrinfo is sync-nonblocking: the hints say AI_NUMERICHOST, so the address is only converted from its numeric form, with no name lookup [posix.getaddrinfo]
  addrinfo by_field{};
  by_field.ai_family = AF_UNSPEC;
  by_field.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
  getaddrinfo(addr, "80", &by_field, res);
  // CHECK-NEXT: :[[@LINE-1]]:3: getaddrinfo is sync-nonblocking: the hints say AI_NUMERICHOST{{.*}} [posix.getaddrinfo]
  addrinfo by_or;
  memset(&by_or, 0, sizeof by_or);
  by_or.ai_flags = AI_NUMERICSERV;
  if (passive)
    by_or.ai_flags |= AI_PASSIVE;
  by_or.ai_flags |= AI_NUMERICHOST;
  getaddrinfo(addr, "80", &by_or, res);
  // CHECK-NEXT: :[[@LINE-1]]:3: getaddrinfo is sync-nonblocking: the hints say AI_NUMERICHOST{{.*}} [posix.getaddrinfo]
  sockaddr_storage sa;
  char host[64], serv[16];
  getnameinfo(reinterpret_cast<sockaddr *>(&sa), sizeof sa, host, sizeof host, serv, sizeof serv,
              NI_NUMERICHOST | NI_NUMERICSERV);
  // CHECK-NEXT: :[[@LINE-2]]:3: getnameinfo is sync-nonblocking: NI_NUMERICHOST and NI_NUMERICSERV ask for the numeric forms, which are only formatted, with no lookup [posix.getnameinfo]
}

// Near misses: hints without AI_NUMERICHOST, a flag set on one path only,
// a flag cleared by a later assignment, hints not known here, the numeric
// host with a service name to look up.
void not_numeric(const char *addr, addrinfo **res, const addrinfo *given, bool numeric) {
  // CHECK: :[[@LINE-1]]:6: 'not_numeric' is sync-blocking
  addrinfo plain{};
  plain.ai_flags = AI_PASSIVE;
  getaddrinfo(addr, "80", &plain, res);
  // CHECK: :[[@LINE-1]]:3: getaddrinfo is sync-blocking: resolves a name{{.*}} [posix.getaddrinfo]
  addrinfo maybe{};
  if (numeric)
    maybe.ai_flags = AI_NUMERICHOST;
  getaddrinfo(addr, "80", &maybe, res);
  // CHECK-NEXT: :[[@LINE-1]]:3: getaddrinfo is sync-blocking: resolves a name{{.*}} [posix.getaddrinfo]
  addrinfo reset = {.ai_flags = AI_NUMERICHOST};
  reset.ai_flags = AI_CANONNAME;
  getaddrinfo(addr, "80", &reset, res);
  // CHECK-NEXT: :[[@LINE-1]]:3: getaddrinfo is sync-blocking: resolves a name{{.*}} [posix.getaddrinfo]
  getaddrinfo(addr, "80", given, res);
  // CHECK-NEXT: :[[@LINE-1]]:3: getaddrinfo is sync-blocking: resolves a name{{.*}} [posix.getaddrinfo]
  sockaddr_storage sa;
  char host[64], serv[16];
  getnameinfo(reinterpret_cast<sockaddr *>(&sa), sizeof sa, host, sizeof host, serv, sizeof serv,
              NI_NUMERICHOST);
  // CHECK-NEXT: :[[@LINE-2]]:3: getnameinfo is sync-blocking: looks the address up{{.*}} [posix.getnameinfo]
}

// stdio streams wait for the file, terminal or pipe behind them.
void streams(int fd, char *buf, va_list ap) {
  // CHECK: :[[@LINE-1]]:6: 'streams' is sync-blocking
  FILE *f = fopen("in", "r");
  // CHECK: :[[@LINE-1]]:13: fopen is sync-blocking: stdio stream I/O waits for the file, terminal or pipe behind the stream [c.stdio]
  FILE *f64 = fopen64("in", "r");
  // CHECK-NEXT: :[[@LINE-1]]:15: fopen64 is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  FILE *g = fdopen(fd, "w");
  // CHECK-NEXT: :[[@LINE-1]]:13: fdopen is sync-nonblocking: wraps an open descriptor or a memory buffer in a stream without any I/O [c.fdopen]
  freopen("in", "r", f);
  // CHECK-NEXT: :[[@LINE-1]]:3: freopen is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  freopen64("in", "r", f64);
  // CHECK-NEXT: :[[@LINE-1]]:3: freopen64 is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fread(buf, 1, 1, f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fread is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  std::fread(buf, 1, 1, f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fread is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fwrite(buf, 1, 1, g);
  // CHECK-NEXT: :[[@LINE-1]]:3: fwrite is sync-blocking: stdio stream I/O{{.*}} [c.stdio.fwrite]
  fgets(buf, 8, f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fgets is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fgetc(f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fgetc is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  getc(f);
  // CHECK-NEXT: :[[@LINE-1]]:3: getc is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  getchar();
  // CHECK-NEXT: :[[@LINE-1]]:3: getchar is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  char *line = nullptr;
  size_t cap = 0;
  getline(&line, &cap, f);
  // CHECK-NEXT: :[[@LINE-1]]:3: getline is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  getdelim(&line, &cap, ';', f);
  // CHECK-NEXT: :[[@LINE-1]]:3: getdelim is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fflush(g);
  // CHECK-NEXT: :[[@LINE-1]]:3: fflush is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_first]
  scanf("%d", &fd);
  // CHECK-NEXT: :[[@LINE-1]]:3: scanf is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fscanf(f, "%d", &fd);
  // CHECK-NEXT: :[[@LINE-1]]:3: fscanf is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  vscanf("%d", ap);
  // CHECK-NEXT: :[[@LINE-1]]:3: vscanf is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  vfscanf(f, "%d", ap);
  // CHECK-NEXT: :[[@LINE-1]]:3: vfscanf is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  gets(buf);
  // CHECK-NEXT: :[[@LINE-1]]:3: gets is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fread_unlocked(buf, 1, 1, f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fread_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fwrite_unlocked(buf, 1, 1, g);
  // CHECK-NEXT: :[[@LINE-1]]:3: fwrite_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio.fwrite]
  fgets_unlocked(buf, 8, f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fgets_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fgetc_unlocked(f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fgetc_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  getc_unlocked(f);
  // CHECK-NEXT: :[[@LINE-1]]:3: getc_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  getchar_unlocked();
  // CHECK-NEXT: :[[@LINE-1]]:3: getchar_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fflush_unlocked(g);
  // CHECK-NEXT: :[[@LINE-1]]:3: fflush_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_first]
  fclose(f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fclose is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
}

// Writing, seeking and wide-character I/O on a stream that is not the console.
void more_streams(FILE *f, const char *s, va_list ap, wchar_t *w, fpos_t *pos) {
  // CHECK: :[[@LINE-1]]:6: 'more_streams' is sync-blocking
  fprintf(f, "%s", s);
  // CHECK: :[[@LINE-1]]:3: fprintf is sync-blocking: stdio stream I/O waits for the file, terminal or pipe behind the stream [c.stdio.write_stream_first]
  vfprintf(f, "%s", ap);
  // CHECK-NEXT: :[[@LINE-1]]:3: vfprintf is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_first]
  fwprintf(f, L"%ls", w);
  // CHECK-NEXT: :[[@LINE-1]]:3: fwprintf is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_first]
  vfwprintf(f, L"%ls", ap);
  // CHECK-NEXT: :[[@LINE-1]]:3: vfwprintf is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_first]
  fflush(nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: fflush is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_first]
  fputs(s, f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fputs is sync-blocking: stdio stream I/O waits for the file, terminal or pipe behind the stream [c.stdio.write_stream_second]
  fputc('x', f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fputc is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_second]
  putc('x', f);
  // CHECK-NEXT: :[[@LINE-1]]:3: putc is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_second]
  putw(1, f);
  // CHECK-NEXT: :[[@LINE-1]]:3: putw is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_second]
  fputws(w, f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fputws is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_second]
  fputwc(L'x', f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fputwc is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_second]
  putwc(L'x', f);
  // CHECK-NEXT: :[[@LINE-1]]:3: putwc is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_second]
  fputs_unlocked(s, f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fputs_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_second]
  fputc_unlocked('x', f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fputc_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_second]
  putc_unlocked('x', f);
  // CHECK-NEXT: :[[@LINE-1]]:3: putc_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_second]
  fputws_unlocked(w, f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fputws_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_second]
  fputwc_unlocked(L'x', f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fputwc_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_second]
  putwc_unlocked(L'x', f);
  // CHECK-NEXT: :[[@LINE-1]]:3: putwc_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio.write_stream_second]
  getw(f);
  // CHECK-NEXT: :[[@LINE-1]]:3: getw is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fgetws(w, 8, f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fgetws is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fgetwc(f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fgetwc is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  getwc(f);
  // CHECK-NEXT: :[[@LINE-1]]:3: getwc is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  getwchar();
  // CHECK-NEXT: :[[@LINE-1]]:3: getwchar is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fgetws_unlocked(w, 8, f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fgetws_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fgetwc_unlocked(f);
  // CHECK-NEXT: :[[@LINE-1]]:3: fgetwc_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  getwc_unlocked(f);
  // CHECK-NEXT: :[[@LINE-1]]:3: getwc_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  getwchar_unlocked();
  // CHECK-NEXT: :[[@LINE-1]]:3: getwchar_unlocked is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  wscanf(L"%ls", w);
  // CHECK-NEXT: :[[@LINE-1]]:3: wscanf is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fwscanf(f, L"%ls", w);
  // CHECK-NEXT: :[[@LINE-1]]:3: fwscanf is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  vwscanf(L"%ls", ap);
  // CHECK-NEXT: :[[@LINE-1]]:3: vwscanf is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  vfwscanf(f, L"%ls", ap);
  // CHECK-NEXT: :[[@LINE-1]]:3: vfwscanf is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  // Seeking writes out what is buffered.
  fseek(f, 0, SEEK_SET);
  // CHECK-NEXT: :[[@LINE-1]]:3: fseek is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fseeko(f, 0, SEEK_END);
  // CHECK-NEXT: :[[@LINE-1]]:3: fseeko is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fseeko64(f, 0, SEEK_END);
  // CHECK-NEXT: :[[@LINE-1]]:3: fseeko64 is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fsetpos(f, pos);
  // CHECK-NEXT: :[[@LINE-1]]:3: fsetpos is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  fsetpos64(f, reinterpret_cast<fpos64_t *>(pos));
  // CHECK-NEXT: :[[@LINE-1]]:3: fsetpos64 is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
  rewind(f);
  // CHECK-NEXT: :[[@LINE-1]]:3: rewind is sync-blocking: stdio stream I/O{{.*}} [c.stdio]
}

// Streams over memory or an already open descriptor are made without I/O.
void memory_streams(char *buf, char **out, size_t *len) {
  // CHECK: :[[@LINE-1]]:6: 'memory_streams' is sync-nonblocking
  fmemopen(buf, 16, "r");
  // CHECK: :[[@LINE-1]]:3: fmemopen is sync-nonblocking: wraps an open descriptor or a memory buffer in a stream without any I/O [c.fdopen]
  open_memstream(out, len);
  // CHECK-NEXT: :[[@LINE-1]]:3: open_memstream is sync-nonblocking: wraps{{.*}} [c.fdopen]
}

// Console output -- printf, puts, and writes to stdout or stderr -- is
// deliberately not labeled (docs/classification.md).
void console(const char *s, va_list ap, const void *buf) {
  printf("%s\n", s);
  vprintf("%s", ap);
  puts(s);
  putchar('x');
  putchar_unlocked('x');
  wprintf(L"x");
  vwprintf(L"%ls", ap);
  putwchar(L'x');
  putwchar_unlocked(L'x');
  perror(s);
  fprintf(stderr, "%s", s);
  vfprintf(stdout, "%s", ap);
  fwprintf(stderr, L"x");
  fputs(s, stdout);
  fputc('x', stderr);
  putc('x', stdout);
  fputws(L"x", stderr);
  fwrite(buf, 1, 1, stdout);
  fwrite_unlocked(buf, 1, 1, stderr);
  fflush(stdout);
  fflush_unlocked(stderr);
}
// CHECK: :[[@LINE-23]]:6: 'console' is sync-nonblocking (pure computation

// dprintf writes to a descriptor like write().
void descriptor_printf(int fd, va_list ap) {
  // CHECK: :[[@LINE-1]]:6: 'descriptor_printf' is sync-blocking
  dprintf(fd, "x");
  // CHECK: :[[@LINE-1]]:3: dprintf is sync-blocking: writes formatted output to a descriptor, waiting until the data is accepted [posix.dprintf]
  int p[2];
  pipe2(p, O_NONBLOCK);
  // CHECK-NEXT: :[[@LINE-1]]:3: pipe2 is sync-nonblocking{{.*}} [posix.pipe2]
  vdprintf(p[1], "x", ap);
  // CHECK-NEXT: :[[@LINE-1]]:3: vdprintf is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK), so it returns EAGAIN instead of waiting [posix.dprintf]
}

// Closing can wait for a network file system or a lingering socket; a
// shutdown of a socket of unknown kind does not wait.
void closes(int fd, int s) {
  // CHECK: :[[@LINE-1]]:6: 'closes' is sync-blocking
  shutdown(s, SHUT_RDWR);
  // CHECK: :[[@LINE-1]]:3: shutdown is sync-nonblocking: stops sending or receiving on the socket and returns at once; the kernel sends what is queued in the background [posix.shutdown]
  close(fd);
  // CHECK-NEXT: :[[@LINE-1]]:3: close is sync-blocking: closing can wait for a network file system to write the file's data back, or for a socket with SO_LINGER to send its queued data [posix.close]
  close_range(3, ~0U, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: close_range is sync-blocking: closing can wait{{.*}} [posix.close]
}

// lseek: SEEK_SET and SEEK_CUR change only the offset; the others ask the
// file system, and so does an unknown whence.
void seeks(int fd, int whence) {
  // CHECK: :[[@LINE-1]]:6: 'seeks' is sync-blocking
  lseek(fd, 0, SEEK_SET);
  // CHECK: :[[@LINE-1]]:3: lseek is sync-nonblocking: SEEK_SET and SEEK_CUR only move the offset kept in memory and return at once [posix.lseek]
  lseek64(fd, 4, SEEK_CUR);
  // CHECK-NEXT: :[[@LINE-1]]:3: lseek64 is sync-nonblocking: SEEK_SET and SEEK_CUR{{.*}} [posix.lseek]
  lseek(fd, 0, SEEK_END);
  // CHECK-NEXT: :[[@LINE-1]]:3: lseek is sync-blocking: SEEK_END, SEEK_DATA and SEEK_HOLE ask the file system for the file's size or layout, which can wait for a network file system [posix.lseek]
  lseek(fd, 0, SEEK_DATA);
  // CHECK-NEXT: :[[@LINE-1]]:3: lseek is sync-blocking: SEEK_END, SEEK_DATA{{.*}} [posix.lseek]
  lseek64(fd, 0, SEEK_HOLE);
  // CHECK-NEXT: :[[@LINE-1]]:3: lseek64 is sync-blocking: SEEK_END, SEEK_DATA{{.*}} [posix.lseek]
  lseek(fd, 0, whence);
  // CHECK-NEXT: :[[@LINE-1]]:3: lseek is sync-blocking: SEEK_END, SEEK_DATA{{.*}} [posix.lseek]
}

// pipe and socketpair return at once; SOCK_NONBLOCK makes both sockets
// non-blocking, and ioctl(FIONBIO) makes its descriptor non-blocking.
void pairs(char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'pairs' is sync-blocking
  int p[2];
  pipe(p);
  // CHECK: :[[@LINE-1]]:3: pipe is sync-nonblocking: creates a pipe and returns at once [posix.pipe]
  read(p[0], buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]
  int on = 1;
  ioctl(p[0], FIONBIO, &on);
  read(p[0], buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.read]
  // Other ioctl requests are not judged and mark nothing.
  ioctl(p[1], FIONREAD, &on);
  write(p[1], buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: write is sync-blocking: waits until the data is accepted{{.*}} [posix.write]
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv);
  // CHECK-NEXT: :[[@LINE-1]]:3: socketpair is sync-nonblocking: creates a pair of connected sockets and returns at once [posix.socketpair]
  recv(sv[0], buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: recv is sync-nonblocking: the socket is non-blocking{{.*}} [posix.recv]
  send(sv[1], buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: send is sync-nonblocking: the socket is non-blocking{{.*}} [posix.send]
  int bv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, bv);
  // CHECK-NEXT: :[[@LINE-1]]:3: socketpair is sync-nonblocking{{.*}} [posix.socketpair]
  recv(bv[0], buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: recv is sync-blocking: waits until data arrives on the socket [posix.recv]
}

// Linux zero-copy transfers.
void transfers(int in, int out, int pin, int pout, const iovec *iov, off_t *off) {
  // CHECK: :[[@LINE-1]]:6: 'transfers' is sync-blocking
  sendfile(out, in, off, 4096);
  // CHECK: :[[@LINE-1]]:3: sendfile is sync-blocking: copies between descriptors, waiting for the file and for room in the output [linux.sendfile]
  sendfile64(out, in, nullptr, 4096);
  // CHECK-NEXT: :[[@LINE-1]]:3: sendfile64 is sync-blocking: copies between descriptors{{.*}} [linux.sendfile]
  copy_file_range(in, nullptr, out, nullptr, 4096, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: copy_file_range is sync-blocking: copies between two files, waiting for the disk or a network file system [linux.copy_file_range]
  splice(in, nullptr, pout, nullptr, 4096, SPLICE_F_MOVE);
  // CHECK-NEXT: :[[@LINE-1]]:3: splice is sync-blocking: moves data through a pipe, waiting for data or for room in the pipe [linux.splice]
  splice(pin, nullptr, out, nullptr, 4096, SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
  // CHECK-NEXT: :[[@LINE-1]]:3: splice is sync-nonblocking: SPLICE_F_NONBLOCK makes the pipe operations return EAGAIN instead of waiting [linux.splice]
  tee(pin, pout, 4096, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: tee is sync-blocking: moves data through a pipe{{.*}} [linux.tee]
  tee(pin, pout, 4096, SPLICE_F_NONBLOCK);
  // CHECK-NEXT: :[[@LINE-1]]:3: tee is sync-nonblocking: SPLICE_F_NONBLOCK{{.*}} [linux.tee]
  vmsplice(pout, iov, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: vmsplice is sync-blocking: moves data through a pipe{{.*}} [linux.tee]
  vmsplice(pout, iov, 1, SPLICE_F_GIFT | SPLICE_F_NONBLOCK);
  // CHECK-NEXT: :[[@LINE-1]]:3: vmsplice is sync-nonblocking: SPLICE_F_NONBLOCK{{.*}} [linux.tee]
  int s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  // CHECK-NEXT: :[[@LINE-1]]:11: socket is sync-nonblocking{{.*}} [posix.socket]
  sendfile(s, in, off, 4096);
  // CHECK-NEXT: :[[@LINE-1]]:3: sendfile is sync-nonblocking: the output descriptor is non-blocking, so it returns EAGAIN instead of waiting [linux.sendfile]
}

// Look-alikes: user functions and members that share a name with the
// library's are never labeled by the library's rules.
namespace mylib {
long read(int, void *, unsigned long) { return 0; }
long write(int, const void *, unsigned long) { return 0; }
int open(const char *, int) { return 3; }
int socket(int, int, int) { return 3; }
int fcntl(int, int, int) { return 0; }
int getaddrinfo(const char *) { return 0; }
void *fopen(const char *, const char *) { return nullptr; }
int close(int) { return 0; }
long lseek(int, long, int) { return 0; }
int fprintf(void *, const char *) { return 0; }
} // namespace mylib
// CHECK: :[[@LINE-11]]:6: 'mylib::read' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:6: 'mylib::write' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:5: 'mylib::open' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:5: 'mylib::socket' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:5: 'mylib::fcntl' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:5: 'mylib::getaddrinfo' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:7: 'mylib::fopen' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:5: 'mylib::close' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:6: 'mylib::lseek' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:5: 'mylib::fprintf' is sync-nonblocking (pure computation
struct Socket {
  int recv(char *, int) { return 0; }
  int send(const char *, int) { return 0; }
  int accept() { return 0; }
  int connect(const char *) { return 0; }
  int read(char *, int) { return 0; }
  int shutdown() { return 0; }
};
// CHECK: :[[@LINE-7]]:7: 'Socket::recv' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:7: 'Socket::send' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:7: 'Socket::accept' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:7: 'Socket::connect' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:7: 'Socket::read' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:7: 'Socket::shutdown' is sync-nonblocking (pure computation

void lookalikes(Socket &s, char *buf) {
  mylib::read(0, buf, 1);
  mylib::write(1, buf, 1);
  mylib::open("f", O_RDONLY);
  mylib::getaddrinfo("host");
  mylib::fopen("f", "r");
  mylib::close(3);
  mylib::lseek(3, 0, SEEK_END);
  mylib::fprintf(nullptr, "x");
  s.shutdown();
  s.recv(buf, 1);
  s.send(buf, 1);
  s.accept();
  s.connect("host");
  s.read(buf, 1);
}
// CHECK: :[[@LINE-16]]:6: 'lookalikes' is sync-nonblocking (pure computation

// A look-alike socket() or fcntl() does not make a real descriptor non-blocking.
void lookalike_marks(char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'lookalike_marks' is sync-blocking
  int s = mylib::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  recv(s, buf, 1, 0);
  // CHECK: :[[@LINE-1]]:3: recv is sync-blocking: waits until data arrives on the socket [posix.recv]
  int fd = 0;
  mylib::fcntl(fd, F_SETFL, O_NONBLOCK);
  read(fd, buf, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]
}

// CHECK: 52 functions: 22 sync-blocking, 28 sync-nonblocking (18 pure computation), 0 async-blocking, 2 async-nonblocking
