"""Runs a command with its stderr on a terminal and prints what it wrote there.

  on_tty.py [--columns=N] -- <command> [<args>...]

stderr is a pseudo-terminal N columns wide (default 80); stdin is /dev/null
and stdout is inherited, so it is not a terminal. When the command ends,
what it wrote to the terminal is printed to stdout with each carriage return
shown as <CR> (so FileCheck sees where a line is redrawn), followed by
"widest progress line: W", the length of the longest "quadrant: [" line: a
line wider than the terminal would wrap, and could not be redrawn in place.
Exits with the command's status.
"""
import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios


def main():
    args = sys.argv[1:]
    columns = 80
    if args and args[0].startswith("--columns="):
        columns = int(args.pop(0).split("=", 1)[1])
    if args and args[0] == "--":
        args.pop(0)
    if not args:
        sys.exit("usage: on_tty.py [--columns=N] -- <command> [<args>...]")

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    # Show the bytes as written: no "\n" -> "\r\n" translation.
    attrs = termios.tcgetattr(slave)
    attrs[1] &= ~termios.OPOST
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    env = dict(os.environ)
    env.pop("COLUMNS", None)  # the width must come from the terminal
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)

    # Read while the command runs, so it never blocks on a full terminal.
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the command closed its end
            break
        if not data:
            break
        chunks.append(data)
    status = proc.wait()
    os.close(master)

    text = b"".join(chunks).decode("utf-8", "replace")
    widest = max((len(part) for part in re.split(r"[\r\n]", text)
                  if part.startswith("quadrant: [")), default=0)
    sys.stdout.flush()
    print(text.replace("\r", "<CR>"))
    print("widest progress line: %d" % widest)
    sys.exit(status)


if __name__ == "__main__":
    main()
