#include "shared.h"

unsigned wait_a(unsigned s) { return settle(s); }
