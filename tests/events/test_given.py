"""Events given by the caller: the spans checked, their head words as triggers, no other event."""

from __future__ import annotations

import pytest
from spacy.language import Language

import timeline
from timeline.chunking import run_pipeline
from timeline.errors import InvalidSettingError
from timeline.events.given import checked_event_spans, trigger_indices
from timeline.pipeline import pipeline
from timeline.store import EVENTS

TEXT = "Police said the fire started on Monday, after a storm."


def _span(word: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(word)
    return (start, start + len(word))


def test_the_given_events_are_the_events(nlp: Language) -> None:
    given = [_span("fire"), _span("storm")]
    tl = timeline.extract(TEXT, "2020-06-09", nlp=nlp, events=given)
    assert [(event.text, event.start, event.end) for event in tl.events] == [
        ("fire", *given[0]),
        ("storm", *given[1]),
    ]


def test_given_events_are_described_and_anchored_as_found_ones(nlp: Language) -> None:
    found = {event.text: event for event in timeline.extract(TEXT, "2020-06-09", nlp=nlp).events}
    given = timeline.extract(TEXT, "2020-06-09", nlp=nlp, events=[_span("started"), _span("said")])
    by_text = {event.text: event for event in given.events}
    assert by_text["started"].tense is found["started"].tense
    assert by_text["said"].event_class is found["said"].event_class
    monday = next(entry for entry in given if entry.event is not None and entry.event.text == "started")
    assert monday.label == "2020-06-08"


def test_a_span_of_several_words_takes_its_head(nlp: Language) -> None:
    text = "The peace talks collapsed."
    tl = timeline.extract(text, "2020-06-09", nlp=nlp, events=[(0, len("The peace talks"))])
    assert [event.text for event in tl.events] == ["talks"]


def test_no_given_events_gives_no_events(nlp: Language) -> None:
    assert timeline.extract(TEXT, "2020-06-09", nlp=nlp, events=[]).events == ()


def test_given_events_in_a_chunked_text(nlp: Language) -> None:
    text = "The storm hit the coast.\n\n" + "Filler words here. " * 20 + "\n\nThe rescue began on Monday."
    given = (_span("storm", text), _span("rescue", text))
    doc = run_pipeline(pipeline(nlp), text, "2020-06-09", size=120, events=given)
    assert [(event.text, event.start) for event in EVENTS.get(doc)] == [
        ("storm", given[0][0]),
        ("rescue", given[1][0]),
    ]


@pytest.mark.parametrize(
    ("spans", "message"),
    [
        ("fire", "sequence of"),
        (5, "sequence of"),
        ([(1, 2, 3)], "pair of character offsets"),
        ([("1", "2")], "pair of character offsets"),
        ([(True, 2)], "pair of character offsets"),
        ([(5, 5)], "needs 0 <= start < end"),
        ([(-1, 3)], "needs 0 <= start < end"),
        ([(0, 999)], "needs 0 <= start < end"),
        ([(6, 7)], "only white space"),
    ],
)
def test_bad_spans_are_refused_clearly(spans: object, message: str) -> None:
    with pytest.raises(InvalidSettingError, match=message):
        checked_event_spans(spans, TEXT)


def test_bad_spans_are_refused_before_any_work() -> None:
    with pytest.raises(InvalidSettingError, match="needs 0 <= start < end"):
        timeline.extract("", "2020-06-09", events=[(0, 1)])


def test_two_spans_on_one_head_are_refused(nlp: Language) -> None:
    doc = nlp("The peace talks collapsed.")
    with pytest.raises(InvalidSettingError, match="share their head word 'talks'"):
        trigger_indices(doc, [(10, 15), (4, 15)])
