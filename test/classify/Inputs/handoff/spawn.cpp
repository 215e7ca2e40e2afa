#include "spawn.h"
#include <pthread.h>

void post_task(asio::io_context &io, std::function<void()> task) { asio::post(io, std::move(task)); }

void start_worker(void *(*fn)(void *), void *arg) {
  pthread_t t;
  pthread_create(&t, nullptr, fn, arg);
  pthread_detach(t);
}
