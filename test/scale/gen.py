"""Writes pathological inputs for scale.test: generated code, never stored.

  gen.py chain DIR FILES PER_FILE   a call chain FILES*PER_FILE deep across
                                    FILES files (+ compile_commands.json);
                                    the last function sleeps
  gen.py wide FILE N                N functions in one file, each calling the
                                    next, the last one sleeping
  gen.py ring FILE N                N functions in one recursion ring, one of
                                    which sleeps
  gen.py long FILE STATEMENTS       one function of STATEMENTS statements
                                    (about 25 bytes each), sleeping at the end
  gen.py templates FILE DEPTH       template recursion DEPTH deep
"""
import json
import os
import sys

SLEEP = 'extern "C" unsigned sleep(unsigned);\n'


def chain(directory, files, per_file):
    os.makedirs(directory, exist_ok=True)
    total = files * per_file
    entries = []
    for f in range(files):
        path = os.path.join(directory, "chain%d.cpp" % f)
        with open(path, "w") as out:
            out.write(SLEEP)
            first = f * per_file
            for i in range(first, first + per_file):
                out.write("void f%d();\n" % (i + 1) if i + 1 < total else "")
            for i in range(first, first + per_file):
                body = "f%d();" % (i + 1) if i + 1 < total else "sleep(1);"
                out.write("void f%d() { %s }\n" % (i, body))
        entries.append({"directory": directory, "file": path,
                        "arguments": ["clang++", "-std=c++20", "-c", path]})
    with open(os.path.join(directory, "compile_commands.json"), "w") as out:
        json.dump(entries, out)


def wide(path, n):
    with open(path, "w") as out:
        out.write(SLEEP)
        out.write("".join("void f%d();\n" % i for i in range(n)))
        for i in range(n):
            body = "f%d();" % (i + 1) if i + 1 < n else "sleep(1);"
            out.write("void f%d() { %s }\n" % (i, body))


def ring(path, n):
    with open(path, "w") as out:
        out.write(SLEEP)
        out.write("".join("void r%d(int);\n" % i for i in range(n)))
        for i in range(n):
            extra = " sleep(1);" if i == n // 2 else ""
            out.write("void r%d(int d) { if (d) r%d(d - 1);%s }\n" % (i, (i + 1) % n, extra))


def long_function(path, statements):
    with open(path, "w") as out:
        out.write(SLEEP)
        out.write("int generated(int x) {\n")
        for i in range(statements):
            out.write("  x = x * 31 + %d;\n" % i)
        out.write("  sleep(1);\n  return x;\n}\n")


def templates(path, depth):
    with open(path, "w") as out:
        out.write(SLEEP)
        out.write("template <int N> struct Count {\n"
                  "  static int f() { return Count<N - 1>::f() + 1; }\n};\n"
                  "template <> struct Count<0> {\n"
                  "  static int f() { sleep(1); return 0; }\n};\n"
                  "int deep() { return Count<%d>::f(); }\n" % depth)


if __name__ == "__main__":
    mode, target, *numbers = sys.argv[1:]
    numbers = [int(n) for n in numbers]
    {"chain": chain, "wide": wide, "ring": ring, "long": long_function,
     "templates": templates}[mode](target, *numbers)
