"""Reading and writing TimeML: plain text, offsets, entities, the DCT."""

from __future__ import annotations

import pytest

from dateline.errors import InputError
from dateline.evaluate.timeml import parse_timeml, timeml_view, to_timeml
from dateline.models import Timex
from dateline.time import tag_text


def test_text_has_tags_removed_and_entities_decoded(markup) -> None:
    doc = parse_timeml(markup["gold"])
    assert doc.dct == "2013-03-22"
    assert "B&Q said Friday." in doc.text and "<" not in doc.text


def test_timex_offsets_point_into_the_plain_text(markup) -> None:
    doc = parse_timeml(markup["gold"])
    assert [(t.tid, t.text, t.type, t.value) for t in doc.timexes] == [
        ("t1", "a month", "DURATION", "P1M"), ("t2", "Friday", "DATE", "2013-03-22"),
        ("t3", "2004", "DATE", "2004"), ("t4", "2006", "DATE", "2006")]
    for timex in doc.timexes:
        assert doc.text[timex.start:timex.end] == timex.text


def test_the_dct_is_not_among_the_timexes(markup) -> None:
    assert all(t.tid != "t0" for t in parse_timeml(markup["gold"]).timexes)


def test_written_timeml_reads_back_the_same(markup) -> None:
    doc = parse_timeml(markup["plain"])
    start = doc.text.index("Friday")
    written = to_timeml(doc, [Timex(start, start + 6, "Friday", "DATE", "2013-03-22", mod="END")])
    again = parse_timeml(written)
    assert again.text == doc.text
    assert [(t.text, t.value, t.mod) for t in again.timexes] == [("Friday", "2013-03-22", "END")]


def test_a_file_without_text_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="TEXT"):
        parse_timeml("<TimeML><DCT></DCT></TimeML>", "broken.tml")


def test_timeml_view_keeps_the_measure_of_an_offset() -> None:
    text = "Officers seized power in August 2020 and again nine months later, and two years ago."
    view = timeml_view(tag_text(text, "2022-02-17"))
    assert [(t.text, t.type, t.value) for t in view] == [
        ("August 2020", "DATE", "2020-08"), ("nine months", "DURATION", "P9M"),
        ("two years ago", "DATE", "2020")]


def test_timeml_view_keeps_a_year_earlier_as_one_date() -> None:
    text = "Profit rose in the third quarter of 2019 from a year earlier; three weeks later it fell."
    view = timeml_view(tag_text(text, "2019-11-02"))
    assert [(t.text, t.type, t.value) for t in view] == [
        ("the third quarter of 2019", "DATE", "2019-Q3"), ("a year earlier", "DATE", "2018-Q3"),
        ("three weeks", "DURATION", "P3W")]
