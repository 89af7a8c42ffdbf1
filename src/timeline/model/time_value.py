"""What a time expression means: its TIMEX3 type and value, and the stretch of time it covers.

A :class:`TimeValue` is the normalized meaning of one time expression, in the
vocabulary of TimeML's TIMEX3 tag (``type``, ``value``, ``mod``, ``freq``,
``quant``), plus what TIMEX3 leaves implicit: the interval ``[start, end)`` that
the value covers on the calendar, and its granularity. A range such as
"1950-1953" is a ``DURATION`` with a ``begin`` and an ``end`` value, the way
TIMEX3 writes ``beginPoint`` and ``endPoint``.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

__all__ = ["Granularity", "Interval", "Mod", "TimeValue", "TimexType", "as_moment"]


class TimexType(enum.StrEnum):
    """The four TIMEX3 types.

    >>> TimexType("DATE") is TimexType.DATE
    True
    """

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(enum.StrEnum):
    """The calendar unit a value is stated in, coarsest first.

    >>> Granularity.DAY.is_finer_than(Granularity.YEAR)
    True
    """

    MILLENNIUM = "millennium"
    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part_of_day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"

    def is_finer_than(self, other: Granularity) -> bool:
        """Whether this unit is smaller than ``other``."""
        order = list(Granularity)
        return order.index(self) > order.index(other)


class Mod(enum.StrEnum):
    """TIMEX3 ``mod`` values: how the text hedges or narrows a value.

    >>> Mod.APPROX.value
    'APPROX'
    """

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"


def _check_order(instance: Interval, _attribute: object, end: dt.datetime) -> None:
    if end < instance.start:
        msg = f"an interval cannot end ({end.isoformat()}) before it starts ({instance.start.isoformat()})"
        raise ValueError(msg)


@attrs.frozen
class Interval:
    """A half-open stretch of calendar time ``[start, end)``, naive local time of the text.

    >>> day = Interval.day(dt.date(2020, 6, 8))
    >>> day.start.date(), day.end.date()
    (datetime.date(2020, 6, 8), datetime.date(2020, 6, 9))
    >>> day.contains(dt.datetime(2020, 6, 8, 15))
    True
    """

    start: dt.datetime
    end: dt.datetime = attrs.field(validator=_check_order)

    @classmethod
    def day(cls, date: dt.date) -> Interval:
        """The whole calendar day ``date``."""
        start = dt.datetime.combine(date, dt.time())
        # The last representable day ends at the last representable moment.
        end = start + dt.timedelta(days=1) if date < dt.date.max else dt.datetime.max
        return cls(start, end)

    @classmethod
    def years(cls, first: int, last: int) -> Interval:
        """Calendar years ``first`` to ``last``, both included.

        >>> Interval.years(1950, 1953).end
        datetime.datetime(1954, 1, 1, 0, 0)
        """
        end = dt.datetime(last + 1, 1, 1) if last < dt.MAXYEAR else dt.datetime.max
        return cls(dt.datetime(first, 1, 1), end)

    @classmethod
    def month(cls, year: int, month: int) -> Interval:
        """The calendar month ``month`` of ``year``.

        >>> Interval.month(2020, 12).end
        datetime.datetime(2021, 1, 1, 0, 0)
        """
        first = dt.datetime(year, month, 1)
        if year == dt.MAXYEAR and month == 12:
            return cls(first, dt.datetime.max)
        return cls(first, dt.datetime(year + month // 12, month % 12 + 1, 1))

    def contains(self, moment: dt.datetime) -> bool:
        """Whether ``moment`` falls inside the interval."""
        return self.start <= moment < self.end

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share any moment.

        >>> Interval.years(1950, 1953).overlaps(Interval.years(1953, 1953))
        True
        """
        return self.start < other.end and other.start < self.end

    def starting_point(self, granularity: Granularity) -> Interval:
        """The first unit of the interval at ``granularity`` (year, month, else day).

        >>> Interval.years(1950, 1953).starting_point(Granularity.YEAR).end.year
        1951
        """
        return _unit_at(self.start, granularity, self)

    def ending_point(self, granularity: Granularity) -> Interval:
        """The last unit of the interval at ``granularity`` (year, month, else day).

        >>> Interval.years(1950, 1953).ending_point(Granularity.YEAR).start.year
        1953
        """
        last_moment = self.end - dt.timedelta(microseconds=1) if self.end > self.start else self.start
        return _unit_at(last_moment, granularity, self)


def _unit_at(moment: dt.datetime, granularity: Granularity, within: Interval) -> Interval:
    """The calendar unit (year, month or day) that holds ``moment``, cut to ``within``."""
    if granularity is Granularity.YEAR:
        unit = Interval.years(moment.year, moment.year)
    elif granularity is Granularity.MONTH:
        unit = Interval.month(moment.year, moment.month)
    else:
        unit = Interval.day(moment.date())
    start = max(unit.start, within.start)
    return Interval(start, max(min(unit.end, within.end), start))


@attrs.frozen
class TimeValue:
    """The normalized meaning of a time expression, in TIMEX3 terms.

    ``interval`` is set where the value denotes a definite stretch of calendar
    time (``2020-06-08``, ``1950``); it is ``None`` for durations without a
    position, sets, and references such as ``PAST_REF``. ``begin`` and ``end``
    hold the two ends of a range.

    >>> monday = TimeValue(
    ...     TimexType.DATE, "2020-06-08", Granularity.DAY, Interval.day(dt.date(2020, 6, 8))
    ... )
    >>> monday.value, monday.is_range
    ('2020-06-08', False)
    """

    type: TimexType
    value: str
    granularity: Granularity | None = None
    interval: Interval | None = None
    mod: Mod | None = None
    freq: str | None = None
    quant: str | None = None
    begin: TimeValue | None = None
    end: TimeValue | None = None

    @property
    def is_range(self) -> bool:
        """Whether the value is a range with two stated ends ("1950-1953")."""
        return self.begin is not None and self.end is not None

    @property
    def notation(self) -> str:
        """The value in ISO-8601 style; a range as ``begin/end``.

        >>> TimeValue(TimexType.DATE, "1950").notation
        '1950'
        """
        if self.begin is not None and self.end is not None:
            return f"{self.begin.value}/{self.end.value}"
        return self.value

    def describe(self) -> str:
        """A short human reading of the value, for tables.

        >>> TimeValue(TimexType.SET, "P1D", Granularity.DAY).describe()
        'every P1D'
        """
        if self.begin is not None and self.end is not None:
            return f"{self.begin.value} to {self.end.value}"
        if self.type is TimexType.SET:
            return f"every {self.value}"
        return self.value


def as_moment(moment: dt.date | dt.datetime) -> dt.datetime:
    """``moment`` as a naive datetime: a date means midnight at its start; a time zone is dropped.

    >>> as_moment(dt.date(2020, 6, 9))
    datetime.datetime(2020, 6, 9, 0, 0)
    """
    if isinstance(moment, dt.datetime):
        return moment.replace(tzinfo=None)
    return dt.datetime.combine(moment, dt.time())
