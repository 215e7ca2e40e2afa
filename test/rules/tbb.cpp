// Rules of rules/tbb.yaml against the real oneTBB headers (libtbb-dev).
// RUN: %quadrant-cxx | %check

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/concurrent_queue.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/parallel_for_each.h>
#include <oneapi/tbb/parallel_invoke.h>
#include <oneapi/tbb/parallel_reduce.h>
#include <oneapi/tbb/parallel_sort.h>
#include <oneapi/tbb/task_arena.h>
#include <oneapi/tbb/task_group.h>
#include <functional>
#include <vector>

void work() {}
void each(int) {}
// CHECK: :[[@LINE-2]]:6: 'work' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-2]]:6: 'each' is sync-nonblocking (pure computation

// tbb.task_group.run starts a task; tbb.task_group.wait joins the group.
// tbb:: and oneapi::tbb:: name the same classes.
void group() {
  tbb::task_group g;
  g.run(work);
  g.wait();
  oneapi::tbb::task_group h;
  h.run(work);
  h.run_and_wait(work);
}
// CHECK: :[[@LINE-8]]:6: 'group' is async-blocking
// CHECK-NEXT: blocks: group -> tbb::detail::d1::task_group_base::wait at {{.*}}tbb.cpp:[[@LINE-6]]:5
// CHECK-NEXT: async: group -> tbb::detail::d1::task_group::run at {{.*}}tbb.cpp:[[@LINE-8]]:5
// CHECK-NEXT: :[[@LINE-9]]:5: tbb::detail::d1::task_group::run is async-nonblocking: schedules the function as a task that a worker thread may run; the caller continues at once [tbb.task_group.run]
// CHECK-NEXT: :[[@LINE-9]]:5: tbb::detail::d1::task_group_base::wait is sync-blocking: waits until every task of the group has finished, running some of them on this thread meanwhile [tbb.task_group.wait]
// CHECK-NEXT: :[[@LINE-8]]:5: tbb::detail::d1::task_group::run is async-nonblocking: {{.*}} [tbb.task_group.run]
// CHECK-NEXT: :[[@LINE-8]]:5: tbb::detail::d1::task_group::run_and_wait is sync-blocking: {{.*}} [tbb.task_group.wait]

// tbb.parallel: every parallel algorithm returns only when the work is done.
void algorithms(std::vector<int> &v) {
  tbb::parallel_for(0, 10, each);
  // CHECK: :[[@LINE-2]]:6: 'algorithms' is async-blocking
  // CHECK-NEXT: blocks: algorithms -> tbb::detail::d1::parallel_for at {{.*}}tbb.cpp:[[@LINE-2]]:3
  // CHECK-NEXT: async: algorithms -> tbb::detail::d1::parallel_for at {{.*}}tbb.cpp:[[@LINE-3]]:3
  // CHECK-NEXT: :[[@LINE-4]]:3: tbb::detail::d1::parallel_for is async-blocking: splits the work into tasks for TBB's worker threads, joins in on this thread, and returns when all of them have finished [tbb.parallel]
  tbb::parallel_for(tbb::blocked_range<int>(0, 10), [](const tbb::blocked_range<int> &) {});
  // CHECK-NEXT: :[[@LINE-1]]:3: tbb::detail::d1::parallel_for is async-blocking: {{.*}} [tbb.parallel]
  tbb::parallel_for_each(v.begin(), v.end(), each);
  // CHECK-NEXT: :[[@LINE-1]]:3: tbb::detail::d2::parallel_for_each is async-blocking: {{.*}} [tbb.parallel]
  tbb::parallel_invoke(work, work);
  // CHECK-NEXT: :[[@LINE-1]]:3: tbb::detail::d1::parallel_invoke is async-blocking: {{.*}} [tbb.parallel]
  tbb::parallel_reduce(tbb::blocked_range<int>(0, 10), 0,
                       [](const tbb::blocked_range<int> &r, int s) { return s + r.size(); },
                       std::plus<int>());
  // CHECK-NEXT: :[[@LINE-3]]:3: tbb::detail::d1::parallel_reduce is async-blocking: {{.*}} [tbb.parallel]
  tbb::parallel_sort(v.begin(), v.end());
  // CHECK-NEXT: :[[@LINE-1]]:3: tbb::detail::d1::parallel_sort is async-blocking: {{.*}} [tbb.parallel]
}
// The lambdas are functions of their own, run by TBB's threads.
// CHECK: :[[@LINE-14]]:53: 'algorithms::(lambda at [[@LINE-14]]:53)' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-8]]:24: 'algorithms::(lambda at [[@LINE-8]]:24)' is sync-nonblocking (pure computation

