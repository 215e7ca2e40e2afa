#include "lambdas.h"
void second() {
  Worker().run();
  hand_off();
  hand_off_each(2);
}
