// Rules of rules/posix-multiplex.yaml against the real glibc headers.
// RUN: %quadrant-cxx | %check

#include <poll.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <time.h>

// Waiting for readiness is async and blocks until a descriptor is ready or
// the timeout expires. A null timeout means "wait forever".
void waits(int nfds, fd_set *in, timeval *tv, const timespec *ts, const sigset_t *mask) {
  // CHECK: :[[@LINE-1]]:6: 'waits' is async-blocking
  select(nfds, in, nullptr, nullptr, nullptr);
  // CHECK: :[[@LINE-1]]:3: select is async-blocking: waits until one of the descriptors is ready or the timeout expires [posix.select]
  select(nfds, in, nullptr, nullptr, tv);
  // CHECK-NEXT: :[[@LINE-1]]:3: select is async-blocking: waits until one of the descriptors is ready{{.*}} [posix.select]
  pselect(nfds, in, nullptr, nullptr, nullptr, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: pselect is async-blocking: waits until one of the descriptors is ready{{.*}} [posix.select]
  pselect(nfds, in, nullptr, nullptr, ts, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: pselect is async-blocking: waits until one of the descriptors is ready{{.*}} [posix.select]
}

// A timeval or timespec initialised to zero checks readiness and returns.
const timespec kNoWait = {0, 0};
void select_zero(int nfds, fd_set *in, const sigset_t *mask) {
  // CHECK: :[[@LINE-1]]:6: 'select_zero' is async-nonblocking
  timeval empty{};
  select(nfds, in, nullptr, nullptr, &empty);
  // CHECK: :[[@LINE-1]]:3: select is async-nonblocking: a zero timeout checks readiness and returns at once [posix.select]
  struct timeval zeros = {0, 0};
  select(nfds, in, nullptr, nullptr, &zeros);
  // CHECK-NEXT: :[[@LINE-1]]:3: select is async-nonblocking: a zero timeout checks readiness and returns at once [posix.select]
  timeval designated = {.tv_sec = 0, .tv_usec = 0};
  select(nfds, in, nullptr, nullptr, &designated);
  // CHECK-NEXT: :[[@LINE-1]]:3: select is async-nonblocking: a zero timeout{{.*}} [posix.select]
  timespec ts{};
  pselect(nfds, in, nullptr, nullptr, &ts, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: pselect is async-nonblocking: a zero timeout checks readiness and returns at once [posix.select]
  pselect(nfds, in, nullptr, nullptr, &kNoWait, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: pselect is async-nonblocking: a zero timeout{{.*}} [posix.select]
}

// A timeout that is not zero still waits.
void select_nonzero(int nfds, fd_set *in, const sigset_t *mask) {
  // CHECK: :[[@LINE-1]]:6: 'select_nonzero' is async-blocking
  timeval second = {1, 0};
  select(nfds, in, nullptr, nullptr, &second);
  // CHECK: :[[@LINE-1]]:3: select is async-blocking: waits until one of the descriptors is ready{{.*}} [posix.select]
  timeval micro = {0, 500};
  select(nfds, in, nullptr, nullptr, &micro);
  // CHECK-NEXT: :[[@LINE-1]]:3: select is async-blocking: waits until one of the descriptors is ready{{.*}} [posix.select]
  timespec nano = {0, 1};
  pselect(nfds, in, nullptr, nullptr, &nano, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: pselect is async-blocking: waits until one of the descriptors is ready{{.*}} [posix.select]
  // Zero in another argument (nfds) is not a zero timeout.
  select(0, in, nullptr, nullptr, &second);
  // CHECK-NEXT: :[[@LINE-1]]:3: select is async-blocking: waits until one of the descriptors is ready{{.*}} [posix.select]
}

void polls(pollfd *fds, nfds_t n, const timespec *ts, const sigset_t *mask) {
  // CHECK: :[[@LINE-1]]:6: 'polls' is async-blocking
  poll(fds, n, -1);
  // CHECK: :[[@LINE-1]]:3: poll is async-blocking: waits until one of the descriptors is ready or the timeout expires [posix.poll]
  poll(fds, n, 100);
  // CHECK-NEXT: :[[@LINE-1]]:3: poll is async-blocking: waits until one of the descriptors is ready{{.*}} [posix.poll]
  ppoll(fds, n, nullptr, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: ppoll is async-blocking: waits until one of the descriptors is ready{{.*}} [posix.poll]
  ppoll(fds, n, ts, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: ppoll is async-blocking: waits until one of the descriptors is ready{{.*}} [posix.poll]
  // Zero descriptors is not a zero timeout.
  poll(fds, 0, -1);
  // CHECK-NEXT: :[[@LINE-1]]:3: poll is async-blocking: waits until one of the descriptors is ready{{.*}} [posix.poll]
}

void polls_zero(pollfd *fds, nfds_t n, const sigset_t *mask) {
  // CHECK: :[[@LINE-1]]:6: 'polls_zero' is async-nonblocking
  poll(fds, n, 0);
  // CHECK: :[[@LINE-1]]:3: poll is async-nonblocking: a zero timeout checks readiness and returns at once [posix.poll]
  constexpr int kNone = 0;
  poll(fds, n, kNone);
  // CHECK-NEXT: :[[@LINE-1]]:3: poll is async-nonblocking: a zero timeout{{.*}} [posix.poll]
  timespec ts = {0, 0};
  ppoll(fds, n, &ts, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: ppoll is async-nonblocking: a zero timeout checks readiness and returns at once [posix.poll]
}

void epoll_waits(int ep, epoll_event *ev, const timespec *ts, const sigset_t *mask) {
  // CHECK: :[[@LINE-1]]:6: 'epoll_waits' is async-blocking
  epoll_wait(ep, ev, 16, -1);
  // CHECK: :[[@LINE-1]]:3: epoll_wait is async-blocking: waits until an event is ready on the epoll instance or the timeout expires [linux.epoll_wait]
  epoll_wait(ep, ev, 16, 1000);
  // CHECK-NEXT: :[[@LINE-1]]:3: epoll_wait is async-blocking: waits until an event is ready{{.*}} [linux.epoll_wait]
  epoll_pwait(ep, ev, 16, -1, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: epoll_pwait is async-blocking: waits until an event is ready{{.*}} [linux.epoll_wait]
  epoll_pwait2(ep, ev, 16, nullptr, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: epoll_pwait2 is async-blocking: waits until an event is ready{{.*}} [linux.epoll_wait]
  epoll_pwait2(ep, ev, 16, ts, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: epoll_pwait2 is async-blocking: waits until an event is ready{{.*}} [linux.epoll_wait]
}

void epoll_waits_zero(int ep, epoll_event *ev, const sigset_t *mask) {
  // CHECK: :[[@LINE-1]]:6: 'epoll_waits_zero' is async-nonblocking
  epoll_wait(ep, ev, 16, 0);
  // CHECK: :[[@LINE-1]]:3: epoll_wait is async-nonblocking: a zero timeout collects ready events and returns at once [linux.epoll_wait]
  epoll_pwait(ep, ev, 16, 0, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: epoll_pwait is async-nonblocking: a zero timeout collects ready events{{.*}} [linux.epoll_wait]
  timespec ts{};
  epoll_pwait2(ep, ev, 16, &ts, mask);
  // CHECK-NEXT: :[[@LINE-1]]:3: epoll_pwait2 is async-nonblocking: a zero timeout collects ready events{{.*}} [linux.epoll_wait]
}

// Creating and changing an epoll instance returns at once.
void epoll_setup(int fd, epoll_event *ev) {
  // CHECK: :[[@LINE-1]]:6: 'epoll_setup' is sync-nonblocking
  int ep = epoll_create1(EPOLL_CLOEXEC);
  // CHECK: :[[@LINE-1]]:12: epoll_create1 is sync-nonblocking: creates or changes an epoll instance and returns at once [linux.epoll_create]
  int old = epoll_create(16);
  // CHECK-NEXT: :[[@LINE-1]]:13: epoll_create is sync-nonblocking: creates or changes an epoll instance{{.*}} [linux.epoll_create]
  epoll_ctl(ep, EPOLL_CTL_ADD, fd, ev);
  // CHECK-NEXT: :[[@LINE-1]]:3: epoll_ctl is sync-nonblocking: creates or changes an epoll instance{{.*}} [linux.epoll_create]
  epoll_ctl(old, EPOLL_CTL_DEL, fd, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: epoll_ctl is sync-nonblocking{{.*}} [linux.epoll_create]
}

// Look-alikes: user functions and members that share a name with the
// library's are never labeled by the library's rules.
namespace mylib {
int select(int) { return 0; }
int poll(int) { return 0; }
int epoll_wait(int) { return 0; }
} // namespace mylib
// CHECK: :[[@LINE-4]]:5: 'mylib::select' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:5: 'mylib::poll' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:5: 'mylib::epoll_wait' is sync-nonblocking (pure computation
struct Reactor {
  int poll(int timeout) { return timeout; }
  int epoll_wait(int, int timeout) { return timeout; }
};
// CHECK: :[[@LINE-3]]:7: 'Reactor::poll' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-3]]:7: 'Reactor::epoll_wait' is sync-nonblocking (pure computation

void lookalikes(Reactor &r) {
  mylib::select(-1);
  mylib::poll(-1);
  mylib::epoll_wait(-1);
  r.poll(-1);
  r.epoll_wait(3, -1);
}
// CHECK: :[[@LINE-7]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 14 functions: 0 sync-blocking, 7 sync-nonblocking (6 pure computation), 4 async-blocking, 3 async-nonblocking
