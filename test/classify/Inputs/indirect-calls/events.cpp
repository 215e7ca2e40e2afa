#include "events.h"

void Button::click() { on_click(); }
void run_callback(const std::function<void()> &cb) { cb(); }
void run_pointer(void (*fn)(int), int fd) { fn(fd); }
