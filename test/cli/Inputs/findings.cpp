#include <future>
#include <mutex>
#include <unistd.h>

std::mutex mu;
int compute();

void flush_log(int fd) { write(fd, "x", 1); }

void locked_write(int fd) {
  std::lock_guard<std::mutex> guard(mu);
  flush_log(fd);
}

void fire() { std::async(std::launch::async, compute); }
