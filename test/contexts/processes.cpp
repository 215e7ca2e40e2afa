// Child processes: the branch where fork() returns 0 runs in the child,
// the rest in the parent; posix_spawn, system and popen start other
// programs. Each has memory of its own: nothing here runs "in parallel" in
// one address space.
// RUN: %quadrant -j1 --show-pure %s -- -std=c++20 | FileCheck %s

#include <cstdio>
#include <cstdlib>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

void in_child() {}
void in_parent() {}
void in_both() {}
void in_exec_child() {}
void not_a_child() {}

void forks() {
  pid_t pid = fork();
  if (pid == 0) {
    in_child();
    in_both();
    _exit(0);
  }
  in_parent();
  in_both();
  waitpid(pid, nullptr, 0);
}

void forks_and_execs(char *const argv[]) {
  if (!fork()) {
    in_exec_child();
    execvp(argv[0], argv);
    _exit(127);
  }
}

// posix_spawn returns 0 on success: that is not a child branch.
void spawns(char *const argv[]) {
  pid_t pid;
  if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv, nullptr) == 0)
    not_a_child();
  std::system("true");
  FILE *p = popen("true", "r");
  pclose(p);
}

int main(int, char **argv) {
  forks();
  forks_and_execs(argv);
  spawns(argv);
}

// CHECK: program: concurrent and parallel: 2 child processes have their own copies of memory; 3 other programs run in processes of their own
// CHECK-NEXT: child processes: 2; other programs: 3
// CHECK-NOT: could run on two threads
// CHECK: 'in_child' is sync-nonblocking
// CHECK-NEXT: runs on: a child process forked at {{.*}}processes.cpp:20:15, with its own copy of memory{{$}}
// CHECK: 'in_parent' is sync-nonblocking
// CHECK-NEXT: runs on: the main thread{{$}}
// CHECK: 'in_both' is sync-nonblocking
// CHECK-NEXT: runs on: the main thread; a child process forked at {{.*}}processes.cpp:20:15, with its own copy of memory{{$}}
// CHECK: 'in_exec_child' is sync-nonblocking
// CHECK-NEXT: runs on: a child process forked at {{.*}}processes.cpp:32:8, with its own copy of memory, until exec at {{.*}}processes.cpp:34:5 makes it another program{{$}}
// CHECK: 'not_a_child' is sync-nonblocking
// CHECK-NEXT: runs on: the main thread{{$}}
