"""Applies the problem matcher of a VS Code tasks.json to a tool's output,
line by line as VS Code does, and prints each problem it finds.

usage: problem_matcher.py TASKS.JSON OUTPUT
"""
import json
import re
import sys

with open(sys.argv[1]) as f:
    matcher = json.load(f)["tasks"][0]["problemMatcher"]
pattern = matcher["pattern"]
regexp = re.compile(pattern["regexp"])
fields = ["file", "line", "column", "severity", "code", "message"]
count = 0
with open(sys.argv[2]) as f:
    for line in f:
        m = regexp.match(line.rstrip("\n"))
        if m:
            count += 1
            print(" ".join("%s=%s" % (k, m.group(pattern[k])) for k in fields))
print("problems: %d" % count)
