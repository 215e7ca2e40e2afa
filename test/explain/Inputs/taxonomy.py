"""Turns the code blocks of docs/taxonomy.md into a C++ file and FileCheck lines.

usage: taxonomy.py TAXONOMY_MD OUT_CPP OUT_CHECKS

Each ```c++ block under a "### <quadrant>" heading defines functions that the
page says are in that quadrant; the checks expect quadrant to say so.
"""
import re
import sys

HEADERS = """#include <aio.h>
#include <asio.hpp>
#include <chrono>
#include <fcntl.h>
#include <future>
#include <liburing.h>
#include <mutex>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
using namespace std::chrono_literals;
"""

text = open(sys.argv[1]).read()
code, checks = [HEADERS], []
for quadrant, body in re.findall(r"^### (\S+)\n(.*?)(?=^##)", text, re.S | re.M):
    blocks = re.findall(r"```c\+\+\n(.*?)```", body, re.S)
    if not blocks:
        sys.exit(f"taxonomy.py: no code under '### {quadrant}'")
    for block in blocks:
        code.append(block)
        for name in re.findall(r"^\S[^(]*?\b(\w+)\(", block, re.M):
            checks.append(f"CHECK-DAG: : '{name}' is {quadrant}{{{{$| }}}}")
if len(checks) < 4:
    sys.exit("taxonomy.py: expected functions under the four quadrant headings")
open(sys.argv[2], "w").write("\n".join(code))
open(sys.argv[3], "w").write("\n".join(checks) + "\n")
