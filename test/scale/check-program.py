"""check-program.py FACTS_DIR REPORT_JSON SARIF: what the report of a program
written by bench/gen-program must say, computed here from its facts on their
own (a function blocks if a sleep is reachable from it through calls; a call
made under a lock to a function that blocks is a quadrant-blocking-under-lock
finding), beside what quadrant reported."""
import glob
import json
import os
import sys

facts_dir, report_path, sarif_path = sys.argv[1:]
calls = {}       # usr -> [(callee usr, loc, locked)]
sleeps = set()   # usr
names = {}       # usr -> name
for path in glob.glob(os.path.join(facts_dir, "*.facts.json")):
    for f in json.load(open(path))["functions"]:
        names[f["usr"]] = f["name"]
        calls.setdefault(f["usr"], []).extend(
            (c["usr"], tuple(c["loc"]), bool(c["held_locks"])) for c in f["calls"])
        if any(s["label"] == "sync-blocking" for s in f["call_sites"]):
            sleeps.add(f["usr"])

callers = {}
for caller, edges in calls.items():
    for callee, _, _ in edges:
        callers.setdefault(callee, []).append(caller)
blocking = set(sleeps)
work = list(sleeps)
while work:
    for caller in callers.get(work.pop(), []):
        if caller not in blocking:
            blocking.add(caller)
            work.append(caller)
under_lock = {(loc[0], loc[1], loc[2]) for edges in calls.values()
              for callee, loc, locked in edges if locked and callee in blocking}

report = json.load(open(report_path))
reported_blocking = sum(1 for f in report["functions"] if f["blocking"])
reported_under_lock = {(x["file"], x["line"], x["column"]) for x in report["findings"]
                       if x["check"] == "quadrant-blocking-under-lock"}
other_findings = [x["check"] for x in report["findings"]
                  if x["check"] != "quadrant-blocking-under-lock"]
sarif = json.load(open(sarif_path))
print("functions: %d written, %d reported" % (len(names), len(report["functions"])))
print("blocking: %d expected, %d reported" % (len(blocking), reported_blocking))
print("under lock: %d expected, %d reported, %d the same" % (
    len(under_lock), len(reported_under_lock), len(under_lock & reported_under_lock)))
print("other findings: %d" % len(other_findings))
print("sarif results: %d" % len(sarif["runs"][0]["results"]))
