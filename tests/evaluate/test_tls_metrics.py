"""The TLS metrics agree with tilse (the scorer news-tls uses).

The expected figures were computed by running tilse (smartschat/tilse, original ROUGE-1.5.5 Perl
script through its pyrouge wrapper) beside this code: first tilse's own unit-test timelines, then
small timelines written for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.evaluate import tls

D = dt.date

# tilse's unit-test timelines (tilse/test/evaluation/test_rouge.py)
TILSE_GOLD = [
    {D(2010, 1, 1): ["timeline summarization ."],
     D(2010, 1, 2): ["timeline summarization is awesome .", "coreference resolution is , too ."],
     D(2010, 1, 4): ["alignments are really nice"]},
    {D(2010, 1, 2): ["metrics are complicated ."]},
]
SAME = {D(2010, 1, 2): ["timeline summarization ."], D(2010, 1, 3): ["doing some metric checks ."],
        D(2010, 1, 5): ["checks for alignments ."]}
LESS = {D(2010, 1, 2): ["timeline summarization ."], D(2010, 1, 3): ["doing some metric checks ."]}
MORE = {**SAME, D(2010, 1, 6): ["asdf"]}

TILSE_VECTORS = [  # metric, prediction, (ROUGE-1 precision, recall)
    ("concat", SAME, (4 / 12, 4 / 11)),
    ("concat", LESS, (3 / 8, 3 / 11)),
    ("concat", MORE, (4 / 14, 4 / 11)),
    ("agreement", SAME, (2 / 12, 2 / 11)),
    ("agreement", LESS, (2 / 8, 2 / 11)),
    ("agreement", MORE, (2 / 14, 2 / 11)),
    ("align_m1", SAME, (3 / 12, 3.5 / 11)),
    ("align_m1", LESS, (2.5 / 8, 3 / 11)),
    ("align_m1", MORE, (3 / 14, 3.5 / 11)),
]


@pytest.mark.parametrize("metric, predicted, expected", TILSE_VECTORS)
def test_tilse_unit_vectors(metric, predicted, expected):
    rouge1 = getattr(tls, metric)(predicted, TILSE_GOLD)[0]
    assert rouge1.precision == pytest.approx(expected[0], abs=1e-9)
    assert rouge1.recall == pytest.approx(expected[1], abs=1e-9)
    p, r = expected
    assert rouge1.f1 == pytest.approx(2 * p * r / (p + r), abs=1e-9)


# Hand-written timelines; figures from tilse run on them.
GOLD = {
    D(2021, 5, 24): ["Soldiers detain the interim president and prime minister of Mali .",
                     "The junta leader says the elections will still be held in 2022 ."],
    D(2021, 5, 28): ["The constitutional court names Colonel Assimi Goita interim president ."],
    D(2021, 6, 4): ["The African Union suspends Mali 's membership after the second coup ."],
    D(2021, 6, 10): ["France announces the end of Operation Barkhane as a large-scale mission ."],
}
PRED = {
    D(2021, 5, 24): ["Mali 's military detained the president and the prime minister on Monday ."],
    D(2021, 5, 29): ["Colonel Goita was sworn in -LRB- named -RRB- as interim president by the court ."],
    D(2021, 6, 4): ["The African Union suspended Mali , demanding a return to civilian rule ."],
    D(2021, 6, 12): ["Protesters gathered in Bamako ; shops stayed closed ."],
    D(2021, 7, 1): ["Prices of fuel rose sharply in the capital ."],
}
SECOND = {D(2021, 5, 24): ["Officers arrested Mali 's transitional leaders ."],
          D(2021, 6, 10): ["Macron says Barkhane will end ."]}

OUR_VECTORS = [  # metric, references, ((R1 P, R1 R), (R2 P, R2 R))
    ("concat", [GOLD], ((15 / 35, 15 / 34), (6 / 34, 6 / 33))),
    ("agreement", [GOLD], ((9 / 35, 9 / 34), (5 / 30, 5 / 30))),
    ("align_m1", [GOLD], ((12 / 35, 12 / 34), (5.5 / 30, 5.5 / 30))),
    ("concat", [GOLD, SECOND], ((16 / 70, 16 / 42), (6 / 68, 6 / 40))),
    ("agreement", [GOLD, SECOND], ((10 / 70, 10 / 42), (5 / 60, 5 / 36))),
    ("align_m1", [GOLD, SECOND], ((13 / 70, 13 / 42), (5.5 / 60, 5.5 / 36))),
]


@pytest.mark.parametrize("metric, references, expected", OUR_VECTORS)
def test_agrees_with_tilse_on_handwritten_timelines(metric, references, expected):
    scores = getattr(tls, metric)(PRED, references)
    for got, (p, r) in zip(scores, expected):
        assert got.precision == pytest.approx(p, abs=1e-6)
        assert got.recall == pytest.approx(r, abs=1e-6)


@pytest.mark.parametrize("references", [[GOLD], [GOLD, SECOND]])
def test_date_f1(references):
    assert tls.date_f1(PRED, references).to_dict() == pytest.approx(
        {"precision": 2 / 5, "recall": 2 / 4, "f_score": 2 * 0.4 * 0.5 / 0.9})


def test_score_timeline_and_macro_average():
    scores = tls.score_timeline(PRED, GOLD)
    assert scores["ar1"].f1 == pytest.approx(2 * (12 / 35) * (12 / 34) / (12 / 35 + 12 / 34))
    avg = tls.macro_average([tls.PRF(0.2, 0.4), tls.PRF(0.4, 0.0)])
    assert (avg.precision, avg.recall) == pytest.approx((0.3, 0.2))
    assert avg.f1 == pytest.approx(2 * 0.3 * 0.2 / 0.5)


def test_empty_prediction_scores_zero():
    assert tls.align_m1({}, [GOLD])[0].f1 == 0
    assert tls.date_f1({}, [GOLD]).f1 == 0


words = st.sampled_from(["army", "seized", "power", "capital", "talks", "election", "killed",
                         "troops", "border", "protest", "leader", "court"])
sentences = st.lists(words, min_size=1, max_size=8).map(" ".join)
timelines = st.dictionaries(st.dates(D(2020, 1, 1), D(2020, 3, 1)),
                            st.lists(sentences, min_size=1, max_size=3), min_size=1, max_size=6)


def _distinct_days(timeline):
    """No two days have the same bag of words (so no alignment cost ties at zero)."""
    bags = [sorted(" ".join(s).split()) for s in timeline.values()]
    return all(a != b for i, a in enumerate(bags) for b in bags[i + 1:])


@given(timelines)
def test_a_timeline_scores_perfectly_against_itself(timeline):
    for metric in (tls.concat, tls.agreement):
        rouge1 = metric(timeline, [timeline])[0]
        assert rouge1.precision == pytest.approx(1.0) and rouge1.recall == pytest.approx(1.0)
    assert tls.date_f1(timeline, [timeline]).f1 == 1.0


@given(timelines.filter(_distinct_days))
def test_alignment_of_a_timeline_with_itself_is_perfect_when_days_differ(timeline):
    rouge1 = tls.align_m1(timeline, [timeline])[0]
    assert rouge1.precision == pytest.approx(1.0) and rouge1.recall == pytest.approx(1.0)


def test_alignment_ties_go_to_the_first_date_as_in_tilse():
    # the same words on two days: both costs from Jan 2 are zero, numpy's argmin takes Jan 1
    timeline = {D(2020, 1, 1): ["army"], D(2020, 1, 2): ["army"]}
    assert tls.align_m1(timeline, [timeline])[0].precision == pytest.approx(0.75)


@given(timelines, timelines)
def test_scores_are_fractions_and_recall_is_precision_swapped_for_dates(a, b):
    for prf in (*tls.align_m1(a, [b]), *tls.agreement(a, [b]), *tls.concat(a, [b])):
        assert 0 <= prf.precision <= 1 + 1e-9 and 0 <= prf.recall <= 1 + 1e-9
    assert tls.date_f1(a, [b]).precision == tls.date_f1(b, [a]).recall
