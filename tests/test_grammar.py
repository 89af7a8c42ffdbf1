"""Tense, aspect, polarity and modality read off the parse."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from timeline import grammar
from timeline.model import Aspect, Polarity, Tense


def _word(nlp: Language, text: str, word: str) -> Token:
    doc = nlp(text)
    return next(token for token in doc if token.text == word)


@pytest.mark.parametrize(
    ("text", "word", "tense", "aspect"),
    [
        ("Officials did not answer the calls.", "answer", Tense.PAST, Aspect.NONE),
        ("Only one was answered.", "answered", Tense.PAST, Aspect.NONE),
        ("The ministry will continue.", "continue", Tense.FUTURE, Aspect.NONE),
        ("They won't answer.", "answer", Tense.FUTURE, Aspect.NONE),
        ("The country has lashed out at the South.", "lashed", Tense.PRESENT, Aspect.PERFECTIVE),
        ("North Korea is taking steps.", "taking", Tense.PRESENT, Aspect.PROGRESSIVE),
        (
            "They have been talking for hours.",
            "talking",
            Tense.PRESENT,
            Aspect.PERFECTIVE_PROGRESSIVE,
        ),
        ("The routine calls should be maintained.", "maintained", Tense.NONE, Aspect.NONE),
        ("It will continue to follow the principles.", "follow", Tense.INFINITIVE, Aspect.NONE),
        ("They remain at war.", "remain", Tense.PRESENT, Aspect.NONE),
    ],
)
def test_tense_and_aspect(nlp: Language, text: str, word: str, tense: Tense, aspect: Aspect) -> None:
    verb = _word(nlp, text, word)
    assert grammar.tense(verb) is tense
    assert grammar.aspect(verb) is aspect


@pytest.mark.parametrize(
    ("text", "word", "polarity"),
    [
        ("Officials did not answer the calls.", "answer", Polarity.NEG),
        ("They never answered.", "answered", Polarity.NEG),
        ("They won't answer.", "answer", Polarity.NEG),
        ("Officials answered the calls.", "answered", Polarity.POS),
    ],
)
def test_polarity(nlp: Language, text: str, word: str, polarity: Polarity) -> None:
    assert grammar.polarity(_word(nlp, text, word)) is polarity


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("The routine calls should be maintained.", "maintained", "should"),
        ("They could not answer.", "answer", "could"),
        ("They can't answer.", "answer", "can"),
        ("They will answer.", "answer", None),
        ("They answered.", "answered", None),
    ],
)
def test_modality(nlp: Language, text: str, word: str, modality: str | None) -> None:
    assert grammar.modality(_word(nlp, text, word)) == modality


def test_modal_verb_has_no_tense(nlp: Language) -> None:
    assert grammar.tense(_word(nlp, "They could not answer.", "answer")) is Tense.NONE


def test_governing_verb_of_a_time_expression(nlp: Language) -> None:
    monday = _word(nlp, "On Monday, only one was answered.", "Monday")
    governor = grammar.governing_verb(monday)
    assert governor is not None
    assert governor.text == "answered"


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        ("On Monday, only one was answered.", "Monday", Tense.PAST),
        ("They will meet on Thursday.", "Thursday", Tense.FUTURE),
        ("The talks ended on June 12.", "June", Tense.PAST),
        ("They meet on Friday.", "Friday", Tense.PRESENT),
        # A non-finite verb borrows the tense of the finite verb above it.
        ("It will continue to follow the principles on Friday.", "Friday", Tense.FUTURE),
    ],
)
def test_clause_tense_of_a_time_expression(nlp: Language, text: str, word: str, tense: Tense) -> None:
    assert grammar.clause_tense(_word(nlp, text, word)) is tense


def test_clause_tense_of_a_headline_without_a_verb_is_none(nlp: Language) -> None:
    assert grammar.clause_tense(_word(nlp, "Talks on Monday", "Monday")) is None


# A complement verb with its own subject is no present tense; these read PRESENT once.
@pytest.mark.parametrize(
    ("text", "word"),
    [("They made him leave.", "leave"), ("Yesterday they let the prisoners go.", "go")],
)
def test_bare_infinitive_complement_is_not_present(nlp: Language, text: str, word: str) -> None:
    assert grammar.tense(_word(nlp, text, word)) is not Tense.PRESENT
