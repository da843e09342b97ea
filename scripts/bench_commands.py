#!/usr/bin/env python3
"""Times whole `tend` commands on a big and an empty notebook, beside the floors that issue 12
names: the sqlite3 shell running equivalent SQL with -json on the same file, and SQLite copying the
demo's rows into an empty schema. Prints one table; only the ratios are targets (absolute times are
noise on a shared machine). Usage: bench_commands.py TEND CONTACTS INTERACTIONS [RUNS]"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TODAY = "2026-11-23"


def timed(argv, **kwargs):
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(argv)}\n{done.stderr.decode()}")
    return elapsed


def peak_mb(argv):
    """The peak resident memory of one run of `argv`, in MB."""
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"failed ({child.returncode}): {' '.join(argv)}")
    return usage.ru_maxrss / 1024


def median_ms(argv, runs, before=None):
    times = []
    for _ in range(runs):
        if before:
            before()
        times.append(timed(argv))
    return statistics.median(times) * 1000


def sqlite(db, sql, json=True):
    return ["sqlite3"] + (["-json"] if json else []) + [db, sql]


# What each command reads, as plain SQL; the same rows a person would get.
DUE_SQL = (f"SELECT r.id, r.due_on, r.reason, c.id AS contact, c.name FROM reminder r "
           f"JOIN contact c ON c.id = r.contact_id WHERE r.state = 'open' AND r.due_on <= '{TODAY}' "
           f"UNION ALL SELECT NULL, c.nudge_due_on, 'keep in touch', c.id, c.name FROM contact c "
           f"WHERE c.archived = 0 AND c.nudge_due_on <= '{TODAY}' ORDER BY 2")
LIST_SQL = ("SELECT c.id, c.name, c.organisation, c.title, c.last_interaction_on, c.next_follow_up_on, "
            "(SELECT json_group_array(role) FROM contact_role WHERE contact_id = c.id) AS roles, "
            "(SELECT json_group_array(email) FROM (SELECT email FROM contact_email WHERE contact_id = c.id "
            "ORDER BY position)) AS emails "
            "FROM contact c WHERE c.archived = 0 ORDER BY c.name_key, c.id")
HELPED_SQL = ("SELECT c.id, c.name, sum(i.direction IN ('gave', 'mutual')) AS gave, "
              "max(CASE WHEN i.direction IN ('gave', 'mutual') THEN i.occurred_on END) AS last_gave, "
              "sum(i.direction IN ('received', 'mutual')) AS received, "
              "max(CASE WHEN i.direction IN ('received', 'mutual') THEN i.occurred_on END) AS last_received "
              "FROM interaction i JOIN interaction_participant p ON p.interaction_id = i.id "
              "JOIN contact c ON c.id = p.contact_id "
              f"WHERE i.occurred_on > date('{TODAY}', '-365 days') AND i.occurred_on <= '{TODAY}' "
              "GROUP BY c.id ORDER BY last_gave IS NULL, last_gave DESC, last_received DESC, c.name_key, c.id")
SEARCH_SQL = ("SELECT c.id, c.name, snippet(contact_search, -1, '[', ']', '…', 8) FROM contact_search s "
              "JOIN contact c ON c.id = s.rowid WHERE contact_search MATCH 'Grace*' ORDER BY rank LIMIT 20")


# The contact with the median number of interactions (25 on the demo's 10k/250k): a typical timeline.
TYPICAL_SQL = ("SELECT contact_id FROM interaction_participant GROUP BY contact_id ORDER BY count(*), contact_id "
               "LIMIT 1 OFFSET (SELECT count(DISTINCT contact_id) / 2 FROM interaction_participant)")


def history_alone(source, contact, target):
    """A copy of `source` that holds only `contact`'s history: its interactions, the people in them,
    their reminders. The floor for that contact's timeline: the same output, without the rest."""
    subprocess.run(["sqlite3", source, f".backup '{target}'"], check=True)
    # The people go first (their participations and reminders with them), then the interactions
    # no one is left in. The interaction index forgets them all at once: with a search_deferral
    # row (migrations/0011_speed.sql) its delete trigger stands aside, and 'rebuild' reads what is left.
    script = ["PRAGMA foreign_keys = ON;", "BEGIN;",
              f"CREATE TEMP TABLE kept_interaction AS SELECT interaction_id AS id FROM interaction_participant "
              f"WHERE contact_id = {contact};",
              "CREATE TEMP TABLE kept_contact AS SELECT DISTINCT contact_id AS id FROM interaction_participant "
              f"WHERE interaction_id IN kept_interaction UNION SELECT {contact};",
              "INSERT INTO search_deferral (index_name, from_rowid) VALUES ('interaction_search', 0);",
              "DELETE FROM contact WHERE id NOT IN kept_contact;",
              "DELETE FROM interaction WHERE id NOT IN kept_interaction;",
              "DELETE FROM search_deferral;",
              "INSERT INTO interaction_search (interaction_search) VALUES ('rebuild');",
              "COMMIT;", "VACUUM;"]
    subprocess.run(["sqlite3", target], input="\n".join(script).encode(), check=True)


