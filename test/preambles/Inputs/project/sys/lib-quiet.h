// lib.h once its pause no longer sleeps.
#ifndef LIB_H
#define LIB_H
#include <unistd.h>
#define LIB_PAUSE(s) ((void)(s))
#endif
