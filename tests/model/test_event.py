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


def _event(subject: str, *entities: Participant) -> Event:
    return Event(
        "e1", "spoke", 0, 5, 0, "speak", EventClass.OCCURRENCE, Tense.PAST, Aspect.NONE, Polarity.POS,
        None, PartOfSpeech.VERB, f"{subject} spoke", subject=subject, entities=entities,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("subject", "name", "expected"),
    [
        ("Jobs", "Steve Jobs", True),
        ("Apple Corps", "Beatles Apple Corps", True),
        # A common noun phrase is no short form of a name, even when it keeps its last word.
        ("the store", "iTunes store", False),
        ("He", "Steve Jobs", False),
        ("Steve", "Steve Jobs", False),
    ],
)
def test_a_proper_name_subject_may_be_a_short_form(subject: str, name: str, expected: bool) -> None:
    assert _event(subject).mentions(name) is expected


def test_a_part_of_a_name_the_text_gives_in_full_names_a_person_only() -> None:
    steve = _event("Steve", Participant("Steve", "PERSON", 0, 5))
    apple = _event("Apple", Participant("Apple", "ORG", 0, 5))
    assert not steve.mentions("Steve Jobs")
    assert steve.mentions("Steve Jobs", named_in_full=True)
    # "Apple" in a text naming "Apple Corps" may well be the other Apple.
    assert not apple.mentions("Apple Corps", named_in_full=True)
    assert not steve.mentions("Steve Wozniak Jr", named_in_full=False)
