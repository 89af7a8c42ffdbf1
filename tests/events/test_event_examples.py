"""The English event example corpus of events/en/examples.toml, run through the default pipeline.

Examples marked ``copular_states`` run with that setting of the events component on.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from spacy.language import Language

import timeline
from timeline import store
from timeline.events.examples import EventExample, NotAnEvent, load_examples
from timeline.model import Event

ENGLISH = load_examples("en")


@pytest.fixture(scope="module")
def copular_nlp() -> Language:
    """The default pipeline with the events component's ``copular_states`` on."""
    nlp = timeline.pipeline()
    nlp.replace_pipe("timeline_events", "timeline_events", config={"copular_states": True})
    return nlp


def _pipeline(request: pytest.FixtureRequest, copular_states: bool) -> Language:
    return request.getfixturevalue("copular_nlp" if copular_states else "nlp")  # type: ignore[no-any-return]


def _events(nlp: Language, text: str) -> tuple[Event, ...]:
    doc = nlp.make_doc(text)
    doc._.publication_date = "2020-06-09"
    return store.EVENTS.get(nlp(doc))


def _found(nlp: Language, example: EventExample) -> Event:
    start = example.text.index(example.trigger)
    found = [event for event in _events(nlp, example.text) if event.start == start]
    assert found, f"no event at {example.trigger!r} in {example.text!r}"
    return found[0]


@pytest.mark.parametrize("example", ENGLISH.examples, ids=lambda example: f"{example.rule}: {example.text}")
def test_example_is_an_event_with_its_attributes(
    request: pytest.FixtureRequest, example: EventExample
) -> None:
    event = _found(_pipeline(request, example.copular_states), example)
    assert event.text == example.trigger
    assert (event.event_class, event.pos) == (example.event_class, example.pos)
    assert (event.tense, event.aspect, event.polarity) == (example.tense, example.aspect, example.polarity)
    assert event.modality == example.modality
    if example.lemma is not None:
        assert event.lemma == example.lemma
    if example.subject is not None:
        assert event.subject == example.subject
    if example.object is not None:
        assert event.object == example.object


@pytest.mark.parametrize(
    "negative", ENGLISH.negatives, ids=lambda negative: f"{negative.rule}: {negative.text}"
)
def test_negative_example_is_no_event(request: pytest.FixtureRequest, negative: NotAnEvent) -> None:
    nlp = _pipeline(request, negative.copular_states)
    start = negative.text.index(negative.word)
    assert [event.text for event in _events(nlp, negative.text) if event.start == start] == []


def _lexicon_rules() -> set[str]:
    """Every table and class of the lexicon, as example rule names."""
    data = tomllib.loads(resources.files("timeline.events").joinpath("en", "lexicon.toml").read_text("utf-8"))
    rules = {
        f"{table}.{name}"
        for table in (
            "class",
            "nouns",
            "adjectives",
            "with_complement",
            "with_gerund",
            "nouns_with_complement",
        )
        for name in data[table]
    }
    return (
        rules
        | {f"aspect_point.{name}" for name in data["aspect_point"]}
        | {"word_lemmas", "not_events", "period_participles"}
    )


def test_every_lexicon_table_and_class_has_an_example() -> None:
    exemplified = {example.rule for example in ENGLISH.examples} | {
        negative.rule for negative in ENGLISH.negatives
    }
    assert sorted(_lexicon_rules() - exemplified) == []


def test_every_detection_rule_has_an_example() -> None:
    rules = {example.rule for example in ENGLISH.examples}
    assert {
        "verb",
        "proper-noun",
        "reporting-participle",
        "coordinated-tense",
        "bare-infinitive",
        "state-phrase",
        "copular-state",
    } <= rules
    negative_rules = {negative.rule for negative in ENGLISH.negatives}
    assert {
        "modifier-participle",
        "auxiliary",
        "noun-modifier",
        "not_events",
        "copular-state",
    } <= negative_rules
