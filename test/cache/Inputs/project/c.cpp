#include <unistd.h>

unsigned wait_c(unsigned s) { return sleep(s); }

// Labeled only with getpid.yaml's rule.
int whoami() { return getpid(); }
