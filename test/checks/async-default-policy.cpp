// RUN: %quadrant -j1 --checks=-*,quadrant-async-default-policy %s -- -std=c++20 | %findings

#include <future>

int compute();

int no_policy() {
  auto f = std::async(compute);
  // CHECK: :[[@LINE-1]]:12: warning: 'std::async' with the default launch policy may run the task deferred, on the thread that calls get(); pass std::launch::async to run it concurrently [quadrant-async-default-policy]
  std::async([] {});
  // CHECK: :[[@LINE-1]]:3: warning: 'std::async' with the default launch policy
  return f.get();
}

// Writing out the default policy is the same as writing none.
int spelled_default() {
  auto f = std::async(std::launch::async | std::launch::deferred, compute);
  // CHECK: :[[@LINE-1]]:12: warning: 'std::async' with the default launch policy
  return f.get();
}

// Near misses: a single explicit policy, written or chosen at run time.
int with_policy(std::launch chosen) {
  auto a = std::async(std::launch::async, compute);
  auto b = std::async(std::launch::deferred, compute);
  auto d = std::async(chosen, compute);
  return a.get() + b.get() + d.get();
}
