#!/usr/bin/env python3
"""How SQLite runs the queries behind each list command (issue 12 §4): runs each command on
NOTEBOOK with the logging rule tend.core.sql.plan.debug (core/db/Sql.cpp), which logs every query
with its EXPLAIN QUERY PLAN, and prints them as Markdown, one section a command, each query once.
Usage: query_plans.py TEND NOTEBOOK [TODAY]"""

import os
import subprocess
import sys

COMMANDS = [
    ["contact", "list", "--json"],
    ["contact", "show", "1", "--json"],
    ["timeline", "1", "--json"],
    ["due", "--json"],
    ["helped", "--since", "365", "--json"],
    ["search", "Grace", "--json"],
    ["insights", "--json"],
    ["tag", "list", "--json"],
    ["date", "list", "--within", "30", "--json"],
    ["ask", "list", "--open", "--json"],
    ["intro", "list", "--open", "--json"],
    ["advice", "list", "--open", "--json"],
]
PREFIX = "tend.core.sql.plan: "


def plans(tend, notebook, today, words):
    env = dict(os.environ, QT_LOGGING_RULES="tend.core.sql.plan.debug=true")
    done = subprocess.run([tend, "--db", notebook, "--today", today, *words], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    queries, current = [], None
    for line in done.stderr.splitlines():
        if line.startswith(PREFIX):
            current = [line[len(PREFIX):]]
            queries.append(current)
        elif current is not None and line.startswith("  "):
            current.append(line)
        else:
            current = None
    return done.returncode, queries


def main():
    tend, notebook = sys.argv[1], sys.argv[2]
    today = sys.argv[3] if len(sys.argv) > 3 else "2026-11-23"
    seen = set()
    for words in COMMANDS:
        code, queries = plans(tend, notebook, today, words)
        print(f"#### `tend {' '.join(words)}`" + ("" if code == 0 else f" (exit {code})") + "\n")
        fresh = [q for q in queries if q[0] not in seen and not q[0].startswith("SELECT count(*) FROM sqlite_schema")]
        if not fresh:
            print("Only queries listed above.\n")
        for query in fresh:
            seen.add(query[0])
            print("```\n" + "\n".join(query) + "\n```\n")


if __name__ == "__main__":
    main()
