"""What a time expression says, before it is resolved against an anchor.

Recognition writes a *reading* (HeidelTime's placeholder, made a typed value):
"June 6" is a :class:`CalendarDate` with no year, "last Monday" a
:class:`WeekdayReading` shifted back. Resolution (:mod:`timeline.times.resolve`)
turns a reading into a :class:`~timeline.model.TimeValue` given the
publication date, the clause's tense and the anchoring policy.
"""

from __future__ import annotations

import enum

import attrs

from timeline.model import Granularity

__all__ = [
    "CalendarDate",
    "RangeReading",
    "Reading",
    "RecurrenceReading",
    "Shift",
    "WeekdayReading",
]


class Shift(enum.StrEnum):
    """An explicit direction word before a relative expression ("last Monday").

    >>> Shift("last") is Shift.LAST
    True
    """

    LAST = "last"
    NEXT = "next"
    THIS = "this"


def _check_month(_instance: object, _attribute: object, month: int | None) -> None:
    if month is not None and not 1 <= month <= 12:
        msg = f"month must be 1 to 12, got {month}"
        raise ValueError(msg)


def _check_day(_instance: object, _attribute: object, day: int | None) -> None:
    if day is not None and not 1 <= day <= 31:
        msg = f"day of month must be 1 to 31, got {day}"
        raise ValueError(msg)


@attrs.frozen
class CalendarDate:
    """A date as stated, any part of which may be missing ("June 6", "1950", "June 2020").

    >>> CalendarDate(year=None, month=6, day=6).needs_anchor
    True
    """

    year: int | None = None
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)

    @property
    def needs_anchor(self) -> bool:
        """Whether the year must come from an anchor."""
        return self.year is None


@attrs.frozen
class WeekdayReading:
    """A day of the week (0 = Monday), with an optional shift word.

    >>> WeekdayReading(0).weekday
    0
    """

    weekday: int = attrs.field(validator=attrs.validators.in_(range(7)))
    shift: Shift | None = None


@attrs.frozen
class RangeReading:
    """Two readings that bound a stretch of time ("1950-1953").

    >>> RangeReading(CalendarDate(1950), CalendarDate(1953)).begin.year
    1950
    """

    begin: CalendarDate
    end: CalendarDate


@attrs.frozen
class RecurrenceReading:
    """A set: something recurring every ``period`` ("daily" is one day).

    >>> RecurrenceReading("P1D", Granularity.DAY).period
    'P1D'
    """

    period: str
    granularity: Granularity
    quant: str | None = None


Reading = CalendarDate | WeekdayReading | RangeReading | RecurrenceReading
