#pragma once
#include <unistd.h>
inline unsigned settle(unsigned s) { return sleep(s); }
