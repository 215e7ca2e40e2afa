// Code that runs at the end of a scope is a call of the function that owns
// the scope: a local's destructor where the local dies, a temporary's at the
// end of its full-expression, members' in their class's destructor (implicit
// ones included), and what a container or smart pointer owns with it.
// RUN: %quadrant-cxx | %check

#include <memory>
#include <thread>
#include <vector>

void work();

// A user RAII type that joins in its destructor.
struct Joiner {
  std::thread t;
  explicit Joiner(std::thread th) : t(std::move(th)) {}
  ~Joiner() { t.join(); }
};
// CHECK: :[[@LINE-3]]:12: 'Joiner::Joiner' is sync-nonblocking (pure
// CHECK: :[[@LINE-3]]:3: 'Joiner::~Joiner' is sync-blocking
// CHECK-NEXT: blocks: Joiner::~Joiner -> std::thread::join at
// CHECK-NEXT: :[[@LINE-5]]:17: std::thread::join is sync-blocking

void raii() {
  Joiner j{std::thread(work)};
}
// CHECK: :[[@LINE-3]]:6: 'raii' is async-blocking
// CHECK-NEXT: blocks: raii -> Joiner::~Joiner -> std::thread::join at
// CHECK-NEXT: async: raii -> std::thread::thread at
// CHECK-NEXT: :[[@LINE-5]]:12: std::thread::thread is async-nonblocking
// CHECK-NEXT: :[[@LINE-5]]:1: Joiner::~Joiner is sync-blocking: calls std::thread::join at {{.*}}:[[@LINE-14]]:17: waits until the thread finishes

// A temporary dies at the end of its full-expression.
Joiner start_joiner();
void temporary() { start_joiner(); }
// CHECK: :[[@LINE-1]]:6: 'temporary' is sync-blocking
// CHECK-NEXT: blocks: temporary -> Joiner::~Joiner -> std::thread::join at
// CHECK-NEXT: :[[@LINE-3]]:33: Joiner::~Joiner is sync-blocking

// A class with a std::jthread member has a blocking destructor, though it
// declares none; so does a function whose local of that class dies.
struct Owner {
  std::jthread worker;
};
void owns_member() { Owner o; }
// CHECK: :[[@LINE-4]]:8: 'Owner::~Owner' is sync-blocking
// CHECK-NEXT: blocks: Owner::~Owner -> std::jthread::~jthread at
// CHECK-NEXT: :[[@LINE-6]]:8: std::jthread::~jthread is sync-blocking: the member 'worker' is destroyed here: a std::jthread joins its thread
// CHECK: :[[@LINE-4]]:6: 'owns_member' is sync-blocking
// CHECK-NEXT: blocks: owns_member -> Owner::~Owner -> std::jthread::~jthread at
// CHECK-NEXT: :[[@LINE-6]]:31: Owner::~Owner is sync-blocking

// A default member initialiser runs in every constructor that does not
// initialise the member itself.
struct Spawner {
  std::jthread th{[] { work(); }};
  Spawner() {}
  explicit Spawner(int) : th() {}
};
// CHECK: :[[@LINE-4]]:19: 'Spawner::(lambda at [[@LINE-4]]:19)' is sync-nonblocking (pure
// CHECK: :[[@LINE-4]]:3: 'Spawner::Spawner' is async-nonblocking
// CHECK-NEXT: async: Spawner::Spawner -> std::jthread::jthread at {{.*}}:[[@LINE-6]]:18
// CHECK-NEXT: :[[@LINE-7]]:18: std::jthread::jthread is async-nonblocking
// CHECK: :[[@LINE-6]]:12: 'Spawner::Spawner' is sync-nonblocking (pure

// Owners destroy what they own.
void pool_of_threads() {
  std::vector<std::jthread> pool;
  for (int i = 0; i < 4; ++i)
    pool.emplace_back(work);
}
// CHECK: :[[@LINE-5]]:6: 'pool_of_threads' is async-blocking
// CHECK-NEXT: blocks: pool_of_threads -> std::jthread::~jthread at {{.*}}:[[@LINE-2]]:1
// CHECK-NEXT: async: pool_of_threads -> std::vector::emplace_back at
// CHECK-NEXT: :[[@LINE-5]]:10: std::vector::emplace_back is async-nonblocking
// CHECK-NEXT: :[[@LINE-5]]:1: std::jthread::~jthread is sync-blocking: what 'pool' owns is destroyed here: a std::jthread joins its thread

struct ThreadPool {
  std::vector<std::thread> threads;
  ~ThreadPool() {
    for (auto &t : threads)
      t.join();
  }
};
// CHECK: :[[@LINE-5]]:3: 'ThreadPool::~ThreadPool' is sync-blocking
// CHECK-NEXT: blocks: ThreadPool::~ThreadPool -> std::thread::join at
// CHECK-NEXT: :[[@LINE-5]]:9: std::thread::join is sync-blocking
void owned_pool() { auto p = std::make_unique<ThreadPool>(); }
// CHECK: :[[@LINE-1]]:6: 'owned_pool' is sync-blocking
// CHECK-NEXT: blocks: owned_pool -> ThreadPool::~ThreadPool -> std::thread::join at
// CHECK-NEXT: :[[@LINE-3]]:62: ThreadPool::~ThreadPool is sync-blocking
void deleted(ThreadPool *p) { delete p; }
// CHECK: :[[@LINE-1]]:6: 'deleted' is sync-blocking
// CHECK-NEXT: blocks: deleted -> ThreadPool::~ThreadPool -> std::thread::join at
// CHECK-NEXT: :[[@LINE-3]]:31: ThreadPool::~ThreadPool is sync-blocking

// Near misses: a reference or pointer going out of scope destroys nothing;
// a container of plain values owns nothing that waits; a default-constructed
// std::jthread joins nothing.
void borrowed(Joiner &j, ThreadPool *p) { Joiner &k = j; }
// CHECK: :[[@LINE-1]]:6: 'borrowed' is sync-nonblocking (pure
void plain_values() { std::vector<int> v{1, 2, 3}; }
// CHECK: :[[@LINE-1]]:6: 'plain_values' is sync-nonblocking (pure
void idle_jthread() { std::jthread t; }
// CHECK: :[[@LINE-1]]:6: 'idle_jthread' is sync-nonblocking (pure
