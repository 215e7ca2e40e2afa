#!/usr/bin/env python3
"""Writes docs/rule-table.md from the rule database, so the docs cannot drift.

    build/bin/quadrant --list-rules --format=json | python3 docs/rule-table.py > docs/rule-table.md

Reads quadrant's rule listing (schema quadrant-rules/1) on stdin and writes
Markdown on stdout: one section per rule file, in the order the files are
loaded, each a table of its rules in file order. Standard library only.
test/cli/rule-table.test checks that docs/rule-table.md is up to date.
"""

import json
import re
import sys

COMMAND = ("build/bin/quadrant --list-rules --format=json"
           " | python3 docs/rule-table.py > docs/rule-table.md")
SCHEMA = "quadrant-rules/1"


def text(s):
    """Escapes what Markdown would read as markup in a table cell."""
    s = s.replace("\\", "\\\\")
    s = re.sub(r"([`*\[\]|])", r"\\\1", s)
    s = s.replace("<", "&lt;").replace(">", "&gt;")
    # An underscore inside a word (O_NONBLOCK) is not emphasis; at the edge
    # of a word it may be.
    s = re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", r"\\_", s)
    return " ".join(s.split())


def code(s):
    """A code span; '|' still ends a table cell inside one, so it is escaped."""
    fence = "`"
    while fence in s:
        fence += "`"
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return fence + pad + s.replace("|", "\\|") + pad + fence


def cases(rule):
    labels = [c["label"] for c in rule.get("cases", [])]
    return "%d: %s" % (len(labels), ", ".join(labels)) if labels else ""


def main():
    try:
        listing = json.load(sys.stdin)
    except json.JSONDecodeError as e:
        sys.exit("rule-table.py: stdin is not JSON (%s); pipe in "
                 "'quadrant --list-rules --format=json'" % e)
    if not isinstance(listing, dict) or listing.get("schema") != SCHEMA:
        sys.exit("rule-table.py: expected a rule listing with \"schema\": \"%s\"" % SCHEMA)

    files = {}  # file -> its rules; dicts keep the load order
    for rule in listing["rules"]:
        files.setdefault(rule["file"], []).append(rule)

    out = [
        "# Rule table",
        "",
        "Generated from the rules by `%s`; do not edit it, edit `rules/*.yaml` and "
        "run that command again." % COMMAND,
        "",
        "Every rule of the database, by the file it comes from. The format and "
        "what each column means: [rules.md](rules.md). A rule's `cases` may "
        "replace its label and reason; here only their number and labels are "
        "shown. %d rules in %d files." % (len(listing["rules"]), len(files)),
    ]
    for file, rules in files.items():
        out += [
            "",
            "## %s" % code(file),
            "",
            "| id | kind | names | label | cases | reason |",
            "|---|---|---|---|---|---|",
        ]
        for r in rules:
            out.append("| %s |" % " | ".join([
                text(r["id"]),
                r["kind"],
                ", ".join(code(n) for n in r["names"]),
                r["label"],
                cases(r),
                text(r["reason"]),
            ]))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
