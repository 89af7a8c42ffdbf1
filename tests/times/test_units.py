from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.model import Granularity
from timeline.times.units import interval_of, months_per_unit, shift, unit_start, value_of

DAY = dt.date(1989, 10, 26)
UNITS = [
    Granularity.CENTURY,
    Granularity.DECADE,
    Granularity.YEAR,
    Granularity.HALF,
    Granularity.QUARTER,
    Granularity.MONTH,
    Granularity.WEEK,
    Granularity.DAY,
]


@pytest.mark.parametrize(
    ("granularity", "value"),
    [
        (Granularity.CENTURY, "19"),
        (Granularity.DECADE, "198"),
        (Granularity.YEAR, "1989"),
        (Granularity.HALF, "1989-H2"),
        (Granularity.QUARTER, "1989-Q4"),
        (Granularity.MONTH, "1989-10"),
        (Granularity.WEEK, "1989-W43"),
        (Granularity.DAY, "1989-10-26"),
    ],
)
def test_value_of(granularity: Granularity, value: str) -> None:
    assert value_of(DAY, granularity) == value


def test_shift_moves_whole_units() -> None:
    assert shift(DAY, Granularity.QUARTER, -1) == dt.date(1989, 7, 1)
    assert shift(DAY, Granularity.WEEK, 1) == dt.date(1989, 10, 30)
    assert shift(DAY, Granularity.DECADE, -1) == dt.date(1970, 1, 1)


def test_shift_outside_the_calendar() -> None:
    with pytest.raises(OverflowError):
        shift(dt.date(9999, 6, 1), Granularity.YEAR, 1)


def test_months_per_unit_refuses_weeks() -> None:
    assert months_per_unit(Granularity.HALF) == 6
    with pytest.raises(ValueError, match="not a whole number of months"):
        months_per_unit(Granularity.WEEK)


@given(st.dates(min_value=dt.date(2, 1, 1), max_value=dt.date(9998, 12, 31)), st.sampled_from(UNITS))
def test_the_unit_holds_the_day(day: dt.date, granularity: Granularity) -> None:
    interval = interval_of(day, granularity)
    assert interval.contains(dt.datetime.combine(day, dt.time()))
    assert unit_start(day, granularity) == interval.start.date()
