// Opens with two system includes, then one of its own.
#include <mutex>
#include <lib.h>
#include "local.h"

void pause_a() { LIB_PAUSE(1); }
void lock_a(std::mutex &m) { m.lock(); m.unlock(); }
