// A virtual call runs an overrider only of a class the program constructs
// (rapid type analysis), and the reason says which method it went through.
// RUN: %quadrant --show-pure %s -- -std=c++20 | FileCheck %s
// The constructed classes are facts: exported and linked later, the same.
// RUN: rm -rf %t && %quadrant --export-facts=%t %s -o /dev/null -- -std=c++20
// RUN: %quadrant link --show-pure %t | FileCheck %s

#include <memory>
#include <unistd.h>

// Only the fake is constructed: run() cannot reach the real runner's sleep.
struct Runner {
  virtual ~Runner() = default;
  virtual void start() = 0;
};
struct RealRunner : Runner {
  void start() override { sleep(1); }
};
struct FakeRunner : Runner {
  void start() override {}
};
void run(Runner &r) { r.start(); }
// CHECK: virtual-dispatch.cpp:[[@LINE-1]]:6: 'run' is sync-nonblocking (pure computation
void test_run() {
  FakeRunner fake;
  run(fake);
}

// Near miss: the only constructed receiver blocks, so the call blocks, and
// the reason names the overrider and what was left out.
struct Sink {
  virtual ~Sink() = default;
  virtual void put() = 0;
};
struct SlowSink : Sink {
  void put() override { sleep(1); }
};
struct NullSink : Sink {
  void put() override {}
};
void emit(Sink &s) { s.put(); }
// CHECK: virtual-dispatch.cpp:[[@LINE-1]]:6: 'emit' is sync-blocking
// CHECK-NEXT: blocks: emit -> SlowSink::put -> sleep
// CHECK-NEXT: virtual-dispatch.cpp:[[@LINE-3]]:24: Sink::put is sync-blocking: through the virtual call, in SlowSink::put (the only method it may run; 1 more left out: the program never constructs its class), calls sleep at {{.*}}virtual-dispatch.cpp:36:25: suspends the calling thread until the time has passed
std::unique_ptr<Sink> make_sink() { return std::make_unique<SlowSink>(); }

// Nothing of the hierarchy is constructed in the analyzed code (a plugin
// made elsewhere): every overrider stays.
struct Plugin {
  virtual void go() = 0;
};
struct QuietPlugin : Plugin {
  void go() override {}
};
struct SlowPlugin : Plugin {
  void go() override { sleep(1); }
};
void drive(Plugin *p) { p->go(); }
// CHECK: virtual-dispatch.cpp:[[@LINE-1]]:6: 'drive' is sync-blocking
// CHECK-NEXT: blocks: drive -> SlowPlugin::go -> sleep
// CHECK-NEXT: virtual-dispatch.cpp:[[@LINE-3]]:28: Plugin::go is sync-blocking: through the virtual call, in SlowPlugin::go (1 of 2 methods it may run), calls sleep at {{.*}}virtual-dispatch.cpp:56:24:
