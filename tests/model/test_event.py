"""The event values: participants and who an event involves."""

from __future__ import annotations

import pytest

from timeline.model import Aspect, Event, EventClass, Participant, PartOfSpeech, Polarity, Tense


@pytest.mark.parametrize(
    ("entity", "name", "expected"),
    [
        ("Steve Jobs", "Steve Jobs", True),
        ("Jobs", "Steve Jobs", True),
        ("Apple Corps", "Beatles Apple Corps", True),
        ("Apple", "Beatles Apple Corps", False),
        ("Steve", "Steve Jobs", False),
        ("the Korean War", "korean war", True),
        ("Jobs", "", True),
        ("Jobs", "   ", False),
    ],
)
def test_an_entity_names_a_name_or_a_short_form_of_it(entity: str, name: str, expected: bool) -> None:
    assert Participant(entity, "PERSON", 0, len(entity)).mentions(name) is expected


@pytest.mark.parametrize(
    ("phrase", "name", "expected"),
    [
        ("the iTunes Music Store", "iTunes store", True),
        ("Apple CEO Steve Jobs", "Steve Jobs", True),
        ("the music store", "iTunes store", False),
    ],
)
def test_every_word_of_a_name_in_a_participant_phrase_counts(phrase: str, name: str, expected: bool) -> None:
    event = Event(
        "e1", "sells", 0, 5, 0, "sell", EventClass.OCCURRENCE, Tense.PRESENT, Aspect.NONE, Polarity.POS,
        None, PartOfSpeech.VERB, f"{phrase} sells music", subject=phrase,
    )  # fmt: skip
    assert event.mentions(name) is expected
