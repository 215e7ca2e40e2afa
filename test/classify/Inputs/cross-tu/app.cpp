#include "net.h"

int level4(int fd, char *buf) { return level3(fd, buf) + 1; }

int main() {
  char buf[1];
  return level4(0, buf);
}
