// A test runner shared by several test programs, as Unity's
// UnityDefaultTestRun(func): it calls the test it is given.
typedef void (*test_fn)();
void run_test(test_fn test);
void run_named(const char *name, test_fn test);
