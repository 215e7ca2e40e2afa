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

// The function shows the object: local type flow. Both engines are
// constructed, so rapid type analysis alone would keep both.
struct Engine {
  virtual ~Engine() = default;
  virtual void step() = 0;
  virtual void idle() {}
};
struct FastEngine : Engine {
  void step() override {}
};
struct SlowEngine : Engine {
  void step() override { sleep(1); }
  void idle() override { sleep(1); }
};
// FastEngine inherits idle() from Engine: the call runs Engine::idle, not
// SlowEngine's, though both classes are constructed.
void local_object() {
  FastEngine e;
  e.idle();
}
// CHECK: virtual-dispatch.cpp:[[@LINE-4]]:6: 'local_object' is sync-nonblocking (pure computation
void made_here() {
  auto e = std::make_unique<FastEngine>();
  e->step();
  e->idle();
}
// CHECK: virtual-dispatch.cpp:[[@LINE-5]]:6: 'made_here' is sync-nonblocking (pure computation
void made_as_base() {
  std::unique_ptr<Engine> e = std::make_unique<FastEngine>();
  e->step();
}
// CHECK: virtual-dispatch.cpp:[[@LINE-4]]:6: 'made_as_base' is sync-nonblocking (pure computation
void new_here() {
  Engine *e = new FastEngine;
  e->step();
  delete e;
}
// CHECK: virtual-dispatch.cpp:[[@LINE-5]]:6: 'new_here' is sync-nonblocking (pure computation
// Near miss: the object shown is the one that blocks, and the reason says so.
void slow_here() {
  Engine *e = new SlowEngine;
  e->step();
  delete e;
}
// CHECK: virtual-dispatch.cpp:[[@LINE-5]]:6: 'slow_here' is sync-blocking
// CHECK-NEXT: blocks: slow_here -> SlowEngine::step -> sleep
// CHECK-NEXT: virtual-dispatch.cpp:[[@LINE-5]]:6: Engine::step is sync-blocking: through the virtual call, in SlowEngine::step (the only method it may run; 1 more left out: the object is a SlowEngine here), calls sleep
// Near miss: a pointer reassigned may hold either.
void either(bool slow) {
  Engine *e = new FastEngine;
  if (slow)
    e = new SlowEngine;
  e->step();
}
// CHECK: virtual-dispatch.cpp:[[@LINE-6]]:6: 'either' is sync-blocking
// Near miss: a reference names no dynamic type.
void through_reference(Engine &e) { e.step(); }
// CHECK: virtual-dispatch.cpp:[[@LINE-1]]:6: 'through_reference' is sync-blocking
void make_engines() {
  SlowEngine slow;
  FastEngine fast;
}
