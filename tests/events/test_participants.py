"""Subjects, objects and named entities of events, from the parse."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

import timeline
from timeline.events.participants import clause_entities, object_of, phrase, subject_of


def _token(nlp: Language, text: str, word: str) -> Token:
    return next(token for token in nlp(text) if token.text == word)


@pytest.mark.parametrize(
    ("text", "word", "subject"),
    [
        ("North Korean officials did not answer the calls.", "answer", "North Korean officials"),
        (
            "Material and leaflets were reportedly sneaked across the border.",
            "sneaked",
            "Material and leaflets",
        ),
        ("The ministry will continue and strive for peace.", "strive", "The ministry"),
        ("North Korea is taking steps to shut down the office.", "shut", "North Korea"),
        ("They want to persuade North Korea to give up its program.", "give", "North Korea"),
        ("They denounced the group who precipitate their self-ruin.", "precipitate", "the group"),
        ("Poland was not willing to wait.", "willing", "Poland"),
        ("North Korea's decision surprised analysts.", "decision", "North Korea's"),
    ],
)
def test_subject(nlp: Language, text: str, word: str, subject: str) -> None:
    head = subject_of(_token(nlp, text, word))
    assert head is not None
    assert phrase(head) == subject


def test_no_subject_is_none(nlp: Language) -> None:
    assert subject_of(_token(nlp, "The rally on June 6 drew crowds.", "rally")) is None


def test_object_is_the_compact_direct_object(nlp: Language) -> None:
    head = object_of(_token(nlp, "They closed the liaison office that opened in 2018.", "closed"))
    assert head is not None
    assert phrase(head) == "the liaison office"


def test_entities_leave_out_times_and_numbers(nlp: Language) -> None:
    doc = nlp("On Monday, two officials met Kim Jong Un in Pyongyang.")
    assert [(entity.text, entity.label) for entity in clause_entities(doc)] == [
        ("Kim Jong Un", "PERSON"),
        ("Pyongyang", "GPE"),
    ]


def test_a_pronoun_subject_brings_the_person_it_stands_for() -> None:
    tl = timeline.extract(
        "Steve Jobs returned to Apple in 1997. He unveiled the iMac a year later.", "2020-06-09"
    )
    unveiled = next(event for event in tl.events if event.text == "unveiled")
    assert ("Steve Jobs", "PERSON") in [(entity.text, entity.label) for entity in unveiled.entities]
    assert "unveiled" in [entry.event.text for entry in tl.about("Jobs")]


def test_a_pronoun_with_no_person_before_it_brings_nobody() -> None:
    tl = timeline.extract("He unveiled the iMac. Steve Jobs smiled.", "2020-06-09")
    unveiled = next(event for event in tl.events if event.text == "unveiled")
    assert "PERSON" not in [entity.label for entity in unveiled.entities]
