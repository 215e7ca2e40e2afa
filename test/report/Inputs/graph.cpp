// One function in each quadrant, calls between them, recursion, pure helpers,
// and text that must not break the HTML page it is embedded in.
#include <chrono>
#include <future>
#include <mutex>
#include <poll.h>
#include <thread>

int pure_helper(int x) { return x * 2; }
int unused_pure(int x) { return x + 1; }

void sleeper() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }
int try_it(std::mutex &m) { return m.try_lock() ? pure_helper(1) : 0; }
void waiter(pollfd *fds) { poll(fds, 1, 100); }
std::future<int> starter() { return std::async(std::launch::async, pure_helper, 2); }
void both(pollfd *fds) {
  sleeper();
  waiter(fds);
}
int countdown(int n) { return n ? countdown(n - 1) : 0; }
const char *markup() { return "</script><!-- <script> & café"; }

struct Pair {
  int a, b;
  Pair(int x)
      : a{x},
        b{x} {
    sleeper();
  }
};

int tricky() {
  // a } in a comment
  const char *s = "}"; char c = '}';
  return s[0] + c + 1'000;
}
