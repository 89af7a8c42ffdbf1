"""Producers: from the named groups of a rule's match to a reading.

A rule in a language's ``rules.toml`` names its producer in ``reading``. A
producer gets the match's groups and the language's vocabulary, and returns a
:class:`~timeline.times.readings.Reading`, or ``None`` to refuse a match that
only looks like a time ("1953-1950" is no range, "February 30" no date).
Group names are shared by all rules: ``year``, ``month``, ``day``,
``weekday``, ``count``, ``unit``, ``shift``, ``direction``, ``ordinal``, ...
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping

import dateparser

from timeline.model import Granularity, Mod
from timeline.times.numbers import parse_count
from timeline.times.readings import (
    CalendarDate,
    DurationReading,
    EraReading,
    HolidayReading,
    ModifiedReading,
    QuarterReading,
    RangeReading,
    Reading,
    RecurrenceReading,
    ReferenceReading,
    RelativeReading,
    SeasonReading,
    Shift,
    TimeOfDayReading,
    WeekdayReading,
)
from timeline.times.vocabulary import Vocabulary

__all__ = ["PRODUCERS", "Producer"]

Producer = Callable[[Mapping[str, str], Vocabulary], Reading | None]
Groups = Mapping[str, str]

# A range written with a two-digit end ("1999-00") spans at most this many years.
_MAX_SHORT_RANGE = 20
_SHIFT_STEPS = {Shift.LAST: -1, Shift.THIS: 0, Shift.NEXT: 1}
_BACKWARD_WORDS = frozenset({"ago", "earlier", "before", "previously", "back"})
_ANAPHORIC_WORDS = frozenset({"earlier", "later", "before", "after", "afterwards", "afterward"})
_YEAR_WORDS = {"last year": -1, "this year": 0, "next year": 1, "the previous year": -1}


def _month(word: str, vocabulary: Vocabulary) -> int:
    if word.isdigit():
        return int(word)
    name = word.rstrip(".")
    table = "month" if vocabulary.has("month", name) else "month_abbreviation"
    return int(vocabulary.meaning(table, name))


def _shift(groups: Groups, vocabulary: Vocabulary) -> Shift | None:
    return Shift(vocabulary.meaning("shift", groups["shift"])) if "shift" in groups else None


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


def calendar_date(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """A date from ``year``, ``month`` and ``day`` groups, any of them missing; ``year_words`` "last year"."""
    year = int(groups["year"]) if "year" in groups else None
    if "spelled_year" in groups:
        year = spelled_year(groups["spelled_year"], vocabulary)
        if year is None:
            return None
    if "short_year" in groups:
        short = int(groups["short_year"])
        year = 1900 + short if short >= 30 else 2000 + short  # "10/26/89" is 1989, "06/06/20" 2020
    month = _month(groups["month"], vocabulary) if "month" in groups else None
    day = _day_number(groups["day"]) if "day" in groups else None
    if month is not None and not 1 <= month <= 12:
        return None
    # February 29 exists only in leap years; without a year, any leap year will do.
    if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        return None
    year_offset = None
    if "year_words" in groups:
        year_offset = _YEAR_WORDS.get(" ".join(groups["year_words"].lower().split()))
    return CalendarDate(
        year=year, month=month, day=day, shift=_shift(groups, vocabulary), year_offset=year_offset
    )


def spelled_year(text: str, vocabulary: Vocabulary) -> int | None:
    """A year in words: "nineteen ninety-six" is 1996, "two thousand" 2000, "two thousand and one" 2001."""
    words = " ".join(text.lower().replace("-", " ").split()).split(" ")
    if words[:2] == ["two", "thousand"]:
        rest = [word for word in words[2:] if word != "and"]
        tail = sum(int(vocabulary.meaning("number", word)) for word in rest) if rest else 0
        return 2000 + tail
    if not words or not vocabulary.has("number", words[0]):
        return None
    century = int(vocabulary.meaning("number", words[0]))
    rest = words[1:]
    if not 10 <= century <= 20 or not rest or not all(vocabulary.has("number", word) for word in rest):
        return None
    return century * 100 + sum(int(vocabulary.meaning("number", word)) for word in rest)


# dateparser's settings for a whole date in an unusual format: all three parts required,
# nothing guessed, no time zone; the language is the rules' own.
_DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DATES_FROM": "past",
}


def parsed_date(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """A whole date in a format the rules do not spell out, read by dateparser ("6-Jun-2020")."""
    del vocabulary
    parsed = dateparser.parse(groups["text"], languages=["en"], settings=_DATEPARSER_SETTINGS)
    if parsed is None:
        return None
    return CalendarDate(year=parsed.year, month=parsed.month, day=parsed.day)


def numeric_date(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """A date written in figures, month first ("10/26/89", "6/6/2020")."""
    return calendar_date(groups, vocabulary)


def year_range(groups: Groups, _vocabulary: Vocabulary) -> Reading | None:
    """A range of years; a two-digit end takes the century of the start ("1998-99")."""
    first = int(groups["first"])
    last_text = groups["last"]
    if len(last_text) == 4:
        last = int(last_text)
    else:
        # "1998-99" stays in the century; "1999-00" crosses into the next one.
        last = first - first % 100 + int(last_text)
        if last <= first:
            last += 100
        if last - first > _MAX_SHORT_RANGE:
            return None
    if last <= first:
        return None
    return RangeReading(CalendarDate(year=first), CalendarDate(year=last))


def date_range(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Two days of one stretch: "June 6-9", "from June 6 to July 2, 2020"."""
    begin = calendar_date({key: groups[key] for key in ("month", "day", "year") if key in groups}, vocabulary)
    end_groups = {"month": groups.get("end_month", groups["month"]), "day": groups["end_day"]}
    if "year" in groups:
        end_groups["year"] = groups["year"]
    end = calendar_date(end_groups, vocabulary)
    if not isinstance(begin, CalendarDate) or not isinstance(end, CalendarDate):
        return None
    if (end.month, end.day) <= (begin.month, begin.day):
        return None
    return RangeReading(begin, end)


