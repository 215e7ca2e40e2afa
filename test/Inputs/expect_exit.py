"""Runs a command and succeeds only if it exits with the expected status.

usage: expect_exit.py STATUS COMMAND [ARGS...]
Output passes through unchanged, so FileCheck can read it. (lit's `not`
only says "non-zero"; quadrant's exit statuses are part of its interface.)
"""
import subprocess
import sys

expected = int(sys.argv[1])
status = subprocess.run(sys.argv[2:]).returncode
if status != expected:
    sys.stderr.write(f"expect_exit: expected exit status {expected}, got {status}\n")
    sys.exit(1)
