// RUN: %quadrant -j1 --checks=-*,quadrant-fork-in-threaded-program %s -- -std=c++20 | %findings

#include <cstdio>
#include <cstdlib>
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
  if (fork() == 0) {
    // CHECK: :[[@LINE-1]]:7: warning: 'fork' while other threads may be running
    // CHECK-NEXT: :[[@LINE+17]]:15: note: 'forks_on_thread' runs on a thread started here, beside the thread that started it
    child_work();
    _exit(0);
  }
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

void more_forks(int fd);

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
  more_forks(2);
}

// A switch on fork's result: the child calls printf, which takes stdio's
// lock.
void fork_switch_printf() {
  std::thread t(work);
  switch (pid_t pid = fork()) {
  // CHECK: :[[@LINE-1]]:23: warning: 'fork' while other threads may be running
  // CHECK-NEXT: :[[@LINE-3]]:15: note: a thread is started here, before the fork, by 'std::thread::thread'
  case 0:
    printf("child\n");
    _exit(0);
  default:
    waitpid(pid, nullptr, 0);
  }
  t.join();
}

// Near miss: the child of a switch calls only async-signal-safe functions
// (dup2, write, close) and ends with _exit.
void fork_switch_safe(int fd) {
  std::thread t(work);
  switch (pid_t pid = fork()) {
  case 0:
    dup2(fd, 1);
    write(1, "child\n", 6);
    close(fd);
    _exit(0);
  case -1:
    break;
  default:
    waitpid(pid, nullptr, 0);
  }
  t.join();
}

// The child allocates: malloc may wait forever on a lock another thread
// held at the fork.
void fork_malloc() {
  std::thread t(work);
  if (fork() == 0) {
    // CHECK: :[[@LINE-1]]:7: warning: 'fork' while other threads may be running
    // CHECK-NEXT: :[[@LINE-3]]:15: note: a thread is started here, before the fork, by 'std::thread::thread'
    void *p = malloc(16);
    write(1, p, 1);
    _exit(0);
  }
  t.join();
}

// Near miss: write and _exit only.
void fork_write() {
  std::thread t(work);
  if (fork() == 0) {
    write(2, "x", 1);
    _exit(1);
  }
  t.join();
}

// Only safe calls, but the child does not end: it goes on into the code
// after the branch, the parent's.
void fork_write_goes_on() {
  std::thread t(work);
  if (fork() == 0)
    // CHECK: :[[@LINE-1]]:7: warning: 'fork' while other threads may be running
    // CHECK-NEXT: :[[@LINE-3]]:15: note: a thread is started here, before the fork, by 'std::thread::thread'
    write(2, "x", 1);
  t.join();
}

void more_forks(int fd) {
  fork_switch_printf();
  fork_switch_safe(fd);
  fork_malloc();
  fork_write();
  fork_write_goes_on();
}
