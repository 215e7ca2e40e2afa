"""A client that goes away: it stops reading the server's output, then sends
initialize. The server, with SIGPIPE ignored as some editors leave it, sees
its reply fail and ends. Prints its exit status and what it wrote on stderr.

usage: client_gone.py SERVER-COMMAND...
"""
import signal
import subprocess
import sys

proc = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE,
                        preexec_fn=lambda: signal.signal(signal.SIGPIPE, signal.SIG_IGN))
proc.stdout.close()
body = b'{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}'
proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
proc.stdin.flush()
try:
    status = proc.wait(timeout=300)
except subprocess.TimeoutExpired:
    proc.kill()
    sys.exit("client_gone: the server kept running")
print("stderr: %r" % proc.stderr.read().decode())
print("exit status: %d" % status)
