// a.cpp's includes, built with another -D.
#include <mutex>
#include <lib.h>

void pause_d() { LIB_PAUSE(4); }
