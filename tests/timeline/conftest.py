"""Hand-written articles about one made-up story, with the timexes a tagger would give them."""

from __future__ import annotations

import pytest

from dateline.evaluate.tls_data import line_sentences
from dateline.models import Article, Timex


def make_article(article_id: str, published: str, lines: list[str],
                 days: dict[int, str] | None = None) -> Article:
    """An article with one sentence per line; ``days`` maps a line to the day it names."""
    text = "\n".join(lines)
    article = Article(id=article_id, text=text, published=published, source="hand-written")
    article.sentences = list(line_sentences(text))
    for index, value in (days or {}).items():
        s = article.sentences[index]
        article.timexes.append(Timex(start=s.start, end=s.start + 3, text=s.text[:3], type="DATE",
                                     value=value, sentence=index))
    article.stages = ["sentences", "time"]
    return article


@pytest.fixture
def story() -> list[Article]:
    """A coup, its aftermath and an unrelated sports story, over ten days."""
    return [
        make_article("a1", "2021-05-25", [
            "Soldiers detained the president of Ruritania and the prime minister on Monday .",
            "The coup leaders said elections would be held next year .",
            "Football results from the weekend were delayed by rain ."], {0: "2021-05-24"}),
        make_article("a2", "2021-05-25", [
            "Ruritania 's army detained the president and prime minister in the capital on Monday .",
            "Neighbouring countries condemned the coup in Ruritania ."], {0: "2021-05-24"}),
        make_article("a3", "2021-05-26", [
            "Ruritania 's president resigned in detention , the coup leaders said on Tuesday .",
            "Ruritania 's army said the president resigned after he was detained ."],
            {0: "2021-05-25"}),
        make_article("a4", "2021-05-29", [
            "Ruritania 's constitutional court named the coup leader interim president on Friday .",
            "The coup leader was sworn in as Ruritania 's interim president ."], {0: "2021-05-28"}),
        make_article("a5", "2021-06-03", [
            "Regional leaders suspended Ruritania after the coup , a week after the president was "
            "detained on May 24 .",
            "Ruritania 's neighbours suspended the country from the regional bloc ."],
            {0: "2021-05-24"}),
        make_article("a6", "2021-06-03", [
            "The league final was played in front of a record crowd of fans .",
            "The champions celebrated their third title in a row with their fans ."]),
    ]
