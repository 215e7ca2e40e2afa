#include <unistd.h>

void nap() {
  while (true)
    sleep(1);
}
