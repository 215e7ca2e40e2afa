// worker_threads.cpp -- parallel: four worker threads that share memory.
//
// What it demonstrates
//   main() starts four std::thread workers in a loop with a constant bound.
//   Each worker sums its quarter of the numbers and adds the result to one
//   shared total. The threads run AT THE SAME INSTANT on different cores
//   (parallelism), and they share the process's memory, so the shared total
//   needs a mutex. add_to_total() runs on all four workers at once: it is
//   the function whose shared state needs synchronization.
//
// Expected quadrants
//   sum_range()     sync-nonblocking  : pure computation.
//   add_to_total()  sync-blocking     : it waits for the mutex.
//   worker()        sync-blocking     : it calls add_to_total().
//   main()          async-blocking    : it starts threads (async) and joins
//                                       them (blocking).
// Where code runs (the report's first lines)
//   concurrent and parallel: 4 threads started at 1 site share memory with
//   the main thread.
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

static std::mutex total_mutex;
static long total = 0;

static long sum_range(long from, long to) {
    long sum = 0;
    for (long i = from; i < to; ++i) sum += i;
    return sum;
}

static void add_to_total(long part) {
    std::lock_guard<std::mutex> lock(total_mutex);  // four threads get here at once
    total += part;
}

static void worker(int id) {
    add_to_total(sum_range(id * 250000L, (id + 1) * 250000L));
}

int main() {
    std::vector<std::thread> workers;
    for (int id = 0; id < 4; ++id)
        workers.emplace_back(worker, id);  // each runs worker(id) on its own thread
    for (std::thread &t : workers)
        t.join();
    std::printf("total = %ld\n", total);
}
