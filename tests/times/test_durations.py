from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Granularity
from timeline.times.context import ResolutionContext
from timeline.times.durations import duration_value, resolve_duration
from timeline.times.readings import DurationReading


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [
        (3, Granularity.YEAR, "P3Y"),
        (2.5, Granularity.YEAR, "P2Y6M"),
        (1.5, Granularity.DAY, "P1DT12H"),
        (16, Granularity.HOUR, "PT16H"),
        (1.5, Granularity.MINUTE, "PT1M30S"),
        (None, Granularity.WEEK, "PXW"),
        (None, Granularity.HOUR, "PTXH"),
        (2, Granularity.DECADE, "P20Y"),
        (1, Granularity.CENTURY, "P100Y"),
        (3, Granularity.QUARTER, "P3Q"),
    ],
)
def test_duration_values(amount: float | None, unit: Granularity, value: str) -> None:
    assert duration_value(amount, unit) == value


def test_a_duration_placed_before_or_after_the_anchor() -> None:
    context = ResolutionContext(dt.date(2020, 6, 9))
    past, _ = resolve_duration(DurationReading(2, Granularity.WEEK, "past"), context)
    assert past.interval is not None
    assert (past.interval.start.date(), past.interval.end.date()) == (
        dt.date(2020, 5, 27),
        dt.date(2020, 6, 10),
    )
    coming, _ = resolve_duration(DurationReading(3, Granularity.MONTH, "next"), context)
    assert coming.interval is not None
    assert coming.interval.end.date() == dt.date(2020, 9, 9)
    floating, _ = resolve_duration(DurationReading(3, Granularity.MONTH), context)
    assert floating.interval is None