def weekday(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """A weekday with an optional shift word."""
    return WeekdayReading(int(vocabulary.meaning("weekday", groups["weekday"])), _shift(groups, vocabulary))


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
        return RecurrenceReading(f"XXXX-WXX-{number}", Granularity.DAY, quant=quant, freq=freq)
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
    shift = _shift(groups, vocabulary) or Shift.THIS
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
        unit, sign * round(count), direction in _ANAPHORIC_WORDS, granularity=granularity, counted=True
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


def quarter(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Quarters and halves: "the third quarter", "the first half of 1990", "the year-ago quarter"."""
    unit = (
        Granularity.HALF if groups.get("unit", "quarter").lower().startswith("half") else Granularity.QUARTER
    )
    number = None
    last = 4 if unit is Granularity.QUARTER else 2
    if groups.get("ordinal", "").lower() == "last":
        # "the last half of 1989" is the second half; without a year, "the last quarter" is the latest.
        if not (groups.get("year") or groups.get("year_after")):
            return QuarterReading(None, None, unit, 0, "latest")
        number = last
    elif "ordinal" in groups:
        number = int(vocabulary.meaning("ordinal", groups["ordinal"]))
    elif "number" in groups:
        number = int(groups["number"])
    if number is not None and not 1 <= number <= (4 if unit is Granularity.QUARTER else 2):
        return None
    stated = groups.get("year") or groups.get("year_after")
    year = int(stated) if stated else None
    context = " ".join(groups.get("context", "").lower().replace("-", " ").split())
    year_offset = -1 if context in _YEAR_BACK_CONTEXTS else 0
    which = _QUARTER_CONTEXTS.get(context, "focus")
    publication_year = None
    if "shift" in groups:
        # "next year's first quarter": the year counts from the publication date's.
        publication_year = {"last": -1, "this": 0, "next": 1}[vocabulary.meaning("shift", groups["shift"])]
    return QuarterReading(number, year, unit, year_offset, which, publication_year)


_YEAR_BACK_CONTEXTS = frozenset(
    {
        "year ago",
        "year earlier",
        "prior year",
        "previous year's",
        "year before",
        "last year",
        "a year ago",
        "a year earlier",
        "the previous year",
        "the prior year",
    }
)
_QUARTER_CONTEXTS = {"latest": "latest", "past": "latest", "most recent": "latest", "current": "current"}


def season(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Seasons: "last fall", "this summer", "spring 2020"."""
    code = str(vocabulary.meaning("season", groups["season"]))
    year = int(groups["year"]) if "year" in groups else None
    reading = SeasonReading(code, year, _shift(groups, vocabulary))
    if "part" in groups:
        # "the early summer", "the late fall"
        return ModifiedReading(reading, Mod.START if groups["part"].lower() == "early" else Mod.END)
    return reading


def decade(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Decades: "the 1990s", "the '90s", "the nineties"."""
    if "decade_year" in groups:
        first = int(groups["decade_year"])
    elif "short_decade" in groups:
        short = int(groups["short_decade"])
        first = 1900 + short
    else:
        first = 1900 + 10 * int(vocabulary.meaning("decade_word", groups["decade_word"]))
    if first % 10:
        return None
    return EraReading(first, Granularity.DECADE)


def century(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Centuries: "the 20th century", "the nineteenth century"."""
    if "century_number" in groups:
        number = int(groups["century_number"].rstrip("stndrh"))
    else:
        number = int(vocabulary.meaning("century_ordinal", groups["century_ordinal"]))
    if not 1 <= number <= 99:
        return None
    return (
        EraReading((number - 1) * 100, Granularity.CENTURY)
        if number > 1
        else EraReading(1, Granularity.CENTURY)
    )


def clock(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Clock times: "10 p.m.", "10:35 a.m. EST Friday", "15:30", "noon", "midnight"."""
    if "noon" in groups:
        hour, minute = (0, 0) if groups["noon"].lower() == "midnight" else (12, 0)
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


def holiday(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """Holidays on a weekday of a month ("Thanksgiving") or counted from Easter ("Good Friday")."""
    year = int(groups["year"]) if "year" in groups else None
    shift = _shift(groups, vocabulary)
    if "easter" in groups:
        offset = int(vocabulary.meaning("easter_holiday", groups["easter"]))
        return HolidayReading(easter_offset=offset, year=year, shift=shift, week="week" in groups)
    month, weekday, nth, first_day = (
        int(part) for part in vocabulary.meaning("weekday_holiday", groups["holiday"])
    )
    return HolidayReading(month=month, weekday=weekday, nth=nth, first_day=first_day, year=year, shift=shift)


def unit_end(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """The end of a unit said as one word: "year-end", "the year's end"."""
    del vocabulary, groups
    return ModifiedReading(RelativeReading(Granularity.YEAR, 0), Mod.END)


def fixed_holiday(groups: Groups, vocabulary: Vocabulary) -> Reading | None:
    """A holiday on a fixed day ("Christmas"), in a stated year or the one the tense gives."""
    month, day = vocabulary.meaning("fixed_holiday", groups["holiday"])
    year = int(groups["year"]) if "year" in groups else None
    return CalendarDate(year=year, month=int(month), day=int(day))


#: Producers by the name rules use in ``reading``.
PRODUCERS: Mapping[str, Producer] = {
    "calendar_date": calendar_date,
    "numeric_date": numeric_date,
    "parsed_date": parsed_date,
    "year_range": year_range,
    "date_range": date_range,
    "weekday": weekday,
    "recurrence": recurrence,
    "every": every,
    "relative_day": relative_day,
    "relative_unit": relative_unit,
    "the_weekend": the_weekend,
    "anaphoric_unit": anaphoric_unit,
    "offset_unit": offset_unit,
    "reference": reference,
    "vague_stretch": vague_stretch,
    "duration": duration,
    "quarter": quarter,
    "season": season,
    "decade": decade,
    "century": century,
    "clock": clock,
    "part_of_day": part_of_day,
    "fixed_holiday": fixed_holiday,
    "holiday": holiday,
    "unit_end": unit_end,
}
