from __future__ import annotations

import pytest

from dateline.sentences import split_sentences


@pytest.mark.parametrize("text,expected", [
    ("The U.N. said on Jan. 5 that Gen. Smith left. He was tired.",
     ["The U.N. said on Jan. 5 that Gen. Smith left.", "He was tired."]),
    ('He said: "We will stay." Then he left.', ['He said: "We will stay."', "Then he left."]),
    ("George W. Bush spoke. Troops left.", ["George W. Bush spoke.", "Troops left."]),
    ("First paragraph without a stop\n\nSecond one.", ["First paragraph without a stop", "Second one."]),
    ("Line one .\nLine two .\nLine three", ["Line one .", "Line two .", "Line three"]),
    ("A wrapped line\nthat continues here.", ["A wrapped line\nthat continues here."]),
    ("Is it over? Nobody knows! Maybe.", ["Is it over?", "Nobody knows!", "Maybe."]),
    ("About 4,000 soldiers. 19 civilians died.", ["About 4,000 soldiers.", "19 civilians died."]),
    ("", []),
])
def test_split_sentences(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)
