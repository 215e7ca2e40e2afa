#include <functional>

// A button whose handler is assigned in another file.
struct Button {
  std::function<void()> on_click;
  void click();
};

// Runs what it is given, on the calling thread.
void run_callback(const std::function<void()> &cb);
void run_pointer(void (*fn)(int), int fd);
