// `quadrant explain` ends with what the lint checks find in the function,
// each finding as the report prints it, with its notes and the page of its
// check that explains the fix. Findings in other functions are not listed;
// checks the configuration turns off find nothing.
// RUN: %quadrant explain philosopher %s -- -std=c++20 | FileCheck %s --check-prefix=PHILOSOPHER
// RUN: %quadrant explain thinker %s -- -std=c++20 | FileCheck %s --check-prefix=THINKER
// RUN: %quadrant explain philosopher --checks='-*,quadrant-busy-wait-loop' %s -- -std=c++20 | FileCheck %s --check-prefix=ONE-CHECK
#include <mutex>
#include <unistd.h>

std::mutex Left, Right;
bool Done;

void philosopher() {
  std::lock_guard<std::mutex> A(Left);
  std::lock_guard<std::mutex> B(Right);
  while (!Done)
    usleep(100);
}

void thinker() { sleep(1); }

void other() {
  std::lock_guard<std::mutex> A(Left);
  sleep(1);
}

// PHILOSOPHER:      What the checks find in it
// PHILOSOPHER-NEXT:   findings.cpp:16:31: warning: taking another lock with 'std::lock_guard::lock_guard' while holding 'A' risks deadlock; take both with std::scoped_lock [quadrant-blocking-under-lock]
// PHILOSOPHER-NEXT:     findings.cpp:15:31: note: 'A' is locked here
// PHILOSOPHER-NEXT:     How to fix it: {{.*}}docs/checks/blocking-under-lock.md
// PHILOSOPHER-NEXT:   findings.cpp:17:3: warning: loop polls its condition and sleeps with 'usleep'; {{.*}} [quadrant-busy-wait-loop]
// PHILOSOPHER-NEXT:     findings.cpp:18:5: note: 'usleep' sleeps here
// PHILOSOPHER-NEXT:     How to fix it: {{.*}}docs/checks/busy-wait-loop.md
// PHILOSOPHER-NEXT:   findings.cpp:18:5: warning: blocking call to 'usleep' while holding 'A' {{.*}} [quadrant-blocking-under-lock]
// PHILOSOPHER-NEXT:     findings.cpp:15:31: note: 'A' is locked here
// PHILOSOPHER-NEXT:     findings.cpp:16:31: note: 'B' is locked here
// PHILOSOPHER-NEXT:     findings.cpp:18:5: note: 'usleep' is sync-blocking: {{.*}}
// PHILOSOPHER-NEXT:     How to fix it: {{.*}}docs/checks/blocking-under-lock.md
// PHILOSOPHER-NOT:  findings.cpp:25

// THINKER:      What the checks find in it
// THINKER-NEXT:   Nothing: no enabled check finds a problem in it.

// ONE-CHECK:      What the checks find in it
// ONE-CHECK-NEXT:   findings.cpp:17:3: warning: loop polls {{.*}} [quadrant-busy-wait-loop]
// ONE-CHECK-NOT:  quadrant-blocking-under-lock
