// Tasks on pools: a oneTBB task_group, an Asio thread_pool, libuv's work
// queue; and a parallel algorithm on its own, which is parallel but starts
// nothing else in flight.
// RUN: %quadrant -j1 --show-pure %s -- -std=c++20 | FileCheck %s
// RUN: %quadrant -j1 --show-pure %s -- -std=c++20 -DONLY_ALGORITHM | FileCheck %s --check-prefix=ALGORITHM

#include <algorithm>
#include <execution>
#include <vector>

void scale(std::vector<double> &v) {
  std::for_each(std::execution::par, v.begin(), v.end(), [](double &x) { x *= 2; });
}

#ifndef ONLY_ALGORITHM
#include <asio.hpp>
#include <oneapi/tbb/task_group.h>
#include <uv.h>

void step() {}
void on_work(uv_work_t *) { step(); }

void tasks(uv_loop_t *loop, uv_work_t *req) {
  tbb::task_group g;
  g.run([] { step(); });
  g.wait();
  asio::thread_pool pool(2);
  asio::post(pool, [] { step(); });
  pool.join();
  uv_queue_work(loop, req, on_work, nullptr);
}
#endif

int main() {
  std::vector<double> v(100, 1.0);
  scale(v);
}

// CHECK: program: concurrent and parallel: tasks handed to a pool at 3 sites run on its worker threads; 1 parallel algorithm splits its work over the cores
// CHECK-NEXT: pool tasks: 3; parallel algorithms: 1;
// CHECK: 'scale::(lambda at {{.*}})' is sync-nonblocking
// CHECK-NEXT: runs on: the threads of the parallel algorithm 'std::for_each' at {{.*}}pools.cpp:12:3 (it could run on two threads at the same instant
// CHECK: 'step' is sync-nonblocking
// CHECK-NEXT: runs on: a pool's worker threads, as a task handed to 'tbb::detail::d1::task_group::run' at {{.*}}pools.cpp:25:5; a pool's worker threads, as a task handed to 'asio::post' at {{.*}}pools.cpp:28:3; a pool's worker threads, as a task handed to 'uv_queue_work' at {{.*}}pools.cpp:30:3 (it could run

// ALGORITHM: program: parallel, not concurrent: 1 parallel algorithm splits its work over the cores
