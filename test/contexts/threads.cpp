// Threads started at a site, with the count the code shows: a constant loop
// bound, hardware_concurrency(), a loop with another bound, no loop.
// RUN: %quadrant -j1 --show-pure %s -- -std=c++20 | FileCheck %s
// The same in the JSON report: each function's contexts, and the program's.
// RUN: %quadrant -j1 --format=json %s -- -std=c++20 | python3 -c "import json, sys; d = json.load(sys.stdin); f = {x['name']: x for x in d['functions']}; print(json.dumps(f['worker']['contexts']), f['worker']['runs_in_parallel'], f['alone']['runs_in_parallel'], f['per_core']['contexts'][0]['threads'], f['per_request']['contexts'][0]['threads'], d['program']['threads_started'], d['program']['shared'])" | FileCheck %s --check-prefix=JSON
// JSON: [{"kind": "thread", "site": {"callee": "std::vector::emplace_back", "function": "four_workers", "file": "{{.*}}threads.cpp", "line": 26, "column": 10}, "entries": ["worker"], "threads": 4, "separate_memory": false, "description": "4 threads started by 'std::vector::emplace_back' at {{.*}}threads.cpp:26:10"}] True False hardware_concurrency unknown unknown ['shared_step', 'per_core', 'per_request', 'worker']

#include <pthread.h>
#include <thread>
#include <vector>

void shared_step() {}
void alone() {}
void per_core() {}
void per_request() {}
void *c_thread(void *) {
  shared_step();
  return nullptr;
}

void worker() { shared_step(); }

void four_workers() {
  std::vector<std::thread> pool;
  for (int i = 0; i < 4; ++i)
    pool.emplace_back(worker);
  for (std::thread &t : pool)
    t.join();
}

void one_per_core() {
  std::vector<std::thread> pool;
  unsigned n = std::thread::hardware_concurrency();
  for (unsigned i = 0; i < n; ++i)
    pool.emplace_back(per_core);
  for (std::thread &t : pool)
    t.join();
}

void one_per_request(int fd) {
  // The bound is not known: how many requests come is up to the peer.
  while (fd-- > 0)
    std::thread(per_request).detach();
}

void one_thread() {
  std::thread t(alone);
  t.join();
  pthread_t c;
  pthread_create(&c, nullptr, c_thread, nullptr);
  pthread_join(c, nullptr);
}

int main() {
  four_workers();
  one_per_core();
  one_per_request(3);
  one_thread();
  shared_step();
}

// The summary counts the sites and adds what they start.
// CHECK: program: concurrent and parallel: an unknown number of threads started at 5 sites share memory with the main thread
// CHECK-NEXT: a main thread; threads started: an unknown number of threads at 5 sites; pool tasks: 0; parallel algorithms: 0; calls that run an event loop: 0; handlers: 0; coroutines: 0; child processes: 0; other programs: 0
// CHECK-NEXT: could run on two threads at the same instant (a data race could be there if they share state without synchronization): shared_step, per_core, per_request, worker

// shared_step runs on the main thread, four workers and a pthread at once.
// CHECK: 'shared_step' is sync-nonblocking
// CHECK-NEXT: runs on: the main thread; 4 threads started by 'std::vector::emplace_back' at {{.*}}threads.cpp:26:10; a thread started by 'pthread_create' at {{.*}}threads.cpp:50:3 (it could run on two threads at the same instant: what it shares with them needs synchronization)
// One thread, started once: nothing else runs it.
// CHECK: 'alone' is sync-nonblocking
// CHECK-NEXT: runs on: a thread started by 'std::thread::thread' at {{.*}}threads.cpp:47:15{{$}}
// CHECK: 'per_core' is sync-nonblocking
// CHECK-NEXT: runs on: one thread per hardware thread started by 'std::vector::emplace_back' at {{.*}}threads.cpp:35:10 (it could run
// CHECK: 'per_request' is sync-nonblocking
// CHECK-NEXT: runs on: an unknown number of threads started by 'std::thread::thread' at {{.*}}threads.cpp:43:5 (it could run
// CHECK: 'c_thread' is sync-nonblocking
// CHECK-NEXT: runs on: a thread started by 'pthread_create' at {{.*}}threads.cpp:50:3{{$}}
// CHECK: 'worker' is sync-nonblocking
// CHECK-NEXT: runs on: 4 threads started by 'std::vector::emplace_back' at {{.*}}threads.cpp:26:10 (it could run
// CHECK: 'four_workers' is
// CHECK: runs on: the main thread{{$}}
