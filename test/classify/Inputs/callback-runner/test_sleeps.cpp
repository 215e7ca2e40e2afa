#include "runner.h"
#include <unistd.h>
static void test_sleeps() { sleep(1); }
int main() {
  run_test(test_sleeps);
  return 0;
}
