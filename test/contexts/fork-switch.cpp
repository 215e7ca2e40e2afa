// The child branch of a switch on fork()'s result: from `case 0:` to the
// next label. The other cases run in the parent.
// RUN: %quadrant -j1 --show-pure %s -- -std=c++20 | FileCheck %s

#include <sys/wait.h>
#include <unistd.h>

void in_child() {}
void in_parent() {}
void on_failure() {}
void after() {}

void forks() {
  switch (pid_t pid = fork()) {
  case -1:
    on_failure();
    break;
  case 0:
    in_child();
    _exit(0);
  default:
    in_parent();
    waitpid(pid, nullptr, 0);
  }
  after();
}

// Near miss: a switch on another value has no child branch.
void not_forked(int mode) {
  fork();
  switch (mode) {
  case 0:
    in_parent();
    break;
  }
}

int main() {
  forks();
  not_forked(0);
}

// CHECK: 'in_child' is sync-nonblocking
// CHECK-NEXT: runs on: a child process forked at {{.*}}fork-switch.cpp:14:23, with its own copy of memory{{$}}
// CHECK: 'in_parent' is sync-nonblocking
// CHECK-NEXT: runs on: the main thread{{$}}
// CHECK: 'on_failure' is sync-nonblocking
// CHECK-NEXT: runs on: the main thread{{$}}
// CHECK: 'after' is sync-nonblocking
// CHECK-NEXT: runs on: the main thread{{$}}
