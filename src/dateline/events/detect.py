"""Finding events: which sentences report an event, and which sentences belong to which event.

A sentence with an event cue (an attack, a protest, an airstrike ...) starts an event, its
*frame*. The sentences after it that only tell its outcome ("Seven people were killed", "The
police fired tear gas") join that frame; a sentence with a cue of its own joins it too when it
is in the same paragraph and brings no new date, unless it says the event was coded or happened
separately. A sentence with several dates joined by "again" ("toppled the president in August
2020 and again nine months later") yields one frame per date. Frames with neither a date nor a
place, led by a plural noun ("attacks on villages gained steam"), are generic and dropped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..models import Article, Sentence, Timex
from .lexicon import Cue, find_cues, is_irrealis, note_tag

#: Cues that can start an event.
EVENT_CUES = frozenset({
    "coup", "followed_suit", "withdraw", "airstrike", "shelling", "ied", "grenade", "suicide",
    "chemical", "defuse", "sexual", "abduct", "attack", "kill", "clash", "beat", "protest", "riot",
    "mob", "loot", "destroy", "arrest", "agreement", "hq", "takeover", "regain", "restriction",
})
#: Cues that only tell what came of an event: their sentence joins the event before it.
OUTCOME_CUES = frozenset({
    "kill", "wound", "no_casualty", "destroy", "loot", "took_control", "intervention",
    "demonstrator_violence", "lethal_force", "arrest", "beat", "no_violence", "abduct",
})
SEPARATE = re.compile(r"[\[(]coded separately[\])]|\bin a separate\b|\bseparately\b|\belsewhere\b"
                      r"|\bmeanwhile\b|\bin another\b", re.I)
AGAIN = re.compile(r"\b(?:again|twice|a second time|and then|once more)\b", re.I)
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass
class Frame:
    """The sentences of one event, the cue that started it and every cue in them."""

    core: int  # index of the sentence that reports the event
    trigger: Cue
    sentences: list[int] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    timex: Timex | None = None  # the date the frame was split on, when a sentence has several
    tag: tuple[str, int, int] | None = None  # ACLED note tag: (sub_event_type, start, end)
    copy_of: Frame | None = None  # "followed suit": the event this one repeats

    def cues_in(self, sentence: int, article: Article) -> list[Cue]:
        s = article.sentences[sentence]
        return [c for c in self.cues if s.start <= c.start < s.end]

    @property
    def names(self) -> set[str]:
        return {c.name for c in self.cues}


def is_calendar_date(timex: Timex) -> bool:
    """A DATE on the calendar ("2021-10-01", "2022-01"), not "PRESENT_REF"."""
    return timex.type == "DATE" and (timex.value or "")[:4].isdigit()


def date_timexes(article: Article, sentence: Sentence) -> list[Timex]:
    """The calendar DATE timexes inside a sentence, in text order."""
    return sorted((t for t in article.timexes if is_calendar_date(t) and sentence.start <= t.start
                   and t.end <= sentence.end), key=lambda t: t.start)


class SentenceDates:
    """:func:`date_timexes` of many sentences of one article: the timexes are filtered and sorted
    once (a stable sort, so timexes that start together keep their order), then each sentence's
    are found by bisection and kept; :func:`_joins` asks again for every sentence of a frame."""

    def __init__(self, article: Article) -> None:
        self.dated = sorted(filter(is_calendar_date, article.timexes), key=lambda t: t.start)
        self.starts = [t.start for t in self.dated]
        self.found: dict[tuple[int, int], list[Timex]] = {}

    def __call__(self, sentence: Sentence) -> list[Timex]:
        key = (sentence.start, sentence.end)
        if key not in self.found:
            index, inside = bisect.bisect_left(self.starts, sentence.start), []
            while index < len(self.dated) and self.dated[index].start <= sentence.end:
                if self.dated[index].end <= sentence.end:
                    inside.append(self.dated[index])
                index += 1
            self.found[key] = inside
        return self.found[key]


def _same_paragraph(article: Article, first: Sentence, second: Sentence) -> bool:
    return not _PARAGRAPH.search(article.text, first.end, second.start)


def _starts_event(article: Article, cues: list[Cue]) -> Cue | None:
    """The cue that starts an event in this sentence, if any ("measures" and "other" do not,
    nor a purpose or possibility: "deployed to repel fighters")."""
    return next((c for c in cues if c.name in EVENT_CUES and not is_irrealis(article.text, c.start)), None)


def _only_outcomes(cues: list[Cue]) -> bool:
    return all(c.name in OUTCOME_CUES or c.name not in EVENT_CUES for c in cues)


def _joins(article: Article, frame: Frame, index: int, cues: list[Cue], dates: SentenceDates) -> bool:
    """Whether sentence ``index`` continues ``frame`` rather than reporting a new event."""
    sentence = article.sentences[index]
    previous = article.sentences[frame.sentences[-1]]
    if SEPARATE.search(sentence.text) or not _same_paragraph(article, previous, sentence):
        return False
    if index != frame.sentences[-1] + 1:
        return False
    if _only_outcomes(cues):
        return True
    own_dates = dates(sentence)
    frame_dates = {t.value for i in frame.sentences for t in dates(article.sentences[i])}
    return not any(t.value not in frame_dates for t in own_dates)


def find_frames(article: Article) -> list[Frame]:
    """Group the article's sentences into event frames."""
    frames: list[Frame] = []
    dates = SentenceDates(article)
    for index, sentence in enumerate(article.sentences):
        cues = find_cues(article.text, sentence.start, sentence.end)
        current = frames[-1] if frames else None
        if current is not None and index > 0 and _joins(article, current, index, cues, dates):
            current.sentences.append(index)
            current.cues += cues
            continue
        tag = note_tag(sentence.text) if index == 0 else None
        if tag is not None:  # "Defusal: On ..." - the tag is the coder's label, not a cue
            cues = [c for c in cues if c.start >= sentence.start + tag[2]]
        trigger = _starts_event(article, cues)
        if trigger is None and tag is None:
            continue
        if trigger is None:
            trigger = Cue("tag", sentence.start + tag[1], sentence.start + tag[2], "")  # type: ignore[index]
        frames += _new_frames(article, index, trigger, cues, tag, current, dates(sentence))
    return frames


