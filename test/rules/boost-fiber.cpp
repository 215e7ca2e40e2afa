// Rules of rules/boost-fiber.yaml against the real headers of Boost.Fiber
// 1.74 (libboost-fiber1.74-dev).
// RUN: %quadrant-cxx | %check
// RUN: %quadrant -j1 --checks=-* --format=json %s -- -std=c++20 | FileCheck %s --check-prefix=TRAITS

#include <boost/fiber/all.hpp>
#include <chrono>

using namespace std::chrono_literals;

// Every wait of a fiber suspends the fiber, not the thread: blocking, with
// reasons that say only the fiber waits.
void waits(boost::fibers::mutex &m, boost::fibers::condition_variable &cv,
           boost::fibers::buffered_channel<int> &ch, boost::fibers::unbuffered_channel<int> &u,
           boost::fibers::future<int> &f, boost::fibers::barrier &b) {
  boost::this_fiber::sleep_for(10ms);
  m.lock();
  m.unlock();
  std::unique_lock<boost::fibers::mutex> lk(m, std::defer_lock);
  cv.wait(lk);
  cv.wait_for(lk, 1s);
  ch.push(1);
  int v;
  ch.pop(v);
  u.push(2);
  v = u.value_pop();
  v = f.get();
  b.wait();
}
// CHECK: :[[@LINE-17]]:6: 'waits' is sync-blocking
// CHECK-NEXT: blocks: waits -> boost::this_fiber::sleep_for at {{.*}}boost-fiber.cpp:[[@LINE-15]]:3
// CHECK-NEXT: :[[@LINE-16]]:3: boost::this_fiber::sleep_for is sync-blocking: suspends the calling fiber until the time has passed; only the fiber waits, its thread runs the other fibers meanwhile [fiber.sleep]
// CHECK-NEXT: :[[@LINE-16]]:5: boost::fibers::mutex::lock is sync-blocking: suspends the calling fiber until the mutex is free; only the fiber waits, its thread runs the other fibers meanwhile [fiber.mutex.lock]
// CHECK-NEXT: :[[@LINE-15]]:42: std::unique_lock::unique_lock is sync-nonblocking: the lock does not lock the mutex now [std.unique_lock]
// CHECK-NEXT: :[[@LINE-15]]:6: boost::fibers::condition_variable::wait is sync-blocking: suspends the calling fiber until it is notified (at a barrier, until every fiber has arrived); only the fiber waits, its thread runs the other fibers meanwhile [fiber.wait]
// CHECK-NEXT: :[[@LINE-15]]:6: boost::fibers::condition_variable::wait_for is sync-blocking: suspends the calling fiber until it is notified or the time is up; only the fiber waits, its thread runs the other fibers meanwhile [fiber.wait_for]
// CHECK-NEXT: :[[@LINE-15]]:6: boost::fibers::buffered_channel::push is sync-blocking: suspends the calling fiber until the channel has room (push) or a value (pop); only the fiber waits, its thread runs the other fibers meanwhile [fiber.channel.wait]
// CHECK-NEXT: :[[@LINE-14]]:6: boost::fibers::buffered_channel::pop is sync-blocking: {{.*}} [fiber.channel.wait]
// CHECK-NEXT: :[[@LINE-14]]:5: boost::fibers::unbuffered_channel::push is sync-blocking: {{.*}} [fiber.channel.wait]
// CHECK-NEXT: :[[@LINE-14]]:9: boost::fibers::unbuffered_channel::value_pop is sync-blocking: {{.*}} [fiber.channel.wait]
// CHECK-NEXT: :[[@LINE-14]]:9: boost::fibers::future::get is sync-blocking: suspends the calling fiber until the result is ready; only the fiber waits, its thread runs the other fibers meanwhile [fiber.future.get]
// CHECK-NEXT: :[[@LINE-14]]:5: boost::fibers::barrier::wait is sync-blocking: {{.*}} [fiber.wait]

// The trait blocks-fiber marks the fibers' waits in the JSON report.
// TRAITS:      "name": "waits",
// TRAITS:      "traits": [
// TRAITS-NEXT:   "blocks-fiber",
// TRAITS-NEXT:   "locks",
// TRAITS-NEXT:   "sleeps",
// TRAITS-NEXT:   "waits-for-result"
// TRAITS-NEXT: ],

