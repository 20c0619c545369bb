"""Error analysis of the temporal tagger on TimeML gold files: misses, false alarms, wrong
extents, wrong types and wrong values, each with its context, and counts by kind.

Usage: PYTHONPATH=src python bench/time_errors.py ../shared/data/time/TBAQ-cleaned/TimeBank [--only value]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from dateline.evaluate.tempeval import align
from dateline.evaluate.time import evaluate_time


def context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[{text[start:end]}]{right}"


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold_dirs", nargs="+")
    parser.add_argument("--only", choices=["miss", "false", "extent", "type", "value"], action="append")
    args = parser.parse_args(argv)
    kinds: collections.Counter[str] = collections.Counter()
    for gold_dir in args.gold_dirs:
        result = evaluate_time(Path(gold_dir))
        for doc in result.documents:
            gold, system, text = doc.gold.timexes, doc.system, doc.gold.text
            alignment = align(gold, system)
            rows = []
            for g in alignment.missed:
                rows.append(("miss", gold[g].start, f"{gold[g].type} {gold[g].value}",
                             context(text, gold[g].start, gold[g].end)))
            for s in alignment.spurious:
                rows.append(("false", system[s].start, f"{system[s].type} {system[s].value}",
                             context(text, system[s].start, system[s].end)))
            for g, s in alignment.pairs:
                gt, st = gold[g], system[s]
                if (gt.start, gt.end) != (st.start, st.end):
                    rows.append(("extent", gt.start, f"gold [{gt.text}] system [{st.text}]",
                                 context(text, gt.start, gt.end)))
                if gt.type != st.type:
                    rows.append(("type", gt.start, f"gold {gt.type} system {st.type} ({gt.value})",
                                 context(text, st.start, st.end)))
                if gt.value != st.value:
                    rows.append(("value", gt.start, f"gold {gt.value} system {st.value} dct {doc.gold.dct}",
                                 context(text, st.start, st.end)))
            for kind, _, what, where in sorted(rows, key=lambda r: r[1]):
                kinds[kind] += 1
                if not args.only or kind in args.only:
                    print(f"{kind:<7}{doc.name[:24]:<25}{what:<50} {where}")
    print(dict(kinds), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
