// A library found with -isystem, as users find theirs.
#ifndef LIB_H
#define LIB_H
#include <unistd.h>
#define LIB_PAUSE(s) sleep(s)
#endif
