#include "shared.h"
#include <unistd.h>

int main() {
  helper();
  step();
  return 0;
}

// Each program has its own step(); main calls its own.
void step() { sleep(1); }
