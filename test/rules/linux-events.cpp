// Rules of rules/linux-events.yaml against the real glibc headers, and how
// their NONBLOCK flags reach later reads of the descriptor.
// RUN: %quadrant-cxx | %check

#include <signal.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <unistd.h>

// Created with the NONBLOCK flag: later reads and writes return EAGAIN.
void nonblocking_events(const sigset_t *mask, const itimerspec *spec, char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'nonblocking_events' is sync-nonblocking
  int efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  // CHECK: :[[@LINE-1]]:13: eventfd is sync-nonblocking: creates an event counter descriptor and returns at once [linux.eventfd]
  eventfd_t value;
  eventfd_read(efd, &value);
  // CHECK-NEXT: :[[@LINE-1]]:3: eventfd_read is sync-nonblocking: the eventfd is non-blocking (EFD_NONBLOCK), so it returns EAGAIN instead of waiting [linux.eventfd_read]
  eventfd_write(efd, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: eventfd_write is sync-nonblocking: the eventfd is non-blocking (EFD_NONBLOCK), so it returns EAGAIN instead of waiting [linux.eventfd_write]
  read(efd, &value, sizeof value);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.read]

  int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
  // CHECK-NEXT: :[[@LINE-1]]:13: timerfd_create is sync-nonblocking: creates a timer descriptor and returns at once [linux.timerfd_create]
  timerfd_settime(tfd, 0, spec, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: timerfd_settime is sync-nonblocking: arms or reads the timer and returns at once; the expiry is read later from the descriptor [linux.timerfd_settime]
  itimerspec now;
  timerfd_gettime(tfd, &now);
  // CHECK-NEXT: :[[@LINE-1]]:3: timerfd_gettime is sync-nonblocking: arms or reads the timer{{.*}} [linux.timerfd_settime]
  read(tfd, buf, 8);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.read]

  int sfd = signalfd(-1, mask, SFD_NONBLOCK | SFD_CLOEXEC);
  // CHECK-NEXT: :[[@LINE-1]]:13: signalfd is sync-nonblocking: creates or changes a signal descriptor and returns at once [linux.signalfd]
  read(sfd, buf, sizeof(signalfd_siginfo));
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.read]

  int ifd = inotify_init1(IN_NONBLOCK);
  // CHECK-NEXT: :[[@LINE-1]]:13: inotify_init1 is sync-nonblocking: creates an inotify descriptor and returns at once [linux.inotify_init]
  read(ifd, buf, 256);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-nonblocking: the descriptor is non-blocking (O_NONBLOCK){{.*}} [posix.read]
  inotify_rm_watch(ifd, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: inotify_rm_watch is sync-nonblocking: removes a watch and returns at once [linux.inotify_rm_watch]
}

// Without the flag, reading waits for the event.
void blocking_events(const sigset_t *mask, char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'blocking_events' is sync-blocking
  int efd = eventfd(0, EFD_CLOEXEC | EFD_SEMAPHORE);
  // CHECK: :[[@LINE-1]]:13: eventfd is sync-nonblocking: creates an event counter descriptor and returns at once [linux.eventfd]
  eventfd_t value;
  eventfd_read(efd, &value);
  // CHECK-NEXT: :[[@LINE-1]]:3: eventfd_read is sync-blocking: waits until the event counter is above zero [linux.eventfd_read]
  eventfd_write(efd, 1);
  // CHECK-NEXT: :[[@LINE-1]]:3: eventfd_write is sync-blocking: waits while adding the value would overflow the event counter [linux.eventfd_write]
  read(efd, &value, sizeof value);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]

  int tfd = timerfd_create(CLOCK_REALTIME, TFD_CLOEXEC);
  // CHECK-NEXT: :[[@LINE-1]]:13: timerfd_create is sync-nonblocking{{.*}} [linux.timerfd_create]
  read(tfd, buf, 8);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]

  int sfd = signalfd(-1, mask, 0);
  // CHECK-NEXT: :[[@LINE-1]]:13: signalfd is sync-nonblocking{{.*}} [linux.signalfd]
  read(sfd, buf, sizeof(signalfd_siginfo));
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]

  int ifd = inotify_init();
  // CHECK-NEXT: :[[@LINE-1]]:13: inotify_init is sync-nonblocking: creates an inotify descriptor and returns at once [linux.inotify_init]
  inotify_add_watch(ifd, "/tmp", IN_CREATE);
  // CHECK-NEXT: :[[@LINE-1]]:3: inotify_add_watch is sync-blocking: looks up the path, which can wait for the disk or a network file system [linux.inotify_add_watch]
  read(ifd, buf, 256);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]
  int ifd1 = inotify_init1(IN_CLOEXEC);
  // CHECK-NEXT: :[[@LINE-1]]:14: inotify_init1 is sync-nonblocking{{.*}} [linux.inotify_init]
  read(ifd1, buf, 256);
  // CHECK-NEXT: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]
}

// Look-alikes are not labeled.
namespace mylib {
int eventfd(int, int) { return 3; }
int timerfd_create(int, int) { return 3; }
} // namespace mylib
// CHECK: :[[@LINE-3]]:5: 'mylib::eventfd' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-3]]:5: 'mylib::timerfd_create' is sync-nonblocking (pure computation
struct Notifier {
  int eventfd_read(int) { return 0; }
  int inotify_add_watch(const char *) { return 0; }
};
// CHECK: :[[@LINE-3]]:7: 'Notifier::eventfd_read' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-3]]:7: 'Notifier::inotify_add_watch' is sync-nonblocking (pure computation
void lookalikes(Notifier &n) {
  mylib::timerfd_create(0, 0);
  n.eventfd_read(1);
  n.inotify_add_watch("/tmp");
}
// CHECK: :[[@LINE-5]]:6: 'lookalikes' is sync-nonblocking (pure computation

// A look-alike eventfd() with the flag does not make a real descriptor non-blocking.
void lookalike_marks(char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'lookalike_marks' is sync-blocking
  int fd = mylib::eventfd(0, EFD_NONBLOCK);
  read(fd, buf, 8);
  // CHECK: :[[@LINE-1]]:3: read is sync-blocking: waits until data arrives{{.*}} [posix.read]
}

// CHECK: 8 functions: 2 sync-blocking, 6 sync-nonblocking (5 pure computation), 0 async-blocking, 0 async-nonblocking
