"""Calendar intervals of gold TIMEX3 values."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import normalize
from timeline.model import Granularity
from timeline.timeml.values import interval_of_value


@pytest.mark.parametrize(
    ("value", "granularity", "start", "end"),
    [
        ("1998", Granularity.YEAR, dt.datetime(1998, 1, 1), dt.datetime(1999, 1, 1)),
        ("199", Granularity.DECADE, dt.datetime(1990, 1, 1), dt.datetime(2000, 1, 1)),
        ("19", Granularity.CENTURY, dt.datetime(1900, 1, 1), dt.datetime(2000, 1, 1)),
        ("1998-02", Granularity.MONTH, dt.datetime(1998, 2, 1), dt.datetime(1998, 3, 1)),
        ("1998-W07", Granularity.WEEK, dt.datetime(1998, 2, 9), dt.datetime(1998, 2, 16)),
        ("1998-Q4", Granularity.QUARTER, dt.datetime(1998, 10, 1), dt.datetime(1999, 1, 1)),
        ("1998-H1", Granularity.HALF, dt.datetime(1998, 1, 1), dt.datetime(1998, 7, 1)),
        ("1998-SU", Granularity.SEASON, dt.datetime(1998, 6, 1), dt.datetime(1998, 9, 1)),
        ("1998-WI", Granularity.SEASON, dt.datetime(1998, 12, 1), dt.datetime(1999, 3, 1)),
        ("1998-02-13", Granularity.DAY, dt.datetime(1998, 2, 13), dt.datetime(1998, 2, 14)),
        ("1998-02-13TNI", Granularity.PART_OF_DAY, dt.datetime(1998, 2, 13, 20), dt.datetime(1998, 2, 14)),
        ("1998-02-13T09", Granularity.HOUR, dt.datetime(1998, 2, 13, 9), dt.datetime(1998, 2, 13, 10)),
        (
            "1998-02-13T09:30",
            Granularity.MINUTE,
            dt.datetime(1998, 2, 13, 9, 30),
            dt.datetime(1998, 2, 13, 9, 31),
        ),
        (
            "1998-02-13T09:30:05",
            Granularity.SECOND,
            dt.datetime(1998, 2, 13, 9, 30, 5),
            dt.datetime(1998, 2, 13, 9, 30, 6),
        ),
    ],
)
def test_values_with_an_interval(
    value: str, granularity: Granularity, start: dt.datetime, end: dt.datetime
) -> None:
    read = interval_of_value(value)
    assert read is not None
    assert read[0] is granularity
    assert (read[1].start, read[1].end) == (start, end)


@pytest.mark.parametrize(
    "value",
    ["P3D", "PT2H", "PRESENT_REF", "PAST_REF", "XXXX-02", "1998-WXX", "1998-02-30", "1998-W60", "", "soon"],
)
def test_values_without_an_interval(value: str) -> None:
    assert interval_of_value(value) is None


def test_season_matches_the_resolver() -> None:
    resolved = normalize("last winter", "1999-06-01").value
    read = interval_of_value(resolved.value)
    assert read is not None
    assert resolved.interval == read[1]
