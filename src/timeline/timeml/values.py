"""The calendar interval a TIMEX3 ``value`` names, for values read from gold annotations.

TimeML writes a point or period of the calendar as an ISO-8601-like string:
``1998``, ``1998-02``, ``1998-02-13``, ``1998-W07``, ``1998-Q1``, ``1998-H1``,
``1998-SU`` (season), ``199`` (decade), ``19`` (century), ``1998-02-13T14:30``
and ``1998-02-13TMO`` (part of day). :func:`interval_of_value` reads those;
durations (``P3D``), references (``PRESENT_REF``) and values with unknown
digits (``XXXX-02``) name no interval and give ``None``.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.model import Granularity, Interval
from timeline.times.units import SEASON_CODES, interval_of, shift

__all__ = ["interval_of_value"]

_UNITS = {"Q": Granularity.QUARTER, "H": Granularity.HALF}
#: Parts of the day as TIMEX3 codes, with their hours [start, end).
_PARTS_OF_DAY = {"MO": (6, 12), "MI": (11, 13), "AF": (12, 18), "EV": (18, 22), "NI": (20, 24), "DT": (9, 17)}
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2})(?::(\d{2}))?(?::(\d{2}))?")


def interval_of_value(value: str) -> tuple[Granularity, Interval] | None:
    """The granularity and interval of the TIMEX3 ``value``, or ``None`` when it names no calendar interval.

    >>> granularity, interval = interval_of_value("1998-Q1")
    >>> granularity.value, interval.start.date(), interval.end.date()
    ('quarter', datetime.date(1998, 1, 1), datetime.date(1998, 4, 1))
    >>> interval_of_value("1998-02-13TEV")[1].start
    datetime.datetime(1998, 2, 13, 18, 0)
    >>> interval_of_value("P3D") is None, interval_of_value("XXXX-02") is None
    (True, True)
    """
    try:
        if re.fullmatch(r"\d{4}", value):
            return Granularity.YEAR, interval_of(dt.date(int(value), 1, 1), Granularity.YEAR)
        if re.fullmatch(r"\d{3}", value):
            return Granularity.DECADE, _years(int(value) * 10, 10)
        if re.fullmatch(r"\d{2}", value):
            return Granularity.CENTURY, _years(int(value) * 100, 100)
        if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
            return Granularity.MONTH, Interval.month(int(match[1]), int(match[2]))
        if match := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return Granularity.WEEK, interval_of(monday, Granularity.WEEK)
        if match := re.fullmatch(r"(\d{4})-([QH])(\d)", value):
            unit = _UNITS[match[2]]
            months = 3 if unit is Granularity.QUARTER else 6
            first = dt.date(int(match[1]), (int(match[3]) - 1) * months + 1, 1)
            return unit, interval_of(first, unit)
        if (match := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)) is not None:
            return Granularity.SEASON, _season(int(match[1]), match[2])
        if _DATE.fullmatch(value):
            return Granularity.DAY, Interval.day(dt.date.fromisoformat(value))
        if (match := re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI|DT)", value)) is not None:
            day = dt.datetime.fromisoformat(match[1])
            hours = _PARTS_OF_DAY[match[2]]
            return Granularity.PART_OF_DAY, Interval(
                day + dt.timedelta(hours=hours[0]), day + dt.timedelta(hours=hours[1])
            )
        if (match := _TIME.fullmatch(value)) is not None:
            return _clock(match)
    except ValueError:  # digits that name no real date ("1998-02-30", "1998-W60")
        return None
    return None


def _years(first: int, count: int) -> Interval:
    return Interval(dt.datetime(max(first, dt.MINYEAR), 1, 1), dt.datetime(first + count, 1, 1))


def _season(year: int, code: str) -> Interval:
    # As the resolver counts seasons: winter "1998-WI" is December 1998 to February 1999.
    start = dt.date(year, SEASON_CODES[code], 1)
    end = shift(start, Granularity.MONTH, 3)
    return Interval(dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time()))


def _clock(match: re.Match[str]) -> tuple[Granularity, Interval]:
    day = dt.datetime.fromisoformat(match[1])
    hour, minute, second = int(match[2]), match[3], match[4]
    start = day.replace(hour=hour, minute=int(minute or 0), second=int(second or 0))
    if second is not None:
        return Granularity.SECOND, Interval(start, start + dt.timedelta(seconds=1))
    if minute is not None:
        return Granularity.MINUTE, Interval(start, start + dt.timedelta(minutes=1))
    return Granularity.HOUR, Interval(start, start + dt.timedelta(hours=1))
