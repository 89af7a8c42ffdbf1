"""Producers of readings counted from an anchor: relative days and units, durations, sets, clock times.

Group names are shared by all rules: ``count``, ``unit``, ``direction``,
``shift``, ``relative_day``, ``part``, ``hour``...
"""

from __future__ import annotations

from timeline.model import Granularity, Mod
from timeline.times.numbers import parse_count
from timeline.times.produce_dates import Groups, calendar_date, shift_of
from timeline.times.readings import (
    CalendarDate,
    DurationReading,
    ModifiedReading,
    Reading,
    RecurrenceReading,
    ReferenceReading,
    RelativeReading,
    Shift,
    TimeOfDayReading,
    WeekdayReading,
)
from timeline.times.vocabulary import Vocabulary

# The producers are reached through ``producers.PRODUCERS``.
__all__: list[str] = []

_SHIFT_STEPS = {Shift.LAST: -1, Shift.THIS: 0, Shift.NEXT: 1}


_BACKWARD_WORDS = frozenset({"ago", "earlier", "before", "previously", "back"})


_ANAPHORIC_WORDS = frozenset({"earlier", "later", "before", "after", "afterwards", "afterward"})


def recurrence(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """A set word ("daily") and its period."""
    period, granularity = vocabulary.meaning("recurrence", groups["recurrence"])
    return RecurrenceReading(str(period), Granularity(granularity))


def every(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """A set: "every day", "each year", "each Thursday", "twice a week"."""
    quant = groups["quant"].upper() if "quant" in groups else None
    freq = None
    if "times" in groups:
        times = {"once": 1, "twice": 2, "thrice": 3}.get(groups["times"].lower())
        if times is None:
            counted = parse_count(groups["times"].split()[0], vocabulary)
            times = int(counted) if counted is not None else None
        freq = f"{times}X" if times is not None else None
    if "weekday" in groups:
        number = int(vocabulary.meaning("weekday", groups["weekday"])) + 1
        part = ""
        if "part" in groups:
            part = "T" + str(vocabulary.meaning("part_of_day", groups["part"].lower().removesuffix("s")))
        return RecurrenceReading(f"XXXX-WXX-{number}{part}", Granularity.DAY, quant=quant, freq=freq)
    if "month" in groups:
        month = int(vocabulary.meaning("month", groups["month"]))
        return RecurrenceReading(f"XXXX-{month:02d}", Granularity.MONTH, quant=quant, freq=freq)
    unit = Granularity(vocabulary.meaning("unit", groups["unit"]))
    letter = {Granularity.HOUR: "T1H", Granularity.MINUTE: "T1M"}.get(unit)
    period = f"P{letter}" if letter else f"P1{_designator(unit)}"
    return RecurrenceReading(period, unit, quant=quant, freq=freq)


def _designator(unit: Granularity) -> str:
    return {
        Granularity.YEAR: "Y",
        Granularity.QUARTER: "Q",
        Granularity.MONTH: "M",
        Granularity.WEEK: "W",
        Granularity.DAY: "D",
        Granularity.DECADE: "DE",
        Granularity.CENTURY: "CE",
    }.get(unit, "D")


def relative_day(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Days named from the publication date: "today", "yesterday", "tomorrow"."""
    return RelativeReading(Granularity.DAY, int(vocabulary.meaning("relative_day", groups["relative_day"])))


def relative_unit(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Units picked by a shift word: "last year", "this week", "next month", "last weekend"."""
    shift = shift_of(groups, vocabulary) or Shift.THIS
    if "weekend" in groups:
        return RelativeReading(Granularity.WEEK, _SHIFT_STEPS[shift], weekend=True)
    unit = Granularity(vocabulary.meaning("calendar_unit", groups["unit"]))
    return RelativeReading(unit, _SHIFT_STEPS[shift])


def the_weekend(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """The weekend nearest the publication date ("the weekend"), or the one the tense points to."""
    del groups, vocabulary
    return RelativeReading(Granularity.WEEK, None, weekend=True)


def anaphoric_unit(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Units counted from the last date mentioned: "the next day", "that day", "the day before"."""
    unit = Granularity(vocabulary.meaning("unit", groups["unit"]))
    word = groups.get("step", "same").lower()
    step = {
        "next": 1,
        "following": 1,
        "after": 1,
        "previous": -1,
        "preceding": -1,
        "prior": -1,
        "before": -1,
        "ago": -1,
        "earlier": -1,
    }
    # "year-ago" and "year-earlier" count a year off, as "a year ago" does.
    counted = word in ("ago", "earlier")
    return RelativeReading(unit, step.get(word, 0), anaphoric=True, counted=counted)


def offset_unit(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Units counted off: "two days ago", "a year earlier", "three weeks later", "several years ago"."""
    unit = Granularity(vocabulary.meaning("unit", groups["unit"]))
    count = parse_count(groups["count"], vocabulary)
    direction = " ".join(groups.get("direction", "").lower().split())
    sign = -1 if direction in _BACKWARD_WORDS else 1
    if count is None:
        # "several years ago": somewhere in the past, no date to give.
        return ReferenceReading("PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit in (Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND):
        # "an hour later": the text states the distance, not a clock time.
        return DurationReading(count, unit)
    # "a decade ago" is the year ten years back, not the decade before this one.
    granularity = Granularity.YEAR if unit in (Granularity.DECADE, Granularity.CENTURY) else None
    return RelativeReading(
        unit,
        sign * round(count),
        direction in _ANAPHORIC_WORDS,
        granularity=granularity,
        counted=True,
        # "in three weeks" (the rule's empty direction) reads as a length of time in a past clause.
        within=groups.get("direction") == "",
    )


def vague_stretch(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Unstated stretches on one side of now: "recent years", "the coming months"."""
    del vocabulary
    forward = groups["direction"].lower() in ("coming", "next", "future")
    return ReferenceReading("FUTURE_REF" if forward else "PAST_REF")


def reference(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """References to the present, past or future: "now", "recently", "the future", "current"."""
    if "reference" in groups:
        return ReferenceReading(str(vocabulary.meaning("reference", groups["reference"])))
    return ReferenceReading(str(vocabulary.meaning("reference_adjective", groups["reference_adjective"])))


def duration(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Lengths of time: "three years", "18 months", "10-year", "several weeks", "years"."""
    unit = Granularity(vocabulary.meaning("unit", groups["unit"]))
    count = parse_count(groups["count"], vocabulary) if "count" in groups else None
    if "single" in groups:
        count = 1.0
    if "and_a_half" in groups and count is not None:
        count += 0.5
    if count is not None and count <= 0:
        return None
    if unit is Granularity.SECOND and groups.get("count", "").lower() in ("a", "an"):
        return None  # "a second round" is an ordinal
    if unit is Granularity.QUARTER and groups.get("joiner") == "-" and groups["unit"].lower() == "quarters":
        return None  # "three-quarters of its food" is a fraction
    around = _AROUND.get(groups.get("around", "").lower())
    return DurationReading(count, unit, around)


_AROUND = {"past": "past", "last": "past", "previous": "past", "next": "next", "coming": "next"}


def clock(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Clock times: "10 p.m.", "10:35 a.m. EST Friday", "15:30", "noon", "midnight"."""
    if "noon" in groups:
        hour, minute = (0, 0) if groups["noon"].lower() == "midnight" else (12, 0)
        if hour == 0 and ("weekday" in groups or "relative_day" in groups):
            # "midnight Friday" ends Friday (a deadline): ISO 8601's 24:00 of that day.
            hour = 24
    else:
        hour = int(groups["hour"])
        minute = int(groups.get("minute", "0"))
        meridiem = vocabulary.meaning("meridiem", groups["meridiem"]) if "meridiem" in groups else None
        if meridiem is not None:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if meridiem == "pm" else 0)
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            return None
    return TimeOfDayReading(hour, minute, None, _clock_day(groups, vocabulary), groups.get("zone"))


def _clock_day(
    groups: Groups, vocabulary: Vocabulary
) -> CalendarDate | WeekdayReading | RelativeReading | None:
    if "weekday" in groups:
        return WeekdayReading(int(vocabulary.meaning("weekday", groups["weekday"])))
    if "relative_day" in groups:
        return RelativeReading(
            Granularity.DAY, int(vocabulary.meaning("relative_day", groups["relative_day"]))
        )
    if "month" in groups and "day" in groups:
        reading = calendar_date(groups, vocabulary)
        return reading if isinstance(reading, CalendarDate) else None
    return None


def part_of_day(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Parts of a day: "this morning", "yesterday afternoon", "Friday night", "tonight"."""
    if groups.get("tonight"):
        return TimeOfDayReading(part="NI", day=RelativeReading(Granularity.DAY, 0))
    if groups.get("last_night"):
        return TimeOfDayReading(part="NI", day=RelativeReading(Granularity.DAY, -1))
    part = str(vocabulary.meaning("part_of_day", groups["part"]))
    return TimeOfDayReading(part=part, day=_clock_day(groups, vocabulary))


def unit_end(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """The end of a unit said as one word: "year-end", "the year's end"."""
    del vocabulary, groups
    return ModifiedReading(RelativeReading(Granularity.YEAR, 0), Mod.END)
