// A coroutine with no co_await or co_yield: async because it is a coroutine
// (its caller gets a handle now, the result later), not because of a call.
#include <coroutine>

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

Task finish() { co_return; }
