"""The soak corpus of test/realworld/run: nine Debian source packages.

Opt-in (`--corpus soak`, or one package by name): quadrant over about 1,800
translation units of other people's concurrent C and C++. Each
package's recipe gets its sources (`apt-get source`) and a compilation
database without building anything:

  CMake        ninja, libuv, nghttp2, libtorrent, poco (zeromq is the
               default corpus of that name)
  bear + stub  aria2, mosh: configure, then `bear -- make -k` with stub
               compilers that only create the files named by -o and -MF
  written      httplib: a database for cpp-httplib's test/ and example/

Standard library only. See test/realworld/README.md.
"""

import glob
import json
import os
import shutil
import stat
import subprocess

from archive import (apt_build_dep, apt_install, log, prepare_source_package, run_quiet,
                     tail, unpacked_source)

# The corpus names of the soak group, in the order they run and are tabled.
SOAK = ["ninja", "libuv", "mosh", "zeromq", "nghttp2", "aria2", "libtorrent", "poco",
        "httplib"]

# What the stub compilers do: create the files a compile or a link would
# leave (-o, and -MF for the dependency files automake's depcomp renames),
# empty, so that make goes on to the next command. Named like the compilers
# they stand for, so that bear records their calls as compilations.
STUB = """#!/bin/sh
# Stands in for a compiler while bear records the build: creates the files
# named by -o and -MF, empty, and compiles nothing.
while [ $# -gt 0 ]; do
  case "$1" in
    -o|-MF) mkdir -p "$(dirname "$2")" && : > "$2"; shift ;;
  esac
  shift
done
"""
STUB_COMPILERS = ("clang-19", "clang++-19")
SOURCE_FILES = (".c", ".cc", ".cpp", ".cxx")


def cmake_package(name, package, cmake_flags, work, args):
    apt_build_dep(package, args.install)
    corpus = prepare_source_package(name, package, work, args, cmake_flags)
    generate_sources(corpus)
    return corpus


def generate_sources(corpus):
    """Builds the sources in the database that the build would generate
    (ninja's lexers, by re2c): the custom commands alone, nothing compiled."""
    missing = [os.path.relpath(os.path.join(e["directory"], e["file"]), corpus["build"])
               for e in corpus["entries"]
               if not os.path.exists(os.path.join(e["directory"], e["file"]))]
    if not missing:
        return
    rc, out = run_quiet(["cmake", "--build", corpus["build"], "--target"] + missing)
    if rc != 0:
        raise RuntimeError("generating %s failed:\n%s" % (" ".join(missing), tail(out, 10)))
    log("  generated %s" % " ".join(missing))


def prepare_ninja(work, args):
    """ninja-build with its tests; browse_py.h is generated, not shipped."""
    corpus = cmake_package("ninja", "ninja-build", ["-DBUILD_TESTING=ON"], work, args)
    # src/browse.cc includes the header that CMake's custom command writes
    # from src/browse.py: without it that one file does not compile. Run
    # the command alone: as a build target it would compile libninja first.
    header = os.path.join(corpus["build"], "build", "browse_py.h")
    os.makedirs(os.path.dirname(header), exist_ok=True)
    with open(os.path.join(corpus["root"], "src", "browse.py")) as script, \
            open(header, "w") as out:
        rc = subprocess.run(["src/inline.sh", "kBrowsePy"], stdin=script, stdout=out,
                            cwd=corpus["root"]).returncode
    if rc != 0:
        raise RuntimeError("generating ninja's browse_py.h failed (exit status %d)" % rc)
    return corpus


def prepare_libuv(work, args):
    """libuv (C): the library, its tests and benchmarks."""
    return cmake_package("libuv", "libuv1", ["-DLIBUV_BUILD_TESTS=ON",
                                             "-DLIBUV_BUILD_BENCH=ON"], work, args)


def prepare_nghttp2(work, args):
    """nghttp2: the C library and the C++ applications on libev."""
    return cmake_package("nghttp2", "nghttp2", ["-DENABLE_APP=ON"], work, args)


def prepare_libtorrent(work, args):
    """libtorrent-rasterbar on Boost.Asio: the library, examples and tools."""
    return cmake_package("libtorrent", "libtorrent-rasterbar", [
        "-Dbuild_examples=ON", "-Dbuild_tools=ON", "-Dbuild_tests=OFF"], work, args)


POCO_LIBRARIES = ("Foundation", "Net", "Util")


def prepare_poco(work, args):
    """POCO's Foundation, Net and Util (XML and JSON are configured for Util,
    not analyzed): own ScopedLock, Thread, NotificationQueue."""
    off = ["ENCODINGS", "MONGODB", "DATA", "DATA_SQLITE", "DATA_MYSQL", "DATA_POSTGRESQL",
           "DATA_ODBC", "REDIS", "ZIP", "PAGECOMPILER", "PAGECOMPILER_FILE2PAGE",
           "ACTIVERECORD", "ACTIVERECORD_COMPILER", "CRYPTO", "NETSSL", "JWT", "TESTS"]
    corpus = cmake_package("poco", "poco", ["-DENABLE_%s=OFF" % o for o in off], work, args)
    keep = tuple(os.path.join(corpus["root"], lib) + os.sep for lib in POCO_LIBRARIES)
    corpus["entries"] = [e for e in corpus["entries"]
                         if os.path.join(e["directory"], e["file"]).startswith(keep)]
    return write_database(corpus)