// tbb.bounded_queue.*: a bounded queue's push waits for room and pop for an
// item; the try_ forms do not wait. An unbounded concurrent_queue never waits
// and is not labeled.
void queues(tbb::concurrent_bounded_queue<int> &q, tbb::concurrent_queue<int> &u) {
  int x;
  q.push(1);
  // CHECK: :[[@LINE-3]]:6: 'queues' is sync-blocking
  // CHECK-NEXT: blocks: queues -> tbb::detail::d2::concurrent_bounded_queue::push at {{.*}}tbb.cpp:[[@LINE-2]]:5
  // CHECK-NEXT: :[[@LINE-3]]:5: tbb::detail::d2::concurrent_bounded_queue::push is sync-blocking: waits while the queue is at its capacity, until another thread pops an item [tbb.bounded_queue.push]
  q.emplace(2);
  // CHECK-NEXT: :[[@LINE-1]]:5: tbb::detail::d2::concurrent_bounded_queue::emplace is sync-blocking: {{.*}} [tbb.bounded_queue.push]
  q.pop(x);
  // CHECK-NEXT: :[[@LINE-1]]:5: tbb::detail::d2::concurrent_bounded_queue::pop is sync-blocking: waits until the queue has an item [tbb.bounded_queue.pop]
  u.push(1);
  u.try_pop(x);
}

bool queues_nowait(tbb::concurrent_bounded_queue<int> &q) {
  int x;
  bool ok = q.try_push(1) && q.try_emplace(2) && q.try_pop(x);
  q.abort();
  return ok;
  // CHECK: :[[@LINE-5]]:6: 'queues_nowait' is sync-nonblocking
  // CHECK-NEXT: :[[@LINE-4]]:15: tbb::detail::d2::concurrent_bounded_queue::try_push is sync-nonblocking: pushes or pops if it can and returns false at once otherwise [tbb.bounded_queue.try]
  // CHECK-NEXT: :[[@LINE-5]]:32: tbb::detail::d2::concurrent_bounded_queue::try_emplace is sync-nonblocking: {{.*}} [tbb.bounded_queue.try]
  // CHECK-NEXT: :[[@LINE-6]]:52: tbb::detail::d2::concurrent_bounded_queue::try_pop is sync-nonblocking: {{.*}} [tbb.bounded_queue.try]
  // CHECK-NEXT: :[[@LINE-6]]:5: tbb::detail::d2::concurrent_bounded_queue::abort is sync-nonblocking: makes the threads waiting in push or pop throw, and returns at once [tbb.bounded_queue.abort]
}

// tbb.task_arena.execute runs here; tbb.task_arena.enqueue hands off.
void arenas(tbb::task_arena &a) {
  a.enqueue(work);
  a.execute(work);
}
// CHECK: :[[@LINE-4]]:6: 'arenas' is async-blocking
// CHECK-NEXT: blocks: arenas -> tbb::detail::d1::task_arena::execute at {{.*}}tbb.cpp:[[@LINE-3]]:5
// CHECK-NEXT: async: arenas -> tbb::detail::d1::task_arena::enqueue at {{.*}}tbb.cpp:[[@LINE-5]]:5
// CHECK-NEXT: :[[@LINE-6]]:5: tbb::detail::d1::task_arena::enqueue is async-nonblocking: hands the function to the arena's worker threads and returns at once [tbb.task_arena.enqueue]
// CHECK-NEXT: :[[@LINE-6]]:5: tbb::detail::d1::task_arena::execute is sync-blocking: runs the function in the arena on this thread, first waiting for a free slot if the arena is full [tbb.task_arena.execute]

// Look-alikes: a user task group and queue, and a user parallel_for.
namespace pool {
struct task_group {
  void run(void (*f)()) { f(); }
  void wait() {}
};
struct concurrent_bounded_queue {
  void push(int) {}
  void pop(int &) {}
};
void parallel_for(int, int, void (*f)(int)) { f(0); }
} // namespace pool
// CHECK: :[[@LINE-9]]:8: 'pool::task_group::run' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:8: 'pool::task_group::wait' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:8: 'pool::concurrent_bounded_queue::push' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:8: 'pool::concurrent_bounded_queue::pop' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-6]]:6: 'pool::parallel_for' is sync-nonblocking (pure computation

void lookalikes(pool::task_group &g, pool::concurrent_bounded_queue &q) {
  int x;
  g.run(work);
  g.wait();
  q.push(1);
  q.pop(x);
  pool::parallel_for(0, 1, each);
}
// CHECK: :[[@LINE-8]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 15 functions: 1 sync-blocking, 11 sync-nonblocking (10 pure computation), 3 async-blocking, 0 async-nonblocking
