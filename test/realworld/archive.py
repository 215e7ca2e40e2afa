"""Fetching corpora from Debian's archive, for test/realworld/run and bench/run.

Installs packages and build dependencies, fetches and unpacks source packages
(adding a deb-src entry only when there is none), and configures CMake
projects for a compilation database. What cannot be had here (no root, no
network, --no-install) raises Skip with the reason. Standard library only.
"""

import glob
import json
import os
import shutil
import subprocess
import sys

DEB_SOURCES = "/etc/apt/sources.list.d/debian.sources"
DEB_SRC_SOURCES = "/etc/apt/sources.list.d/deb-src.sources"

# Where progress goes: standard output unless a caller sets it (bench/run
# keeps its standard output for the Markdown it prints).
LOG_STREAM = None


class Skip(Exception):
    """The corpus cannot be installed or fetched here."""


def log(msg=""):
    print(msg, file=LOG_STREAM or sys.stdout, flush=True)


def is_root():
    return os.geteuid() == 0


def run_quiet(cmd, cwd=None, timeout=900, env=None):
    """Runs cmd; returns (status, combined output). Never raises for a failing command."""
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, timeout=timeout, env=env)
        return p.returncode, p.stdout
    except FileNotFoundError as e:
        return 127, str(e)
    except subprocess.TimeoutExpired:
        return 124, "timed out after %d s" % timeout


def tail(text, n=4):
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return "\n".join("      " + l for l in lines[-n:])


def apt_env():
    env = dict(os.environ)
    env["DEBIAN_FRONTEND"] = "noninteractive"
    return env


def apt_install(packages, allow_install):
    """Installs the missing ones of packages, or raises Skip."""
    missing = []
    for p in packages:
        rc, out = run_quiet(["dpkg-query", "-W", "-f=${Status}", p])
        if rc != 0 or "install ok installed" not in out:
            missing.append(p)
    if not missing:
        return
    if not allow_install:
        raise Skip("%s not installed (--no-install)" % " ".join(missing))
    if not is_root():
        raise Skip("%s not installed, and installing needs root" % " ".join(missing))
    if not shutil.which("apt-get"):
        raise Skip("%s not installed, and there is no apt-get" % " ".join(missing))
    log("  installing %s" % " ".join(missing))
    cmd = ["apt-get", "install", "-y", "-qq", "--no-install-recommends"] + missing
    rc, out = run_quiet(cmd, env=apt_env())
    if rc != 0:
        # A fresh container has no package lists yet.
        run_quiet(["apt-get", "update", "-qq"], env=apt_env())
        rc, out = run_quiet(cmd, env=apt_env())
    if rc != 0:
        raise Skip("could not install %s (no network?):\n%s" % (" ".join(missing), tail(out)))


def find_clang():
    for c in ("clang++-19", "/usr/lib/llvm-19/bin/clang++"):
        p = shutil.which(c)
        if p:
            return p
    return None


def unpacked_source(name, package, work, args):
    """Fetches and unpacks a Debian source package into work/name/src, or
    reuses what an earlier run unpacked there; returns (root, src)."""
    root = os.path.join(work, name)
    src = os.path.join(root, "src")
    if args.refetch:
        shutil.rmtree(root, ignore_errors=True)
    # dpkg-source -x writes debian/ last; a half-unpacked tree is fetched again.
    if os.path.isdir(os.path.join(src, "debian")):
        log("  reusing %s (--refetch fetches it again)" % src)
    else:
        fetch_source_package(package, root, src, args)
    return root, src


def apt_build_dep(package, allow_install):
    """Installs what building the source package needs, or raises Skip."""
    if not shutil.which("apt-get"):
        raise Skip("there is no apt-get to install the build dependencies of " + package)
    rc, out = run_quiet(["apt-get", "build-dep", "-s", "-qq", package], env=apt_env())
    if rc == 0 and "Inst " not in out:
        return
    if not allow_install:
        raise Skip("the build dependencies of %s are not installed (--no-install)" % package)
    if not is_root():
        raise Skip("the build dependencies of %s are not installed, and installing "
                   "needs root" % package)
    log("  installing the build dependencies of %s" % package)
    rc, out = run_quiet(["apt-get", "build-dep", "-y", "-qq", package], timeout=1800,
                        env=apt_env())
    if rc != 0:
        raise Skip("apt-get build-dep %s failed (no network?):\n%s" % (package, tail(out)))


