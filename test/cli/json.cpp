// The JSON report follows the pinned quadrant-report/1 schema
// (docs/json-report.md), and -o writes it atomically.
// RUN: %quadrant -j1 --format=json %s -- -std=c++20 > %t.json
// RUN: python3 -m json.tool %t.json > /dev/null
// RUN: FileCheck %s < %t.json
// RUN: rm -rf %t.dir && mkdir %t.dir
// RUN: %quadrant -j1 --format=json -o %t.dir/report.json %s -- -std=c++20
// RUN: diff %t.json %t.dir/report.json
// RUN: ls %t.dir | count 1
// RUN: %expect-exit 2 %quadrant -o %t.dir/missing/report.json %s -- -std=c++20 2>&1 | FileCheck %s --check-prefix=NODIR
// NODIR: quadrant: error: cannot write the report: {{.*}}missing/report.json{{.*}}No such file or directory

#include <future>

int compute() { return 42; }

int wait_for_it(std::future<int> &f) { return f.get() + compute(); }

// CHECK:      {
// CHECK-NEXT:   "schema": "quadrant-report/1",
// CHECK-NEXT:   "tool": {
// CHECK-NEXT:     "name": "quadrant",
// CHECK-NEXT:     "version": "{{[0-9.]+}}"
// CHECK-NEXT:   },
// CHECK-NEXT:   "program": {
// CHECK-NEXT:     "verdict": "neither concurrent nor parallel",
// CHECK-NEXT:     "concurrent": false,
// CHECK-NEXT:     "parallel": false,
// CHECK-NEXT:     "why": "one thread runs everything, one step after another",
// CHECK-NEXT:     "main_functions": 0,
// CHECK-NEXT:     "thread_sites": 0,
// CHECK-NEXT:     "threads_started": 0,
// CHECK-NEXT:     "pool_sites": 0,
// CHECK-NEXT:     "parallel_algorithms": 0,
// CHECK-NEXT:     "event_loops": 0,
// CHECK-NEXT:     "event_loop_threads": 0,
// CHECK-NEXT:     "handlers": 0,
// CHECK-NEXT:     "callbacks": 0,
// CHECK-NEXT:     "coroutines": 0,
// CHECK-NEXT:     "child_processes": 0,
// CHECK-NEXT:     "programs": 0,
// CHECK-NEXT:     "contexts": [
// CHECK-NEXT:       {
// CHECK-NEXT:         "kind": "caller-thread",
// CHECK-NEXT:         "site": null,
// CHECK-NEXT:         "entries": [
// CHECK-NEXT:           "wait_for_it"
// CHECK-NEXT:         ],
// CHECK-NEXT:         "threads": 1,
// CHECK-NEXT:         "separate_memory": false,
// CHECK-NEXT:         "description": "the caller's thread"
// CHECK-NEXT:       }
// CHECK-NEXT:     ],
// CHECK-NEXT:     "shared": []
// CHECK-NEXT:   },
// CHECK-NEXT:   "functions": [
// CHECK-NEXT:     {
// CHECK-NEXT:       "name": "compute",
// CHECK-NEXT:       "signature": "int compute()",
// CHECK-NEXT:       "file": "{{.*}}json.cpp",
// CHECK-NEXT:       "line": 15,
// CHECK-NEXT:       "column": 5,
// CHECK-NEXT:       "quadrant": "sync-nonblocking",
// CHECK-NEXT:       "blocking": false,
// CHECK-NEXT:       "async": false,
// CHECK-NEXT:       "coroutine": false,
// CHECK-NEXT:       "pure": true,
// CHECK-NEXT:       "partial": false,
// CHECK-NEXT:       "traits": [],
// CHECK-NEXT:       "blocking_via": [],
// CHECK-NEXT:       "async_via": [],
// CHECK-NEXT:       "call_sites": [],
// CHECK-NEXT:       "unresolved_calls": [],
// CHECK-NEXT:       "contexts": [
// CHECK-NEXT:         {
// CHECK-NEXT:           "kind": "caller-thread",
// CHECK-NEXT:           "site": null,
// CHECK-NEXT:           "entries": [
// CHECK-NEXT:             "wait_for_it"
// CHECK-NEXT:           ],
// CHECK-NEXT:           "threads": 1,
// CHECK-NEXT:           "separate_memory": false,
// CHECK-NEXT:           "description": "the caller's thread"
// CHECK-NEXT:         }
// CHECK-NEXT:       ],
// CHECK-NEXT:       "runs_in_parallel": false
// CHECK-NEXT:     },
// CHECK-NEXT:     {
// CHECK-NEXT:       "name": "wait_for_it",
// CHECK-NEXT:       "signature": "int wait_for_it(std::future<int> &)",
// CHECK-NEXT:       "file": "{{.*}}json.cpp",
// CHECK-NEXT:       "line": 17,
// CHECK-NEXT:       "column": 5,
// CHECK-NEXT:       "quadrant": "sync-blocking",
// CHECK-NEXT:       "blocking": true,
// CHECK-NEXT:       "async": false,
// CHECK-NEXT:       "coroutine": false,
// CHECK-NEXT:       "pure": false,
// CHECK-NEXT:       "partial": false,
// CHECK-NEXT:       "traits": [
// CHECK-NEXT:         "waits-for-result"
// CHECK-NEXT:       ],
// CHECK-NEXT:       "blocking_via": [
// CHECK-NEXT:         {
// CHECK-NEXT:           "function": "std::future::get",
// CHECK-NEXT:           "file": "{{.*}}json.cpp",
// CHECK-NEXT:           "line": 17,
// CHECK-NEXT:           "column": 49
// CHECK-NEXT:         }
// CHECK-NEXT:       ],
// CHECK-NEXT:       "async_via": [],
// CHECK-NEXT:       "call_sites": [
// CHECK-NEXT:         {
// CHECK-NEXT:           "callee": "std::future::get",
// CHECK-NEXT:           "file": "{{.*}}json.cpp",
// CHECK-NEXT:           "line": 17,
// CHECK-NEXT:           "column": 49,
// CHECK-NEXT:           "blocking": true,
// CHECK-NEXT:           "async": false,
// CHECK-NEXT:           "quadrant": "sync-blocking",
// CHECK-NEXT:           "rule": "std.future.get",
// CHECK-NEXT:           "reason": "waits until the shared state is ready"
// CHECK-NEXT:         }
// CHECK-NEXT:       ],
// CHECK-NEXT:       "unresolved_calls": [],
// CHECK-NEXT:       "contexts": [
// CHECK-NEXT:         {
// CHECK-NEXT:           "kind": "caller-thread",
// CHECK-NEXT:           "site": null,
// CHECK-NEXT:           "entries": [
// CHECK-NEXT:             "wait_for_it"
// CHECK-NEXT:           ],
// CHECK-NEXT:           "threads": 1,
// CHECK-NEXT:           "separate_memory": false,
// CHECK-NEXT:           "description": "the caller's thread"
// CHECK-NEXT:         }
// CHECK-NEXT:       ],
// CHECK-NEXT:       "runs_in_parallel": false
// CHECK-NEXT:     }
// CHECK-NEXT:   ],
// CHECK-NEXT:   "findings": [],
// CHECK-NEXT:   "diagnostics": []
// CHECK-NEXT: }
