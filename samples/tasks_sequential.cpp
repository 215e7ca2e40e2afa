// tasks_sequential.cpp -- the classic "task with sleep", run one after another.
//
// What it demonstrates
//   Three tasks each pretend to do slow work by sleeping, then return a value.
//   run_sequentially() runs them one after the other on the calling thread, so
//   the total time is the SUM of the task times (about 300 ms here).
//
// Expected quadrants
//   task()             sync-blocking : std::this_thread::sleep_for suspends
//                                      the calling thread until the time passes.
//   run_sequentially() sync-blocking : it calls task(), which blocks, on its own
//                                      thread; blocking is inherited by callers.
//   main()             sync-blocking : same reason, it calls run_sequentially().
//   Nothing here starts another thread or suspends a coroutine, so nothing is async.
#include <chrono>
#include <iostream>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

// One unit of "work": sleep, then return a result.
static int task(int id, std::chrono::milliseconds duration) {
    std::this_thread::sleep_for(duration);  // the thread does nothing while it waits
    return id * 10;
}

// Run the tasks one after another; each starts only when the previous one is done.
static int run_sequentially() {
    int total = 0;
    total += task(1, 100ms);
    total += task(2, 100ms);
    total += task(3, 100ms);
    return total;
}

int main() {
    auto start = std::chrono::steady_clock::now();
    int total = run_sequentially();
    auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - start);
    std::cout << "total = " << total << " in " << elapsed.count()
              << " ms (about the sum of the task times)\n";
}
