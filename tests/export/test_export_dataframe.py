"""A timeline as a pandas DataFrame (the ``pandas`` extra), and the error without pandas."""

from __future__ import annotations

import datetime as dt
import sys

import attrs
import pandas as pd
import pytest

from timeline.errors import MissingExtraError
from timeline.export.csv import COLUMNS
from timeline.export.dataframe import to_dataframe
from timeline.model import Interval, Timeline


def test_rows_and_typed_columns(seed_timeline: Timeline) -> None:
    frame = to_dataframe(seed_timeline)
    assert tuple(frame.columns) == COLUMNS
    assert len(frame) == len(seed_timeline.entries)
    assert frame["when"].tolist() == [entry.label for entry in seed_timeline]
    assert str(frame["start"].dtype) == "datetime64[us]"
    assert frame["start"].iloc[0] == pd.Timestamp(1950, 1, 1)
    assert frame["salient"].dtype == bool
    assert frame["salient"].tolist() == [entry.salient for entry in seed_timeline]
    undated = frame[frame["placement"] == "unknown"]
    assert len(undated) > 0
    assert undated["start"].isna().all()


def test_dates_outside_pandas_nanosecond_range(seed_timeline: Timeline) -> None:
    entry = seed_timeline.entries[0]
    far = attrs.evolve(entry.placement, interval=Interval(dt.datetime(1500, 1, 1), dt.datetime.max))
    tl = attrs.evolve(seed_timeline, entries=(attrs.evolve(entry, placement=far),))
    frame = to_dataframe(tl)
    assert frame["start"].iloc[0].year == 1500
    assert frame["end"].iloc[0].year == 9999


def test_without_pandas_the_error_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, seed_timeline: Timeline
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # what an import sees when pandas is not installed
    with pytest.raises(MissingExtraError, match=r"pip install 'news-timeline\[pandas\]'"):
        to_dataframe(seed_timeline)
    with pytest.raises(ImportError):
        seed_timeline.to_dataframe()
