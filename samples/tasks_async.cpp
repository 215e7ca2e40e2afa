// tasks_async.cpp -- the same "task with sleep", run concurrently with std::async.
//
// What it demonstrates
//   std::async(std::launch::async, ...) runs each task on its own thread and
//   hands back a std::future for the result. The tasks overlap, so the total
//   time is about the LONGEST task (~100 ms), not the sum (~300 ms).
//   Launching and waiting are separate steps, and they land in different quadrants.
//
// Expected quadrants
//   task()            sync-blocking     : it sleeps. (It runs on the worker
//                                         threads, not on the launcher's thread.)
//   launch_all()      async-nonblocking : std::async starts work on other threads
//                                         and returns at once; the sleeps happen
//                                         there, so launch_all() itself never waits.
//   collect()         sync-blocking     : future::get() waits for a result; it
//                                         starts nothing, so it is sync.
//   launch_and_wait() async-blocking    : it launches (async) AND then waits with
//                                         get() on its own thread (blocking).
//   main()            async-blocking    : it calls async and blocking functions.
#include <chrono>
#include <future>
#include <iostream>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

static int task(int id, std::chrono::milliseconds duration) {
    std::this_thread::sleep_for(duration);
    return id * 10;
}

// Start every task and return at once: the caller decides when to wait.
static std::vector<std::future<int>> launch_all() {
    std::vector<std::future<int>> futures;
    for (int id = 1; id <= 3; ++id)
        futures.push_back(std::async(std::launch::async, task, id, 100ms));
    return futures;
}

// Wait for each result in turn. get() blocks until that task has finished.
static int collect(std::vector<std::future<int>>& futures) {
    int total = 0;
    for (auto& f : futures)
        total += f.get();
    return total;
}

// Both steps in one function: launch, then wait.
static int launch_and_wait() {
    auto a = std::async(std::launch::async, task, 4, 100ms);
    auto b = std::async(std::launch::async, task, 5, 100ms);
    return a.get() + b.get();
}

int main() {
    auto start = std::chrono::steady_clock::now();
    auto futures = launch_all();      // returns immediately; tasks run in the background
    std::cout << "launched " << futures.size() << " tasks\n";
    int total = collect(futures);     // now we wait
    auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - start);
    std::cout << "total = " << total << " in " << elapsed.count()
              << " ms (about the longest task, not the sum)\n";
    std::cout << "launch_and_wait = " << launch_and_wait() << '\n';
}
