"""Placing events from hand-built links."""

from __future__ import annotations

import datetime as dt

from timeline.model import (
    PUBLICATION_DATE_ID,
    Anchor,
    Aspect,
    Event,
    EventClass,
    Granularity,
    Interval,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    Relation,
    RelType,
    Tense,
    TimeExpression,
    TimeValue,
    TimexType,
)
from timeline.ordering.assemble import temporal_graph
from timeline.ordering.placement import place_events

PUBLISHED = dt.date(2020, 6, 9)
MONDAY = Interval.day(dt.date(2020, 6, 8))
KOREAN_WAR = Interval.years(1950, 1953)


def _event(event_id: str, start: int = 0) -> Event:
    return Event(
        id=event_id,
        text=event_id,
        start=start,
        end=start + len(event_id),
        sentence=0,
        lemma=event_id,
        event_class=EventClass.OCCURRENCE,
        tense=Tense.PAST,
        aspect=Aspect.NONE,
        polarity=Polarity.POS,
        modality=None,
        pos=PartOfSpeech.VERB,
        description=f"event {event_id}",
    )


def _expression(expression_id: str, value: TimeValue) -> TimeExpression:
    return TimeExpression(expression_id, value.value, 0, 1, 0, value, Anchor.absolute(), "test")


def _year(year: int) -> TimeValue:
    return TimeValue(TimexType.DATE, str(year), Granularity.YEAR, Interval.years(year, year))


MONDAY_EXPRESSION = _expression("t1", TimeValue(TimexType.DATE, "2020-06-08", Granularity.DAY, MONDAY))
WAR_EXPRESSION = _expression(
    "t2",
    TimeValue(
        TimexType.DURATION,
        "P4Y",
        Granularity.YEAR,
        KOREAN_WAR,
        begin=_year(1950),
        end=_year(1953),
    ),
)
OPEN_EXPRESSION = _expression("t3", TimeValue(TimexType.DATE, "XXXX-06-06", Granularity.DAY))
EXPRESSIONS = (MONDAY_EXPRESSION, WAR_EXPRESSION, OPEN_EXPRESSION)
EVENTS = tuple(_event(f"e{number}", number * 10) for number in range(1, 5))


def _place(*relations: Relation, published: dt.date | None = PUBLISHED) -> dict[str, Placement]:
    return place_events(EVENTS, EXPRESSIONS, relations, published)


def test_nothing_to_place() -> None:
    assert place_events((), (), (), None) == {}


def test_every_event_gets_a_placement_and_unlinked_ones_are_unknown() -> None:
    placed = _place()
    assert set(placed) == {"e1", "e2", "e3", "e4"}
    assert placed["e1"] == Placement(PlacementKind.UNKNOWN, None, "unknown", None, "no-link")


def test_time_link_dates_the_event() -> None:
    placed = _place(Relation("e1", "t1", RelType.IS_INCLUDED, "syntactic-attachment"))
    assert placed["e1"] == Placement(PlacementKind.DATED, MONDAY, "2020-06-08", "t1", "syntactic-attachment")


def test_range_link_gives_the_whole_range() -> None:
    placed = _place(Relation("e1", "t2", RelType.DURING, "syntactic-attachment"))
    assert placed["e1"].interval == KOREAN_WAR
    assert placed["e1"].label == "1950 to 1953"


def test_time_without_interval_dates_nothing() -> None:
    placed = _place(Relation("e1", "t3", RelType.IS_INCLUDED, "syntactic-attachment"))
    assert placed["e1"].kind is PlacementKind.UNKNOWN


def test_first_time_link_wins() -> None:
    placed = _place(
        Relation("e1", "t1", RelType.IS_INCLUDED, "first"),
        Relation("e1", "t2", RelType.DURING, "second"),
    )
    assert placed["e1"].anchor_id == "t1"
    assert placed["e1"].rule == "first"