// The try_ forms and a zero wait_for return at once: no fiber waits.
// TRAITS:      "name": "tries",
// TRAITS:      "traits": [
// TRAITS-NEXT:   "locks",
// TRAITS-NEXT:   "polls"
// TRAITS-NEXT: ],
void tries(boost::fibers::mutex &m, boost::fibers::buffered_channel<int> &ch, boost::fibers::future<int> &f) {
  if (m.try_lock())
    m.unlock();
  ch.try_push(1);
  int v;
  ch.try_pop(v);
  f.wait_for(0s);
}
// CHECK: :[[@LINE-8]]:6: 'tries' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-8]]:9: boost::fibers::mutex::try_lock is sync-nonblocking: takes the mutex if it is free and returns false at once otherwise [fiber.mutex.try_lock]
// CHECK-NEXT: :[[@LINE-7]]:6: boost::fibers::buffered_channel::try_push is sync-nonblocking: pushes or pops only if the channel is ready now, and returns at once either way [fiber.channel.try]
// CHECK-NEXT: :[[@LINE-6]]:6: boost::fibers::buffered_channel::try_pop is sync-nonblocking: {{.*}} [fiber.channel.try]
// CHECK-NEXT: :[[@LINE-6]]:5: boost::fibers::future::wait_for is sync-nonblocking: a zero timeout asks whether the result is ready and returns at once [fiber.future.poll]

// Starting fibers returns at once; joining one waits for it (fiber.fiber,
// fiber.async, fiber.join); a default-constructed fiber runs nothing.
void start() {
  boost::fibers::fiber f([] {});
  boost::fibers::future<int> r = boost::fibers::async([] { return 1; });
  boost::fibers::fiber none;
  f.join();
  r.wait_for(5ms);
}
// CHECK: :[[@LINE-7]]:6: 'start' is async-blocking
// CHECK-NEXT: blocks: start -> boost::fibers::fiber::join at {{.*}}boost-fiber.cpp:[[@LINE-4]]:5
// CHECK-NEXT: async: start -> boost::fibers::fiber::fiber at {{.*}}boost-fiber.cpp:[[@LINE-8]]:24
// CHECK-NEXT: :[[@LINE-9]]:24: boost::fibers::fiber::fiber is async-nonblocking: starts a fiber and returns at once; it runs when the running fiber suspends or yields [fiber.fiber]
// CHECK-NEXT: :[[@LINE-9]]:34: boost::fibers::async is async-nonblocking: starts a fiber that runs the function and returns a fibers::future at once; get() on it suspends the fiber that asks [fiber.async]
// CHECK-NEXT: :[[@LINE-8]]:5: boost::fibers::fiber::join is sync-blocking: suspends the calling fiber until the joined fiber has ended; only the calling fiber waits, its thread runs the other fibers meanwhile [fiber.join]
// CHECK-NEXT: :[[@LINE-8]]:5: boost::fibers::future::wait_for is sync-blocking: suspends the calling fiber until the result is ready or the time is up; only the fiber waits, its thread runs the other fibers meanwhile [fiber.future.wait_for]
// CHECK: :[[@LINE-13]]:26: 'start::(lambda at [[@LINE-13]]:26)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-13]]:55: 'start::(lambda at [[@LINE-13]]:55)' is sync-nonblocking (pure computation

// Look-alikes: a user channel and mutex with the same member names, and a
// user namespace this_fiber.
namespace mylib {
struct channel {
  void push(int) {}
  int value_pop() { return 0; }
};
struct mutex {
  void lock() {}
};
namespace this_fiber {
void sleep_for(int) {}
} // namespace this_fiber
} // namespace mylib
// CHECK: :[[@LINE-10]]:8: 'mylib::channel::push' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-10]]:7: 'mylib::channel::value_pop' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-8]]:8: 'mylib::mutex::lock' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-6]]:6: 'mylib::this_fiber::sleep_for' is sync-nonblocking (pure computation
void look_alikes(mylib::channel &ch, mylib::mutex &m) {
  ch.push(1);
  ch.value_pop();
  m.lock();
  mylib::this_fiber::sleep_for(1);
}
// CHECK: :[[@LINE-6]]:6: 'look_alikes' is sync-nonblocking (pure computation

// CHECK: 10 functions: 1 sync-blocking, 8 sync-nonblocking (7 pure computation), 1 async-blocking, 0 async-nonblocking
