"""Starts a command, interrupts it with SIGINT once it is known to be in the
middle of its work, and prints how it ended and which files are left in a
directory (for scale.test).

"In the middle" is the first file appearing in a progress directory (the
command's facts cache): a fixed delay raced the command on fast machines,
which then finished before the signal arrived."""
import os
import signal
import subprocess
import sys
import time

progress_dir, directory, *command = sys.argv[1:]
# lit's workers ignore SIGINT, and children inherit that: give the command
# the default disposition a terminal's Ctrl-C meets.
process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
while process.poll() is None and not (os.path.isdir(progress_dir) and os.listdir(progress_dir)):
    time.sleep(0.005)
process.send_signal(signal.SIGINT)
status = process.wait()
print("interrupted" if status == -signal.SIGINT or status == 128 + signal.SIGINT else
      "finished with %d" % status)
print("left:", sorted(os.listdir(directory)))
