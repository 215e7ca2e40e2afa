// Clang's thread-safety attributes make a type a lock with no rule of its
// own: a capability's acquire/try-acquire/release methods, a C function that
// names the capability it takes, and a scoped_lockable guard (the shape of
// absl::Mutex and absl::MutexLock).
// RUN: %quadrant-cxx | %check
// RUN: %quadrant -j1 --checks=-*,quadrant-blocking-under-lock %s -- -std=c++20 | FileCheck %s --check-prefix=LINT --implicit-check-not="{{warning|error}}:"

#include <unistd.h>

#define CAPABILITY(x) __attribute__((capability(x)))
#define SCOPED_CAPABILITY __attribute__((scoped_lockable))
#define ACQUIRE(...) __attribute__((acquire_capability(__VA_ARGS__)))
#define TRY_ACQUIRE(...) __attribute__((try_acquire_capability(__VA_ARGS__)))
#define RELEASE(...) __attribute__((release_capability(__VA_ARGS__)))

class CAPABILITY("mutex") Mutex {
public:
  void Lock() ACQUIRE();
  void Unlock() RELEASE();
  bool TryLock() TRY_ACQUIRE(true);
};

class SCOPED_CAPABILITY MutexLock {
public:
  explicit MutexLock(Mutex *mu) ACQUIRE(mu) : mu_(mu) { mu->Lock(); }
  ~MutexLock() RELEASE() { mu_->Unlock(); }
private:
  Mutex *mu_;
};
// CHECK: :[[@LINE-5]]:12: 'MutexLock::MutexLock' is sync-blocking
// CHECK-NEXT: blocks: MutexLock::MutexLock -> Mutex::Lock at
// CHECK-NEXT: :[[@LINE-7]]:61: Mutex::Lock is sync-blocking: takes a lock (the function is marked acquire_capability), waiting until it is free [thread-safety.acquire]
// CHECK: :[[@LINE-7]]:3: 'MutexLock::~MutexLock' is sync-nonblocking (pure

void c_lock(Mutex *m) ACQUIRE(m);
void c_unlock(Mutex *m) RELEASE(m);

Mutex mu;
void scoped() {
  MutexLock l(&mu);
  sleep(1);
}
// CHECK: :[[@LINE-4]]:6: 'scoped' is sync-blocking
// CHECK-NEXT: blocks: scoped -> sleep at
// CHECK-NEXT: :[[@LINE-5]]:13: MutexLock::MutexLock is sync-blocking: the scoped_lockable object takes the lock in its constructor (marked acquire_capability), waiting until it is free, and releases it when it is destroyed [thread-safety.scoped-acquire]
// CHECK-NEXT: :[[@LINE-5]]:3: sleep is sync-blocking
// LINT: :[[@LINE-6]]:3: warning: blocking call to 'sleep' while holding 'l'
// LINT-NEXT: :[[@LINE-8]]:13: note: 'l' is locked here

void by_hand() {
  mu.Lock();
  sleep(1);
  mu.Unlock();
  sleep(2);
}
// CHECK: :[[@LINE-6]]:6: 'by_hand' is sync-blocking
// CHECK-NEXT: blocks: by_hand -> sleep at
// CHECK-NEXT: :[[@LINE-7]]:6: Mutex::Lock is sync-blocking: takes a lock {{.*}} [thread-safety.acquire]
// CHECK-NEXT: :[[@LINE-7]]:3: sleep is sync-blocking
// CHECK-NEXT: :[[@LINE-6]]:3: sleep is sync-blocking
// LINT: :[[@LINE-9]]:3: warning: blocking call to 'sleep' while holding 'mu'
// LINT-NEXT: :[[@LINE-11]]:6: note: 'mu' is locked here

void tried() {
  if (mu.TryLock()) {
    sleep(1);
    mu.Unlock();
  }
}
// CHECK: :[[@LINE-6]]:6: 'tried' is sync-blocking
// CHECK-NEXT: blocks: tried -> sleep at
// CHECK-NEXT: :[[@LINE-7]]:10: Mutex::TryLock is sync-nonblocking: tries to take a lock (the function is marked try_acquire_capability) and returns at once [thread-safety.try-acquire]
// CHECK-NEXT: :[[@LINE-7]]:5: sleep is sync-blocking
// LINT: :[[@LINE-8]]:5: warning: blocking call to 'sleep' while holding 'mu'
// LINT-NEXT: :[[@LINE-10]]:10: note: 'mu' is locked here

void c_style() {
  c_lock(&mu);
  sleep(1);
  c_unlock(&mu);
}
// CHECK: :[[@LINE-5]]:6: 'c_style' is sync-blocking
// CHECK-NEXT: blocks: c_style -> sleep at
// CHECK-NEXT: :[[@LINE-6]]:3: c_lock is sync-blocking: takes a lock {{.*}} [thread-safety.acquire]
// CHECK-NEXT: :[[@LINE-6]]:3: sleep is sync-blocking
// LINT: :[[@LINE-7]]:3: warning: blocking call to 'sleep' while holding 'mu'
// LINT-NEXT: :[[@LINE-9]]:3: note: 'mu' is locked here

// A look-alike without the attributes is an ordinary function.
struct Plain {
  void Lock() {}
};
// CHECK: :[[@LINE-2]]:8: 'Plain::Lock' is sync-nonblocking (pure
void plain(Plain &p) { p.Lock(); }
// CHECK: :[[@LINE-1]]:6: 'plain' is sync-nonblocking (pure
// CHECK: 8 functions: 5 sync-blocking, 3 sync-nonblocking (3 pure computation), 0 async-blocking, 0 async-nonblocking
