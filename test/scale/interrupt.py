"""Starts a command, interrupts it with SIGINT after a delay, and prints how
it ended and which files are left in a directory (for scale.test)."""
import os
import signal
import subprocess
import sys
import time

delay, directory, *command = sys.argv[1:]
# lit's workers ignore SIGINT, and children inherit that: give the command
# the default disposition a terminal's Ctrl-C meets.
process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
time.sleep(float(delay))
process.send_signal(signal.SIGINT)
status = process.wait()
print("interrupted" if status == -signal.SIGINT or status == 128 + signal.SIGINT else
      "finished with %d" % status)
print("left:", sorted(os.listdir(directory)))