def test_date_spreads_to_an_included_event() -> None:
    placed = _place(
        Relation("e1", "t1", RelType.IS_INCLUDED, "syntactic-attachment"),
        Relation("e2", "e1", RelType.IS_INCLUDED, "shared-circumstance"),
    )
    assert placed["e2"] == Placement(PlacementKind.DATED, MONDAY, "2020-06-08", "e1", "shared-circumstance")


def test_date_does_not_spread_to_a_containing_event() -> None:
    placed = _place(
        Relation("e1", "t1", RelType.IS_INCLUDED, "syntactic-attachment"),
        Relation("e1", "e2", RelType.IS_INCLUDED, "shared-circumstance"),
    )
    assert placed["e2"].kind is PlacementKind.UNKNOWN


def test_date_spreads_both_ways_along_simultaneous_links_and_in_chains() -> None:
    placed = _place(
        Relation("e3", "e2", RelType.SIMULTANEOUS, "chain"),
        Relation("e1", "t1", RelType.IS_INCLUDED, "syntactic-attachment"),
        Relation("e1", "e2", RelType.SIMULTANEOUS, "shared-circumstance"),
        Relation("e4", "e3", RelType.SIMULTANEOUS, "chain"),
    )
    assert [placed[e].interval for e in ("e2", "e3", "e4")] == [MONDAY, MONDAY, MONDAY]
    assert placed["e3"].anchor_id == "e2"


def test_ending_event_gets_the_last_year_of_a_range() -> None:
    placed = _place(
        Relation("e1", "t2", RelType.DURING, "syntactic-attachment"),
        Relation("e2", "e1", RelType.ENDS, "aspectual-point"),
    )
    assert placed["e2"] == Placement(
        PlacementKind.DATED, Interval.years(1953, 1953), "1953", "e1", "aspectual-point"
    )


def test_beginning_event_gets_the_first_year_of_a_range() -> None:
    placed = _place(
        Relation("e1", "t2", RelType.DURING, "syntactic-attachment"),
        Relation("e2", "e1", RelType.BEGINS, "aspectual-point"),
    )
    assert placed["e2"].interval == Interval.years(1950, 1950)
    assert placed["e2"].label == "1950"


def test_ends_of_a_one_day_event_is_that_day() -> None:
    placed = _place(
        Relation("e1", "t1", RelType.IS_INCLUDED, "syntactic-attachment"),
        Relation("e2", "e1", RelType.ENDS, "aspectual-point"),
    )
    assert placed["e2"].interval == MONDAY
    assert placed["e2"].label == "2020-06-08"


def test_an_ended_event_is_not_placed_by_its_end() -> None:
    placed = _place(
        Relation("e2", "t1", RelType.IS_INCLUDED, "syntactic-attachment"),
        Relation("e2", "e1", RelType.ENDS, "aspectual-point"),
    )
    assert placed["e1"].kind is PlacementKind.UNKNOWN


def test_publication_links() -> None:
    placed = _place(
        Relation("e1", PUBLICATION_DATE_ID, RelType.BEFORE, "tense-past"),
        Relation("e2", PUBLICATION_DATE_ID, RelType.IS_INCLUDED, "news-reporting-day"),
        Relation("e3", PUBLICATION_DATE_ID, RelType.AFTER, "tense-future"),
        Relation("e4", PUBLICATION_DATE_ID, RelType.INCLUDES, "tense-present"),
    )
    assert placed["e1"] == Placement(
        PlacementKind.BEFORE_PUBLICATION, None, "before 2020-06-09", "t0", "tense-past"
    )
    assert placed["e2"] == Placement(
        PlacementKind.AT_PUBLICATION,
        Interval.day(PUBLISHED),
        "2020-06-09",
        "t0",
        "news-reporting-day",
    )
    assert placed["e3"] == Placement(
        PlacementKind.AFTER_PUBLICATION, None, "after 2020-06-09", "t0", "tense-future"
    )
    assert placed["e4"].kind is PlacementKind.AT_PUBLICATION


