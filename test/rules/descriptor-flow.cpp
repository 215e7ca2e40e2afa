// How non-blocking evidence follows descriptors within a function.
// RUN: %quadrant-cxx | %check

#include <fcntl.h>
#include <sys/select.h>
#include <unistd.h>

// fcntl on one end of a pipe makes only that end non-blocking.
void one_end(char *b) {
  int p[2];
  pipe(p);
  fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_NONBLOCK);
  read(p[0], b, 1);
  write(p[1], b, 1);
}
// CHECK: :[[@LINE-7]]:6: 'one_end' is sync-blocking
// CHECK-NEXT: blocks: one_end -> write at {{.*}}:[[@LINE-3]]:3
// CHECK-NEXT: :[[@LINE-7]]:3: pipe is sync-nonblocking: creates a pipe and returns at once [posix.pipe]
// CHECK-NEXT: :[[@LINE-7]]:3: fcntl is sync-nonblocking
// CHECK-NEXT: :[[@LINE-8]]:24: fcntl is sync-nonblocking
// CHECK-NEXT: :[[@LINE-8]]:3: read is sync-nonblocking: the descriptor is non-blocking
// CHECK-NEXT: :[[@LINE-8]]:3: write is sync-blocking: waits until the data is accepted

// Clearing the flag is not setting it.
void cleared(int fd, char *b) {
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  read(fd, b, 1);
}
// CHECK: :[[@LINE-4]]:6: 'cleared' is sync-blocking
// CHECK-NEXT: blocks: cleared -> read at
// CHECK-NEXT: :[[@LINE-5]]:3: fcntl is sync-nonblocking
// CHECK-NEXT: :[[@LINE-6]]:22: fcntl is sync-nonblocking
// CHECK-NEXT: :[[@LINE-6]]:3: read is sync-blocking

// NULL is "no timeout": select waits.
void forever(fd_set *in) { select(1, in, nullptr, nullptr, NULL); }
// CHECK: :[[@LINE-1]]:6: 'forever' is async-blocking
// CHECK-NEXT: blocks: forever -> select at
// CHECK-NEXT: async: forever -> select at
// CHECK-NEXT: :[[@LINE-4]]:28: select is async-blocking: waits until one of the descriptors is ready

// CHECK: 3 functions: 2 sync-blocking, 0 sync-nonblocking, 1 async-blocking, 0 async-nonblocking
