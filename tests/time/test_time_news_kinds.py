"""Rows for kinds of expressions common in recent news and rare in TBAQ (1990s news), found by
probing a checklist of expression kinds written from the TimeML guidelines and the kinds of
expression HeidelTime's English rules cover: ranges with a two-digit second year ("the 2012-13
season"), years written "'09", the first hour of a clock range ("between 2 and 4 p.m."), US time
zones ("9:30 a.m. ET"), "mid-day", "the spring of last year", "every morning" as a SET,
"end-March", holidays counted from Easter ("Palm Sunday", "Ash Wednesday"), "the week ahead",
"the closing months of 2012" and "the winter months"; later, "the decade since the invasion",
"could take months", "St Patrick's Day", "average daily volume", "the year to March",
"comes a day after" and "every few months".

Published Thursday 2022-02-17. Each row: the sentence, then the (text, type, value, mod) of
every timex found in it, in order.
"""

from __future__ import annotations

import pytest

from dateline.time import tag_text

DCT = "2022-02-17"

ROWS = [
    # a range's two-digit second year is a year of its own, as "2009-2010" gives two timexes
    ("He scored 20 goals in the 2020-21 season.",
     [("2020", "DATE", "2020", None), ("21", "DATE", "2021", None)]),
    ("The budget for 2021/22 was approved.", [("2021", "DATE", "2021", None), ("22", "DATE", "2022", None)]),
    ("The war raged in 1914-18.", [("1914", "DATE", "1914", None), ("18", "DATE", "1918", None)]),
    ("Sales rose in 1999-00.", [("1999", "DATE", "1999", None), ("00", "DATE", "2000", None)]),
    ("It lasted from 2015-2016.", [("2015", "DATE", "2015", None), ("2016", "DATE", "2016", None)]),
    ("The cohort 2019-05 was studied.", [("2019", "DATE", "2019", None)]),  # not a later year
    # "'09" after a preposition is a year; "'80s" stays a decade; a quoted word is not a year
    ("The firm was sold in '09.", [("'09", "DATE", "2009", None)]),
    ("The band was big in the '80s.", [("the '80s", "DATE", "198", None)]),
    ("He sang '99 Problems' on stage.", []),
    # the first hour of a range takes the a.m./p.m. of the second
    ("The office is open between 2 and 4 p.m.",
     [("2", "TIME", "2022-02-17T14:00", None), ("4 p.m.", "TIME", "2022-02-17T16:00", None)]),
    ("The clinic opens from 9 to 11 a.m.",
     [("9", "TIME", "2022-02-17T09:00", None), ("11 a.m.", "TIME", "2022-02-17T11:00", None)]),
    ("The team won 3-2 at 4 p.m.", [("4 p.m.", "TIME", "2022-02-17T16:00", None)]),
    # US and European time zones belong to the clock time, as GMT and EST do
    ("Trading opens at 9:30 a.m. ET.", [("9:30 a.m. ET", "TIME", "2022-02-17T09:30", None)]),
    ("The show airs at 8 p.m. PT.", [("8 p.m. PT", "TIME", "2022-02-17T20:00", None)]),
    ("The match starts at 9 p.m. CET.", [("9 p.m. CET", "TIME", "2022-02-17T21:00", None)]),
    # "mid-day" is noon, like "midday"
    ("Protests began at mid-day.", [("mid-day", "TIME", "2022-02-17T12:00", None)]),
    # "the spring of last year": the season of the year named
    ("It happened in the spring of last year.", [("the spring of last year", "DATE", "2021-SP", None)]),
    ("Talks resume in the summer of next year.", [("the summer of next year", "DATE", "2023-SU", None)]),
    ("The fall of the regime came last year.", [("last year", "DATE", "2021", None)]),
    # "every morning" is a SET of parts of days ("every two nights" stays a period of days)
    ("He jogs every morning.", [("every morning", "SET", "XXXX-XX-XXTMO", None)]),
    ("Each night, he prays.", [("Each night", "SET", "XXXX-XX-XXTNI", None)]),
    ("They meet every two nights.", [("every two nights", "SET", "P2D", None)]),
    # "end-March", "end-2021": the period's end, as "mid-March" is its middle
    ("The report is due by end-March.", [("end-March", "DATE", "2022-03", "END")]),
    ("Debt rose to $5 billion at end-2021.", [("end-2021", "DATE", "2021", "END")]),
    ("The end-user pays.", []),
    # days of the church year counted from Easter, and other named days
    ("The pope says Mass on Palm Sunday.", [("Palm Sunday", "DATE", "2022-04-10", None)]),
    ("Lent began on Ash Wednesday.", [("Ash Wednesday", "DATE", "2021-02-17", None)]),
    ("Shops close on Easter Monday 2021.", [("Easter Monday 2021", "DATE", "2021-04-05", None)]),
    ("He was sworn in on Inauguration Day.", [("Inauguration Day", "DATE", "2022-01-20", None)]),
    # "the week ahead" is "the coming week"; plural units stay vague durations
    ("Markets are nervous about the week ahead.", [("the week ahead", "DATE", "2022-W08", None)]),
    ("Challenges remain in the year ahead.", [("the year ahead", "DATE", "2023", None)]),
    ("Talks continue in the days ahead.", [("the days ahead", "DURATION", "PXD", None)]),
    ("He planned a year ahead.", [("a year", "DURATION", "P1Y", None)]),
    # "the closing months of 2021": the end of the period named, like "the last days of"
    ("Growth slowed in the closing months of 2021.",
     [("the closing months of 2021", "DATE", "2021", "END")]),
    ("The early weeks of January were calm.", [("The early weeks of January", "DATE", "2022-01", "START")]),
    ("The final months of the war were bloody.", []),
    ("Roads close in the winter months.", [("the winter months", "DATE", "2022-WI", None)]),
    # "the latter half of the year" is the second half; without a year it is not a date
    ("Sales fell in the latter half of 2021.", [("the latter half of 2021", "DATE", "2021-H2", None)]),
    ("The latter half of the game was dull.", []),
    # "on weekends", "at weekends": every weekend
    ("The shop opens on weekends.", [("weekends", "SET", "XXXX-WXX-WE", None)]),
    ("Pubs are busy at weekends.", [("weekends", "SET", "XXXX-WXX-WE", None)]),
    # "some day" (a vague future, left untagged like "someday") is not a length of days
    ("He hopes to return some day.", []),
    ("It took some days.", [("some days", "DURATION", "PXD", None)]),
    # "the decade since the invasion": the time elapsed since an event, a length like "the two years since"
    ("Iraq changed in the decade since the invasion.", [("the decade", "DURATION", "P10Y", None)]),
    ("Prices rose in the year since the vote.", [("the year", "DURATION", "P1Y", None)]),
    ("Protests grew in the weeks since the election.", [("the weeks", "DURATION", "PXW", None)]),
    ("Since the election, he has been busy.", []),
    # a verb whose object is a length of time: "could take months", as "could last months"
    ("The talks could take months.", [("months", "DURATION", "PXM", None)]),
    ("He spent years in hiding.", [("years", "DURATION", "PXY", None)]),
    ("Voters waited hours to cast ballots.", [("hours", "DURATION", "PTXH", None)]),
    ("The months passed.", []),
    # "St Patrick's Day" written without the period (British style)
    ("Crowds marched on St Patrick's Day.", [("St Patrick's Day", "DATE", "2021-03-17", None)]),
    # "average daily volume": a rate, untagged like "$5 a year" (TimeBank: 2 of 2); "daily tally" is a set
    ("Average daily volume rose 5 percent.", []),
    ("The agency gives the daily tally.", [("daily", "SET", "P1D", None)]),
    # "the year to March" (British) is twelve months, like "the year ended March 31"
    ("Prices rose 3 percent in the year to January.",
     [("the year", "DURATION", "P1Y", None), ("January", "DATE", "2022-01", None)]),
    ("He devoted the year to Mayan studies.", [("the year", "DATE", "2022", None)]),
    # "comes a day after the vote": a distance in time, never a rate like "six buses a day"
    ("The rally comes a day after the vote.", [("a day", "DURATION", "P1D", None)]),
    ("The plant makes six buses a day.", []),
    # "every few months" is a set (of a vague period), as "every four years" is
    ("Talks are held every few months.", [("every few months", "SET", "PXM", None)]),
    ("They meet every couple of weeks.", [("every couple of weeks", "SET", "PXW", None)]),
    ("He calls every day.", [("every day", "SET", "P1D", None)]),
]


@pytest.mark.parametrize("sentence,expected", ROWS, ids=[row[0][:40] for row in ROWS])
def test_expression(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    found = [(t.text, t.type, t.value, t.mod) for t in tag_text(sentence, DCT)]
    assert found == expected
