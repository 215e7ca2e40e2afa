// Code handed to other threads and event loops (hand-off edges), the library
// calls that decide each function's colour (leaves), and a chain of pure
// helpers (folded into the one a concurrent function calls).
#include <asio.hpp>
#include <pthread.h>
#include <thread>
#include <unistd.h>

int square(int x) { return x * x; }
int twice_square(int x) { return 2 * square(x); }
int scale(int x) { return twice_square(x) + 1; }

void nap() { usleep(10); }

void *crunch(void *) {
  sleep(1);
  return nullptr;
}

// A wrapper: what its callers give it is what pthread_create starts.
void start_worker(void *(*fn)(void *)) {
  pthread_t t;
  pthread_create(&t, nullptr, fn, nullptr);
  pthread_detach(t);
}

void spawn() {
  std::thread t(nap);
  t.join();
}

int main() {
  asio::io_context io;
  asio::post(io, [] { nap(); });
  asio::thread_pool pool(2);
  asio::post(pool, [] {
    nap();
    return scale(3);
  });
  start_worker(crunch);
  spawn();
  io.run();
  pool.join();
}
