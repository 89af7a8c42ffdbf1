"""Subjects, objects and named entities of events, from the parse."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

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
