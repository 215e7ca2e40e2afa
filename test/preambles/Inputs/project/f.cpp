// b.cpp's three system includes.
#include <mutex>
#include <lib.h>
#include <thread>

void pause_f() { LIB_PAUSE(6); }
