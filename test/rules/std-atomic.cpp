// Rules of rules/std-atomic.yaml against the real libstdc++ headers.
// RUN: %quadrant-cxx | %check

#include <atomic>

// std.atomic.wait: wait(old) blocks while the value is still old, on every
// kind of atomic: integral, bool, pointer, floating point, atomic_ref and
// atomic_flag, and through the free functions.
void waits(std::atomic<int> &i, std::atomic<bool> &b, std::atomic<int *> &p,
           std::atomic<float> &f, std::atomic_flag &flag, int &plain) {
  i.wait(0);
  // CHECK: :[[@LINE-3]]:6: 'waits' is sync-blocking
  // CHECK-NEXT: blocks: waits -> std::atomic::wait at {{.*}}std-atomic.cpp:[[@LINE-2]]:5
  // CHECK-NEXT: :[[@LINE-3]]:5: std::atomic::wait is sync-blocking: waits while the atomic still holds the old value, until another thread changes it and notifies [std.atomic.wait]
  b.wait(false, std::memory_order_acquire);
  // CHECK-NEXT: :[[@LINE-1]]:5: std::atomic::wait is sync-blocking: {{.*}} [std.atomic.wait]
  p.wait(nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:5: std::atomic::wait is sync-blocking: {{.*}} [std.atomic.wait]
  f.wait(1.0f);
  // CHECK-NEXT: :[[@LINE-1]]:5: std::atomic::wait is sync-blocking: {{.*}} [std.atomic.wait]
  flag.wait(true);
  // CHECK-NEXT: :[[@LINE-1]]:8: std::atomic_flag::wait is sync-blocking: {{.*}} [std.atomic.wait]
  std::atomic_ref<int> ref(plain);
  ref.wait(0);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::atomic_ref::wait is sync-blocking: {{.*}} [std.atomic.wait]
  std::atomic_wait(&i, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::atomic_wait is sync-blocking: {{.*}} [std.atomic.wait]
  std::atomic_wait_explicit(&i, 0, std::memory_order_relaxed);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::atomic_wait_explicit is sync-blocking: {{.*}} [std.atomic.wait]
}

// std.atomic.notify: waking the waiters returns at once; loads, stores and
// read-modify-write operations are not labeled at all.
void notifies(std::atomic<int> &i, std::atomic<bool> &b, std::atomic_flag &flag, int &plain) {
  i.store(1);
  i.fetch_add(1);
  flag.test_and_set();
  i.notify_one();
  // CHECK: :[[@LINE-5]]:6: 'notifies' is sync-nonblocking
  // CHECK-NEXT: :[[@LINE-2]]:5: std::atomic::notify_one is sync-nonblocking: wakes threads waiting on the atomic and returns at once [std.atomic.notify]
  b.notify_all();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::atomic::notify_all is sync-nonblocking: {{.*}} [std.atomic.notify]
  flag.notify_one();
  // CHECK-NEXT: :[[@LINE-1]]:8: std::atomic_flag::notify_one is sync-nonblocking: {{.*}} [std.atomic.notify]
  flag.notify_all();
  // CHECK-NEXT: :[[@LINE-1]]:8: std::atomic_flag::notify_all is sync-nonblocking: {{.*}} [std.atomic.notify]
  std::atomic_ref<int> ref(plain);
  ref.notify_one();
  // CHECK-NEXT: :[[@LINE-1]]:7: std::atomic_ref::notify_one is sync-nonblocking: {{.*}} [std.atomic.notify]
  ref.notify_all();
  // CHECK-NEXT: :[[@LINE-1]]:7: std::atomic_ref::notify_all is sync-nonblocking: {{.*}} [std.atomic.notify]
  std::atomic_notify_one(&i);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::atomic_notify_one is sync-nonblocking: {{.*}} [std.atomic.notify]
  std::atomic_notify_all(&i);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::atomic_notify_all is sync-nonblocking: {{.*}} [std.atomic.notify]
}

// Only atomic operations: pure computation.
int counter(std::atomic<int> &i) { return i.load() + i.exchange(2); }
// CHECK: :[[@LINE-1]]:5: 'counter' is sync-nonblocking (pure computation

// Look-alikes: a user atomic with the same member names, and free functions
// of the same names in another namespace.
namespace mylib {
template <typename T> struct atomic {
  void wait(T) const {}
  void notify_one() {}
  void notify_all() {}
};
template <typename T> void atomic_wait(const atomic<T> *, T) {}
} // namespace mylib
// CHECK: :[[@LINE-6]]:8: 'mylib::atomic::wait' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-6]]:8: 'mylib::atomic::notify_one' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-6]]:8: 'mylib::atomic::notify_all' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:28: 'mylib::atomic_wait' is sync-nonblocking (pure computation

void lookalikes(mylib::atomic<int> &a) {
  a.wait(0);
  a.notify_one();
  a.notify_all();
  mylib::atomic_wait(&a, 0);
}
// CHECK: :[[@LINE-6]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 8 functions: 1 sync-blocking, 7 sync-nonblocking (6 pure computation), 0 async-blocking, 0 async-nonblocking
