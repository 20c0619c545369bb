"""Word lists of the temporal tagger: numbers, months, weekdays, seasons, units, holidays, modifiers.

Everything here is data; the patterns that use it live in :mod:`dateline.time.grammar`.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

#: Parts of the day and their TIMEX3 codes.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "mid-day": "MI", "daytime": "DT", "dawn": "MO", "dusk": "EV",
}

UNITS: dict[str, str] = {
    "second": "second", "sec": "second", "minute": "minute", "min": "minute", "hour": "hour",
    "hr": "hour", "day": "day", "night": "day", "week": "week", "weekend": "weekend",
    "fortnight": "fortnight", "month": "month", "quarter": "quarter", "year": "year",
    "yr": "year", "decade": "decade", "century": "century", "centuries": "century",
    "millennium": "millennium", "millennia": "millennium", "season": "season",
}

#: Duration value letter and multiplier of each unit (a decade is ten years in TIMEX3).
DURATION_UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "week": ("W", 1, False), "weekend": ("D", 2, False),
    "fortnight": ("W", 2, False), "month": ("M", 1, False), "quarter": ("Q", 1, False),
    "season": ("M", 3, False), "year": ("Y", 1, False), "decade": ("Y", 10, False),
    "century": ("Y", 100, False), "millennium": ("Y", 1000, False),
}

#: Units of a set ("daily", "every week") as TIMEX3 durations.
SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y",
    "semiannually": "P6M", "biannually": "P6M",
}

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "a": 1, "an": 1, "single": 1, "dozen": 12, "half": 0,
}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "thirtieth": 30, "last": -1,
    "final": -1, "latter": -1,
}

#: Vague quantities: durations with an unknown number ("several years" -> PXY).
VAGUE_QUANTITIES = ("several", "a few", "few", "many", "some", "a couple of", "couple of",
                    "a number of", "numerous", "countless", "the", "a couple")

#: Words before a timex that set its ``mod`` (checked longest first).
MODIFIERS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "close to": "APPROX",
    "an estimated": "APPROX", "or so": "APPROX",
    "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN",
    "well over": "MORE_THAN", "longer than": "MORE_THAN", "beyond": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "shorter than": "LESS_THAN", "just under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS", "only": "", "just": "", "barely": "", "fully": "", "a full": "",
    "another": "", "the first": "", "the last": "", "the past": "", "the next": "",
}

#: Words that place a point in its period ("early 2013" -> START).
POSITION_MODS: dict[str, str] = {
    "early": "START", "earlier": "", "late": "END", "later": "", "mid": "MID",
    "middle": "MID", "the middle of": "MID", "the end of": "END", "end of": "END",
    "the beginning of": "START", "the start of": "START", "beginning of": "START",
    "start of": "START", "the close of": "END", "the turn of": "START", "the dawn of": "START",
    "the rest of": "END", "the remainder of": "END", "the latter part of": "END",
    "the first part of": "START", "the early part of": "START", "the second half of": "END",
    "the first half of": "START",
}

#: Fixed-date holidays (month, day) and movable ones computed in :mod:`dateline.time.values`.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1),
    "new years": (1, 1), "new year's": (1, 1), "valentine's day": (2, 14),
    "independence day": (7, 4), "the fourth of july": (7, 4), "fourth of july": (7, 4),
    "halloween": (10, 31), "veterans day": (11, 11), "veterans' day": (11, 11),
    "armistice day": (11, 11), "boxing day": (12, 26), "bastille day": (7, 14),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "saint patrick's day": (3, 17),
    "may day": (5, 1),
    "all saints' day": (11, 1), "flag day": (6, 14), "d-day": (6, 6),
    "inauguration day": (1, 20), "earth day": (4, 22), "april fools' day": (4, 1),
    "april fool's day": (4, 1), "remembrance day": (11, 11), "groundhog day": (2, 2),
}

MOVABLE_HOLIDAYS = ("thanksgiving", "thanksgiving day", "easter", "easter sunday", "good friday",
                    "memorial day", "labor day", "labour day", "mother's day", "father's day",
                    "martin luther king day", "presidents' day", "presidents day",
                    "election day", "black friday", "cyber monday", "columbus day", "easter monday",
                    "palm sunday", "maundy thursday", "holy thursday", "holy saturday",
                    "ash wednesday", "shrove tuesday", "mardi gras", "pentecost", "whit sunday",
                    "ascension day")

#: Words that make a bare month or weekday refer forward from the publication date.
FUTURE_CUES = frozenset("""will 'll shall going gonna planning scheduled expected expect expects due
    upcoming next coming intend intends intended would payable expire expires effective""".split())

#: Words that make it refer back.
PAST_CUES = frozenset("""was were had did ago last earlier previously already since""".split())

#: Weaker signs of the past: reporting verbs ("said Friday" is the day of saying) and other past
#: forms; a date a few weeks ahead ("said it will pay Jan. 5") outweighs them.
WEAK_PAST_CUES = frozenset("""said told announced reported says""".split())

#: Past forms of other verbs.
PAST_VERBS = frozenset("""came went took gave made began won became broke brought built bought
    caught chose drew drove fell fought fled flew froze got grew heard held kept knew led lost
    meant met paid ran rang sought sold sent shook shot spoke spent stood stole struck swore threw
    thought wrote""".split())
