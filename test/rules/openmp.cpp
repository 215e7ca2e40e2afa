// Rules of rules/openmp.yaml against clang's OpenMP and libomp's omp.h.
// RUN: %quadrant -j1 --checks=-* --show-pure %s -- -std=c++20 -fopenmp | %check

#include <omp.h>

void work(int) {}
// CHECK: :[[@LINE-1]]:6: 'work' is sync-nonblocking (pure computation

// omp.parallel: a parallel region forks a team, the caller among it, and
// joins it at its end; so do the combined parallel directives.
void regions(int n) {
#pragma omp parallel
  work(0);
  // CHECK: :[[@LINE-3]]:6: 'regions' is async-blocking
  // CHECK-NEXT: blocks: regions -> omp parallel at {{.*}}openmp.cpp:[[@LINE-3]]:1
  // CHECK-NEXT: async: regions -> omp parallel at {{.*}}openmp.cpp:[[@LINE-4]]:1
  // CHECK-NEXT: :[[@LINE-5]]:1: omp parallel is async-blocking: runs the block on a team of threads, the calling thread among them, and waits at its end until the whole team has finished [omp.parallel]
#pragma omp parallel for
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp parallel for is async-blocking: {{.*}} [omp.parallel]
#pragma omp parallel for simd
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp parallel for simd is async-blocking: {{.*}} [omp.parallel]
#pragma omp parallel sections
  {
#pragma omp section
    work(1);
#pragma omp section
    work(2);
  }
  // CHECK-NEXT: :[[@LINE-7]]:1: omp parallel sections is async-blocking: {{.*}} [omp.parallel]
#pragma omp parallel loop
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp parallel loop is async-blocking: {{.*}} [omp.parallel]
#pragma omp parallel master
  work(0);
  // CHECK-NEXT: :[[@LINE-2]]:1: omp parallel master is async-blocking: {{.*}} [omp.parallel]
#pragma omp parallel masked
  work(0);
  // CHECK-NEXT: :[[@LINE-2]]:1: omp parallel masked is async-blocking: {{.*}} [omp.parallel]
#pragma omp parallel master taskloop
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp parallel master taskloop is async-blocking: {{.*}} [omp.parallel]
#pragma omp parallel master taskloop simd
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp parallel master taskloop simd is async-blocking: {{.*}} [omp.parallel]
#pragma omp parallel masked taskloop
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp parallel masked taskloop is async-blocking: {{.*}} [omp.parallel]
#pragma omp parallel masked taskloop simd
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp parallel masked taskloop simd is async-blocking: {{.*}} [omp.parallel]
}

// omp.task: a task is deferred to the team and the encountering thread goes
// on; omp.taskwait and omp.taskgroup wait for tasks; omp.taskloop makes tasks
// and waits for them; omp.taskyield waits for nothing. (Orphaned directives:
// the function is called from inside a parallel region.)
void spawn_tasks(int n) {
#pragma omp task
  work(0);
  // CHECK: :[[@LINE-3]]:6: 'spawn_tasks' is async-nonblocking
  // CHECK-NEXT: async: spawn_tasks -> omp task at {{.*}}openmp.cpp:[[@LINE-3]]:1
  // CHECK-NEXT: :[[@LINE-4]]:1: omp task is async-nonblocking: hands the block to the team as a task that may run later on another thread; the encountering thread goes on at once [omp.task]
#pragma omp taskyield
  // CHECK-NEXT: :[[@LINE-1]]:1: omp taskyield is sync-nonblocking: lets the thread run another task first; it waits for nothing [omp.taskyield]
}

void join_tasks(int n) {
#pragma omp taskwait
  // CHECK: :[[@LINE-2]]:6: 'join_tasks' is async-blocking
  // CHECK-NEXT: blocks: join_tasks -> omp taskwait at {{.*}}openmp.cpp:[[@LINE-2]]:1
  // CHECK-NEXT: async: join_tasks -> omp task at {{.*}}openmp.cpp:[[@LINE+4]]:1
  // CHECK-NEXT: :[[@LINE-4]]:1: omp taskwait is sync-blocking: waits until the tasks that the current task created have finished [omp.taskwait]
#pragma omp taskgroup
  {
#pragma omp task
    work(0);
  }
  // CHECK-NEXT: :[[@LINE-5]]:1: omp taskgroup is sync-blocking: runs the block, then waits until every task created in it, and their descendants, has finished [omp.taskgroup]
  // CHECK-NEXT: :[[@LINE-4]]:1: omp task is async-nonblocking: {{.*}} [omp.task]
#pragma omp taskloop
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp taskloop is async-blocking: splits the loop into tasks that the team may run on other threads, and waits until they all finish (unless nogroup, which quadrant does not see) [omp.taskloop]
#pragma omp taskloop simd
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp taskloop simd is async-blocking: {{.*}} [omp.taskloop]
#pragma omp master taskloop
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp master taskloop is async-blocking: {{.*}} [omp.taskloop]
#pragma omp master taskloop simd
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp master taskloop simd is async-blocking: {{.*}} [omp.taskloop]
#pragma omp masked taskloop
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp masked taskloop is async-blocking: {{.*}} [omp.taskloop]
#pragma omp masked taskloop simd
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp masked taskloop simd is async-blocking: {{.*}} [omp.taskloop]
}

