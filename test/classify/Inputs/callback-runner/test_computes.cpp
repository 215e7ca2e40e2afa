#include "runner.h"
static void test_computes() {}
static void test_adds() {}
int main() {
  run_named("computes", test_computes);
  run_test(test_adds);
  run_test([] {});
  return 0;
}
