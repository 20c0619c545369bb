"""TempEval-3 timex scoring (UzZaman et al. 2013), as the official toolkit computes it.

Gold and system timexes are paired the way the toolkit's TimeML normaliser pairs them: scanning
the text left to right, a timex that begins inside an unpaired timex of the other annotation is
paired with it (each timex pairs at most once). A pair is a relaxed match; it is a strict match
when both cover the same characters. Precision and recall are over all system and gold timexes
(the DCT is never scored); type and value F1 are the accuracy of the attribute over relaxed
matches times the relaxed F1. Scores are in percent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..models import Timex


@dataclass
class TimexCounts:
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type: int = 0
    value: int = 0

    def add(self, other: TimexCounts) -> None:
        for name in ("gold", "system", "relaxed", "strict", "type", "value"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Alignment:
    """Which gold timex each system timex was paired with (indices), and the leftovers."""

    pairs: list[tuple[int, int]] = field(default_factory=list)  # (gold index, system index)
    missed: list[int] = field(default_factory=list)  # gold indices without a pair
    spurious: list[int] = field(default_factory=list)  # system indices without a pair


def align(gold: Sequence[Timex], system: Sequence[Timex]) -> Alignment:
    """Pair overlapping timexes left to right, one to one (the TE3 normaliser's rule)."""
    marks = sorted([(t.start, 0, i) for i, t in enumerate(gold)]
                   + [(t.start, 1, i) for i, t in enumerate(system)])
    sides = (gold, system)
    partner: list[dict[int, int]] = [{}, {}]
    for start, side, index in marks:
        other = 1 - side
        for j, candidate in enumerate(sides[other]):
            if j in partner[other] or not (candidate.start <= start < candidate.end):
                continue
            if candidate.start == start and other == 1:
                continue  # equal starts: gold opens first, the system timex pairs with it
            partner[side][index] = j
            partner[other][j] = index
            break
    result = Alignment()
    result.pairs = sorted(partner[0].items())
    result.missed = [i for i in range(len(gold)) if i not in partner[0]]
    result.spurious = [j for j in range(len(system)) if j not in partner[1]]
    return result


def count_document(gold: Sequence[Timex], system: Sequence[Timex]) -> TimexCounts:
    alignment = align(gold, system)
    counts = TimexCounts(gold=len(gold), system=len(system), relaxed=len(alignment.pairs))
    for g, s in alignment.pairs:
        counts.strict += (gold[g].start, gold[g].end) == (system[s].start, system[s].end)
        counts.type += gold[g].type == system[s].type
        counts.value += gold[g].value == system[s].value
    return counts


def _f1(correct: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    precision = correct / n_system if n_system else 0.0
    recall = correct / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def te3_scores(counts: TimexCounts) -> dict[str, float | int]:
    """The TempEval-3 figures, in percent, rounded to two decimals like the official script."""
    precision, recall, relaxed = _f1(counts.relaxed, counts.system, counts.gold)
    strict_p, strict_r, strict = _f1(counts.strict, counts.system, counts.gold)
    type_f1 = counts.type / counts.relaxed * relaxed if counts.relaxed else 0.0
    value_f1 = counts.value / counts.relaxed * relaxed if counts.relaxed else 0.0
    return {
        "strict_f1": round(strict * 100, 2), "relaxed_f1": round(relaxed * 100, 2),
        "type_f1": round(type_f1 * 100, 2), "value_f1": round(value_f1 * 100, 2),
        "precision": round(precision * 100, 2), "recall": round(recall * 100, 2),
        "strict_precision": round(strict_p * 100, 2), "strict_recall": round(strict_r * 100, 2),
        "n_gold": counts.gold, "n_system": counts.system,
    }


def score_documents(pairs: Iterable[tuple[Sequence[Timex], Sequence[Timex]]]) -> TimexCounts:
    total = TimexCounts()
    for gold, system in pairs:
        total.add(count_document(gold, system))
    return total
