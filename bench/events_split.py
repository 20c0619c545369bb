"""Events on ACLED by date split: the rules were written looking at October-November rows only
(development weeks); December is held out. Prints the figures of `dateline eval events` for both.

    PYTHONPATH=src python bench/events_split.py ../shared/data/events/acled/acled_western_africa_2021Q4.csv \
        --gazetteer sahel.sqlite [--no-note-tags]
"""

from __future__ import annotations

import argparse
import csv
import json

from dateline.evaluate.events import evaluate_acled_events

CUTOFF = "2021-12-01"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file")
    parser.add_argument("--gazetteer", default=None)
    parser.add_argument("--no-note-tags", action="store_true")
    parser.add_argument("--cutoff", default=CUTOFF, help="first day of the held-out weeks")
    args = parser.parse_args()
    with open(args.file, encoding="utf-8", newline="") as handle:
        dates = [row["event_date"] for row in csv.DictReader(handle)]
    splits = {"development (before cutoff)": [i for i, d in enumerate(dates) if d < args.cutoff],
              "held out (from cutoff)": [i for i, d in enumerate(dates) if d >= args.cutoff]}
    tags = False if args.no_note_tags else None
    figures = {name: evaluate_acled_events(args.file, rows=rows, gazetteer=args.gazetteer, note_tags=tags)
               for name, rows in splits.items()}
    print(json.dumps({"cutoff": args.cutoff, "note_tags": not args.no_note_tags, **figures}, indent=2))


if __name__ == "__main__":
    main()