def test_immediate_publication_links() -> None:
    placed = _place(
        Relation("e1", PUBLICATION_DATE_ID, RelType.IBEFORE, "r"),
        Relation("e2", PUBLICATION_DATE_ID, RelType.IAFTER, "r"),
    )
    assert placed["e1"].kind is PlacementKind.BEFORE_PUBLICATION
    assert placed["e2"].kind is PlacementKind.AFTER_PUBLICATION


def test_vague_publication_link_is_unknown_but_keeps_its_rule() -> None:
    placed = _place(Relation("e1", PUBLICATION_DATE_ID, RelType.VAGUE, "guess"))
    assert placed["e1"] == Placement(PlacementKind.UNKNOWN, None, "unknown", None, "guess")


def test_time_link_wins_over_publication_link() -> None:
    placed = _place(
        Relation("e1", PUBLICATION_DATE_ID, RelType.BEFORE, "tense-past"),
        Relation("e1", "t1", RelType.IS_INCLUDED, "syntactic-attachment"),
    )
    assert placed["e1"].kind is PlacementKind.DATED


def test_spread_date_wins_over_publication_link() -> None:
    placed = _place(
        Relation("e1", "t1", RelType.IS_INCLUDED, "syntactic-attachment"),
        Relation("e2", "e1", RelType.IS_INCLUDED, "shared-circumstance"),
        Relation("e2", PUBLICATION_DATE_ID, RelType.BEFORE, "tense-past"),
    )
    assert placed["e2"].kind is PlacementKind.DATED
    assert placed["e2"].anchor_id == "e1"


def test_publication_placement_spreads_along_simultaneous_links() -> None:
    placed = _place(
        Relation("e1", PUBLICATION_DATE_ID, RelType.BEFORE, "present-perfect"),
        Relation("e2", "e1", RelType.SIMULTANEOUS, "participle-with-governor"),
    )
    assert placed["e2"] == Placement(
        PlacementKind.BEFORE_PUBLICATION,
        None,
        "before 2020-06-09",
        "e1",
        "participle-with-governor",
    )


def test_unknown_placements_do_not_spread() -> None:
    placed = _place(
        Relation("e1", PUBLICATION_DATE_ID, RelType.VAGUE, "guess"),
        Relation("e2", "e1", RelType.SIMULTANEOUS, "participle-with-governor"),
    )
    assert placed["e2"].rule == "no-link"


def test_without_publication_date() -> None:
    placed = _place(
        Relation("e1", PUBLICATION_DATE_ID, RelType.BEFORE, "tense-past"),
        Relation("e2", PUBLICATION_DATE_ID, RelType.IS_INCLUDED, "news-reporting-day"),
        Relation("e3", PUBLICATION_DATE_ID, RelType.AFTER, "tense-future"),
        published=None,
    )
    assert placed["e1"].label == "before publication"
    assert placed["e2"] == Placement(
        PlacementKind.AT_PUBLICATION, None, "publication", "t0", "news-reporting-day"
    )
    assert placed["e3"].label == "after publication"


def test_an_event_before_a_date_is_bounded_never_dated() -> None:
    expressions = (MONDAY_EXPRESSION,)
    relations = (Relation("e1", "t1", RelType.BEFORE, "syntactic-attachment"),)
    events = (_event("e1"),)
    graph = temporal_graph(events, expressions, relations, None)
    placement = place_events(events, expressions, relations, None, graph)["e1"]
    assert placement.kind is PlacementKind.BOUNDED
    assert placement.interval is None
    assert (placement.earliest, placement.latest) == (None, MONDAY.start)
    assert placement.label == "before 2020-06-08"


def test_a_dated_event_gets_its_interval_as_bounds() -> None:
    expressions = (MONDAY_EXPRESSION,)
    relations = (Relation("e1", "t1", RelType.IS_INCLUDED, "syntactic-attachment"),)
    events = (_event("e1"),)
    graph = temporal_graph(events, expressions, relations, PUBLISHED)
    placement = place_events(events, expressions, relations, PUBLISHED, graph)["e1"]
    assert placement.kind is PlacementKind.DATED
    assert (placement.earliest, placement.latest) == (MONDAY.start, MONDAY.end)
