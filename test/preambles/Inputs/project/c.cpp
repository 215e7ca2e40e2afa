// A macro before the includes may change what they declare.
#define _GLIBCXX_ASSERTIONS 1
#include <mutex>
#include <lib.h>

void pause_c() { LIB_PAUSE(3); }
