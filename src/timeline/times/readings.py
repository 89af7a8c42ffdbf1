"""What a time expression says, before it is resolved against an anchor.

Recognition writes a *reading* (HeidelTime's placeholder, made a typed value):
"June 6" is a :class:`CalendarDate` with no year, "last Monday" a
:class:`WeekdayReading` shifted back, "two years ago" a :class:`RelativeReading`.
Resolution (:mod:`timeline.times.resolve`) turns a reading into a
:class:`~timeline.model.TimeValue` given the publication date, the clause's
tense, the last date the text mentioned and the anchoring policy.
"""

from __future__ import annotations

import enum

import attrs

from timeline.model import Granularity, Mod

__all__ = [
    "CalendarDate",
    "DurationReading",
    "EraReading",
    "HolidayReading",
    "ModifiedReading",
    "QuarterReading",
    "RangeReading",
    "Reading",
    "RecurrenceReading",
    "ReferenceReading",
    "RelativeReading",
    "SeasonReading",
    "Shift",
    "TimeOfDayReading",
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
    """A date as stated, any part of which may be missing ("June 6", "1950", "June 2020", "April").

    ``shift`` is an explicit direction word ("last April"); ``year_offset`` a
    year stated relative to the anchor's ("June last year" is -1). ``week``
    asks for the week that holds the date ("the week of March 6").

    >>> CalendarDate(year=None, month=6, day=6).needs_anchor
    True
    """

    year: int | None = None
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)
    shift: Shift | None = None
    year_offset: int | None = None
    week: bool = False

    @property
    def needs_anchor(self) -> bool:
        """Whether the year must come from an anchor."""
        return self.year is None


@attrs.frozen
class WeekdayReading:
    """A day of the week (0 = Monday), with an optional shift word.

    ``anaphoric`` counts from the date the text is about, not the publication
    date ("the previous Friday", "the following Monday").

    >>> WeekdayReading(0).weekday
    0
    """

    weekday: int = attrs.field(validator=attrs.validators.in_(range(7)))
    shift: Shift | None = None
    anaphoric: bool = False


@attrs.frozen
class RelativeReading:
    """A unit counted from an anchor: "yesterday" (day, -1), "last year" (year, -1), "this week".

    ``offset`` ``None`` means an unstated number ("several years ago").
    ``anaphoric`` readings count from the last date the text mentioned ("a
    year earlier", "the next day"); the others from the publication date.
    ``weekend`` asks for the weekend of the week ("last weekend"); ``granularity``
    overrides the unit's own ("a decade ago" is a year); ``counted`` marks a
    distance the text counts off ("a year ago", not "last year"). ``within``
    marks "in three weeks", which in a past clause is a length of time
    ("built in three weeks"), not a date.

    >>> RelativeReading(Granularity.DAY, -1).offset
    -1
    """

    unit: Granularity
    offset: int | None
    anaphoric: bool = False
    weekend: bool = False
    granularity: Granularity | None = None
    counted: bool = False
    within: bool = False


@attrs.frozen
class QuarterReading:
    """A quarter (or half, with ``unit`` HALF) of a year, the year stated or not ("the third quarter").

    Without a ``number``, ``which`` says which quarter is meant: ``current``
    (the one holding the publication date), ``latest`` (the last whole one
    before it) or ``focus`` (the one the text is about: the last quarter it
    mentioned). ``year_offset`` moves it by whole years ("the year-ago quarter");
    ``publication_year`` puts it in the publication date's year plus that many
    ("next year's first quarter" is 1).

    >>> QuarterReading(3).unit
    <Granularity.QUARTER: 'quarter'>
    """

    number: int | None
    year: int | None = None
    unit: Granularity = Granularity.QUARTER
    year_offset: int = 0
    which: str = attrs.field(default="focus", validator=attrs.validators.in_(("current", "latest", "focus")))
    publication_year: int | None = None


