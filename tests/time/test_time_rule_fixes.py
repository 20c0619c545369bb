"""Rows for rule fixes: clock times on a dated weekday, GMT times beside a weekday, "X or so ago",
"ten business days", shopping holidays named after a weekday, "last" used as a verb, the day of
"early morning", "the past three summers", "1994 or later", speeds
("per hour"), "that day" after a coarser date, "over the past years", "could last months"
and rates ("barrels of oil a day").

Published Thursday 2022-02-17. Each row: the sentence, then the (text, type, value, mod) of
every timex found in it, in order.
"""

from __future__ import annotations

import pytest

from dateline.time import tag_text

DCT = "2022-02-17"

ROWS = [
    # a clock time on "Weekday, Month Day" is one TIME on that date (the date decides, not the tense)
    ("The council met at 9 a.m. on Tuesday, Feb. 15.",
     [("9 a.m. on Tuesday, Feb. 15", "TIME", "2022-02-15T09:00", None)]),
    ("The council met at 9 a.m. Tuesday, Feb. 15, 2022.",
     [("9 a.m. Tuesday, Feb. 15, 2022", "TIME", "2022-02-15T09:00", None)]),
    ("The council will meet at 10 a.m. on Monday, Feb. 21.",
     [("10 a.m. on Monday, Feb. 21", "TIME", "2022-02-21T10:00", None)]),
    ("Talks ended Monday, Feb. 14, at 5 p.m.",
     [("Monday, Feb. 14, at 5 p.m.", "TIME", "2022-02-14T17:00", None)]),
    # a lone weekday after a clock time still follows the tense
    ("The council met at 9 a.m. on Tuesday.", [("9 a.m. on Tuesday", "TIME", "2022-02-15T09:00", None)]),
    # "0735 GMT" falls on the day beside it, like any bare clock time
    ("The blast came at 10:35 a.m. (0735 GMT) Tuesday.",
     [("10:35 a.m.", "TIME", "2022-02-15T10:35", None), ("0735 GMT", "TIME", "2022-02-15T07:35", None),
      ("Tuesday", "DATE", "2022-02-15", None)]),
    ("The quake struck at 0200 GMT.", [("0200 GMT", "TIME", "2022-02-17T02:00", None)]),
    # "a week or so ago" is a date in the past, approximately
    ("Then, a week or so ago, he left.", [("a week or so ago", "DATE", "2022-W06", "APPROX")]),
    ("He left two years or so ago.", [("two years or so ago", "DATE", "2020", "APPROX")]),
    ("He left almost two years ago.", [("almost two years ago", "DATE", "2020", "LESS_THAN")]),
    # "trading/business/working days" are days of a length of time
    ("Eight trading days later, stocks fell.", [("Eight trading days", "DURATION", "P8D", None)]),
    ("The offer expires in 10 business days.", [("10 business days", "DURATION", "P10D", None)]),
    ("He has five working days to respond.", [("five working days", "DURATION", "P5D", None)]),
    ("The first trading day was calm.", []),
    # "Black Friday" is the day after Thanksgiving, not last Friday
    ("Shoppers flocked to stores on Black Friday.", [("Black Friday", "DATE", "2021-11-26", None)]),
    ("Sales on Cyber Monday rose.", [("Cyber Monday", "DATE", "2021-11-29", None)]),
    # "to last until Thursday": "last" is a verb, not a sign of the past
    ("The talks are expected to last until at least Tuesday.", [("Tuesday", "DATE", "2022-02-22", None)]),
    ("The talks ended last Tuesday.", [("last Tuesday", "DATE", "2022-02-15", None)]),
    # "early morning" without a day word is on the story's day; "...hours of Sunday" leaves it to Sunday
    ("Police raided the house on Tuesday. In the early morning, shots rang out.",
     [("Tuesday", "DATE", "2022-02-15", None), ("early morning", "TIME", "2022-02-15TMO", "START")]),
    ("The raid came in the early morning hours of Sunday.", [("Sunday", "DATE", "2022-02-13", None)]),
    ("The storm hit early this morning.", [("early this morning", "TIME", "2022-02-17TMO", "START")]),
    # "the past three summers" is one expression (the summers of several years), not "the past"
    ("Violence flared for the past three summers.", [("the past three summers", "SET", "XXXX-SU", None)]),
    ("He skied the last few winters.", [("the last few winters", "SET", "XXXX-WI", None)]),
    ("The past is gone.", [("The past", "DATE", "PAST_REF", None)]),
    # "1994 or later", "1990 and beyond", "the next year or so": the widened date, with its mod
    ("It will not be profitable until 2024 or later.", [("2024 or later", "DATE", "2024", "ON_OR_AFTER")]),
    ("He is confident about 2023 and beyond.", [("2023 and beyond", "DATE", "2023", "ON_OR_AFTER")]),
    ("It happened in 2012 or earlier.", [("2012 or earlier", "DATE", "2012", "ON_OR_BEFORE")]),
    ("The plant will close over the next year or so.", [("the next year or so", "DATE", "2023", "APPROX")]),
    # speeds ("per second", "per hour" after a quantity) are not times: TimeML leaves them unmarked
    ("The chip runs 15 million instructions per second.", []),
    ("He drove at 80 miles per hour.", []),
    ("The meeting is held twice per year.", [("twice per year", "SET", "P1Y", None)]),
    ("Members pay $5 per year.", [("per year", "SET", "P1Y", None)]),
    ("You will see it tomorrow and after tomorrow.", [("tomorrow", "DATE", "2022-02-18", None),
                                                      ("tomorrow", "DATE", "2022-02-18", None)]),
    # "that day" after a decade or a year is a day of that period, not its first day
    ("He took over the firm in the late 1990s. Earlier that day, it rained.",
     [("the late 1990s", "DATE", "199", "END"), ("Earlier that day", "DATE", "199", None)]),
    ("He arrived on Feb. 3. That day, it rained.",
     [("Feb. 3", "DATE", "2022-02-03", None), ("That day", "DATE", "2022-02-03", None)]),
    # "over the past five years": "over" is the span's preposition, not "more than"
    ("Profits rose over the past five years.", [("the past five years", "DURATION", "P5Y", None)]),
    ("The tour lasted over a week.", [("a week", "DURATION", "P1W", "MORE_THAN")]),
    # "could last months": "last" is the verb, the duration is "months"
    ("The siege could last months.", [("months", "DURATION", "PXM", None)]),
    ("He came in the last months of the war.", [("the last months", "DURATION", "PXM", None)]),
    # "barrels of oil a day" is a rate, like "$5 a year"; "in a day" is a length of time
    ("Libya produced 1.6 million barrels of oil a day.", []),
    ("The city lost half of its people in a year.", [("a year", "DURATION", "P1Y", None)]),
    ("He will come in 2021 or later this year.",
     [("2021", "DATE", "2021", None), ("later this year", "DATE", "2022", None)]),
]


@pytest.mark.parametrize("sentence,expected", ROWS, ids=[row[0][:40] for row in ROWS])
def test_expression(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    found = [(t.text, t.type, t.value, t.mod) for t in tag_text(sentence, DCT)]
    assert found == expected
