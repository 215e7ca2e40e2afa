#include <unistd.h>
void nap() { sleep(1); }
void broken() { this is not C++; }
