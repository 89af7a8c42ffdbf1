"""The producers by name: what turns a rule's match into a reading.

A rule in a language's ``rules.toml`` names its producer in ``reading``; the
producers themselves live in :mod:`timeline.times.produce_dates` (calendar
readings) and :mod:`timeline.times.produce_relative` (readings counted from an
anchor).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from timeline.times.produce_dates import (
    anaphoric_weekday,
    calendar_date,
    century,
    date_range,
    decade,
    fixed_holiday,
    holiday,
    numeric_date,
    parsed_date,
    quarter,
    season,
    weekday,
    year_range,
)
from timeline.times.produce_relative import (
    anaphoric_unit,
    clock,
    duration,
    every,
    offset_unit,
    part_of_day,
    recurrence,
    reference,
    relative_day,
    relative_unit,
    the_weekend,
    unit_end,
    vague_stretch,
)
from timeline.times.readings import Reading
from timeline.times.vocabulary import Vocabulary

__all__ = ["PRODUCERS", "Producer"]

Producer = Callable[[Mapping[str, str], Vocabulary], Reading | None]

#: Producers by the name rules use in ``reading``.
PRODUCERS: Mapping[str, Producer] = {
    "calendar_date": calendar_date,
    "numeric_date": numeric_date,
    "parsed_date": parsed_date,
    "year_range": year_range,
    "date_range": date_range,
    "weekday": weekday,
    "anaphoric_weekday": anaphoric_weekday,
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
