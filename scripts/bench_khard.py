#!/usr/bin/env python3
"""Tend beside a peer (issue 12 §5): the same COUNT contacts as vCards go into khard (one vdir file
a card, as khard and vdirsyncer keep them) and through `tend import` into a notebook; then
`khard list` beside `tend contact list`, and `khard list NAME` beside `tend search NAME`, medians of
RUNS. The cards come from scripts/make_contact_files.py. Prints one table; the ratios are the
targets (Tend at least 30× faster). Usage: bench_khard.py TEND [COUNT] [RUNS]"""

import os
import shutil
import subprocess
import sys
import tempfile

from bench_commands import TODAY, median_ms, timed


def split_cards(combined, vdir):
    with open(combined, newline="") as f:
        text = f.read()
    cards = [card + "END:VCARD\r\n" for card in text.split("END:VCARD\r\n") if card.strip()]
    for i, card in enumerate(cards):
        with open(os.path.join(vdir, f"card-{i}.vcf"), "w", newline="") as f:
            f.write(card)
    return cards


def name_of(card):
    return next(line[3:] for line in card.split("\r\n") if line.startswith("FN:"))


def main():
    tend = os.path.abspath(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    if shutil.which("khard") is None:
        sys.exit("khard is not installed (scripts/install-deps.sh bench installs it)")
    scratch = tempfile.mkdtemp(prefix="tend-khard-")
    try:
        files = os.path.join(scratch, "files")
        vdir = os.path.join(scratch, "vdir")
        config = os.path.join(scratch, "config", "khard")
        for folder in (files, vdir, config):
            os.makedirs(folder)
        subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "make_contact_files.py"),
                        str(count), files], check=True)
        cards = split_cards(os.path.join(files, "contacts.vcf"), vdir)
        name = name_of(cards[len(cards) // 2])  # one person: FN is "Given Family i"
        with open(os.path.join(config, "khard.conf"), "w") as f:
            f.write(f"[addressbooks]\n[[bench]]\npath = {vdir}\n[general]\ndefault_action = list\n")
        os.environ["XDG_CONFIG_HOME"] = os.path.join(scratch, "config")

        db = os.path.join(scratch, "tend.db")
        tend_cmd = lambda *words: [tend, "--db", db, "--today", TODAY, *words]
        import_ms = timed(tend_cmd("import", os.path.join(files, "contacts.vcf"))) * 1000
        timed(tend_cmd("contact", "list"))  # the day's check and copy are behind us
        while any(name.endswith(".daily-backup") for name in os.listdir(os.path.join(scratch, "backups"))):
            timed(["sleep", "0.1"])

        rows = []
        for label, khard, ours in (("`khard list` · `tend contact list`", ["khard", "list"], tend_cmd("contact", "list")),
                                   (f"`khard list NAME` · `tend search NAME` (\"{name}\")", ["khard", "list", name],
                                    tend_cmd("search", name))):
            k, t = median_ms(khard, runs), median_ms(ours, runs)
            rows.append((label, k, t, k / t))
        print(f"{len(cards)} vCards; `tend import` of the same file took {import_ms:,.0f} ms")
        print("| commands | khard | Tend | khard ÷ Tend | target |")
        print("|---|---|---|---|---|")
        for label, k, t, ratio in rows:
            print(f"| {label} | {k:,.0f} ms | {t:,.0f} ms | {ratio:.1f}× | ≥ 30× |")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
