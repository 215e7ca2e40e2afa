#pragma once
#include <unistd.h>
// shared.h and shared-sleeps.h differ only in settle(), and are the same size.
inline unsigned settle(unsigned s) { return s + 0000; }
