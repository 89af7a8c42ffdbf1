"""A timeline as CSV: one row per entry, read back by the csv module."""

from __future__ import annotations

import csv
import io

from timeline.export.csv import COLUMNS, rows, to_csv
from timeline.model import Timeline


def test_one_row_per_entry_in_timeline_order(seed_timeline: Timeline) -> None:
    read = list(csv.DictReader(io.StringIO(to_csv(seed_timeline), newline="")))
    assert tuple(read[0]) == COLUMNS
    assert len(read) == len(seed_timeline.entries)
    assert [row["when"] for row in read] == [entry.label for entry in seed_timeline]
    assert [row["event"] for row in read] == [entry.event.text for entry in seed_timeline]
    assert read == [dict(row) for row in rows(seed_timeline)]


def test_columns_of_dated_and_undated_entries(seed_timeline: Timeline) -> None:
    read = list(csv.DictReader(io.StringIO(to_csv(seed_timeline), newline="")))
    war = read[0]
    assert (war["when"], war["start"], war["end"]) == (
        "1950 to 1953",
        "1950-01-01T00:00:00",
        "1954-01-01T00:00:00",
    )
    assert war["placement"] == "dated"
    assert "Korean War" in war["sentence"]
    undated = next(row for row in read if row["placement"] == "before_publication")
    assert (undated["start"], undated["end"]) == ("", "")
    assert {row["salient"] for row in read} == {"true", "false"}
    assert {row["class"] for row in read} >= {"OCCURRENCE", "REPORTING"}


def test_quotes_commas_and_line_breaks_survive(seed_timeline: Timeline) -> None:
    # Sentences of the example hold commas and quotes; a round trip through csv keeps them intact.
    read = list(csv.DictReader(io.StringIO(to_csv(seed_timeline), newline="")))
    sentences = [row["sentence"] for row in read]
    assert any("," in sentence for sentence in sentences)
    assert sentences == [seed_timeline.sentence_text(entry.event.sentence) for entry in seed_timeline]
