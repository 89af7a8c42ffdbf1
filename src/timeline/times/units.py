"""Calendar arithmetic at a granularity: the unit that holds a day, moving by whole units, TIMEX3 values.

Everything relative ("last year", "two weeks ago", "the third quarter")
comes down to three operations on a day and a unit: the unit that holds the
day, the same unit ``n`` steps away, and how TIMEX3 writes it (``1989``,
``1989-Q3``, ``1989-10``, ``1989-W43``, ``1989-10-26``, ``198``, ``19``).
"""

from __future__ import annotations

import datetime as dt

from timeline.model import Granularity, Interval

__all__ = ["SEASON_CODES", "interval_of", "months_per_unit", "shift", "unit_start", "value_of"]

#: TIMEX3 season codes in calendar order of their start months (northern hemisphere).
SEASON_CODES = {"WI": 12, "SP": 3, "SU": 6, "FA": 9}
_MONTHS_PER_UNIT = {
    Granularity.YEAR: 12,
    Granularity.HALF: 6,
    Granularity.QUARTER: 3,
    Granularity.MONTH: 1,
    Granularity.DECADE: 120,
    Granularity.CENTURY: 1200,
    Granularity.MILLENNIUM: 12000,
}


def months_per_unit(granularity: Granularity) -> int:
    """How many months a calendar unit of ``granularity`` holds (year and coarser, down to month).

    >>> months_per_unit(Granularity.QUARTER)
    3
    """
    months = _MONTHS_PER_UNIT.get(granularity)
    if months is None:
        msg = f"a {granularity.value} is not a whole number of months"
        raise ValueError(msg)
    return months


def unit_start(day: dt.date, granularity: Granularity) -> dt.date:
    """The first day of the ``granularity`` unit that holds ``day``.

    >>> unit_start(dt.date(1989, 10, 26), Granularity.QUARTER)
    datetime.date(1989, 10, 1)
    >>> unit_start(dt.date(2020, 6, 10), Granularity.WEEK)
    datetime.date(2020, 6, 8)
    """
    if granularity is Granularity.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if granularity is Granularity.DAY:
        return day
    months = _MONTHS_PER_UNIT.get(granularity)
    if months is None:
        msg = f"no calendar unit for granularity {granularity.value!r}"
        raise ValueError(msg)
    index = (day.year * 12 + day.month - 1) // months * months
    return dt.date(max(index // 12, dt.MINYEAR), index % 12 + 1, 1)


def shift(day: dt.date, granularity: Granularity, steps: int) -> dt.date:
    """The start of the unit ``steps`` units after (before, if negative) the one holding ``day``.

    Raises ``OverflowError`` past either end of the calendar.

    >>> shift(dt.date(1989, 10, 26), Granularity.YEAR, -1)
    datetime.date(1988, 1, 1)
    >>> shift(dt.date(1989, 10, 26), Granularity.DAY, -2)
    datetime.date(1989, 10, 24)
    """
    start = unit_start(day, granularity)
    if granularity is Granularity.DAY:
        return start + dt.timedelta(days=steps)
    if granularity is Granularity.WEEK:
        return start + dt.timedelta(weeks=steps)
    index = start.year * 12 + start.month - 1 + steps * _MONTHS_PER_UNIT[granularity]
    year = index // 12
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        msg = f"{steps} {granularity.value}(s) from {day.isoformat()} is outside the calendar"
        raise OverflowError(msg)
    return dt.date(year, index % 12 + 1, 1)


def interval_of(day: dt.date, granularity: Granularity) -> Interval:
    """The interval of the ``granularity`` unit that holds ``day``.

    >>> interval_of(dt.date(1989, 10, 26), Granularity.QUARTER).end
    datetime.datetime(1990, 1, 1, 0, 0)
    """
    start = unit_start(day, granularity)
    begin = dt.datetime.combine(start, dt.time())
    try:
        end = dt.datetime.combine(shift(start, granularity, 1), dt.time())
    except (OverflowError, ValueError):
        end = dt.datetime.max
    return Interval(begin, end)


def value_of(day: dt.date, granularity: Granularity) -> str:
    """The TIMEX3 value of the ``granularity`` unit that holds ``day``.

    >>> [value_of(dt.date(1989, 10, 26), g) for g in (Granularity.YEAR, Granularity.QUARTER,
    ...     Granularity.MONTH, Granularity.WEEK, Granularity.DAY, Granularity.DECADE, Granularity.CENTURY)]
    ['1989', '1989-Q4', '1989-10', '1989-W43', '1989-10-26', '198', '19']
    """
    if granularity is Granularity.DAY:
        return day.isoformat()
    if granularity is Granularity.WEEK:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity is Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if granularity is Granularity.QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity is Granularity.HALF:
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if granularity is Granularity.YEAR:
        return f"{day.year:04d}"
    if granularity is Granularity.DECADE:
        return f"{day.year // 10:03d}"
    if granularity is Granularity.CENTURY:
        return f"{day.year // 100:02d}"
    if granularity is Granularity.MILLENNIUM:
        return f"{day.year // 1000}"
    msg = f"no TIMEX3 value for granularity {granularity.value!r}"
    raise ValueError(msg)
