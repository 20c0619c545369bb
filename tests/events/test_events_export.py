"""ACLED rows: ACLED's columns in ACLED's order, filled from an Event."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st

from dateline.events.export import ACLED_COLUMNS, event_row, write_acled_csv
from dateline.events.taxonomy import SUB_EVENT_TYPES
from dateline.models import Event, Place


def strike() -> Event:
    place = Place(10, 15, "Djibo", name="Djibo", country_code="BF", country="Burkina Faso", admin1="Sahel",
                  latitude=14.1022, longitude=-1.6306, geo_precision=2)
    return Event("Explosions/Remote violence", "Air/drone strike", event_date="2021-03-09", time_precision=1,
                 actor1="Military Forces of Burkina Faso (2015-)", inter1="1",
                 actor2="JNIM: Group for Support of Islam and Muslims", inter2="2", location=place,
                 fatalities=10, notes="The air force struck militants near Djibo.")


def test_row_has_acled_columns_and_values() -> None:
    row = event_row(strike())
    assert list(row) == list(ACLED_COLUMNS)
    assert (row["interaction"], row["iso"], row["iso3"], row["latitude"]) == (12, "854", "BFA", "14.1022")
    assert (row["event_date"], row["year"], row["fatalities"]) == ("2021-03-09", "2021", 10)


def test_partial_dates_are_written_as_their_first_day() -> None:
    event = strike()
    event.event_date = "2020-08"
    assert event_row(event)["event_date"] == "2020-08-01"


def test_no_event_gives_an_empty_row_keeping_ids() -> None:
    row = event_row(None, {"data_id": "7", "notes": "x"})
    assert row["data_id"] == "7" and row["event_type"] == "" and list(row) == list(ACLED_COLUMNS)


def test_csv_header_is_acled() -> None:
    out = io.StringIO()
    assert write_acled_csv(out, [event_row(strike())]) == 1
    assert out.getvalue().splitlines()[0] == ",".join(ACLED_COLUMNS)


@given(st.sampled_from(SUB_EVENT_TYPES), st.integers(0, 500), st.booleans())
def test_any_event_round_trips_and_exports(sub, fatalities, background) -> None:  # type: ignore[no-untyped-def]
    event = Event(sub.event_type, sub.name, event_date="2021-10-01", fatalities=fatalities,
                  background=background, location=strike().location, evidence={"notes": {"start": 0}})
    assert Event.from_dict(event.to_dict()) == event
    row = event_row(event)
    assert list(row) == list(ACLED_COLUMNS) and row["sub_event_type"] == sub.name
