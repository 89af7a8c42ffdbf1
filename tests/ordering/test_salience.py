"""Background events: reports whose content is placed in time."""

from __future__ import annotations

import attrs
import pytest
from spacy.language import Language

from timeline.model import (
    Aspect,
    Event,
    EventClass,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    Tense,
    Timeline,
)
from timeline.ordering.salience import background_events

SAID = Event(
    "e1", "said", 0, 4, 0, "say", EventClass.REPORTING, Tense.PAST, Aspect.NONE, Polarity.POS, None,
    PartOfSpeech.VERB, "He said it rained", reports=("e2",),
)  # fmt: skip
PLACED = Placement(PlacementKind.BEFORE_PUBLICATION, None, "before 2020-06-09", "t0", "tense-past")
UNKNOWN = Placement(PlacementKind.UNKNOWN, None, "unknown", None, "no-link")


def test_a_report_of_a_placed_event_is_background() -> None:
    assert background_events((SAID,), {"e1": PLACED, "e2": PLACED}) == {"e1"}


def test_a_report_of_an_unplaced_event_stays() -> None:
    assert background_events((SAID,), {"e1": PLACED, "e2": UNKNOWN}) == frozenset()


@pytest.mark.parametrize("event_class", [EventClass.OCCURRENCE, EventClass.I_STATE])
def test_only_reporting_events_are_background(event_class: EventClass) -> None:
    event = attrs.evolve(SAID, event_class=event_class)
    assert background_events((event,), {"e1": PLACED, "e2": PLACED}) == frozenset()


def _timeline(nlp: Language, text: str) -> Timeline:
    doc = nlp.make_doc(text)
    doc._.publication_date = "2020-06-09"
    result: Timeline = nlp(doc)._.timeline
    return result


def test_pipeline_marks_background_entries(nlp: Language) -> None:
    tl = _timeline(nlp, "The ministry said it will continue.")
    assert [(entry.event.text, entry.salient) for entry in tl] == [("said", False), ("continue", True)]
    assert [entry.event.text for entry in tl.view()] == ["continue"]
    assert len(tl.events) == 2


def test_a_report_of_a_modal_statement_stays_in_view(nlp: Language) -> None:
    tl = _timeline(nlp, "The calls should be maintained, the ministry said.")
    assert "said" in [entry.event.text for entry in tl.view()]
