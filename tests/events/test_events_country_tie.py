"""An event's country, when neither its place nor its entities give one, is the one the article
names most; a tie goes to the one named first (it used to follow a set's hash-seeded order)."""

from __future__ import annotations

from dateline.events.detect import Frame
from dateline.events.extract import _country_code
from dateline.events.lexicon import Cue
from dateline.models import Article, Place, Sentence


def test_event_country_tie_goes_to_the_first_named() -> None:
    article = Article(id="a", text="x" * 40, published="2022-02-17")
    article.sentences = [Sentence(start=0, end=40)]
    article.places = [Place(start=s, end=s + 2, text="", name=name, country_code=code)
                      for s, name, code in ((0, "Ottawa", "CA"), (5, "London", "GB"), (9, "Paris", "FR"),
                                            (12, "Leeds", "GB"), (20, "Quebec", "CA"))]
    frame = Frame(0, Cue("attack", 0, 1, "x"), [0])
    assert _country_code(article, frame, None) == "CA"
