#pragma once
#include <unistd.h>

int fetch(int fd, char *buf);
inline void backoff() { usleep(100); }
