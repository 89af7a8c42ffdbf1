"""A timeline as a pandas ``DataFrame``: the rows of the CSV export, with typed columns.

pandas is optional: install the ``pandas`` extra (``pip install 'news-timeline[pandas]'``).
Without it, :func:`to_dataframe` raises :class:`~timeline.errors.MissingExtraError`
saying so. ``start`` and ``end`` are datetimes at microsecond resolution (``NaT``
where an entry has no interval) and ``salient`` is boolean; the other columns are strings, as in
:mod:`timeline.export.csv`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline.export.csv import COLUMNS, rows
from timeline.extras import optional_module
from timeline.model import Timeline

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_dataframe"]


def to_dataframe(timeline: Timeline) -> pd.DataFrame:
    """``timeline``'s entries as a ``pandas.DataFrame``, one row per entry, earliest first.

    >>> from timeline.model import Timeline
    >>> frame = to_dataframe(Timeline(text="", publication_date=None))
    >>> list(frame.columns)
    ['when', 'start', 'end', 'placement', 'event', 'description', 'class', 'salient', 'sentence']
    >>> len(frame)
    0
    """
    pandas: Any = optional_module("pandas", extra="pandas", needed_by="a DataFrame")
    frame: pd.DataFrame = pandas.DataFrame.from_records(list(rows(timeline)), columns=list(COLUMNS))
    intervals = [entry.placement.interval for entry in timeline.entries]
    # Microseconds, not pandas' default nanoseconds: these reach from antiquity to datetime.max.
    for column in ("start", "end"):
        moments = [getattr(interval, column) if interval is not None else None for interval in intervals]
        frame[column] = pandas.Series(moments, dtype="datetime64[us]", index=frame.index)
    frame["salient"] = pandas.Series(
        [entry.salient for entry in timeline.entries], dtype=bool, index=frame.index
    )
    return frame
