"""Invariants of the tagger on generated text: deterministic, well-formed TIMEX3, honest offsets."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.time import tag_text

PIECES = [
    "last month", "August 2020", "nine months later", "in 2013", "Tuesday", "next week",
    "the third quarter", "two years ago", "since then", "every week", "the 1990s", "now",
    "early 2021", "a year earlier", "three days", "tonight", "at 10:30 a.m.", "March 3",
    "the past five years", "recently", "this summer", "fiscal 1999", "twice a month",
    "the following day", "mid-2019", "Christmas", "the end of the year", "yesterday morning",
    "Dec. 31, 1999", "the weekend", "half an hour", "a decade", "Mondays", "the 19th century",
]
FILLERS = ["The army said", "rebels attacked", "and", ",", ".", "officials will meet", "in",
           "on", "during", "prices rose", "(", ")", "“", "”", "\n\n"]

DATE_VALUE = re.compile(
    r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|\d{2,3}|\d{4}(?:-(?:\d{2}(?:-\d{2}"
    r"(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI|MI|DT))?)?|Q[1-4]|H[12]|W\d{2}(?:-WE)?|SP|SU|FA|WI))?)$")
DURATION_VALUE = re.compile(r"^P(?=.)(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE))*"
                            r"(?:T(?=.)(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?$")
SET_VALUE = re.compile(r"^XXXX(?:-(?:\d{2}|WXX-[1-7](?:T(?:MO|AF|EV|NI))?|SP|SU|FA|WI|Q[1-4]))$")

texts = st.lists(st.sampled_from(PIECES + FILLERS), min_size=1, max_size=14).map(" ".join)
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2040, 12, 31))


def valid_value(timex_type: str, value: str) -> bool:
    if timex_type in ("DATE", "TIME"):
        return bool(DATE_VALUE.match(value))
    if timex_type == "DURATION":
        return bool(DURATION_VALUE.match(value))
    return bool(DURATION_VALUE.match(value) or SET_VALUE.match(value))


@settings(max_examples=150, deadline=None)
@given(texts, dates)
def test_resolution_is_deterministic(text: str, dct: dt.date) -> None:
    first = [t.to_dict() for t in tag_text(text, dct)]
    assert first == [t.to_dict() for t in tag_text(text, dct.isoformat())]


@settings(max_examples=200, deadline=None)
@given(texts, dates)
def test_values_are_valid_timex3(text: str, dct: dt.date) -> None:
    timexes = tag_text(text, dct)
    tids = {t.tid for t in timexes}
    last_end = 0
    for timex in timexes:
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert valid_value(timex.type, timex.value), (timex.text, timex.type, timex.value)
        assert text[timex.start:timex.end] == timex.text and timex.start >= last_end
        assert timex.anchor in (None, "DCT") or timex.anchor in tids
        last_end = timex.end


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), dates)
def test_any_text_is_handled(text: str, dct: dt.date) -> None:
    for timex in tag_text(text, dct):
        assert text[timex.start:timex.end] == timex.text
