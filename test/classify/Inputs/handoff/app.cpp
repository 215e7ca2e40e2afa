#include "spawn.h"
#include <unistd.h>

void *crunch(void *) {
  sleep(1);
  return nullptr;
}

int main() {
  asio::io_context io;
  post_task(io, [] { sleep(1); });
  auto quick = [] {};
  post_task(io, quick);
  auto slow = [] { usleep(10); };
  post_task(io, slow);
  start_worker(crunch, nullptr);
  io.run();
}