def _new_frames(article: Article, index: int, trigger: Cue, cues: list[Cue],
                tag: tuple[str, int, int] | None, previous: Frame | None, dates: list[Timex]) -> list[Frame]:
    sentence = article.sentences[index]
    base = Frame(index, trigger, [index], list(cues), tag=_shift(tag, sentence.start))
    if trigger.name == "followed_suit" and previous is not None:
        base.copy_of = previous
    if len(dates) < 2 or not AGAIN.search(sentence.text):
        return [base]
    return [Frame(index, trigger, [index], list(cues), timex=t, tag=base.tag, copy_of=base.copy_of)
            for t in dates]


def _shift(tag: tuple[str, int, int] | None, offset: int) -> tuple[str, int, int] | None:
    return (tag[0], tag[1] + offset, tag[2] + offset) if tag else None


def is_generic(article: Article, frame: Frame) -> bool:
    """Undated and told as a state of affairs ("the menace has spread"), or a plural mention
    with neither date nor place ("attacks on villages", "regular demonstrations")."""
    sentences = [article.sentences[i] for i in frame.sentences]
    if frame.timex is not None or any(date_timexes(article, s) for s in sentences):
        return False
    if any(_habitual(s.text) for s in sentences):
        return True
    if any(p.start >= sentences[0].start and p.end <= sentences[-1].end for p in article.places):
        return False
    word = frame.trigger.text.lower()
    return word.endswith("s") and not word.endswith(("ss", "ed"))


def _habitual(text: str) -> bool:
    """Undated and told as a state of affairs: "has spread", "regular demonstrations"."""
    return bool(re.search(r"\b(?:regular|frequent|often|routinely|repeated(?:ly)?|gained steam|every|"
                          r"(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|ung|ead)|"
                          r"analysts say)\b", text, re.I))
