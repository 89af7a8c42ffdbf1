"""A timeline as a plain-text table."""

from __future__ import annotations

import datetime as dt

import attrs
from spacy.language import Language

from timeline.export.table import format_table
from timeline.model import (
    Aspect,
    Entry,
    Event,
    EventClass,
    Interval,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    Tense,
    Timeline,
)

TEXT = "On Monday, only one was answered. The ministry said it will continue."


def _entry(event_id: str, sentence: int, description: str, placement: Placement) -> Entry:
    event = Event(
        event_id,
        "x",
        0,
        1,
        sentence,
        "x",
        EventClass.OCCURRENCE,
        Tense.PAST,
        Aspect.NONE,
        Polarity.POS,
        None,
        PartOfSpeech.VERB,
        description,
    )
    return Entry(event, placement)


ENTRIES = (
    _entry(
        "e1",
        0,
        "On Monday, only one was answered",
        Placement(PlacementKind.DATED, Interval.day(dt.date(2020, 6, 8)), "2020-06-08", "t1", "r"),
    ),
    _entry(
        "e2",
        1,
        "it will continue",
        Placement(PlacementKind.AFTER_PUBLICATION, None, "after 2020-06-09", "t0", "r"),
    ),
)
TIMELINE = Timeline(
    text=TEXT,
    publication_date=dt.date(2020, 6, 9),
    sentences=((0, 33), (34, 69)),
    events=tuple(entry.event for entry in ENTRIES),
    entries=ENTRIES,
)


def test_header_and_one_line_per_entry() -> None:
    lines = format_table(TIMELINE).splitlines()
    assert lines[0].split() == ["WHEN", "EVENT", "SENTENCE"]
    assert len(lines) == 1 + len(ENTRIES)


def test_lines_show_when_what_and_sentence_in_columns() -> None:
    header, first, second = format_table(TIMELINE).splitlines()
    assert first.startswith("2020-06-08 ")
    assert second.startswith("after 2020-06-09 ")
    event_column = header.index("EVENT")
    sentence_column = header.index("SENTENCE")
    assert first[event_column:].startswith("On Monday, only one was answered")
    assert first[sentence_column:] == "On Monday, only one was answered."
    assert second[sentence_column:] == "The ministry said it will continue."


def test_empty_timeline_says_so() -> None:
    assert format_table(Timeline(text="", publication_date=None)).splitlines()[1:] == ["(no events)"]


def test_long_description_is_cut_with_an_ellipsis() -> None:
    long = " ".join(["word"] * 40)
    placement = Placement(PlacementKind.UNKNOWN, None, "unknown", None, "no-link")
    timeline = Timeline(text=long, publication_date=None, entries=(_entry("e1", 0, long, placement),))
    header, line = format_table(timeline).splitlines()
    event_column, sentence_column = header.index("EVENT"), header.index("SENTENCE")
    description = line[event_column:sentence_column].rstrip()
    assert description.endswith("…")
    assert len(description) == 60


def test_no_trailing_spaces_and_no_line_breaks_inside_a_line() -> None:
    placement = Placement(PlacementKind.UNKNOWN, None, "unknown", None, "no-link")
    entry = _entry("e1", 5, "a\nsplit  description", placement)
    table = format_table(Timeline(text="", publication_date=None, entries=(entry,)))
    _header, line = table.splitlines()
    assert "a split description" in line
    assert line == line.rstrip()


def test_table_of_a_pipeline_timeline(nlp: Language) -> None:
    doc = nlp.make_doc(TEXT)
    doc._.publication_date = "2020-06-09"
    timeline: Timeline = nlp(doc)._.timeline
    lines = format_table(timeline).splitlines()
    assert len(lines) == 1 + len(timeline.view())
    assert lines[1].startswith("2020-06-08")
    assert len(format_table(timeline, background=True).splitlines()) == 1 + len(timeline)


def test_background_entries_are_left_out_unless_asked_for() -> None:
    said = attrs.evolve(ENTRIES[1], salient=False)
    timeline = attrs.evolve(TIMELINE, entries=(ENTRIES[0], said))
    assert [line[:10] for line in format_table(timeline).splitlines()[1:]] == ["2020-06-08"]
    assert len(format_table(timeline, background=True).splitlines()) == 3
