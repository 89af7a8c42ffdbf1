"""Sorting placed events into timeline order."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import (
    Aspect,
    Event,
    EventClass,
    Interval,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    Relation,
    RelType,
    Tense,
)
from timeline.ordering.order import order_entries
from timeline.reasoning.graph import TemporalGraph, build_graph

PUBLISHED = dt.date(2020, 6, 9)


def _event(event_id: str, start: int) -> Event:
    return Event(
        event_id,
        event_id,
        start,
        start + 2,
        0,
        event_id,
        EventClass.OCCURRENCE,
        Tense.PAST,
        Aspect.NONE,
        Polarity.POS,
        None,
        PartOfSpeech.VERB,
        f"event {event_id}",
    )


def _dated(interval: Interval) -> Placement:
    return Placement(PlacementKind.DATED, interval, "dated", "t1", "r", interval.start, interval.end)


def _side(kind: PlacementKind, interval: Interval | None = None) -> Placement:
    return Placement(kind, interval, kind.value, "t0", "r")


DAY = Interval.day(PUBLISHED)
PLACEMENTS = {
    "unknown": _side(PlacementKind.UNKNOWN),
    "after": Placement(PlacementKind.AFTER_PUBLICATION, None, "after", "t0", "r", DAY.end, None),
    "next-day": _dated(Interval.day(dt.date(2020, 6, 10))),
    "today": Placement(PlacementKind.AT_PUBLICATION, DAY, "today", "t0", "r", DAY.start, DAY.end),
    "before": Placement(PlacementKind.BEFORE_PUBLICATION, None, "before", "t0", "r", None, DAY.start),
    "monday": _dated(Interval.day(dt.date(2020, 6, 8))),
    "this-year": _dated(Interval.years(2020, 2020)),
    "war": _dated(Interval.years(1950, 1953)),
    "war-end": _dated(Interval.years(1953, 1953)),
}
# Text order deliberately differs from time order.
EVENTS = tuple(_event(name, index * 10) for index, name in enumerate(PLACEMENTS))


def _order(graph: TemporalGraph | None = None) -> list[str]:
    return [entry.event.id for entry in order_entries(EVENTS, PLACEMENTS, graph)]


def test_nothing_to_order() -> None:
    assert order_entries((), {}) == ()


def test_earliest_first_with_sides_of_publication_around_its_day() -> None:
    assert _order() == [
        "war",
        "war-end",
        "this-year",
        "monday",
        "before",
        "today",
        "after",
        "next-day",
        "unknown",
    ]


def test_same_start_goes_by_end() -> None:
    assert _order().index("war") < _order().index("war-end")


def test_unplaced_groups_by_what_is_known() -> None:
    events = tuple(_event(name, index) for index, name in enumerate(["u", "a", "t", "b"]))
    placements = {
        "u": _side(PlacementKind.UNKNOWN),
        "a": _side(PlacementKind.AFTER_PUBLICATION),
        "t": _side(PlacementKind.AT_PUBLICATION),
        "b": _side(PlacementKind.BEFORE_PUBLICATION),
    }
    assert [e.event.id for e in order_entries(events, placements)] == ["b", "t", "a", "u"]


def test_ties_keep_text_order() -> None:
    late, early = _event("late", 50), _event("early", 5)
    placements = {"late": _side(PlacementKind.UNKNOWN), "early": _side(PlacementKind.UNKNOWN)}
    entries = order_entries((late, early), placements)
    assert [entry.event.id for entry in entries] == ["early", "late"]


def test_a_before_link_wins_over_calendar_keys() -> None:
    # "unknown" has no date, but the text says it happened before the war: it must come first.
    nodes: dict[str, Interval | None] = dict.fromkeys(PLACEMENTS)
    graph = build_graph(nodes, [Relation("unknown", "war", RelType.BEFORE, "clause-marker")])
    order = _order(graph)
    assert order.index("unknown") < order.index("war")
    assert order[1:] == [name for name in _order() if name != "unknown"]


def test_the_order_is_a_linear_extension_of_a_chain() -> None:
    events = tuple(_event(name, index) for index, name in enumerate(["c", "b", "a"]))
    placements = {name: _side(PlacementKind.UNKNOWN) for name in "abc"}
    links = [Relation("a", "b", RelType.BEFORE, "r"), Relation("b", "c", RelType.BEFORE, "r")]
    graph = build_graph(dict.fromkeys("abc"), links)
    assert [e.event.id for e in order_entries(events, placements, graph)] == ["a", "b", "c"]


def test_entries_carry_their_placement() -> None:
    entries = order_entries(EVENTS, PLACEMENTS)
    assert all(entry.placement is PLACEMENTS[entry.event.id] for entry in entries)


def test_an_event_without_placement_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        order_entries((_event("lost", 0),), {})
