// found_in_cpath.h is in the directory $CPATH names: inc1/ or inc2/.
#include <found_in_cpath.h>

unsigned pause_here(unsigned s) { return settle(s); }
