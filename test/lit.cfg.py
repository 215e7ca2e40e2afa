# lit configuration for quadrant's tests.
import hashlib
import os
import shutil
import subprocess
import tempfile
import lit.formats

config.name = "quadrant"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".c", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py.in", "gen.py", "npm"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.quadrant_build_dir, "test")

config.environment["PATH"] = os.pathsep.join(
    [config.quadrant_bin_dir, config.llvm_tools_dir, config.environment.get("PATH", "")])
# Reports must not depend on the terminal or the locale.
config.environment["LC_ALL"] = "C"

# The sanitizer build (QUADRANT_SANITIZE, docs/testing.md): the same tests on
# a binary built with AddressSanitizer and UndefinedBehaviorSanitizer. An error
# aborts the program, so a test that expects a non-zero exit status still fails
# (expect_exit.py and `not` see a signal, not the status they wait for).
# LeakSanitizer stays on (the default): quadrant frees what it allocates, and
# LLVM's option registry and ManagedStatics report no leaks at exit.
if config.quadrant_sanitize:
    config.available_features.add("sanitize")
    symbolizer = os.path.join(config.llvm_tools_dir, "llvm-symbolizer")
    config.environment["ASAN_SYMBOLIZER_PATH"] = symbolizer
    config.environment["ASAN_OPTIONS"] = ":".join([
        "abort_on_error=1",
        "detect_stack_use_after_return=1",
        "strict_string_checks=1",
        "check_initialization_order=1",
    ])
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:abort_on_error=1"
    # A leak inside Clang's template deduction, not quadrant's (lsan.supp).
    config.environment["LSAN_OPTIONS"] = "suppressions=" + os.path.join(
        config.test_source_root, "Inputs", "lsan.supp")

quadrant = os.path.join(config.quadrant_bin_dir, "quadrant")
# %quadrant analyzes one C++20 file with no compilation database, and prints
# only what it reports (the "no compile_commands.json" note goes to stderr).
# Label tests turn the lint checks off; test/checks/ turns them on one by one.
# They list every function, pure computation too (--show-pure), so that a
# function wrongly found pure, or wrongly not, fails them.
config.substitutions.append(("%quadrant-cxx", quadrant + " -j1 --checks=-* --show-pure %s -- -std=c++20"))
# %findings: FileCheck for lint findings, in which every warning and error
# must be expected (clang-tidy's check tests do the same).
config.substitutions.append(("%findings", "FileCheck %s --implicit-check-not=\"{{warning|error}}:\""))
# %check: FileCheck in which every label must be expected. Any function or
# call-site line the test does not CHECK for fails it, so a look-alike that
# gets labeled by mistake is caught without a CHECK-NOT per case.
config.substitutions.append(
    ("%check", "FileCheck %s --implicit-check-not=' is sync-' --implicit-check-not=' is async-'"))
# Headers outside the default include path, found the way their users find
# them: MPI's compiler wrapper knows where its mpi.h is, pkg-config GLib's.
# Their directories are given as system ones (-isystem), as the default
# include path is, so that the functions their headers define inline (Open
# MPI's C++ bindings, GLib's helpers) are library code, not reported. A tool
# that is missing leaves the flags empty, and the test that needs them fails
# on its #include.
def system_include_flags(command):
    try:
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""
    return " ".join("-isystem " + flag[2:] if flag.startswith("-I") else flag for flag in out.split())
config.substitutions.append(("%mpi-cflags", system_include_flags(["mpicxx", "--showme:compile"])))
config.substitutions.append(("%glib-cflags", system_include_flags(["pkg-config", "--cflags", "gio-2.0"])))
config.substitutions.append(
    ("%interrupt", "python3 " + os.path.join(config.test_source_root, "Inputs", "interrupt.py")))
config.substitutions.append(
    ("%expect-exit", "python3 " + os.path.join(config.test_source_root, "Inputs", "expect_exit.py")))
# %cxx-format: the build's compiler and flags for code that includes
# tool/core/Format.h, so a test can show what does and does not compile.
config.substitutions.append(
    ("%cxx-format", config.cxx_compiler + " " + config.format_test_flags))
config.substitutions.append(("%quadrant", quadrant))
# %loose-dir: a directory outside this source tree, one per build, for files
# that must have no compile_commands.json above them (inside the tree, the
# build's own is found). Each test uses a subdirectory named after itself.
config.substitutions.append(("%loose-dir", os.path.join(
    tempfile.gettempdir(),
    "quadrant-lit-" + hashlib.sha256(config.quadrant_build_dir.encode()).hexdigest()[:12])))

# Microsoft's SARIF validator, installed from npm by the set-up (test/npm).
# .NET needs no ICU with invariant globalization.
sarif_multitool = os.path.join(config.test_source_root, "npm", "node_modules", "@microsoft",
                               "sarif-multitool-linux", "Sarif.Multitool")
if os.access(sarif_multitool, os.X_OK):
    config.available_features.add("sarif-multitool")
    config.substitutions.append(("%sarif-multitool", sarif_multitool))
config.environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1"

# The HTML report in a real browser (test/report/browser.test): Debian's
# chromium, driven by playwright-core from test/npm, which node finds through
# NODE_PATH. Graphviz, if installed, checks that the DOT output renders.
npm_modules = os.path.join(config.test_source_root, "npm", "node_modules")
if (shutil.which("chromium") and shutil.which("node")
        and os.path.isdir(os.path.join(npm_modules, "playwright-core"))):
    config.available_features.add("browser")
    config.environment["NODE_PATH"] = npm_modules
if shutil.which("dot"):
    config.available_features.add("graphviz")
config.environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1"

# clang-apply-replacements from Debian's clang-tools-19 (installed by
# ./quickstart): it applies --export-fixes' YAML as it applies clang-tidy's.
if shutil.which("clang-apply-replacements-19"):
    config.available_features.add("clang-apply-replacements")

# Neovim from Debian (installed by ./quickstart): a real LSP client
# (test/lsp/neovim.test) and Vim's :compiler (test/editors/).
if shutil.which("nvim"):
    config.available_features.add("nvim")

# libFuzzer targets (QUADRANT_FUZZ): test/fuzz/*.test run each one briefly.
# %fuzz-smoke: a fixed number of inputs from a fixed seed, so CI fails only
# when the code changes, with a time cap so a slow machine still finishes.
# QUADRANT_FUZZ_RUNS and QUADRANT_FUZZ_SECONDS run them longer (or, with a
# random seed, QUADRANT_FUZZ_SEED=0).
if config.quadrant_fuzz:
    config.available_features.add("fuzz")
    config.substitutions.append(("%fuzz-smoke", " ".join([
        "-runs=" + os.environ.get("QUADRANT_FUZZ_RUNS", "20000"),
        "-max_total_time=" + os.environ.get("QUADRANT_FUZZ_SECONDS", "60"),
        "-seed=" + os.environ.get("QUADRANT_FUZZ_SEED", "1"),
        "-timeout=25", "-rss_limit_mb=4096", "-print_final_stats=1",
    ])))
    for target in ("rules", "config", "facts"):
        config.substitutions.append(
            ("%fuzz-" + target, os.path.join(config.quadrant_bin_dir, "fuzz-" + target)))
