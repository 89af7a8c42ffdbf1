"""Which events a reporting event reports."""

from __future__ import annotations

from spacy.language import Language

from timeline.events.detect import find_events
from timeline.events.lexicon import load_lexicon

LEXICON = load_lexicon("en")


def _reports(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    found = find_events(nlp(text), LEXICON)
    texts = {event.id: event.text for event, _ in found}
    return {event.text: tuple(texts[id_] for id_ in event.reports) for event, _ in found if event.reports}


def test_a_complement_clause_is_reported(nlp: Language) -> None:
    assert _reports(nlp, "The ministry said it will continue.") == {"said": ("continue",)}


def test_a_trailing_report_reports_the_clause_before_it(nlp: Language) -> None:
    text = "North Korean officials did not answer the calls, a spokeswoman told a briefing."
    assert _reports(nlp, text) == {"told": ("answer",)}


def test_a_copula_clause_reports_nothing_unless_its_predicate_is_an_event(nlp: Language) -> None:
    assert _reports(nlp, "Analysts said the move is likely about more than the defectors.") == {}
    assert _reports(nlp, "Officials said it was unknown whether he left.") == {"said": ("unknown",)}


def test_other_events_report_nothing(nlp: Language) -> None:
    assert _reports(nlp, "Analysts believe the talks will resume.") == {}
