"""Timeline: iteration, windows, sentences and expression lookup."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from timeline.model import (
    Anchor,
    Aspect,
    Entry,
    Event,
    EventClass,
    Granularity,
    Interval,
    Participant,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    Tense,
    TimeExpression,
    Timeline,
    TimeValue,
    TimexType,
)

TEXT = "On Monday, one was answered. The ministry said it will continue."


def _event(event_id: str, start: int, sentence: int = 0) -> Event:
    return Event(
        id=event_id,
        text="x",
        start=start,
        end=start + 1,
        sentence=sentence,
        lemma="x",
        event_class=EventClass.OCCURRENCE,
        tense=Tense.PAST,
        aspect=Aspect.NONE,
        polarity=Polarity.POS,
        modality=None,
        pos=PartOfSpeech.VERB,
        description=f"event {event_id}",
    )


def _dated(event_id: str, start: int, interval: Interval, label: str) -> Entry:
    return Entry(_event(event_id, start), Placement(PlacementKind.DATED, interval, label, "t1", "r"))


MONDAY = Interval.day(dt.date(2020, 6, 8))
PUBLICATION_DAY = Interval.day(dt.date(2020, 6, 9))
EXPRESSION = TimeExpression(
    "t1",
    "Monday",
    3,
    9,
    0,
    TimeValue(TimexType.DATE, "2020-06-08", Granularity.DAY, MONDAY),
    Anchor.publication(dt.date(2020, 6, 9), Tense.PAST),
    "weekday",
)
ENTRIES = (
    _dated("e1", 20, MONDAY, "2020-06-08"),
    Entry(
        _event("e2", 43, 1),
        Placement(PlacementKind.AT_PUBLICATION, PUBLICATION_DAY, "2020-06-09", "t0", "r"),
    ),
    Entry(
        _event("e3", 55, 1),
        Placement(PlacementKind.AFTER_PUBLICATION, None, "after 2020-06-09", "t0", "r"),
    ),
)
TIMELINE = Timeline(
    text=TEXT,
    publication_date=dt.date(2020, 6, 9),
    sentences=((0, 28), (29, 65)),
    expressions=(EXPRESSION,),
    events=tuple(entry.event for entry in ENTRIES),
    entries=ENTRIES,
)


def test_iteration_and_length() -> None:
    assert len(TIMELINE) == 3
    assert [entry.event.id for entry in TIMELINE] == ["e1", "e2", "e3"]


def test_empty_timeline() -> None:
    empty = Timeline(text="", publication_date=None)
    assert len(empty) == 0
    assert list(empty) == []


def test_between_returns_overlapping_dated_entries_only() -> None:
    assert TIMELINE.between(dt.date(2020, 6, 1), dt.date(2020, 7, 1)) == ENTRIES[:2]
    assert TIMELINE.between(dt.date(2020, 6, 9), dt.date(2020, 6, 10)) == ENTRIES[1:2]
    assert TIMELINE.between(dt.date(2021, 1, 1), dt.date(2022, 1, 1)) == ()


def test_between_end_is_exclusive() -> None:
    assert TIMELINE.between(dt.date(2020, 6, 1), dt.date(2020, 6, 8)) == ()


def test_between_accepts_datetimes_aware_or_naive() -> None:
    noon = dt.datetime(2020, 6, 8, 12, tzinfo=dt.UTC)
    assert TIMELINE.between(noon, dt.datetime(2020, 6, 8, 13)) == ENTRIES[:1]


def test_between_refuses_a_reversed_window() -> None:
    with pytest.raises(ValueError, match="cannot end"):
        TIMELINE.between(dt.date(2020, 7, 1), dt.date(2020, 6, 1))


def test_on_a_day() -> None:
    assert TIMELINE.on(dt.date(2020, 6, 8)) == ENTRIES[:1]
    assert TIMELINE.on(dt.date(2020, 6, 9)) == ENTRIES[1:2]
    assert TIMELINE.on(dt.date(2020, 6, 10)) == ()


def test_sentence_text() -> None:
    assert TIMELINE.sentence_text(0) == "On Monday, one was answered."
    assert TIMELINE.sentence_text(1) == "The ministry said it will continue."


@pytest.mark.parametrize("index", [-1, 2, 99])
def test_sentence_text_out_of_range_is_empty(index: int) -> None:
    assert TIMELINE.sentence_text(index) == ""


def test_expression_lookup() -> None:
    assert TIMELINE.expression("t1") is EXPRESSION
    with pytest.raises(KeyError, match="t9"):
        TIMELINE.expression("t9")


def test_entry_reads_its_placement_and_event() -> None:
    entry = ENTRIES[2]
    assert entry.label == "after 2020-06-09"
    assert entry.description == "event e3"


@pytest.mark.parametrize(
    ("kind", "dated"),
    [
        (PlacementKind.DATED, True),
        (PlacementKind.AT_PUBLICATION, True),
        (PlacementKind.BEFORE_PUBLICATION, False),
        (PlacementKind.AFTER_PUBLICATION, False),
        (PlacementKind.UNKNOWN, False),
    ],
)
def test_placement_kind_is_dated(kind: PlacementKind, dated: bool) -> None:
    assert kind.is_dated is dated


def test_timeline_entry_and_event_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        TIMELINE.text = "other"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ENTRIES[0].placement = ENTRIES[1].placement  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ENTRIES[0].event.lemma = "y"  # type: ignore[misc]


def test_view_leaves_out_background_and_about_finds_participants() -> None:
    unknown = Placement(PlacementKind.UNKNOWN, None, "unknown", None, "no-link")
    met = attrs.evolve(_event("e1", 0), subject="Kim Jong Un", object="Moon Jae-in")
    said = attrs.evolve(_event("e2", 5), event_class=EventClass.REPORTING, reports=("e1",))
    tl = Timeline(
        text=TEXT,
        publication_date=None,
        entries=(Entry(met, unknown), Entry(said, unknown, salient=False)),
    )
    assert [entry.event.id for entry in tl.view()] == ["e1"]
    assert [entry.event.id for entry in tl.view(background=True)] == ["e1", "e2"]
    assert [entry.event.id for entry in tl.about("moon")] == ["e1"]
    assert tl.about("Apple") == ()


BOUNDED = Timeline(
    text=TEXT,
    publication_date=dt.date(2020, 6, 9),
    entries=(
        Entry(
            _event("e1", 0),
            Placement(PlacementKind.DATED, MONDAY, "2020-06-08", "t1", "r", MONDAY.start, MONDAY.end),
        ),
        Entry(
            _event("e2", 10),
            Placement(
                PlacementKind.BEFORE_PUBLICATION,
                None,
                "before 2020-06-09",
                "t0",
                "r",
                None,
                PUBLICATION_DAY.start,
            ),
        ),
        Entry(
            _event("e3", 20),
            Placement(
                PlacementKind.AFTER_PUBLICATION, None, "after 2020-06-09", "t0", "r", PUBLICATION_DAY.end
            ),
        ),
        Entry(_event("e4", 30), Placement(PlacementKind.UNKNOWN, None, "unknown", None, "r")),
    ),
)


def test_before_keeps_entries_known_to_end_by_the_moment() -> None:
    assert [e.event.id for e in BOUNDED.before(dt.date(2020, 6, 9))] == ["e1", "e2"]
    assert [e.event.id for e in BOUNDED.before(dt.date(2020, 6, 8))] == []
    assert [e.event.id for e in BOUNDED.before(dt.datetime(2020, 6, 9, 0, 0))] == ["e1", "e2"]


def test_after_keeps_entries_known_to_start_at_or_after_the_moment() -> None:
    assert [e.event.id for e in BOUNDED.after(dt.date(2020, 6, 8))] == ["e1", "e3"]
    assert [e.event.id for e in BOUNDED.after(dt.date(2020, 6, 10))] == ["e3"]


def test_unknown_entries_are_neither_before_nor_after_anything() -> None:
    everything = (*BOUNDED.before(dt.date(9999, 1, 1)), *BOUNDED.after(dt.date(1, 1, 1)))
    assert "e4" not in {entry.event.id for entry in everything}


@pytest.mark.parametrize(
    ("unit", "labels"),
    [("day", ["2020-06-08", "2020-06-09"]), ("month", ["2020-06"]), ("year", ["2020"])],
)
def test_group_by_dated_entries(unit: str, labels: list[str]) -> None:
    groups = TIMELINE.group_by(unit)  # type: ignore[arg-type]
    assert [label for label, _ in groups] == labels
    assert sum(len(entries) for _, entries in groups) == 2


def test_group_by_refuses_an_unknown_unit() -> None:
    with pytest.raises(ValueError, match="unit must be"):
        TIMELINE.group_by("decade")  # type: ignore[arg-type]


def test_about_finds_a_person_by_first_name_only_where_the_text_names_them_in_full() -> None:
    unknown = Placement(PlacementKind.UNKNOWN, None, "unknown", None, "no-link")
    steve = Participant("Steve", "PERSON", 0, 5)
    spoke = attrs.evolve(_event("e1", 0), subject="Steve", entities=(steve,))
    named = Timeline(
        text="Steve Jobs spoke. Steve spoke.", publication_date=None, entries=(Entry(spoke, unknown),)
    )
    unnamed = attrs.evolve(named, text="Steve spoke.")
    assert [entry.event.id for entry in named.about("Steve Jobs")] == ["e1"]
    assert unnamed.about("Steve Jobs") == ()