def copy_floor(tend, source, scratch):
    """SQLite copying the demo's rows into the same empty schema, triggers and search index included."""
    target = os.path.join(scratch, "floor.db")
    timed([tend, "--db", target, "--today", TODAY, "contact", "list"])  # the empty schema, as Tend makes it
    names = subprocess.run(["sqlite3", source,
                            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rowid"],
                           capture_output=True, text=True, check=True).stdout.split()
    virtual = subprocess.run(["sqlite3", source, "SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"],
                             capture_output=True, text=True, check=True).stdout.split()
    shadows = {f"{v}_{suffix}" for v in virtual for suffix in ("data", "idx", "content", "docsize", "config")}
    tables = [name for name in names if name not in shadows]
    script = [f"ATTACH '{source}' AS demo;", "PRAGMA journal_mode = WAL;", "PRAGMA synchronous = FULL;",
              "PRAGMA cache_size = -262144;", "BEGIN;"]
    # Rows the migrations seed (settings, the roles shared by sync) are replaced by the demo's.
    script += [f"DELETE FROM main.{table};" for table in tables]
    script += [f"INSERT INTO main.{table} SELECT * FROM demo.{table};" for table in tables]
    script.append("COMMIT;")
    return timed(["sqlite3", target], input="\n".join(script).encode()) * 1000


def main():
    tend, contacts, interactions = sys.argv[1], sys.argv[2], sys.argv[3]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    scratch = tempfile.mkdtemp(prefix="tend-bench-")
    try:
        big = os.path.join(scratch, "big.db")
        empty = os.path.join(scratch, "empty.db")
        demo_ms = timed([tend, "--db", big, "--today", TODAY, "demo", "--contacts", contacts,
                         "--interactions", interactions]) * 1000
        floor_ms = copy_floor(tend, big, scratch)
        timed([tend, "--db", empty, "--today", TODAY, "contact", "add", "Grace Hopper"])
        typical = subprocess.run(["sqlite3", big, TYPICAL_SQL], capture_output=True, text=True,
                                 check=True).stdout.strip()
        busiest_alone = os.path.join(scratch, "busiest.db")
        history_alone(big, 1, busiest_alone)
        def copies_done(db):  # the day's copy that a first command starts in the background
            time.sleep(0.5)
            while os.path.exists(os.path.join(scratch, "backups", f".{os.path.basename(db)}.daily-backup")):
                time.sleep(0.1)

        for db in (big, empty, busiest_alone):  # the day's check and copy are behind us, as for every command but the first
            timed([tend, "--db", db, "--today", TODAY, "due"])
            copies_done(db)

        def cmd(db, *words):
            return [tend, "--db", db, "--today", TODAY, *words]

        rows = []
        for label, words, empty_words in (
                ("contact show 1 --json", ["contact", "show", "1", "--json"], None),
                (f"timeline {typical} --json (a typical contact)", ["timeline", typical, "--json"],
                 ["timeline", "1", "--json"]),
                ("log call 1 --no-follow-up", ["log", "call", "1", "--no-follow-up"], None)):
            b, e = median_ms(cmd(big, *words), runs), median_ms(cmd(empty, *(empty_words or words)), runs)
            rows.append((label, b, e, None, b / e, "≤ 1.5× empty"))
        # The busiest contact's timeline prints thousands of entries; its floor prints the same ones.
        words = ["timeline", "1", "--json"]
        b, alone = median_ms(cmd(big, *words), runs), median_ms(cmd(busiest_alone, *words), runs)
        rows.append(("timeline 1 --json (the busiest contact; floor: a notebook of its history alone)", b, None,
                     alone, b / alone, "≤ 1.5× its history alone"))
        for label, words, sql in (("due --json", ["due", "--json"], DUE_SQL),
                                  ("contact list --json", ["contact", "list", "--json"], LIST_SQL),
                                  ("helped --since 365 --json", ["helped", "--since", "365", "--json"], HELPED_SQL),
                                  ("search Grace --json", ["search", "Grace", "--json"], SEARCH_SQL)):
            b, s = median_ms(cmd(big, *words), runs), median_ms(sqlite(big, sql), runs)
            rows.append((label, b, None, s, b / s, "≤ 3× sqlite3"))

        record = os.path.join(scratch, "backups", ".big.db.checked")
        def new_day():  # no check passed today, no copy taken today
            if os.path.exists(record):
                os.remove(record)
            for name in os.listdir(os.path.join(scratch, "backups")):
                if name.startswith("big-") and "-daily" in name:
                    os.remove(os.path.join(scratch, "backups", name))
        first = median_ms(cmd(big, "due", "--json"), 3, before=new_day)
        copies_done(big)  # the window below is timed on a quiet machine, not beside a 100 MB copy
        rows.append(("first command of the day (due --json)", first, None, None, None, "—"))
        rows.append((f"demo {contacts}/{interactions}", demo_ms, None, floor_ms, demo_ms / floor_ms,
                     "≤ 1.5× SQLite's copy"))
        if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM"):
            startup_empty = median_ms([tend, "--db", empty, "--today", TODAY, "--exit-after-startup"], runs)
            startup_big = median_ms([tend, "--db", big, "--today", TODAY, "--exit-after-startup"], runs)
            rows.append(("window to first frame (--exit-after-startup)", startup_big, startup_empty, None,
                         startup_big / startup_empty, "≤ 1.3× empty"))
            window = [tend, "--db", big, "--today", TODAY, "--exit-after-startup"]
            print(f"window peak memory on the big notebook: {peak_mb(window):.0f} MB (target < 150 MB)")

        print(f"| command | big notebook ({contacts}/{interactions}) | empty notebook | floor | ratio | target |")
        print("|---|---|---|---|---|---|")
        for label, b, e, s, ratio, target in rows:
            cell = lambda v: "—" if v is None else f"{v:,.0f} ms"
            print(f"| `{label}` | {cell(b)} | {cell(e)} | {cell(s)} | {'—' if ratio is None else f'{ratio:.2f}×'} | {target} |")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
