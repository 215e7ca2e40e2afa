#include "shared.h"
#include <unistd.h>

int main() {
  helper();
  return 0;
}
