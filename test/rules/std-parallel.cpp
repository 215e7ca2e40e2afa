// Rules of rules/std-parallel.yaml against libstdc++'s <execution>, which
// runs the parallel algorithms on oneTBB.
// RUN: %quadrant-cxx | %check
// The trait parallel is reported with the function:
// RUN: %quadrant -j1 --checks=-* --format=json %s -- -std=c++20 | FileCheck %s --check-prefix=JSON
// JSON: "name": "in_parallel",
// JSON-NOT: "name":
// JSON: "traits": [
// JSON-NEXT: "parallel"
// JSON-NEXT: ],

#include <algorithm>
#include <execution>
#include <numeric>
#include <vector>

// std.parallel_algorithm: par and par_unseq run the algorithm on several
// threads; the call returns when they have all finished.
double in_parallel(std::vector<double> &v) {
  // CHECK: :[[@LINE-1]]:8: 'in_parallel' is sync-blocking
  std::for_each(std::execution::par, v.begin(), v.end(), [](double &x) { x *= 2; });
  // The element functions run on the pool's threads; they are pure.
  // CHECK: :[[@LINE-2]]:3: std::for_each is sync-blocking: runs the algorithm on several threads, the calling thread among them, and returns only when all of them have finished [std.parallel_algorithm]
  std::transform(std::execution::par_unseq, v.begin(), v.end(), v.begin(), [](double x) { return x + 1; });
  // CHECK-NEXT: :[[@LINE-1]]:3: std::transform is sync-blocking: runs the algorithm on several threads{{.*}} [std.parallel_algorithm]
  std::sort(std::execution::par, v.begin(), v.end());
  // CHECK-NEXT: :[[@LINE-1]]:3: std::sort is sync-blocking: runs the algorithm on several threads{{.*}} [std.parallel_algorithm]
  const auto &policy = std::execution::par;
  return std::reduce(policy, v.begin(), v.end(), 0.0);
  // CHECK-NEXT: :[[@LINE-1]]:10: std::reduce is sync-blocking: runs the algorithm on several threads{{.*}} [std.parallel_algorithm]
}
// CHECK: :[[@LINE-11]]:58: 'in_parallel::(lambda at {{[0-9:]+}})' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:76: 'in_parallel::(lambda at {{[0-9:]+}})' is sync-nonblocking (pure computation

// Near misses: seq and unseq run on the calling thread, and so does an
// algorithm with no policy.
double sequential(std::vector<double> &v) {
  // CHECK: :[[@LINE-1]]:8: 'sequential' is sync-nonblocking (pure computation
  std::sort(std::execution::seq, v.begin(), v.end());
  std::for_each(std::execution::unseq, v.begin(), v.end(), [](double &x) { x = -x; });
  std::sort(v.begin(), v.end());
  return std::reduce(v.begin(), v.end(), 0.0);
}
// CHECK: :[[@LINE-4]]:60: 'sequential::(lambda at {{[0-9:]+}})' is sync-nonblocking (pure computation

// Look-alike: a library's own parallel_policy and for_each.
namespace mylib {
struct parallel_policy {};
inline constexpr parallel_policy par{};
template <class It, class F> void for_each(parallel_policy, It first, It last, F f) {
  for (; first != last; ++first)
    f(*first);
}
// CHECK: :[[@LINE-4]]:35: 'mylib::for_each' is sync-nonblocking (pure computation
} // namespace mylib
void look_alike(std::vector<double> &v) {
  // CHECK: :[[@LINE-1]]:6: 'look_alike' is sync-nonblocking (pure computation
  mylib::for_each(mylib::par, v.begin(), v.end(), [](double &x) { x = 0; });
}
// CHECK: :[[@LINE-2]]:51: 'look_alike::(lambda at {{[0-9:]+}})' is sync-nonblocking (pure computation
