// coroutine.cpp -- C++20 coroutines: a task that co_awaits, and a generator.
//
// What it demonstrates
//   worker() is a coroutine. Each `co_await Reschedule{}` SUSPENDS it (parks it
//   in a run queue and returns to the caller) but never puts the thread to
//   sleep. A tiny scheduler, run_all(), resumes parked coroutines one by one, so
//   two workers interleave on ONE thread. count_to() is a generator: it only
//   co_yields values to the loop that pulls them, like a lazy list.
//
// Expected quadrants
//   worker()    async-nonblocking : a coroutine whose co_await suspends the
//                                   coroutine, never the thread.
//   count_to()  sync-nonblocking  : a pure co_yield generator is not async: the
//                                   caller asks for each value and gets it at once.
//   run_all()   sync-nonblocking  : it only resumes parked coroutines.
//   main()      async-nonblocking : it calls worker(), an async function.
//   The small helper members (promise_type, await_*) are sync-nonblocking.
#include <coroutine>
#include <deque>
#include <exception>
#include <iostream>
#include <utility>

static std::deque<std::coroutine_handle<>> run_queue;  // suspended coroutines, ready to go on

// Awaitable: park the current coroutine at the back of the run queue.
struct Reschedule {
    bool await_ready() const noexcept { return false; }  // always suspend
    void await_suspend(std::coroutine_handle<> h) { run_queue.push_back(h); }
    void await_resume() const noexcept {}
};

// Minimal owner of a coroutine's frame. Its Promise decides how it starts and ends.
template <class Promise>
struct Coro {
    using promise_type = Promise;  // the compiler looks the promise up by this name
    std::coroutine_handle<Promise> h;
    explicit Coro(std::coroutine_handle<Promise> h) : h(h) {}
    Coro(Coro&& o) noexcept : h(std::exchange(o.h, {})) {}
    ~Coro() { if (h) h.destroy(); }
};

struct TaskPromise {  // starts at once, stays suspended at the end until destroyed
    using Handle = std::coroutine_handle<TaskPromise>;
    Coro<TaskPromise> get_return_object() { return Coro<TaskPromise>(Handle::from_promise(*this)); }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
};

struct GenPromise : TaskPromise {  // starts suspended; each co_yield stores a value
    using Handle = std::coroutine_handle<GenPromise>;
    int current = 0;
    Coro<GenPromise> get_return_object() { return Coro<GenPromise>(Handle::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int v) noexcept { current = v; return {}; }
};

static Coro<TaskPromise> worker(const char* name, int steps) {
    for (int i = 1; i <= steps; ++i) {
        std::cout << name << " step " << i << '\n';
        co_await Reschedule{};  // let the other coroutines run
    }
}

static Coro<GenPromise> count_to(int n) {
    for (int i = 1; i <= n; ++i) co_yield i;
}

static void run_all() {
    while (!run_queue.empty()) {
        auto h = run_queue.front();
        run_queue.pop_front();
        h.resume();  // runs the coroutine until its next co_await (or its end)
    }
}

int main() {
    auto a = worker("A", 3);  // runs until its first co_await, then returns here
    auto b = worker("B", 2);
    run_all();  // interleaves: A1 B1 A2 B2 A3

    auto gen = count_to(4);
    for (gen.h.resume(); !gen.h.done(); gen.h.resume())  // pull the next value
        std::cout << "generated " << gen.h.promise().current << '\n';
}
