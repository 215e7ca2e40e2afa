#include <unistd.h>
void nap() { sleep(1); }
