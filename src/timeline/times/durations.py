"""TIMEX3 duration values: "three years" is ``P3Y``, "5 1/2 hours" ``PT5H30M``, "weeks" ``PXW``."""

from __future__ import annotations

import datetime as dt

from timeline.model import Anchor, Granularity, Interval, TimeValue, TimexType
from timeline.times.context import ResolutionContext
from timeline.times.dates import add_units
from timeline.times.readings import DurationReading

__all__ = ["duration_value", "resolve_duration"]

# TIMEX3 designator of each unit, and whether it belongs after the "T" (clock units).
_DESIGNATORS: dict[Granularity, tuple[str, bool]] = {
    Granularity.MILLENNIUM: ("ML", False),
    Granularity.CENTURY: ("CE", False),
    Granularity.DECADE: ("DE", False),
    Granularity.YEAR: ("Y", False),
    Granularity.HALF: ("H", False),
    Granularity.QUARTER: ("Q", False),
    Granularity.SEASON: ("S", False),
    Granularity.MONTH: ("M", False),
    Granularity.WEEK: ("W", False),
    Granularity.DAY: ("D", False),
    Granularity.PART_OF_DAY: ("H", True),
    Granularity.HOUR: ("H", True),
    Granularity.MINUTE: ("M", True),
    Granularity.SECOND: ("S", True),
}
# A fraction of a unit, said in the next smaller unit ("2 1/2 years" is two years and six months).
_SMALLER: dict[Granularity, tuple[Granularity, int]] = {
    Granularity.YEAR: (Granularity.MONTH, 12),
    Granularity.MONTH: (Granularity.DAY, 30),
    Granularity.WEEK: (Granularity.DAY, 7),
    Granularity.DAY: (Granularity.HOUR, 24),
    Granularity.HOUR: (Granularity.MINUTE, 60),
    Granularity.MINUTE: (Granularity.SECOND, 60),
}


def _part(amount: int, unit: Granularity) -> tuple[str, bool]:
    designator, clock = _DESIGNATORS[unit]
    return f"{amount}{designator}", clock


# Decades and centuries are said in years, as TimeML corpora write them ("two decades" is P20Y).
_IN_YEARS = {Granularity.DECADE: 10, Granularity.CENTURY: 100, Granularity.MILLENNIUM: 1000}


def duration_value(amount: float | None, unit: Granularity) -> str:
    """The TIMEX3 value of ``amount`` units; ``None`` is an unstated amount.

    >>> duration_value(3, Granularity.YEAR), duration_value(2.5, Granularity.YEAR)
    ('P3Y', 'P2Y6M')
    >>> duration_value(16, Granularity.HOUR), duration_value(None, Granularity.WEEK)
    ('PT16H', 'PXW')
    >>> duration_value(2, Granularity.DECADE)
    'P20Y'
    """
    if unit in _IN_YEARS:
        return duration_value(None if amount is None else amount * _IN_YEARS[unit], Granularity.YEAR)
    if amount is None:
        designator, clock = _DESIGNATORS[unit]
        return f"PTX{designator}" if clock else f"PX{designator}"
    whole = int(amount)
    parts = [_part(whole, unit)] if whole else []
    fraction = amount - whole
    if fraction:
        if unit not in _SMALLER:
            return ("PT" if _DESIGNATORS[unit][1] else "P") + f"{amount:g}{_DESIGNATORS[unit][0]}"
        smaller, per = _SMALLER[unit]
        parts.append(_part(round(fraction * per), smaller))
    if not parts:
        parts = [_part(0, unit)]
    date_parts = "".join(text for text, clock in parts if not clock)
    clock_parts = "".join(text for text, clock in parts if clock)
    return "P" + date_parts + (f"T{clock_parts}" if clock_parts else "")


def resolve_duration(reading: DurationReading, context: ResolutionContext) -> tuple[TimeValue, Anchor]:
    """A duration, with the interval it covers where the text places it ("the past five years").

    >>> past = DurationReading(5, Granularity.YEAR, around="past")
    >>> value, _ = resolve_duration(past, ResolutionContext(dt.date(2020, 6, 9)))
    >>> value.value, value.interval.start.date(), value.interval.end.date()
    ('P5Y', datetime.date(2015, 6, 10), datetime.date(2020, 6, 10))
    """
    length = duration_value(reading.amount, reading.unit)
    anchor = context.anchor_date
    if (
        reading.around is None
        or anchor is None
        or reading.amount is None
        or reading.amount != int(reading.amount)
    ):
        return TimeValue(TimexType.DURATION, length, reading.unit), Anchor.absolute()
    try:
        if reading.around == "past":
            end = anchor + dt.timedelta(days=1)
            start = add_units(end, reading.unit, -int(reading.amount))
        else:
            start = anchor
            end = add_units(start, reading.unit, int(reading.amount))
    except (OverflowError, ValueError):
        return TimeValue(TimexType.DURATION, length, reading.unit), Anchor.absolute()
    interval = Interval(dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time()))
    return TimeValue(TimexType.DURATION, length, reading.unit, interval), context.anchor()
