"""Starts a command, interrupts it with SIGINT once it is known to be in the
middle of its work, and prints how it ended and which files are left in a
directory.

"In the middle" is the first path matching a glob appearing (a file in the
command's facts cache, a PCH being written): a fixed delay raced the command
on fast machines, which then finished before the signal arrived."""
import glob
import os
import signal
import subprocess
import sys
import time

progress_glob, directory, *command = sys.argv[1:]
# lit's workers ignore SIGINT, and children inherit that: give the command
# the default disposition a terminal's Ctrl-C meets.
process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
while process.poll() is None and not glob.glob(progress_glob, recursive=True):
    time.sleep(0.005)
process.send_signal(signal.SIGINT)
status = process.wait()
print("interrupted" if status == -signal.SIGINT or status == 128 + signal.SIGINT else
      "finished with %d" % status)
print("left:", sorted(os.listdir(directory)))
