"""Output formats by name, for one timeline or several in one stream."""

from __future__ import annotations

import csv
import io
import json

import pytest

from timeline.errors import InvalidSettingError
from timeline.export.formats import OutputFormat, format_many, format_part, format_timeline
from timeline.export.json import from_dict
from timeline.model import Timeline
from timeline.timeml import parse_timeline


def test_each_format_of_one_timeline(seed_timeline: Timeline) -> None:
    assert Timeline.from_json(format_timeline(seed_timeline, "json")) == seed_timeline
    assert format_timeline(seed_timeline, "csv").startswith("when,start,end,placement,")
    assert format_timeline(seed_timeline, "table").startswith("WHEN")
    assert format_timeline(seed_timeline, OutputFormat.HTML).startswith("<!DOCTYPE html>")
    markup = format_timeline(seed_timeline, "timeml", name="north-korea")
    assert "<DOCID>north-korea</DOCID>" in markup
    assert parse_timeline(markup).text == seed_timeline.text


def test_background_reaches_the_table(seed_timeline: Timeline) -> None:
    default = format_timeline(seed_timeline, "table").splitlines()
    everything = format_timeline(seed_timeline, "table", background=True).splitlines()
    assert len(default) - 1 == len(seed_timeline.view())
    assert len(everything) - 1 == len(seed_timeline.entries)


def test_several_timelines_in_one_stream(seed_timeline: Timeline) -> None:
    pair = [("a.txt", seed_timeline), ("b.txt", seed_timeline)]
    records = [json.loads(line) for line in format_many(pair, "json").splitlines()]
    assert [record["id"] for record in records] == ["a.txt", "b.txt"]
    assert [from_dict(record["timeline"]) for record in records] == [seed_timeline, seed_timeline]
    rows = list(csv.DictReader(io.StringIO(format_many(pair, "csv"), newline="")))
    assert len(rows) == 2 * len(seed_timeline.entries)
    assert [row["source"] for row in rows[:: len(seed_timeline.entries)]] == ["a.txt", "b.txt"]
    tables = format_many(pair, "table")
    assert tables.startswith("==> a.txt <==\nWHEN")
    assert "\n==> b.txt <==\nWHEN" in tables


@pytest.mark.parametrize("output", ["json", "csv", "table"])
def test_the_parts_joined_are_the_stream(seed_timeline: Timeline, output: str) -> None:
    pair: list[tuple[str | int, Timeline]] = [("a.txt", seed_timeline), (7, seed_timeline)]
    parts = [format_part(source, tl, output, first=i == 0) for i, (source, tl) in enumerate(pair)]
    assert "".join(parts) == format_many(pair, output)
    assert "7" in parts[1]
    assert "a.txt" not in parts[1]


@pytest.mark.parametrize("output", ["timeml", "html"])
def test_documents_hold_one_timeline(seed_timeline: Timeline, output: str) -> None:
    with pytest.raises(InvalidSettingError, match="holds one timeline"):
        format_many([("a.txt", seed_timeline)], output)
    with pytest.raises(InvalidSettingError, match="holds one timeline"):
        format_part("a.txt", seed_timeline, output)


def test_unknown_format(seed_timeline: Timeline) -> None:
    with pytest.raises(InvalidSettingError, match="unknown output format 'xml'; choose one of 'table'"):
        format_timeline(seed_timeline, "xml")


def test_suffixes() -> None:
    assert [member.suffix for member in OutputFormat] == [".txt", ".json", ".csv", ".tml", ".html"]
