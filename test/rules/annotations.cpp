// A library marks its own functions in source; callers take the mark as a
// rule, and the function's own verdict still comes from its body.
// RUN: %quadrant-cxx | %check

#include <unistd.h>

[[clang::annotate("quadrant::blocking")]] void wait_for_device();
[[clang::annotate("quadrant::nonblocking")]] int poll_device();
[[clang::annotate("quadrant::async")]] void submit_request(int);
[[clang::annotate("quadrant::async-blocking")]] void run_loop();
// Clang's own function-effect attributes say the same.
void mix_audio(float *) [[clang::nonblocking]];
void load_file(const char *) [[clang::blocking]];
// Other annotations and look-alikes are not quadrant's.
[[clang::annotate("other::blocking")]] void unrelated();
[[clang::annotate("quadrant::slow")]] void unknown_mark();

void uses_marks(float *buffer) {
  wait_for_device();
  // CHECK: :[[@LINE-2]]:6: 'uses_marks' is async-blocking
  // CHECK: :[[@LINE-2]]:3: wait_for_device is sync-blocking: declared {{\[\[}}clang::annotate("quadrant::blocking")]] [annotation]
  poll_device();
  // CHECK-NEXT: :[[@LINE-1]]:3: poll_device is sync-nonblocking: declared {{\[\[}}clang::annotate("quadrant::nonblocking")]] [annotation]
  submit_request(1);
  // CHECK-NEXT: :[[@LINE-1]]:3: submit_request is async-nonblocking: declared {{\[\[}}clang::annotate("quadrant::async")]] [annotation]
  run_loop();
  // CHECK-NEXT: :[[@LINE-1]]:3: run_loop is async-blocking: declared {{\[\[}}clang::annotate("quadrant::async-blocking")]] [annotation]
  mix_audio(buffer);
  // CHECK-NEXT: :[[@LINE-1]]:3: mix_audio is sync-nonblocking: declared {{\[\[}}clang::nonblocking]] [annotation]
  load_file("x");
  // CHECK-NEXT: :[[@LINE-1]]:3: load_file is sync-blocking: declared {{\[\[}}clang::blocking]] [annotation]
  unrelated();
  unknown_mark();
}

// A marked function defined here: callers see the mark, not the body.
[[clang::annotate("quadrant::nonblocking")]] int try_read(int fd, char *b) {
  return read(fd, b, 1);
  // CHECK: :[[@LINE-2]]:50: 'try_read' is sync-blocking
  // CHECK: :[[@LINE-2]]:10: read is sync-blocking
}

int caller(char *b) { return try_read(0, b); }
// CHECK: :[[@LINE-1]]:5: 'caller' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:30: try_read is sync-nonblocking: declared {{\[\[}}clang::annotate("quadrant::nonblocking")]] [annotation]
