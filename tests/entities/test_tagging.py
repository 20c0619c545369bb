"""Part of speech on demand: the pipeline runs the NER alone, and the few tokens whose part of speech
the ruler and the stage ask about get exactly the tags the model's tagger gives them in the text."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from dateline.entities.nlp import MODEL, RULER, pos_tagger
from dateline.entities.stage import find_mentions
from dateline.entities.tagging import MARGIN, TAGGING, WINDOW, _segments

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.txt"))


@pytest.fixture(scope="module")
def tagged() -> Any:
    """The model with its tagger running, as the stage ran it before: the reference tags."""
    import spacy

    return spacy.load(MODEL, exclude=["parser", "lemmatizer", "ner"])


def test_pipeline_runs_only_the_ner(nlp: Any) -> None:
    assert nlp.pipe_names == ["ner", RULER]
    assert set(TAGGING) <= set(nlp.component_names)  # loaded, run on demand


@pytest.mark.parametrize(("indices", "length", "expected"), [
    ([], 100, []),
    ([50], 100, [(50 - WINDOW, 51 + WINDOW)]),
    ([0], 100, [(0, WINDOW + 1)]),
    ([99], 100, [(99 - WINDOW, 100)]),
    ([2], 4, [(0, 4)]),
    ([40, 41], 100, [(40 - WINDOW, 42 + WINDOW)]),
    ([10, 10 + 2 * WINDOW + 1], 100, [(10 - WINDOW, 12 + 3 * WINDOW)]),  # touching windows merge
    ([10, 80], 100, [(10 - WINDOW, 11 + WINDOW), (80 - WINDOW, 81 + WINDOW)]),
])
def test_windows_merge_when_they_touch(indices: list[int], length: int, expected: list[tuple[int, int]]) -> None:
    assert _segments(indices, length) == expected


def test_window_keeps_the_context_the_tagger_sees() -> None:
    assert MARGIN >= 5 and WINDOW >= MARGIN  # 4 convolutions of window 1, then 2-token patterns


@pytest.mark.parametrize("path", EXAMPLES[:40:8], ids=lambda p: p.name)
def test_window_tags_equal_the_whole_texts_tags(nlp: Any, tagged: Any, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = [t.pos_ for t in tagged(text)]
    tagger = pos_tagger(nlp)
    lazy, batched = nlp.make_doc(text), nlp.make_doc(text)
    order = random.Random(path.name).sample(range(len(lazy)), len(lazy))
    for start in range(0, len(order), 9):
        tagger.prefetch(batched[i] for i in order[start:start + 4])
    assert [tagger.pos(lazy[i]) for i in order] == [expected[i] for i in order]
    assert [tagger.pos(batched[i]) for i in order] == [expected[i] for i in order]


def test_tagged_docs_keep_their_own_tags(tagged: Any, nlp: Any) -> None:
    doc = tagged("Gunmen attacked a military post near Gao.")
    assert [pos_tagger(nlp).pos(t) for t in doc] == [t.pos_ for t in doc]


@pytest.mark.parametrize(("text", "actors"), [
    ("The army launched military operations near Gao.", ["army"]),  # "operations": a NOUN after
    ("Gunmen attacked a military post near Gao.", ["Gunmen", "military"]),  # "post": a force noun
    ("The government said 12 people died.", ["government"]),  # "said": a VERB after
    ("A Zamfara militia killed three herders.", ["Zamfara militia", "herders"]),  # PROPN before
    ("Several militiamen attacked the village.", ["militiamen"]),  # title case, but not a PROPN
    ("Yesterday militiamen attacked the village.", ["militiamen"]),
])
def test_part_of_speech_decides_the_mention(nlp: Any, text: str, actors: list[str]) -> None:
    assert [m.text for m in find_mentions(text, nlp) if m.label == "ACTOR"] == actors
