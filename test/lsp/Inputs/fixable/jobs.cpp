#include <future>
#include <thread>

int compute();
void work();

int run() {
  auto f = std::async(compute);
  std::thread t(work);
  return f.get();
}
