#include "shared.h"
#include <thread>

int main() {
  std::thread t(helper);
  t.detach();
}
