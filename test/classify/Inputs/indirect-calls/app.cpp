#include "events.h"
#include <unistd.h>

void read_one(int fd) { char c; read(fd, &c, 1); }
void wire(Button &b) { b.on_click = [] { usleep(100); }; }
void start(int fd) {
  run_callback([] { sleep(1); });
  run_pointer(read_one, fd);
}
