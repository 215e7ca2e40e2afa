"""Damages the cache entry of one source file, as a crash, a full disk or
another version of quadrant could.

  corrupt.py <cache-dir> <file name> <how>

how: truncate (cut in the middle), garbage (not JSON), empty, deep (nested
past any parser's stack), version (another format version), facts (a string in
the facts edited, still well-formed), foreign (the entry of another file copied over
it), directory (a directory where the entry goes, so it cannot be written).
"""
import glob
import os
import shutil
import sys

cache, name, how = sys.argv[1:]
entries = sorted(glob.glob(os.path.join(cache, "*.entry")))
(entry,) = [e for e in entries if os.path.basename(e).startswith(name + "-")]
with open(entry, "rb") as f:
    data = f.read()

if how == "truncate":
    data = data[: len(data) // 2]
elif how == "garbage":
    data = b"\x00\xffthis is not a cache entry\n"
elif how == "empty":
    data = b""
elif how == "deep":
    data = b"[" * 200000
elif how == "version":
    assert b'"quadrant-cache/2"' in data
    data = data.replace(b'"quadrant-cache/2"', b'"quadrant-cache/0"')
elif how == "facts":
    header, facts = data.split(b"\n", 1)
    assert b'wait_' in facts
    data = header + b"\n" + facts.replace(b'wait_', b'wake_')
elif how == "foreign":
    other = [e for e in entries if e != entry][0]
    shutil.copyfile(other, entry)
    sys.exit(0)
elif how == "directory":
    os.remove(entry)
    os.mkdir(entry)
    sys.exit(0)
else:
    sys.exit("unknown damage: " + how)

with open(entry, "wb") as f:
    f.write(data)
