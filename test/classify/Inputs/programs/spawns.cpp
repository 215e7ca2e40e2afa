#include "shared.h"
#include <thread>

int main() {
  std::thread t(helper);
  t.detach();
  step();
}

int steps;
void step() { ++steps; }
