"""Sentence vectors for timeline building: TF-IDF fitted on the collection itself.

The collection being summarised is its own background corpus, so no model is needed and a
topic of a thousand articles is vectorised in about a second.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

_WORD = re.compile(r"[a-z0-9]+(?:['.-][a-z0-9]+)*")
STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours out
    over own same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself lrb rrb lsb rsb said says say
    told mr mrs ms one two new would also""".split()
)


def content_words(text: str) -> list[str]:
    """Lower-cased words without stop words, crudely suffix-stripped so plurals meet."""
    return [_strip(w) for w in _WORD.findall(text.lower()) if w not in STOP_WORDS]


@lru_cache(maxsize=200_000)
def _strip(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


class Tfidf:
    """IDF weights fitted on a collection; sentences become L2-normalised sparse vectors."""

    def __init__(self, documents: Iterable[Sequence[str]]):
        df: Counter[str] = Counter()
        n = 0
        for words in documents:
            df.update(set(words))
            n += 1
        self.n = n
        self.idf = {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items()}

    def vector(self, words: Sequence[str]) -> dict[str, float]:
        counts = Counter(words)
        weights = {w: c * self.idf.get(w, math.log(1 + self.n) + 1) for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        return {w: v / norm for w, v in weights.items()}

    def matrix(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """Dense L2-normalised rows over the sentences' own vocabulary (for small sets)."""
        vocab: dict[str, int] = {}
        rows = [self.vector(words) for words in sentences]
        for row in rows:
            for w in row:
                vocab.setdefault(w, len(vocab))
        out = np.zeros((len(rows), max(1, len(vocab))), dtype=np.float32)
        for i, row in enumerate(rows):
            for w, v in row.items():
                out[i, vocab[w]] = v
        return out
