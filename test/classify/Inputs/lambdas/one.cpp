#include "lambdas.h"
void first() {
  Worker().run();
  hand_off();
  hand_off_each(1);
}
