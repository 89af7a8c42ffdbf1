"""The ``news-day`` rule: undated reports lie within the words that name the publication day."""

from __future__ import annotations

from spacy.language import Language

from timeline.model import RelType, Timeline


def _timeline(nlp: Language, text: str, published: str = "2020-06-09") -> Timeline:
    doc = nlp.make_doc(text)
    doc._.publication_date = published
    result: Timeline = nlp(doc)._.timeline
    return result


def _news_day(timeline: Timeline) -> list[tuple[str, RelType, str]]:
    names = {event.id: event.text for event in timeline.events}
    names.update({expression.id: expression.text for expression in timeline.expressions})
    links = [r for r in timeline.relations if r.rule == "news-day"]
    return [(names[r.source], r.rel_type, names[r.target]) for r in links]


def test_an_undated_report_lies_within_the_named_publication_day(nlp: Language) -> None:
    text = "The army said Tuesday that rebels took the town. Food is short, an aid group said."
    timeline = _timeline(nlp, text)
    assert _news_day(timeline) == [("said", RelType.IS_INCLUDED, "Tuesday")]
    names = {event.id: event.text for event in timeline.events}
    assert [names[r.source] for r in timeline.relations if r.rule == "syntactic-attachment"] == ["said"]


def test_a_day_before_publication_is_no_news_day(nlp: Language) -> None:
    text = "The army said Monday that rebels took the town. Food is short, an aid group said."
    timeline = _timeline(nlp, text)
    assert _news_day(timeline) == []


def test_without_a_named_day_reports_stay_with_the_publication_date(nlp: Language) -> None:
    timeline = _timeline(nlp, "Rebels took the town. Food is short, an aid group said.")
    assert _news_day(timeline) == []
    rules = [r.rule for r in timeline.relations if r.target == "t0" and r.source == "e2"]
    assert rules == ["news-reporting-day"]


def test_present_reports_and_other_events_are_not_linked(nlp: Language) -> None:
    text = "Rebels took the town today. Food is short, an aid group says, and prices rose."
    timeline = _timeline(nlp, text)
    assert _news_day(timeline) == []
