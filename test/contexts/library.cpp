// A library has no main: what nothing in it calls runs on its caller's
// thread, and so does what those functions call.
// RUN: %quadrant -j1 --show-pure %s -- -std=c++20 | FileCheck %s

#include <thread>

void helper() {}
void api_entry() { helper(); }
void background() { helper(); }
void api_start() { std::thread(background).detach(); }

// CHECK: program: concurrent and parallel: 1 thread started at 1 site shares memory with the caller's thread
// CHECK-NEXT: no main (a library: its functions run on the caller's thread)
// CHECK-NEXT: could run on two threads at the same instant {{.*}}: helper{{$}}
// CHECK: 'helper' is sync-nonblocking
// CHECK-NEXT: runs on: the caller's thread; a thread started by 'std::thread::thread' at {{.*}}library.cpp:10:20 (it could run
// CHECK: 'api_entry' is sync-nonblocking
// CHECK-NEXT: runs on: the caller's thread{{$}}
// CHECK: 'background' is sync-nonblocking
// CHECK-NEXT: runs on: a thread started by 'std::thread::thread' at {{.*}}library.cpp:10:20{{$}}
