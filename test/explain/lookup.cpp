// How `quadrant explain` finds the function: by name or qualified name, by
// file:line (the innermost definition, so a lambda), by file:line:column;
// and what it says when the name is ambiguous, unknown, or not defined here.
#include <thread>
#include <unistd.h>

namespace net {
int fetch(int fd);
struct Conn {
  int read_some(int fd) { char b[8]; return ::read(fd, b, sizeof b); }
  int read_some(int fd, char *b, int n) { return ::read(fd, b, n); }
};
} // namespace net

int wait_then(int fd) {
  auto fetched = [fd] { return net::fetch(fd); };
  std::thread t([] { sleep(1); });
  t.join();
  return fetched();
}

int one() { return 1; } int two() { return 2; }

// Most runs explain exported facts (`quadrant link --explain=...`): the same
// explanation, without compiling the file again.
// RUN: rm -rf %t && %quadrant %s --export-facts=%t -- -std=c++20 > /dev/null
// RUN: %quadrant explain wait_then %s -- -std=c++20 | FileCheck %s --check-prefix=NAME
// NAME: lookup.cpp:15:5: 'wait_then' is async-blocking.

// A line inside wait_then, outside its lambdas, names wait_then.
// RUN: %quadrant explain %s:18 %s -- -std=c++20 | FileCheck %s --check-prefix=NAME
// RUN: %quadrant link --explain=%s:17:3 %t | FileCheck %s --check-prefix=NAME

// A line (or a column) inside a lambda names the lambda.
// RUN: %quadrant link --explain=%s:16 %t | FileCheck %s --check-prefix=LAMBDA
// LAMBDA: lookup.cpp:16:18: 'wait_then::(lambda at 16:18)' is sync-nonblocking.
// LAMBDA: What it cannot see
// LAMBDA-NEXT: It calls 'net::fetch', declared but not defined in the analyzed code. quadrant cannot see inside it, and assumes it neither blocks nor starts work elsewhere; analyze the file that defines it, or describe it with a rule.
// RUN: %quadrant link --explain=%s:17:22 %t | FileCheck %s --check-prefix=LAMBDA2
// LAMBDA2: lookup.cpp:17:17: 'wait_then::(lambda at 17:17)' is sync-blocking.

// A qualified name; a name given relative to where the file is.
// RUN: cd %S && %quadrant link --explain=./lookup.cpp:15 %t | FileCheck %s --check-prefix=RELATIVE
// RELATIVE: {{^}}lookup.cpp:15:5: 'wait_then' is async-blocking.

// Overloads share a name: each is listed with the line that names it.
// RUN: %expect-exit 2 %quadrant link --explain=read_some %t 2>&1 | FileCheck %s --check-prefix=AMBIGUOUS
// RUN: %expect-exit 2 %quadrant link --explain=Conn::read_some %t 2>&1 | FileCheck %s --check-prefix=AMBIGUOUS
// AMBIGUOUS: quadrant: error: '{{(Conn::)?}}read_some' names 2 functions; name one by its file and line:
// AMBIGUOUS-NEXT: {{.*}}lookup.cpp:10: int net::Conn::read_some(int)
// AMBIGUOUS-NEXT: {{.*}}lookup.cpp:11: int net::Conn::read_some(int, char *, int)
// RUN: %quadrant link --explain=%s:11 %t | FileCheck %s --check-prefix=LINE11
// LINE11: lookup.cpp:11:7: 'net::Conn::read_some' is sync-blocking.

// Two definitions on one line, neither inside the other: the column decides.
// RUN: %expect-exit 2 %quadrant link --explain=%s:22 %t 2>&1 | FileCheck %s --check-prefix=SAMELINE
// SAMELINE: quadrant: error: '{{.*}}lookup.cpp:22' names 2 functions; name one by its file and line:
// SAMELINE-NEXT: {{.*}}lookup.cpp:22: int one()
// SAMELINE-NEXT: {{.*}}lookup.cpp:22: int two()
// RUN: %quadrant link --explain=%s:22:25 %t | FileCheck %s --check-prefix=TWO
// TWO: lookup.cpp:22:29: 'two' is sync-nonblocking.

// A misspelt name gets suggestions.
// RUN: %expect-exit 2 %quadrant link --explain=wait_thn %t 2>&1 | FileCheck %s --check-prefix=TYPO
// TYPO: quadrant: error: no function named 'wait_thn' was analyzed; did you mean 'wait_then'?
// RUN: %expect-exit 2 %quadrant link --explain=zzzzzzzzzzzz %t 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: quadrant: error: no function named 'zzzzzzzzzzzz' was analyzed (quadrant without 'explain' lists every function it analyzed)

// A function that is only declared has nothing to explain.
// RUN: %expect-exit 2 %quadrant link --explain=fetch %t 2>&1 | FileCheck %s --check-prefix=DECLARED
// DECLARED: quadrant: error: 'net::fetch' is called (by 'wait_then::(lambda at 16:18)') but not defined in the analyzed code; add the file that defines it to the sources

// A line outside every definition, or a file that was not analyzed.
// RUN: %expect-exit 2 %quadrant link --explain=%s:13 %t 2>&1 | FileCheck %s --check-prefix=NOWHERE
// NOWHERE: quadrant: error: no function is defined at {{.*}}lookup.cpp:13; the nearest is 'net::Conn::read_some', on lines 11-11
// RUN: %expect-exit 2 %quadrant link --explain=other.cpp:3 %t 2>&1 | FileCheck %s --check-prefix=NOFILE
// NOFILE: quadrant: error: no function defined in 'other.cpp' was analyzed; name the file among the sources, or check its path

// Usage errors: no function named, a format explain does not write.
// RUN: %expect-exit 2 %quadrant explain 2>&1 | FileCheck %s --check-prefix=NOTARGET
// RUN: %expect-exit 2 %quadrant explain --format=json %s 2>&1 | FileCheck %s --check-prefix=NOTARGET
// RUN: %expect-exit 2 %quadrant link --explain= %t 2>&1 | FileCheck %s --check-prefix=NOTARGET
// NOTARGET: quadrant: error: quadrant explain: name the function to explain: its name, or file:line inside its definition
// RUN: %expect-exit 2 %quadrant link --explain=wait_then --format=sarif %t 2>&1 | FileCheck %s --check-prefix=FORMAT
// FORMAT: quadrant: error: quadrant explain: --format must be text or json

// A file that does not compile: what parsed is explained, said so, and the
// exit status is 1, as for the report.
// RUN: %expect-exit 1 %quadrant explain broken %S/../cli/Inputs/broken.cpp -- -std=c++20 2> %t.err | FileCheck %s --check-prefix=BROKEN
// RUN: FileCheck %s --check-prefix=BROKEN-ERR < %t.err
// BROKEN: broken.cpp:3:6: 'broken' is sync-nonblocking. (Its file does not compile, so this is based on the part that parsed.)
// BROKEN-ERR: quadrant: error: {{.*}}broken.cpp: analysis is incomplete: the file does not compile
