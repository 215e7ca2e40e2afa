"""Prints the data a quadrant HTML report embeds, one fact per line, for
FileCheck. Fails if the page does not hold exactly one JSON data element
that parses: the check that '</script>' in the data cannot end it early."""
import json
import re
import sys

page = open(sys.argv[1], encoding="utf-8").read()
blobs = re.findall(r'<script type="application/json" id="quadrant-data">(.*?)</script>', page, re.S)
if len(blobs) != 1:
    sys.exit("expected one data element, found %d" % len(blobs))
data = json.loads(blobs[0])
fns = data["functions"]


def hop(h):
    if h is None:
        return "-"
    if h.get("coroutine"):
        return "coroutine"
    to = fns[h["target"]]["name"] if "target" in h else h["callee"]
    return "%s@%d:%d" % (to, h["line"], h["column"])


for f in fns:
    print("function %s %s:%d-%d %s%s blocks=%s async=%s" % (
        f["name"], f["file"], f["line"], f["end_line"], f["quadrant"],
        " pure" if f["pure"] else "", hop(f.get("blocks")), hop(f.get("async"))))
    for c in f["calls"]:
        print("  call %s %d:%d %s [%s] targets=%s: %s" % (
            c["callee"], c["line"], c["column"], c["quadrant"], c.get("rule", ""),
            ",".join(fns[t]["name"] for t in c["targets"]), c["reason"]))
graph = data["graph"]
for n in graph["nodes"]:
    print("node %s%s" % (fns[n["function"]]["name"], " (%s)" % n["note"] if "note" in n else ""))
for e in graph["edges"]:
    print("edge %s %s %s%s%s" % (fns[e["from"]]["name"], e["kind"], fns[e["to"]]["name"],
                                 " witness" if e["witness"] else "",
                                 " via %s:%d" % (e["via"], e["line"]) if "via" in e else ""))
for c in graph["causes"]:
    print("cause %s -> %s line %d:%d %s" % (fns[c["function"]]["name"], c["callee"], c["line"],
                                           c["column"], c["quadrant"]))
# Where Graphviz put each box and arrow: one box per node and cause, one
# arrow per edge and cause, every box inside the drawing, none on another
# (within a pixel: Graphviz rounds sizes to a hundredth of an inch).
layout = graph["layout"]
boxes = layout["boxes"]
print("layout %d boxes %d arrows" % (len(boxes), len(layout["arrows"])))
assert len(boxes) == len(graph["nodes"]) + len(graph["causes"])
assert len(layout["arrows"]) == len(graph["edges"]) + len(graph["causes"])
for b in boxes:
    assert -1 <= b["x"] and b["x"] + b["width"] <= layout["width"] + 1, b
    assert -1 <= b["y"] and b["y"] + b["height"] <= layout["height"] + 1, b
for i, a in enumerate(boxes):
    for b in boxes[i + 1:]:
        assert (a["x"] + a["width"] <= b["x"] + 1 or b["x"] + b["width"] <= a["x"] + 1 or
                a["y"] + a["height"] <= b["y"] + 1 or b["y"] + b["height"] <= a["y"] + 1), (a, b)
for a in layout["arrows"]:
    assert a["d"].startswith("M") and " C" in a["d"], a
for path, lines in data["sources"].items():
    print("source %s: %d lines" % (path, len(lines)))
    for line in lines:
        if "script" in line:
            print("  " + line)
for x in data["findings"]:
    fn = fns[x["function_index"]]["name"] if "function_index" in x else "-"
    print("finding %s:%d:%d %s %s in %s: %s" % (x["file"], x["line"], x["column"], x["severity"],
                                               x["check"], fn, x["message"]))
    for n in x["notes"]:
        print("  note %s:%d:%d: %s" % (n["file"], n["line"], n["column"], n["message"]))
for d in data["diagnostics"]:
    print("diagnostic %s: %s: %s" % (d["file"], d["severity"], d["message"]))
print("colors " + " ".join("%s=%s" % kv for kv in data["colors"].items()))
