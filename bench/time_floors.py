"""Measure the TE3 figures of the quality floors and (with --write) record them in tests/quality/time.json.

Usage: PYTHONPATH=src python bench/time_floors.py [--shared ../shared] [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dateline.evaluate.time import evaluate_time

FLOORS = Path(__file__).resolve().parents[1] / "tests" / "quality" / "time.json"


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    floors = json.loads(FLOORS.read_text())
    for name, floor in floors["datasets"].items():
        summary = evaluate_time(Path(args.shared) / floor["path"]).summary()
        print(name, json.dumps(summary))
        floor.update({k: summary[k] for k in ("n_gold", "strict_f1", "relaxed_f1", "type_f1", "value_f1")})
    if args.write:
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