def configure_cmake(package, src, build, cmake_flags):
    """Configures src into build with CMake (no build); returns the database."""
    if not shutil.which("cmake"):
        raise Skip("cmake is not installed")
    cmd = ["cmake", "-S", src, "-B", build, "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"] + cmake_flags
    if shutil.which("ninja"):
        cmd += ["-G", "Ninja"]
    if shutil.which("clang++-19") and shutil.which("clang-19"):
        cmd += ["-DCMAKE_CXX_COMPILER=clang++-19", "-DCMAKE_C_COMPILER=clang-19"]
    if os.path.exists(os.path.join(build, "CMakeCache.txt")):
        cmd = ["cmake", build]
    rc, out = run_quiet(cmd)
    db_path = os.path.join(build, "compile_commands.json")
    if rc != 0 or not os.path.isfile(db_path):
        # Not a skip: the source was fetched, so this is this script's fault.
        raise RuntimeError("configuring %s failed:\n%s" % (package, tail(out, 20)))
    with open(db_path) as f:
        db = json.load(f)
    log("  configured with CMake (no build): %d entries in %s" % (len(db), db_path))
    return db


def prepare_source_package(name, package, work, args, cmake_flags):
    """Fetches a Debian source package and configures it with CMake (no build)."""
    root, src = unpacked_source(name, package, work, args)
    build = os.path.join(root, "build")
    return {"root": src, "build": build,
            "entries": configure_cmake(package, src, build, cmake_flags)}


def ensure_deb_src():
    """Adds a deb-src entry, a copy of the machine's own, if there is none."""
    if os.path.exists(DEB_SRC_SOURCES):
        return False
    if not is_root():
        raise Skip("no deb-src entry, and adding %s needs root" % DEB_SRC_SOURCES)
    if not os.path.isfile(DEB_SOURCES):
        raise Skip("no deb-src entry, and no %s to copy one from" % DEB_SOURCES)
    with open(DEB_SOURCES) as f:
        lines = f.read().splitlines(keepends=True)
    out = ["Types: deb-src\n" if l.rstrip("\n") == "Types: deb" else l for l in lines]
    with open(DEB_SRC_SOURCES, "w") as f:
        f.writelines(out)
    log("  created %s (a copy of %s with Types: deb-src)" % (DEB_SRC_SOURCES, DEB_SOURCES))
    return True


def fetch_source_package(package, root, src, args):
    if not shutil.which("apt-get"):
        raise Skip("there is no apt-get")
    if not shutil.which("dpkg-source"):
        apt_install(["dpkg-dev"], args.install)
    fetch = os.path.join(root, "fetch")
    shutil.rmtree(fetch, ignore_errors=True)
    os.makedirs(fetch)
    get = ["apt-get", "source", "--download-only", "-qq", package]
    rc, out = run_quiet(get, cwd=fetch, env=apt_env())
    if rc != 0:
        if not args.install:
            raise Skip("apt-get source %s failed (--no-install: not adding a "
                       "deb-src entry):\n%s" % (package, tail(out)))
        ensure_deb_src()
        if is_root():
            run_quiet(["apt-get", "update", "-qq"], env=apt_env())
        rc, out = run_quiet(get, cwd=fetch, env=apt_env())
    if rc != 0:
        raise Skip("apt-get source %s failed (no network?):\n%s" % (package, tail(out)))
    dscs = glob.glob(os.path.join(fetch, package + "_*.dsc"))
    if len(dscs) != 1:
        raise Skip("apt-get source %s fetched no single .dsc: %s" % (package, dscs))
    shutil.rmtree(src, ignore_errors=True)
    rc, out = run_quiet(["dpkg-source", "-x", dscs[0], src])
    if rc != 0:
        raise Skip("dpkg-source -x failed:\n" + tail(out))
    log("  fetched and unpacked %s" % os.path.basename(dscs[0]))
