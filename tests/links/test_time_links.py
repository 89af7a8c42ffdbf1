"""Event-time and event-event links, through the pipeline on small sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

import timeline
from timeline.events.lexicon import load_lexicon
from timeline.links.time_links import event_event_links, event_time_links, time_publication_links
from timeline.model import Relation, RelType, Timeline


def _timeline(nlp: Language, text: str) -> Timeline:
    doc = nlp.make_doc(text)
    doc._.publication_date = "2020-06-09"
    result: Timeline = nlp(doc)._.timeline
    return result


def _links(timeline: Timeline, rule: str) -> list[tuple[str, RelType, str]]:
    names = {event.id: event.text for event in timeline.events}
    names.update({expression.id: expression.text for expression in timeline.expressions})
    return [
        (names.get(r.source, r.source), r.rel_type, names.get(r.target, r.target))
        for r in timeline.relations
        if r.rule == rule
    ]


def test_time_attached_to_its_event(nlp: Language) -> None:
    timeline = _timeline(nlp, "On Monday, only one was answered.")
    assert Relation("e1", "t1", RelType.IS_INCLUDED, "syntactic-attachment") in timeline.relations
    assert _links(timeline, "syntactic-attachment") == [("answered", RelType.IS_INCLUDED, "Monday")]


def test_time_after_its_event(nlp: Language) -> None:
    timeline = _timeline(nlp, "Students wore masks at a rally on June 6.")
    assert _links(timeline, "syntactic-attachment") == [("wore", RelType.IS_INCLUDED, "June 6")]


def test_a_range_spans_its_event(nlp: Language) -> None:
    timeline = _timeline(nlp, "The 1950-1953 Korean War ended with an armistice.")
    assert _links(timeline, "syntactic-attachment") == [("War", RelType.DURING, "1950-1953")]


def test_a_quoted_time_does_not_date_the_event(nlp: Language) -> None:
    text = 'The homepage currently displays a photograph and the text "Steve Jobs 1955-2011".'
    timeline = _timeline(nlp, text)
    assert _links(timeline, "syntactic-attachment") == [("displays", RelType.IS_INCLUDED, "currently")]


def test_a_time_in_the_term_of_a_comparison_does_not_date_the_event(nlp: Language) -> None:
    text = "Total assets increased to $12.7 billion in the latest quarter from $12.4 billion a year earlier."
    links = _links(_timeline(nlp, text), "syntactic-attachment")
    assert ("increased", RelType.IS_INCLUDED, "the latest quarter") in links
    assert all(time != "a year earlier" for _, _, time in links)


def test_a_time_right_after_from_still_bounds_the_event(nlp: Language) -> None:
    timeline = _timeline(nlp, "He has lived there from 1990.")
    assert _links(timeline, "syntactic-attachment") == [("lived", RelType.BEGUN_BY, "1990")]


def test_of_two_dates_an_event_takes_the_nearer(nlp: Language) -> None:
    text = "In 2001 the iPod music player and the following year the Mac OS X operating system was released."
    timeline = _timeline(nlp, text)
    assert _links(timeline, "syntactic-attachment") == [
        ("released", RelType.IS_INCLUDED, "the following year")
    ]


def test_recurrences_are_not_attached(nlp: Language) -> None:
    timeline = _timeline(nlp, "They held daily calls.")
    assert _links(timeline, "syntactic-attachment") == []


def test_aspectual_verb_ends_the_event_it_governs(nlp: Language) -> None:
    timeline = _timeline(nlp, "The war ended in 1953.")
    assert _links(timeline, "aspectual-point") == [("ended", RelType.ENDS, "war")]
    assert _links(timeline, "syntactic-attachment") == [("ended", RelType.IS_INCLUDED, "1953")]


def test_aspectual_verb_begins_the_event_it_governs(nlp: Language) -> None:
    timeline = _timeline(nlp, "The talks began in 2019.")
    assert _links(timeline, "aspectual-point") == [("began", RelType.BEGINS, "talks")]


def test_aspectual_verb_without_an_event_argument_links_nothing(nlp: Language) -> None:
    assert _links(_timeline(nlp, "It ended in 1953."), "aspectual-point") == []


def test_event_with_another_is_simultaneous(nlp: Language) -> None:
    timeline = _timeline(nlp, "The 1950-1953 Korean War ended with an armistice.")
    assert _links(timeline, "shared-circumstance") == [("armistice", RelType.SIMULTANEOUS, "ended")]


def test_event_at_another_is_included(nlp: Language) -> None:
    timeline = _timeline(nlp, "Students wore masks at a rally on June 6.")
    assert _links(timeline, "shared-circumstance") == [("wore", RelType.IS_INCLUDED, "rally")]


def test_no_links_without_events_or_times(nlp: Language) -> None:
    doc = nlp("Nothing here.")
    assert event_time_links(doc, (), {}) == ()
    assert event_event_links(doc, {}, load_lexicon("en")) == ()


@pytest.mark.parametrize(
    ("text", "rel_type"),
    [
        ("It rained on June 6.", "BEFORE"),
        ("It will rain on June 12.", "AFTER"),
        ("It rained today.", "SIMULTANEOUS"),
        ("It rained this month.", "INCLUDES"),
        ("It rained this morning.", "IS_INCLUDED"),
    ],
)
def test_time_expressions_link_to_the_publication_day_by_value(text: str, rel_type: str) -> None:
    tl = timeline.extract(text, "2020-06-09")
    links = [r if r.source == "t1" else r.inverse() for r in tl.relations if r.rule == "time-values"]
    assert [(r.source, r.rel_type.value, r.target) for r in links] == [("t1", rel_type, "t0")]


def test_no_time_publication_links_without_a_publication_date() -> None:
    assert time_publication_links((), None) == ()


@pytest.mark.parametrize(
    ("text", "links"),
    [
        # Each time to the next in calendar order, the publication day (June 9) among them.
        ("It rained on June 2 and on June 12.", [("t1", "BEFORE", "t0"), ("t0", "BEFORE", "t2")]),
        ("They met on June 6 and again on June 2.", [("t2", "BEFORE", "t1"), ("t1", "BEFORE", "t0")]),
        # The longer of two times that start together comes first: it holds the other.
        ("It rained in June, on June 1.", [("t1", "INCLUDES", "t2"), ("t2", "BEFORE", "t0")]),
        ("It rained today.", [("t0", "SIMULTANEOUS", "t1")]),
    ],
)
def test_time_expressions_are_chained_in_calendar_order(text: str, links: list[tuple[str, str, str]]) -> None:
    tl = timeline.extract(text, "2020-06-09")
    assert [(r.source, r.rel_type.value, r.target) for r in tl.relations if r.rule == "time-values"] == links


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They made a four-day visit.", ("visit", RelType.DURING, "four-day")),
        ("He worked there for ten years.", ("worked", RelType.DURING, "ten years")),
        ("Prices fell in the last 24 hours.", ("fell", RelType.IS_INCLUDED, "the last 24 hours")),
        ("Prices are falling now.", ("falling", RelType.IS_INCLUDED, "now")),
    ],
)
def test_durations_and_references_attach_to_their_event(
    nlp: Language, text: str, expected: tuple[str, RelType, str]
) -> None:
    assert expected in _links(_timeline(nlp, text), "syntactic-attachment")


def test_a_duration_counted_from_an_unsaid_point_is_not_attached(nlp: Language) -> None:
    assert _links(_timeline(nlp, "The rebels left after two weeks."), "syntactic-attachment") == []
