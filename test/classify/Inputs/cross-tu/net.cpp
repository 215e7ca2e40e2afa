#include "net.h"
#include <unistd.h>

int retry_read(int fd, char *buf) {
  int n;
  while ((n = read(fd, buf, 1)) == 0) {
  }
  return n;
}

int level3(int fd, char *buf) { return retry_read(fd, buf); }