// omp.barrier, omp.critical, omp.ordered and the worksharing constructs
// (omp.worksharing) make threads of the team wait for each other. `nowait`
// removes a worksharing construct's barrier, but a directive rule does not
// see clauses, so the `omp for nowait` below is labeled like `omp for`.
void team_sync(int n, int &sum) {
#pragma omp barrier
  // CHECK: :[[@LINE-2]]:6: 'team_sync' is sync-blocking
  // CHECK-NEXT: blocks: team_sync -> omp barrier at {{.*}}openmp.cpp:[[@LINE-2]]:1
  // CHECK-NEXT: :[[@LINE-3]]:1: omp barrier is sync-blocking: waits until every thread of the team has reached the barrier [omp.barrier]
#pragma omp critical
  sum += 1;
  // CHECK-NEXT: :[[@LINE-2]]:1: omp critical is sync-blocking: waits until no other thread is inside a critical region of the same name, like locking a mutex [omp.critical]
#pragma omp critical(totals)
  sum += 2;
  // CHECK-NEXT: :[[@LINE-2]]:1: omp critical is sync-blocking: {{.*}} [omp.critical]
#pragma omp for
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp for is sync-blocking: shares the work among the team, and each thread waits at the implicit barrier at its end (a nowait clause removes the barrier, but quadrant does not see clauses) [omp.worksharing]
#pragma omp for nowait
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp for is sync-blocking: {{.*}} [omp.worksharing]
#pragma omp for ordered
  for (int i = 0; i < n; ++i) {
#pragma omp ordered
    work(i);
  }
  // CHECK-NEXT: :[[@LINE-5]]:1: omp for is sync-blocking: {{.*}} [omp.worksharing]
  // CHECK-NEXT: :[[@LINE-4]]:1: omp ordered is sync-blocking: waits until the earlier loop iterations have run their ordered block [omp.ordered]
#pragma omp for simd
  for (int i = 0; i < n; ++i)
    work(i);
  // CHECK-NEXT: :[[@LINE-3]]:1: omp for simd is sync-blocking: {{.*}} [omp.worksharing]
#pragma omp sections
  {
#pragma omp section
    work(1);
#pragma omp section
    work(2);
  }
  // CHECK-NEXT: :[[@LINE-7]]:1: omp sections is sync-blocking: {{.*}} [omp.worksharing]
#pragma omp single
  work(0);
  // CHECK-NEXT: :[[@LINE-2]]:1: omp single is sync-blocking: {{.*}} [omp.worksharing]
#pragma omp scope
  work(0);
  // CHECK-NEXT: :[[@LINE-2]]:1: omp scope is sync-blocking: {{.*}} [omp.worksharing]
}

// omp.master, omp.atomic: one thread runs the block with no barrier, or the
// directive only orders memory or vectorizes: not labeled.
void unlabeled(int n, int &sum) {
#pragma omp master
  work(0);
#pragma omp masked
  work(0);
#pragma omp atomic
  sum += 1;
#pragma omp flush
#pragma omp simd
  for (int i = 0; i < n; ++i)
    work(i);
}
// CHECK: :[[@LINE-12]]:6: 'unlabeled' is sync-nonblocking (pure computation

// omp.set_lock, omp.test_lock: the lock routines; unsetting is not labeled.
void locks(omp_lock_t *l, omp_nest_lock_t *nl) {
  omp_set_lock(l);
  // CHECK: :[[@LINE-2]]:6: 'locks' is sync-blocking
  // CHECK-NEXT: blocks: locks -> omp_set_lock at {{.*}}openmp.cpp:[[@LINE-2]]:3
  // CHECK-NEXT: :[[@LINE-3]]:3: omp_set_lock is sync-blocking: waits until the OpenMP lock is free [omp.set_lock]
  omp_unset_lock(l);
  omp_set_nest_lock(nl);
  // CHECK-NEXT: :[[@LINE-1]]:3: omp_set_nest_lock is sync-blocking: {{.*}} [omp.set_lock]
  omp_unset_nest_lock(nl);
}

bool try_locks(omp_lock_t *l, omp_nest_lock_t *nl) {
  return omp_test_lock(l) && omp_test_nest_lock(nl) > 0;
  // CHECK: :[[@LINE-2]]:6: 'try_locks' is sync-nonblocking
  // CHECK-NEXT: :[[@LINE-2]]:10: omp_test_lock is sync-nonblocking: takes the OpenMP lock if it is free and returns false at once otherwise [omp.test_lock]
  // CHECK-NEXT: :[[@LINE-3]]:30: omp_test_nest_lock is sync-nonblocking: {{.*}} [omp.test_lock]
}

// Without -fopenmp nothing here would be a directive; with it, a user
// function named like a lock routine or a directive is still not matched.
namespace mylib {
void omp_set_lock(int *) {}
int omp_test_lock(int *) { return 1; }
void barrier() {}
} // namespace mylib
// CHECK: :[[@LINE-4]]:6: 'mylib::omp_set_lock' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:5: 'mylib::omp_test_lock' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:6: 'mylib::barrier' is sync-nonblocking (pure computation

void lookalikes(int *x) {
  mylib::omp_set_lock(x);
  mylib::omp_test_lock(x);
  mylib::barrier();
}
// CHECK: :[[@LINE-5]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 12 functions: 2 sync-blocking, 7 sync-nonblocking (6 pure computation), 2 async-blocking, 1 async-nonblocking
