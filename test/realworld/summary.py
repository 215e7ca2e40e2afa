"""What test/realworld/run records of each corpus it runs, and what it prints
from that record: the Markdown table (--table) and a seeded sample of
findings and functions to read by hand (--sample).

The record is <work>/<corpus>/summary.json, rewritten by each run of the
corpus, so that corpora run one at a time still make one table.
Standard library only. See test/realworld/README.md.
"""

import json
import os
import random

SUMMARY_SCHEMA = "quadrant-realworld-summary/1"
QUADRANTS = ["sync-nonblocking", "sync-blocking", "async-nonblocking", "async-blocking"]
CHECK_PREFIX = "quadrant-"


def summary_path(work, name):
    return os.path.join(work, name, "summary.json")


def crash_description(status):
    """None for quadrant's own exit statuses (0: clean, 1: a file did not
    compile), else how it ended."""
    if status in (0, 1):
        return None
    return "signal %d" % -status if status < 0 else "exit status %d" % status


def make_summary(name, report, doc, measured, failed, clang_fails):
    """The record of one run. report: the JSON report's path; doc: what it
    holds (None if quadrant wrote none that could be read);
    measured: files, status, wall, cpu, rss; failed: the files quadrant could
    not analyze; clang_fails: those of them that clang++-19 rejects too."""
    functions = doc["functions"] if doc else []
    quadrants = {q: 0 for q in QUADRANTS + ["pure"]}
    for f in functions:
        quadrants["pure" if f.get("pure") else f["quadrant"]] += 1
    findings = {}
    for f in (doc["findings"] if doc else []):
        findings[f["check"]] = findings.get(f["check"], 0) + 1
    return {
        "schema": SUMMARY_SCHEMA,
        "corpus": name,
        "report": report,
        "files": measured["files"],
        "exit_status": measured["status"],
        "crash": crash_description(measured["status"]),
        "wall_s": round(measured["wall"], 1),
        "cpu_s": round(measured["cpu"], 1),
        "peak_rss_mib": round(measured["rss"]),
        "failed": sorted(failed),
        "failed_in_clang_too": sorted(clang_fails),
        "functions": len(functions),
        "quadrants": quadrants,
        "findings": dict(sorted(findings.items())),
    }


def write_summary(work, summary):
    path = summary_path(work, summary["corpus"])
    with open(path, "w") as f:
        json.dump(summary, f, indent=1)
        f.write("\n")
    return path


def read_summary(work, name):
    """The corpus's record, or None if it has not run; ValueError if the file
    is not a record."""
    path = summary_path(work, name)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        summary = json.load(f)
    if not isinstance(summary, dict) or summary.get("schema") != SUMMARY_SCHEMA:
        raise ValueError("%s is not a %s record" % (path, SUMMARY_SCHEMA))
    return summary


TABLE_HEADER = [
    "| corpus | TUs | failed (clang too) | crashes | wall s | CPU s | peak RSS MiB "
    "| pure | SN | SB | AN | AB | findings per check |",
    "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
]


def table_row(name, s):
    if s is None:
        return "| %s | not run | | | | | | | | | | | |" % name
    q = s["quadrants"]
    findings = ", ".join("%s %d" % (check[len(CHECK_PREFIX):] if check.startswith(CHECK_PREFIX)
                                    else check, n) for check, n in s["findings"].items())
    return ("| %s | %d | %d (%d) | %s | %.0f | %.0f | %d | %d | %d | %d | %d | %d | %s |"
            % (name, s["files"], len(s["failed"]), len(s["failed_in_clang_too"]),
               s["crash"] or "none", s["wall_s"], s["cpu_s"], s["peak_rss_mib"], q["pure"],
               q["sync-nonblocking"], q["sync-blocking"], q["async-nonblocking"],
               q["async-blocking"], findings or "none"))


def markdown_table(work, names):
    """The table of the corpora's records, one row each, and a total row."""
    summaries = [(n, read_summary(work, n)) for n in names]
    rows = TABLE_HEADER + [table_row(n, s) for n, s in summaries]
    ran = [s for _, s in summaries if s]
    if len(ran) > 1:
        total = {"files": 0, "failed": [], "failed_in_clang_too": [], "wall_s": 0, "cpu_s": 0,
                 "quadrants": {}, "findings": {}}
        for s in ran:
            for key in ("files", "wall_s", "cpu_s", "failed", "failed_in_clang_too"):
                total[key] += s[key]
            for group in ("quadrants", "findings"):
                for k, v in s[group].items():
                    total[group][k] = total[group].get(k, 0) + v
        crashes = sum(1 for s in ran if s["crash"])
        total.update(crash="%d" % crashes if crashes else None,
                     peak_rss_mib=max(s["peak_rss_mib"] for s in ran),
                     findings=dict(sorted(total["findings"].items())))
        rows.append(table_row("all %d" % len(ran), total))
    return "\n".join(rows)


def reported_sample(report, n, seed):
    """n findings and n non-pure functions of the report, chosen at random
    with a fixed seed: the same report gives the same sample."""
    with open(report) as f:
        doc = json.load(f)
    rng = random.Random(seed)
    findings = sorted(doc["findings"], key=lambda f: (f["file"], f["line"], f["check"],
                                                      f["function"]))
    functions = sorted((f for f in doc["functions"] if not f.get("pure")),
                       key=lambda f: (f["file"], f["line"], f["name"]))
    return (rng.sample(findings, min(n, len(findings))),
            rng.sample(functions, min(n, len(functions))))


def witness(f):
    """The function's witness chains, call by call, for a reader."""
    chains = []
    for kind in ("blocking_via", "async_via"):
        if f.get(kind):
            last = f[kind][-1]
            chains.append("%s %s (%s:%d)" % (
                kind.replace("_", " "), " -> ".join(hop["function"] for hop in f[kind]),
                os.path.basename(last["file"]), last["line"]))
    if not chains:
        # Sync-nonblocking but not pure: the labeled calls are the reason.
        labeled = ["%s (%s, line %d)" % (s["callee"], s.get("rule", "?"), s["line"])
                   for s in f.get("call_sites", [])]
        chains.append("labeled calls: " + (", ".join(labeled[:3]) or "none in this file"))
    return "; ".join(chains)


def print_sample(name, report, n, seed, log):
    findings, functions = reported_sample(report, n, seed)
    log("== %s: %d findings, %d non-pure functions (seed %d) ==" % (
        name, len(findings), len(functions), seed))
    for i, f in enumerate(findings, 1):
        log("F%d %s %s:%d %s\n     %s" % (i, f["check"], f["file"], f["line"], f["function"],
                                         f["message"]))
    for i, f in enumerate(functions, 1):
        log("Q%d %s %s:%d %s\n     %s" % (i, f["quadrant"], f["file"], f["line"], f["name"],
                                         witness(f)))
