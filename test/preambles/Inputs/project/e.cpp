// Its own header first: what it defines could change the system headers.
#include "local.h"
#include <mutex>
#include <lib.h>

void pause_e() { LIB_PAUSE(5); }
