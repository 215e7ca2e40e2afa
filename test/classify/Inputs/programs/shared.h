#pragma once
#include <unistd.h>
inline void helper() { sleep(1); }
void step();
