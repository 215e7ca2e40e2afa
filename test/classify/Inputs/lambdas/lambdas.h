// Lambdas in functions a header defines: an in-class member, an inline
// function and a function template. Each lambda is a function of its own,
// the same one in every TU that includes the header.
#include <thread>
#include <unistd.h>

struct Worker {
  void run() {
    auto now = [] { sleep(1); };
    now();
    std::thread([] {}).detach();
  }
};

inline void hand_off() {
  std::thread([] { sleep(1); }).detach();
  [] { return 1; }();
}

template <class T> void hand_off_each(T x) {
  std::thread([] { sleep(1); }).detach();
  [x] { return x; }();
}
