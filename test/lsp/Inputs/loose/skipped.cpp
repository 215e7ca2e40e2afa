#include <unistd.h>

bool done;

void nap() {
  while (!done)
    sleep(1);
}