def write_database(corpus):
    """Writes corpus["entries"] as the database quadrant reads, in its own
    directory: the CMake one stays as CMake wrote it."""
    db_dir = os.path.join(os.path.dirname(corpus["build"]), "db")
    os.makedirs(db_dir, exist_ok=True)
    with open(os.path.join(db_dir, "compile_commands.json"), "w") as f:
        json.dump(corpus["entries"], f, indent=1)
    log("  %d entries in %s" % (len(corpus["entries"]), db_dir))
    return dict(corpus, build=db_dir)


def prepare_autotools(name, package, configure_flags, work, args):
    """Configures an autotools package with clang-19, then records its build
    with bear and stub compilers: a database without compiling anything."""
    apt_build_dep(package, args.install)
    apt_install(["bear"], args.install)
    root, src = unpacked_source(name, package, work, args)
    build = os.path.join(root, "build")
    db_path = os.path.join(build, "compile_commands.json")
    if not os.path.isfile(db_path):
        shutil.rmtree(build, ignore_errors=True)
        os.makedirs(build)
        cmd = [os.path.join(src, "configure"), "CC=clang-19", "CXX=clang++-19"] + configure_flags
        rc, out = run_quiet(cmd, cwd=build, timeout=1800)
        if rc != 0:
            raise RuntimeError("configuring %s failed:\n%s" % (package, tail(out, 20)))
        stubs = write_stub_compilers(root)
        rc, out = run_quiet(["bear", "--output", db_path + ".stub", "--", "make", "-k", "-j2",
                             "CC=" + stubs[0], "CXX=" + stubs[1]], cwd=build, timeout=1800)
        entries = database_from_stubs(db_path + ".stub", os.path.dirname(stubs[0]))
        if not entries:
            raise RuntimeError("bear recorded no compilation of %s (make exit status %d):\n%s"
                               % (package, rc, tail(out, 20)))
        with open(db_path, "w") as f:
            json.dump(entries, f, indent=1)
    with open(db_path) as f:
        entries = json.load(f)
    log("  configured, build recorded with stub compilers: %d entries in %s"
        % (len(entries), db_path))
    return {"root": src, "build": build, "entries": entries}


def write_stub_compilers(root):
    stub_dir = os.path.join(root, "stub")
    os.makedirs(stub_dir, exist_ok=True)
    paths = []
    for compiler in STUB_COMPILERS:
        path = os.path.join(stub_dir, compiler)
        with open(path, "w") as f:
            f.write(STUB)
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        paths.append(path)
    return paths


def database_from_stubs(stub_db, stub_dir):
    """bear's database with each stub replaced by the compiler it stood for,
    one entry per source file."""
    try:
        with open(stub_db) as f:
            recorded = json.load(f)
    except (OSError, ValueError):
        return []
    entries, seen = [], set()
    for e in recorded:
        argv = list(e["arguments"])
        if os.path.dirname(argv[0]) == stub_dir:
            argv[0] = os.path.basename(argv[0])
        path = os.path.normpath(os.path.join(e["directory"], e["file"]))
        if not path.endswith(SOURCE_FILES) or path in seen:
            continue
        seen.add(path)
        entries.append({"directory": e["directory"], "file": path, "arguments": argv})
    return entries


def prepare_aria2(work, args):
    """aria2: a download utility, event loop over epoll with its own threads."""
    return prepare_autotools("aria2", "aria2", [], work, args)


def prepare_mosh(work, args):
    """mosh: a terminal client and server over UDP, select loop and fork."""
    return prepare_autotools("mosh", "mosh", [], work, args)


HTTPLIB_FLAGS = ["-std=c++14", "-DCPPHTTPLIB_OPENSSL_SUPPORT", "-DCPPHTTPLIB_ZLIB_SUPPORT",
                 "-pthread"]


def prepare_httplib(work, args):
    """cpp-httplib is one header: a written database for the programs that use
    it, its tests (googletest from libgtest-dev) and examples."""
    apt_install(["libgtest-dev", "libssl-dev", "zlib1g-dev"], args.install)
    root, src = unpacked_source("httplib", "cpp-httplib", work, args)
    compiler = shutil.which("clang++-19") or "clang++"
    db = []
    for path in sorted(glob.glob(os.path.join(src, "test", "*.cc"))
                       + glob.glob(os.path.join(src, "example", "*.cc"))):
        d = os.path.dirname(path)
        db.append({"directory": d, "file": path,
                   "arguments": [compiler] + HTTPLIB_FLAGS + ["-I" + src, "-c", path]})
    if not db:
        raise RuntimeError("no test/*.cc or example/*.cc in " + src)
    return write_database({"root": src, "build": os.path.join(root, "build"), "entries": db})


PREPARE = {
    "ninja": prepare_ninja,
    "libuv": prepare_libuv,
    "mosh": prepare_mosh,
    "nghttp2": prepare_nghttp2,
    "aria2": prepare_aria2,
    "libtorrent": prepare_libtorrent,
    "poco": prepare_poco,
    "httplib": prepare_httplib,
}
