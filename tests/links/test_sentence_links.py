"""The ``sentence-date`` rule: undated past events take the one date their sentence names."""

from __future__ import annotations

from spacy.language import Language

from timeline.model import RelType, Timeline


def _timeline(nlp: Language, text: str) -> Timeline:
    doc = nlp.make_doc(text)
    doc._.publication_date = "2020-06-09"
    result: Timeline = nlp(doc)._.timeline
    return result


def _dated(timeline: Timeline) -> list[tuple[str, RelType, str]]:
    names = {event.id: event.text for event in timeline.events}
    names.update({expression.id: expression.text for expression in timeline.expressions})
    links = [r for r in timeline.relations if r.rule == "sentence-date"]
    return [(names[r.source], r.rel_type, names[r.target]) for r in links]


def test_a_conjoined_past_event_takes_the_date_of_its_sentence(nlp: Language) -> None:
    timeline = _timeline(nlp, "On Monday, rebels attacked the town and burned the market.")
    assert _dated(timeline) == [("burned", RelType.IS_INCLUDED, "Monday")]


def test_an_event_noun_takes_the_date_of_its_sentence(nlp: Language) -> None:
    timeline = _timeline(nlp, "On Monday, police arrested two men over the bombing.")
    assert _dated(timeline) == [("bombing", RelType.IS_INCLUDED, "Monday")]


def test_an_event_noun_that_is_the_subject_is_not_dated(nlp: Language) -> None:
    timeline = _timeline(nlp, "The bombing killed two people on Monday, and the rally was peaceful.")
    assert _dated(timeline) == []


def test_an_event_attached_to_a_time_keeps_it(nlp: Language) -> None:
    timeline = _timeline(nlp, "On Monday, rebels attacked the town and burned the market.")
    assert not [link for link in _dated(timeline) if link[0] == "attacked"]


def test_of_two_dates_an_event_takes_the_nearest(nlp: Language) -> None:
    timeline = _timeline(nlp, "Rebels attacked on Monday, left on Friday and burned the market.")
    assert _dated(timeline) == [("burned", RelType.IS_INCLUDED, "Friday")]


def test_a_date_to_come_dates_no_past_event(nlp: Language) -> None:
    timeline = _timeline(nlp, "The ministry said the talks would resume next week.")
    assert _dated(timeline) == []


def test_a_bounding_time_dates_nothing(nlp: Language) -> None:
    timeline = _timeline(nlp, "The Rovers had not lost since March, but they struggled to create chances.")
    assert _dated(timeline) == []


def test_present_and_future_events_are_not_dated(nlp: Language) -> None:
    timeline = _timeline(nlp, "On Monday, the company said it expects profits and will hire staff.")
    assert [link[0] for link in _dated(timeline)] == []


def test_an_event_ordered_by_a_marker_is_bounded_not_dated(nlp: Language) -> None:
    timeline = _timeline(nlp, "The envoys arrived before the vote on June 6.")
    assert _dated(timeline) == []


def test_an_event_cut_short_by_an_aspectual_verb_is_not_dated(nlp: Language) -> None:
    timeline = _timeline(nlp, "They left after the talks ended on Monday.")
    assert _dated(timeline) == []


def test_an_event_noun_of_a_present_tense_verb_is_not_dated(nlp: Language) -> None:
    timeline = _timeline(nlp, "On Monday, although two daily calls are usually made, only one was answered.")
    assert _dated(timeline) == []


def test_a_reported_clause_is_not_dated_by_its_report(nlp: Language) -> None:
    timeline = _timeline(nlp, "The army said on Monday that rebels took the town.")
    assert _dated(timeline) == []


def test_an_event_noun_of_a_planned_event_is_not_dated(nlp: Language) -> None:
    timeline = _timeline(nlp, "The firm said it would close its plant in March and move the work.")
    assert _dated(timeline) == []
