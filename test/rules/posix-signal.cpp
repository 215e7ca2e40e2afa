// Rules of rules/posix-signal.yaml against the real glibc headers.
// RUN: %quadrant-cxx | %check

#include <signal.h>
#include <time.h>
#include <unistd.h>

void waits_for_signals(const sigset_t *set, siginfo_t *info, const timespec *t) {
  // CHECK: :[[@LINE-1]]:6: 'waits_for_signals' is sync-blocking
  int sig;
  sigwait(set, &sig);
  // CHECK: :[[@LINE-1]]:3: sigwait is sync-blocking: waits until one of the signals in the set is pending [posix.sigwait]
  sigwaitinfo(set, info);
  // CHECK-NEXT: :[[@LINE-1]]:3: sigwaitinfo is sync-blocking: waits until one of the signals in the set is pending [posix.sigwait]
  sigtimedwait(set, info, t);
  // CHECK-NEXT: :[[@LINE-1]]:3: sigtimedwait is sync-blocking: waits until one of the signals in the set is pending or the timeout expires [posix.sigtimedwait]
  sigsuspend(set);
  // CHECK-NEXT: :[[@LINE-1]]:3: sigsuspend is sync-blocking: suspends the thread until a signal arrives [posix.sigsuspend]
  pause();
  // CHECK-NEXT: :[[@LINE-1]]:3: pause is sync-blocking: suspends the thread until a signal arrives [posix.sigsuspend]
}

// A zero timeout only takes a signal that is already pending.
void polls_signals(const sigset_t *set) {
  // CHECK: :[[@LINE-1]]:6: 'polls_signals' is sync-nonblocking
  timespec zero = {0, 0};
  sigtimedwait(set, nullptr, &zero);
  // CHECK: :[[@LINE-1]]:3: sigtimedwait is sync-nonblocking: a zero timeout takes a pending signal or returns EAGAIN at once [posix.sigtimedwait]
}

// Look-alikes are not labeled.
namespace mylib {
int sigwait(int) { return 0; }
int pause() { return 0; }
} // namespace mylib
// CHECK: :[[@LINE-3]]:5: 'mylib::sigwait' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-3]]:5: 'mylib::pause' is sync-nonblocking (pure computation
struct Player {
  void pause() {}
};
// CHECK: :[[@LINE-2]]:8: 'Player::pause' is sync-nonblocking (pure computation
void lookalikes(Player &p) {
  mylib::sigwait(1);
  mylib::pause();
  p.pause();
}
// CHECK: :[[@LINE-5]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 6 functions: 1 sync-blocking, 5 sync-nonblocking (4 pure computation), 0 async-blocking, 0 async-nonblocking
