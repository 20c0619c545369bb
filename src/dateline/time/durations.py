"""Durations ("three years", "the past five years", "a 10-year plan") and sets ("every week")."""

from __future__ import annotations

import re

from . import numbers
from .grammar import Candidate
from .lexicon import DURATION_UNITS, MONTHS, PARTS_OF_DAY, SEASONS, SET_ADVERBS, UNITS, WEEKDAYS
from .readings import (
    DCT,
    Reading,
    ReferenceTime,
    quantity_mod,
)
from .values import duration_value, format_value, period_of, shift


class DurationReadings(ReferenceTime):
    """Readings of lengths of time and of recurring times."""

    def _duration(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        unit_word = g["unit"].lower()
        tail = (g.get("tail") or "").strip().lower()
        if tail.endswith("old"):
            return None
        unit = UNITS[unit_word if unit_word in UNITS else unit_word[:-1] if unit_word != "centuries"
                     else "century"]
        num = (g.get("num") or "").lower().strip()
        if num in ("a", "an", "one") and unit_word.endswith("s"):
            return None  # "a decades-long": not a quantity of decades
        if num == "some" and unit_word == "day" and not g.get("the"):
            return None  # "return some day": a vague future, not a length ("someday" is untagged in TBAQ)
        if num in ("a", "an") and not g.get("the") and _rate_context(self.text, c.start) \
                and not _AFTER_EVENT.match(self.text, c.end):
            return None  # "$5 a year": a rate, which TE3 annotators seldom tagged
        if unit in ("second", "quarter") and num in ("a", "an", "one", "three"):
            if re.match(r"\s+of\b", self.text[c.end:c.end + 4]) or unit == "second":
                return None
        if unit == "day" and num in ("one", "some") and not g.get("the") and _SOMEDAY.search(
                self.text[max(0, c.start - 30):c.start]):
            return Reading("DATE", "FUTURE_REF")  # "Syria could one day rejoin": some future time
        amount = numbers.quantity(num)
        if amount is not None and "half" in tail:
            amount += 0.5
        letter, multiple, time = DURATION_UNITS[unit]
        value = duration_value(None if amount is None else amount * multiple, letter, time)
        if amount is None and unit in ("decade", "century"):
            value = "PXDE" if unit == "decade" else "PXCE"
        mod = quantity_mod(g.get("mod")) or ("APPROX" if "or so" in tail else None)
        adjectival = "-" in self.text[c.match.end("num"):c.match.start("unit")] and not tail
        start = c.match.start("num") if adjectival and g.get("the") and not g.get("drel") else None
        return Reading("DURATION", value, mod, start=start)

    def _vague_duration(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        the = (g.get("the") or "").strip().lower()
        drel = (g.get("drel") or "").strip().lower()
        unit = g["unit"].lower()
        if not the and not drel:  # "it took months", "spent years in hiding": a verb that measures time
            if _DURATION_VERB.search(self.text[max(0, c.start - 12):c.start]):
                return Reading("DURATION", _VAGUE_DURATIONS[unit])
            return None
        if drel == "last" and not the and _MODAL_BEFORE.search(self.text[max(0, c.start - 12):c.start]):
            return Reading("DURATION", _VAGUE_DURATIONS[unit], start=c.match.start("unit"))
        start = c.match.start("drel") if the in ("in", "for", "over", "within") and drel else None
        if the in ("in", "for", "over", "within") and not drel:
            start = c.match.start("unit")
        if drel in ("recent", "past") and unit == "years" and the != "the":
            return Reading("DATE", "PAST_REF", start=start)
        if drel == "early" or (the == "the" and not drel and unit not in ("years",)):
            return None
        return Reading("DURATION", _VAGUE_DURATIONS[unit], start=start)

    def _unit_since(self, c: Candidate) -> Reading | None:
        """"the decade since the invasion", "the weeks since the vote": the time elapsed, a length."""
        unit = c.match["unit"].lower()
        if unit in _VAGUE_DURATIONS:
            return Reading("DURATION", _VAGUE_DURATIONS[unit])
        letter, multiple, time = DURATION_UNITS[UNITS[unit]]
        return Reading("DURATION", duration_value(multiple, letter, time))

    def _ahead(self, c: Candidate) -> Reading | None:
        unit = c.match["unit"].lower()
        if unit in ("week", "month", "year"):  # "the week ahead" is "the coming week"
            return Reading("DATE", format_value(shift(period_of(self.dct, unit), unit, 1)), None, DCT)
        return Reading("DURATION", _VAGUE_DURATIONS[unit])

    def _long_adj(self, c: Candidate) -> Reading | None:
        word = (c.match["unit"] or c.match["closed"]).lower()  # "decades-long", "weeklong"
        if word.endswith("s"):
            return Reading("DURATION", _VAGUE_DURATIONS[word])
        letter, multiple, time = DURATION_UNITS[UNITS[word]]
        return Reading("DURATION", duration_value(multiple, letter, time))

    def _all_unit(self, c: Candidate) -> Reading | None:
        unit = UNITS[c.match["unit"].lower()]
        letter, multiple, time = DURATION_UNITS["month" if unit == "season" else unit]
        return Reading("DURATION", duration_value(3 if unit == "season" else multiple, letter, time))

    def _adj_duration(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        if c.match.group().lower().endswith("-old"):
            return None
        unit = UNITS[g["unit"].lower()]
        num = g["num"].lower()
        amount = 0.5 if num == "half" else None if num in ("multi", "several") else numbers.quantity(num)
        letter, multiple, time = DURATION_UNITS[unit]
        return Reading("DURATION", duration_value(None if amount is None else amount * multiple,
                                                  letter, time))

    def _set(self, c: Candidate) -> Reading | None:
        g = c.match.groupdict()
        every = g["every"].lower()
        if every in ("a", "an"):
            return None  # "$5 a year": TE3 annotators seldom tagged rates
        if every == "per" and _SPEED_UNIT.match(g.get("unit") or "") and _rate_context(self.text, c.start):
            return None  # "15 million instructions per second", "80 miles per hour": speeds
        quant = {"every": "EVERY", "each": "EACH"}.get(every)
        if g.get("wd"):
            return Reading("SET", f"XXXX-WXX-{WEEKDAYS[g['wd'].rstrip('.').lower()]}", quant=quant)
        if g.get("mon"):
            return Reading("SET", f"XXXX-{MONTHS[g['mon'].rstrip('.').lower()]:02d}", quant=quant)
        if g.get("season"):
            return Reading("SET", f"XXXX-{SEASONS[g['season'].lower()]}", quant=quant)
        if g.get("podset"):  # "every morning"
            return Reading("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[g['podset'].lower()]}", quant=quant)
        unit = _singular(g["unit"])
        if g.get("few"):  # "every few months": a set whose period is vague
            return Reading("SET", _VAGUE_DURATIONS[g["unit"].lower()], quant=quant)
        count = numbers.quantity(c.match.group(0).split()[1]) if g.get("unit") and \
            len(c.match.group(0).split()) > 2 and not g.get("other") else 1
        count = 2 if g.get("other") else (count or 1)
        letter, multiple, time = DURATION_UNITS[unit]
        return Reading("SET", duration_value(count * multiple, letter, time), quant=quant)

    def _weekends(self, c: Candidate) -> Reading | None:
        """"on weekends", "at weekends": every weekend, a SET."""
        return Reading("SET", "XXXX-WXX-WE")

    def _season_count(self, c: Candidate) -> Reading | None:
        """"the past three summers": the summers of several years, a recurring time (SET)."""
        season = c.match["season"].lower().removesuffix("s")
        return Reading("SET", f"XXXX-{SEASONS[season]}")

    def _vague_span(self, c: Candidate) -> Reading | None:
        """"for some time", "for a while": a length of time of no stated unit."""
        return Reading("DURATION", "PXX")

    def _quarter_century(self, c: Candidate) -> Reading | None:
        return Reading("DURATION", "P25Y", quantity_mod(c.match["mod"]))

    def _set_adverb(self, c: Candidate) -> Reading | None:
        word = c.match["adverb"]
        if word[0].isupper() and c.start > 0 and not re.search(r"[.!?\"“]\s*$", self.text[:c.start]):
            return None  # "Lagos Daily", a name
        if re.search(r"\baverage\s+$", self.text[max(0, c.start - 10):c.start], re.I):
            return None  # "average daily volume": a rate, like "$5 a year"
        return Reading("SET", SET_ADVERBS[word.lower()])

    def _times_per(self, c: Candidate) -> Reading | None:
        times = c.match["times"].lower()
        count = {"once": 1, "twice": 2, "thrice": 3}.get(times) or numbers.quantity(times.split()[0])
        unit = UNITS[c.match["unit"].lower()]
        letter, multiple, time = DURATION_UNITS[unit]
        return Reading("SET", duration_value(multiple, letter, time),
                       freq=f"{int(count)}X" if count else None)


def _singular(word: str) -> str:
    """The unit a (possibly plural) unit word names: "years" -> "year", "centuries" -> "century"."""
    lower = word.lower()
    return UNITS.get(lower) or UNITS[lower[:-1]]


_VAGUE_DURATIONS = {"seconds": "PTXS", "minutes": "PTXM", "hours": "PTXH", "days": "PXD", "weeks": "PXW",
                    "months": "PXM", "quarters": "PXQ", "years": "PXY", "decades": "PXDE",
                    "centuries": "PXCE"}


#: A modal or "to" before "last": the verb ("could last months", "expected to last weeks").
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|should|must|to)\s+$", re.I)

#: "comes a day after the vote": a distance in time, never a rate ("six buses a day").
_AFTER_EVENT = re.compile(r"\s+(?:after|before|earlier|later)\b", re.I)

#: Verbs whose object is a length of time: "could take months", "spent years", "waited hours".
_DURATION_VERB = re.compile(r"\b(?:take|takes|took|taken|taking|spend|spends|spent|spending|wait|waits"
                            r"|waited|waiting|lasted|lasts|lasting)\s+$", re.I)

#: A modal right before "one day": "could one day rejoin", "hopes to one day return".
_SOMEDAY = re.compile(r"\b(?:will|would|could|can|may|might|shall|should|must|to)\s+$", re.I)


_SPEED_UNIT = re.compile(r"(?i:seconds?|minutes?|hours?)$")

_NOT_RATE = frozenset("""is was has this its his hers their as less more than for in about over within
    after nearly almost only just last past""".split())


def _rate_context(text: str, start: int) -> bool:
    """"$5 a year", "six buses a day", "dozens of calls a week": a rate."""
    before = text[max(0, start - 30):start].rstrip()
    measured = re.search(r"^(.*\S)\s+of\s+[a-z]+(?:\s+[a-z]+)?$", before)
    if measured:  # "1.6 million barrels of oil a day": the rate of what is measured
        before = measured.group(1)
    if re.search(r"(?:\d|percent|%|cents?|dollars?|times|million|billion|thousand|hundred)$", before, re.I):
        return True
    word = re.search(r"([A-Za-z]+)$", before)
    if word is None:
        return False
    lower = word.group(1).lower()
    return lower.endswith("s") and lower not in _NOT_RATE
