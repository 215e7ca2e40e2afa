#!/usr/bin/env python3
"""Drives a language server through a script of messages, for lit tests.

  lsp_client.py SCRIPT [--root DIR | --temp-root SRC] -- SERVER-COMMAND...

The script has one step a line (empty lines and lines starting with '#' are
skipped); @ROOT@ in it stands for the root directory:

  {...}          a JSON message, sent with a Content-Length header
  RAW: <text>    <text> sent byte for byte after Python string escapes
                 (\\r\\n), for malformed input
  AWAIT: <text>  wait until a message received since the last AWAIT
                 contains <text> (as printed below)
  SHELL: <cmd>   run a shell command in the root directory

After the last step standard input is closed. Every message the server
writes is printed on one line as JSON with sorted keys, with the root shown
as @ROOT@, then `exit status: N`. --temp-root copies SRC to a new directory
under the system's temporary directory and uses it as the root: a directory
outside this source tree, whose build/compile_commands.json would otherwise
be found above any file in it. A server that has not exited, or an AWAIT
not met, after --timeout seconds fails the run.
"""
import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import threading


class Reader(threading.Thread):
    """Reads the server's messages as they come and prints them."""

    def __init__(self, stream, root):
        super().__init__(daemon=True)
        self.stream = stream
        self.root = root
        self.printed = []
        self.cond = threading.Condition()
        self.error = None

    def run(self):
        try:
            while self.read_one():
                pass
        except Exception as e:  # reported by the main thread
            self.error = str(e)
        with self.cond:
            self.cond.notify_all()

    def read_one(self):
        length = None
        while True:
            line = self.stream.readline()
            if not line:
                return False
            line = line.rstrip(b"\r\n")
            if not line:
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        if length is None:
            raise ValueError("a message without Content-Length")
        body = self.stream.read(length)
        if len(body) < length:
            raise ValueError("the output ends inside a message")
        text = json.dumps(json.loads(body), sort_keys=True, ensure_ascii=False)
        text = text.replace(self.root, "@ROOT@")
        with self.cond:
            print(text, flush=True)
            self.printed.append(text)
            self.cond.notify_all()
        return True

    def await_text(self, text, start, timeout):
        """Index after the first message from start on containing text."""
        with self.cond:
            while True:
                for i in range(start, len(self.printed)):
                    if text in self.printed[i]:
                        return i + 1
                if not self.is_alive() or not self.cond.wait(timeout):
                    sys.exit("lsp_client: no message with %r arrived" % text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("script")
    parser.add_argument("--root")
    parser.add_argument("--temp-root")
    parser.add_argument("--timeout", type=float, default=300)
    argv = sys.argv[1:]
    if "--" not in argv:
        parser.error("name the server command after --")
    split = argv.index("--")
    args = parser.parse_args(argv[:split])
    server = argv[split + 1:]

    temp = None
    root = args.root or "/nonexistent"
    if args.temp_root:
        temp = tempfile.mkdtemp(prefix="quadrant-lsp-")
        root = temp + "/root"
        shutil.copytree(args.temp_root, root)

    proc = subprocess.Popen(server, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    reader = Reader(proc.stdout, root)
    reader.start()
    seen = 0
    try:
        with open(args.script, encoding="utf-8") as script:
            for line in script:
                line = line.strip().replace("@ROOT@", root)
                if not line or line.startswith("#"):
                    continue
                if line.startswith("AWAIT: "):
                    seen = reader.await_text(line[7:].replace(root, "@ROOT@"), seen,
                                             args.timeout)
                    continue
                if line.startswith("SHELL: "):
                    subprocess.run(line[7:], shell=True, cwd=root, check=True)
                    continue
                if line.startswith("RAW: "):
                    data = ast.literal_eval('"' + line[5:] + '"').encode("utf-8")
                else:
                    body = json.dumps(json.loads(line)).encode("utf-8")
                    data = b"Content-Length: %d\r\n\r\n" % len(body) + body
                try:
                    proc.stdin.write(data)
                    proc.stdin.flush()
                except BrokenPipeError:
                    break  # the server has exited; its status says why
        try:
            proc.stdin.close()
        except BrokenPipeError:
            pass
        try:
            proc.wait(timeout=args.timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            sys.exit("lsp_client: the server did not exit within %s s" % args.timeout)
        reader.join()
        if reader.error:
            sys.exit("lsp_client: bad output from the server: " + reader.error)
        print("exit status: %d" % proc.returncode)
    finally:
        if proc.poll() is None:
            proc.kill()
        if temp:
            shutil.rmtree(temp, ignore_errors=True)


if __name__ == "__main__":
    main()
