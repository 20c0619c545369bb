"""Measure the entities stage: the hand-written actor table, and actor1 agreement with ACLED notes.

``score_table(path)`` runs each sentence of a table (``tests/entities/actor_sentences.json``)
through the stage and counts the expected actors found with the right canonical name and type.
``acled_actor_match(path)`` runs each ACLED note and compares the first actor it mentions with the
coder's ``actor1``: a diagnostic, since a note's first actor is not always the event's actor1.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Article, Entity
from ..sentences import split_sentences
from .stage import annotate


@dataclass
class TableScore:
    """How many expected actors the stage found with the right name and type."""

    sentences: int = 0
    expected: int = 0
    correct: int = 0  # canonical name and type both right
    type_correct: int = 0  # type right, whatever the name
    found: int = 0  # some actor mention overlaps the expected one
    predicted: int = 0  # actor mentions the stage produced
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def share_correct(self) -> float:
        return 100.0 * self.correct / self.expected if self.expected else 0.0

    def as_dict(self) -> dict[str, Any]:
        pct = lambda n: round(100.0 * n / self.expected, 1) if self.expected else 0.0  # noqa: E731
        return {"sentences": self.sentences, "expected": self.expected, "correct": self.correct,
                "share_correct": pct(self.correct), "type_correct": pct(self.type_correct),
                "found": pct(self.found), "predicted": self.predicted, "misses": self.misses}


def load_table(path: str | Path) -> list[dict[str, Any]]:
    """The sentences of an actor table, checked: every mention must occur in its sentence."""
    try:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))["sentences"]
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(f"cannot read the actor table: {exc}", str(path)) from None
    for number, row in enumerate(rows, 1):
        for mention, *_ in row["actors"]:
            if mention not in row["text"]:
                raise InputError(f"mention {mention!r} is not in its sentence", str(path),
                                 f"sentence {number}")
    return list(rows)


def article_of(text: str, date: str, ident: str = "t", country: str | None = None) -> Article:
    """An article of one text, split into sentences, ready for the entities stage."""
    article = Article(id=ident, text=text, published=date, meta={"country": country} if country else {})
    article.sentences = split_sentences(text)
    return article


def score_table(path: str | Path, nlp: Any = None) -> TableScore:
    score = TableScore()
    for number, row in enumerate(load_table(path), 1):
        article = annotate(article_of(row["text"], row["date"], f"s{number}"), nlp)
        actors = [e for e in article.entities if e.actor_type is not None or e.label == "ACTOR"]
        score.sentences += 1
        score.predicted += len(actors)
        for mention, canonical, actor_type in row["actors"]:
            _score_actor(score, row["text"], actors, (mention, canonical, actor_type), number)
    return score


def _score_actor(score: TableScore, text: str, actors: list[Entity], expected: tuple[str, str, Any],
                 number: int) -> None:
    mention, canonical, actor_type = expected
    start = text.index(mention)
    overlapping = [e for e in actors if e.start < start + len(mention) and start < e.end]
    score.expected += 1
    score.found += bool(overlapping)
    if any(e.actor_type == actor_type for e in overlapping):
        score.type_correct += 1
    if any(e.canonical == canonical and e.actor_type == actor_type for e in overlapping):
        score.correct += 1
        return
    got = [(e.text, e.canonical, e.actor_type) for e in overlapping]
    score.misses.append({"sentence": number, "mention": mention, "expected": [canonical, actor_type],
                         "got": got})


# -- ACLED notes ----------------------------------------------------------------------------------
@dataclass
class AcledScore:
    """First actor mentioned in each note against the coder's actor1."""

    notes: int = 0
    with_actor: int = 0  # notes where the stage found any actor
    exact: int = 0  # same name, case-insensitive
    name: int = 0  # same name ignoring a parenthesised country: "Civilians (Mali)" = "Civilians"
    inter: int = 0  # same ACLED inter code
    actor_or_assoc: int = 0  # same name (ignoring country) as actor1 or one of assoc_actor_1
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_type: dict[str, list[int]] = field(default_factory=dict)  # event_type -> [notes, same name]

    def as_dict(self, top: int = 15) -> dict[str, Any]:
        pct = lambda n: round(100.0 * n / self.notes, 1) if self.notes else 0.0  # noqa: E731
        return {"notes": self.notes, "with_actor": pct(self.with_actor), "exact": pct(self.exact),
                "name_ignoring_country": pct(self.name), "inter": pct(self.inter),
                "actor1_or_assoc": pct(self.actor_or_assoc),
                "name_ignoring_country_by_event_type": {
                    kind: {"notes": n, "share": round(100.0 * same / n, 1)}
                    for kind, (n, same) in sorted(self.by_type.items())},
                "top_confusions": [{"acled": a, "dateline": d, "count": n}
                                   for (a, d), n in self.confusions.most_common(top)]}


def read_acled(path: str | Path, limit: int | None = None) -> Iterator[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as stream:
            for number, row in enumerate(csv.DictReader(stream)):
                if limit is not None and number >= limit:
                    return
                yield row
    except OSError as exc:
        raise InputError(f"cannot read the ACLED file: {exc}", str(path)) from None


def strip_country(name: str) -> str:
    """ "Civilians (Mali)" -> "civilians"; the regime suffix "(2021-)" stays."""
    return re.sub(r"\s*\((?!\d{4}-)[^()]*\)\s*$", "", name).strip().lower()


def acled_actor_match(rows: Iterable[dict[str, str]], nlp: Any = None, *, country_hint: bool = False,
                      progress: Callable[[int], None] | None = None) -> AcledScore:
    """Compare the first actor of each note with ``actor1``. With ``country_hint`` the article
    is told its country (as a feed filtered by country would be)."""
    from .countries import find_country

    score = AcledScore()
    for row in rows:
        hint = find_country(row["country"]) if country_hint else None
        article = annotate(article_of(row["notes"], row["event_date"], row.get("event_id_cnty", "n"),
                                      hint), nlp)
        first = next((e for e in article.entities if e.canonical and e.actor_type), None)
        _score_note(score, row, first)
        if progress:
            progress(score.notes)
    return score


def _score_note(score: AcledScore, row: dict[str, str], first: Entity | None) -> None:
    score.notes += 1
    tally = score.by_type.setdefault(row.get("event_type", ""), [0, 0])
    tally[0] += 1
    if first is None or first.canonical is None:
        score.confusions[(row["actor1"], "(none)")] += 1
        return
    score.with_actor += 1
    score.exact += first.canonical.lower() == row["actor1"].lower()
    same_name = strip_country(first.canonical) == strip_country(row["actor1"])
    score.name += same_name
    tally[1] += same_name
    score.inter += str(first.inter or "") == row.get("inter1", "")
    assoc = [a.strip() for a in row.get("assoc_actor_1", "").split(";") if a.strip()]
    score.actor_or_assoc += any(strip_country(first.canonical) == strip_country(a)
                                for a in [row["actor1"], *assoc])
    if not same_name:
        score.confusions[(row["actor1"], first.canonical)] += 1
