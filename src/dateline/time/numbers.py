"""Numbers in digits and words ("twenty-four", "2,000", "a couple of"), ordinals and clock times."""

from __future__ import annotations

import re

from .lexicon import NUMBER_WORDS, ORDINALS

DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}

_VAGUE = re.compile(r"^(?:several|a few|few|many|some|a number of|numerous|dozens of|hundreds of"
                    r"|thousands of)$")
_RANGE = re.compile(r"\s(?:or|to)\s")


def quantity(text: str | None) -> float | None:
    """The number a quantity phrase names, or None when it is vague or a range."""
    if not text:
        return None
    words = re.sub(r"\s*-\s*|\s+", " ", text.strip().lower())  # "three-and-a-half" -> "three and a half"
    if _VAGUE.match(words) or _RANGE.search(words):
        return None
    if words in ("a couple of", "a couple", "couple of"):
        return 2
    if words in ("a dozen",):
        return 12
    if words.startswith(("an additional", "another", "a ", "an ")) and words.split()[-1] in (
            "additional", "another"):
        return 1
    if words.startswith("half"):
        return 0.5
    half = 0.0
    for suffix, extra in ((" and a half", 0.5), (" and one half", 0.5), ("½", 0.5),
                          (" and a quarter", 0.25), (" and three quarters", 0.75)):
        if words.endswith(suffix):
            words, half = words[: -len(suffix)].strip(), extra
    if words in ("a half", "one half"):
        return 0.5
    fraction = re.fullmatch(r"(\d+)\s+(\d)/(\d+)", words)
    if fraction:
        return int(fraction[1]) + int(fraction[2]) / int(fraction[3])
    value = _number(words)
    return None if value is None else value + half


def _number(words: str) -> float | None:
    digits = words.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(digits)
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words):
        if word == "and":
            continue
        if word not in NUMBER_WORDS:
            return None
        value = NUMBER_WORDS[word]
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    return float(total + current)


def ordinal(text: str | None) -> int | None:
    """``third`` -> 3, ``21st`` -> 21, ``last``/``final`` -> -1."""
    if not text:
        return None
    word = text.lower().strip()
    if word in ORDINALS:
        return ORDINALS[word]
    match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    return int(match.group(1)) if match else None


def clock_time(groups: dict[str, str | None]) -> str | None:
    """``HH:MM`` of a clock-time match (``named`` noon/midnight, ``hour`` with am/pm, ...)."""
    named = (groups.get("named") or "").lower()
    if named:
        return "24:00" if named == "midnight" else "12:00"
    if groups.get("hour3"):
        hour = quantity(groups["hour3"])
        return f"{int(hour):02d}:00" if hour is not None and 0 < hour <= 12 else None
    hour4 = groups.get("hour4")
    if hour4:
        return _hour_in_part_of_day(hour4, (groups.get("podc") or "").lower())
    hour_text = groups.get("hour") or groups.get("hour2")
    if hour_text is None:
        return None
    hour = int(hour_text)
    minute = int(groups.get("minute") or groups.get("minute2") or 0)
    ampm = (groups.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif hour > 24:
        return None
    return f"{hour:02d}:{minute:02d}"


def _hour_in_part_of_day(hour_text: str, part: str) -> str | None:
    """"4 in the morning" -> 04:00, "8 in the evening" -> 20:00, "2 in the night" -> 02:00."""
    hour = quantity(hour_text)
    if hour is None or not 1 <= hour <= 12:
        return None
    hour = int(hour) % 12
    if part in ("afternoon", "evening") or (part == "night" and hour >= 6):
        hour += 12
    return f"{hour:02d}:00"


def spelled_year(text: str) -> int | None:
    """``nineteen ninety-four`` -> 1994, ``two thousand and one`` -> 2001."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("and", "hundred")]
    if words[:2] == ["two", "thousand"]:
        rest = _number(" ".join(words[2:])) if words[2:] else 0.0
        return None if rest is None else 2000 + int(rest)
    century = NUMBER_WORDS.get(words[0]) if words else None
    if century is None:
        return None
    tail = words[1:]
    if tail and tail[0] in ("oh", "o"):
        tail = tail[1:]
    rest = _number(" ".join(tail)) if tail else None
    return None if rest is None else century * 100 + int(rest)
