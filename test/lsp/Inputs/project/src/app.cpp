#include "net.h"
#include <chrono>
#include <mutex>
#include <thread>

std::mutex cache_mutex;
bool ready;

// fetch() blocks in net.cpp: the finding below needs that file's facts.
int refresh(int fd, char *buf) {
  std::lock_guard<std::mutex> guard(cache_mutex);
  /* ü */ return fetch(fd, buf);
}

void wait_ready() {
  while (!ready)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

int main() {
  char buf[1];
  wait_ready();
  return refresh(0, buf);
}
