#pragma once
/* Opens with a's two system includes, and one more. */
#include <mutex>

#include <lib.h> // comments and blank lines change nothing
#include <thread>

void pause_b() { LIB_PAUSE(2); }