@attrs.frozen
class SeasonReading:
    """A season ("SU", "FA", "WI", "SP") of a stated year, or of the year the tense points to.

    >>> SeasonReading("SU", shift=Shift.LAST).season
    'SU'
    """

    season: str
    year: int | None = None
    shift: Shift | None = None


@attrs.frozen
class EraReading:
    """A decade or century: ``first_year`` 1990 with DECADE is "the 1990s".

    >>> EraReading(1900, Granularity.CENTURY).first_year
    1900
    """

    first_year: int
    unit: Granularity


@attrs.frozen
class ReferenceReading:
    """A reference to the present, past or future: "now" (PRESENT_REF), "recently" (PAST_REF).

    >>> ReferenceReading("PAST_REF").value
    'PAST_REF'
    """

    value: str = attrs.field(validator=attrs.validators.in_(("PRESENT_REF", "PAST_REF", "FUTURE_REF")))


@attrs.frozen
class DurationReading:
    """A length of time: ``amount`` units ("three years"); ``None`` for an unstated amount ("years").

    ``around`` places it: ``past`` ends at the anchor ("the past five years"),
    ``next`` starts there ("the next two weeks").

    >>> DurationReading(3, Granularity.YEAR).amount
    3.0
    """

    amount: float | None = attrs.field(converter=attrs.converters.optional(float))
    unit: Granularity
    around: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(("past", "next")))
    )


@attrs.frozen
class TimeOfDayReading:
    """A clock time or a part of the day, on a stated day or on the day the context gives.

    ``part`` is a TIMEX3 part-of-day code ("MO", "AF", "EV", "NI") where no
    clock time is stated; ``day`` is the day's own reading, if stated.

    >>> TimeOfDayReading(hour=22).hour
    22
    """

    hour: int | None = None
    minute: int | None = None
    part: str | None = None
    day: CalendarDate | WeekdayReading | RelativeReading | None = None
    zone: str | None = None


@attrs.frozen
class HolidayReading:
    """A holiday whose date moves with the year ("Thanksgiving", "Good Friday").

    It is the ``nth`` ``weekday`` of ``month`` counted from its day
    ``first_day``, or ``easter_offset`` days from Easter Sunday.

    ``week`` asks for the week that holds it ("Easter week").

    >>> HolidayReading(month=11, weekday=3, nth=4).nth
    4
    """

    month: int | None = None
    weekday: int | None = None
    nth: int = 1
    first_day: int = 1
    easter_offset: int | None = None
    year: int | None = None
    shift: Shift | None = None
    week: bool = False


@attrs.frozen
class RangeReading:
    """Two readings that bound a stretch of time ("1950-1953", "from June 6 to June 9").

    >>> RangeReading(CalendarDate(1950), CalendarDate(1953)).begin.year
    1950
    """

    begin: CalendarDate | WeekdayReading | RelativeReading | QuarterReading | SeasonReading
    end: CalendarDate | WeekdayReading | RelativeReading | QuarterReading | SeasonReading


@attrs.frozen
class RecurrenceReading:
    """A set: something recurring every ``period`` ("daily" is one day; "each Thursday").

    >>> RecurrenceReading("P1D", Granularity.DAY).period
    'P1D'
    """

    period: str
    granularity: Granularity
    quant: str | None = None
    freq: str | None = None


@attrs.frozen
class ModifiedReading:
    """A reading hedged or narrowed by a modifier: "early 1990" (START), "about three years" (APPROX).

    >>> ModifiedReading(CalendarDate(1990), Mod.START).mod
    <Mod.START: 'START'>
    """

    inner: Reading
    mod: Mod


Reading = (
    CalendarDate
    | WeekdayReading
    | RelativeReading
    | QuarterReading
    | SeasonReading
    | EraReading
    | HolidayReading
    | ReferenceReading
    | DurationReading
    | TimeOfDayReading
    | RangeReading
    | RecurrenceReading
    | ModifiedReading
)
