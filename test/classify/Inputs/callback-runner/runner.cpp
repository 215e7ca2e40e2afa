#include "runner.h"
void run_test(test_fn test) { test(); }
// Passes its parameter straight on.
void run_named(const char *, test_fn test) { run_test(test); }
