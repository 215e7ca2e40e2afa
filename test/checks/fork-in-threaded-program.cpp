// RUN: %quadrant -j1 --checks=-*,quadrant-fork-in-threaded-program %s -- -std=c++20 | %findings

#include <sys/wait.h>
#include <thread>
#include <unistd.h>

void work() {}
void child_work() {}
void start_pool() { std::thread(work).detach(); }

// A thread started earlier in the same function may still run.
void fork_after_thread() {
  std::thread t(work);
  pid_t pid = fork();
  // CHECK: :[[@LINE-1]]:15: warning: 'fork' while other threads may be running: the child gets only this thread, and a lock another thread holds stays locked in it; until exec the child may call only async-signal-safe functions [quadrant-fork-in-threaded-program]
  // CHECK-NEXT: :[[@LINE-3]]:15: note: a thread is started here, before the fork, by 'std::thread::thread'
  if (pid == 0) {
    child_work();
    _exit(0);
  }
  t.join();
  waitpid(pid, nullptr, 0);
}

// A thread started by an earlier call of the caller (fork_after_thread,
// called before this one in main).
void forks_later() {
  if (fork() == 0) {
    // CHECK: :[[@LINE-1]]:7: warning: 'fork' while other threads may be running
    // CHECK-NEXT: :[[@LINE-17]]:15: note: a thread is started here, before the fork, by 'std::thread::thread'
    child_work();
    _exit(0);
  }
}

// Forking from a thread: the main thread runs beside it.
void forks_on_thread() {
  if (fork() == 0)
    // CHECK: :[[@LINE-1]]:7: warning: 'fork' while other threads may be running
    // CHECK-NEXT: :[[@LINE+15]]:15: note: 'forks_on_thread' runs on a thread started here, beside the thread that started it
    _exit(0);
}

// Near miss: the child does nothing but exec, and _exit if exec fails.
void fork_exec(char *const argv[]) {
  std::thread t(work);
  if (fork() == 0) {
    execvp(argv[0], argv);
    _exit(127);
  }
  t.join();
}

void thread_body() {
  std::thread t(forks_on_thread);
  t.join();
}

// Near miss: the fork comes before any thread is started.
int main(int, char **argv) {
  pid_t pid = fork();
  if (pid == 0) {
    child_work();
    _exit(0);
  }
  waitpid(pid, nullptr, 0);
  fork_after_thread();
  start_pool();
  forks_later();
  fork_exec(argv);
  thread_body();
}
