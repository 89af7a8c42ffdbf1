"""The English event lexicon."""

from __future__ import annotations

import pytest

from timeline.errors import InvalidSettingError
from timeline.events.lexicon import EventLexicon, load_lexicon
from timeline.model import EventClass

ENGLISH = load_lexicon("en")


@pytest.mark.parametrize(
    ("lemma", "event_class"),
    [
        ("say", EventClass.REPORTING),
        ("tell", EventClass.REPORTING),
        ("end", EventClass.ASPECTUAL),
        ("continue", EventClass.ASPECTUAL),
        ("try", EventClass.I_ACTION),
        ("hope", EventClass.I_STATE),
        ("see", EventClass.PERCEPTION),
        ("remain", EventClass.STATE),
        ("answer", EventClass.OCCURRENCE),
        ("SAY", EventClass.REPORTING),
    ],
)
def test_verb_classes(lemma: str, event_class: EventClass) -> None:
    assert ENGLISH.verb_class(lemma) is event_class


def test_lemma_in_two_classes_keeps_the_first_listed() -> None:
    # "seek" is listed under I_ACTION only; "mean" under I_STATE.
    assert ENGLISH.verb_class("seek") is EventClass.I_ACTION
    assert ENGLISH.verb_class("mean") is EventClass.I_STATE


@pytest.mark.parametrize(
    ("lemma", "event_class"),
    [("attempt", EventClass.I_ACTION), ("fear", EventClass.I_STATE), ("war", EventClass.OCCURRENCE)],
)
def test_noun_classes(lemma: str, event_class: EventClass) -> None:
    assert ENGLISH.noun_class(lemma) is event_class


@pytest.mark.parametrize("lemma", ["profit", "treaty", "statement", "hope", "success"])
def test_nouns_that_mostly_name_things_are_no_events(lemma: str) -> None:
    assert not ENGLISH.is_event_noun(lemma)


def test_adjective_classes() -> None:
    assert ENGLISH.adjective_class("unknown") is EventClass.STATE
    assert ENGLISH.adjective_class("willing") is EventClass.I_STATE
    assert ENGLISH.adjective_class("red") is None


@pytest.mark.parametrize("lemma", ["war", "rally", "armistice", "War", "briefing"])
def test_event_nouns(lemma: str) -> None:
    assert ENGLISH.is_event_noun(lemma)


@pytest.mark.parametrize("lemma", ["office", "country", "official", "Korea"])
def test_other_nouns_are_no_events(lemma: str) -> None:
    assert not ENGLISH.is_event_noun(lemma)


def test_light_verbs_are_not_events() -> None:
    assert {"let", "be"} <= ENGLISH.not_events
    assert not {"do", "get"} & ENGLISH.not_events


def test_aspect_point_verbs() -> None:
    assert {"end", "finish", "stop"} <= ENGLISH.ending_verbs
    assert {"begin", "start"} <= ENGLISH.beginning_verbs
    assert not ENGLISH.ending_verbs & ENGLISH.beginning_verbs


def test_every_aspect_point_verb_is_aspectual() -> None:
    points = ENGLISH.ending_verbs | ENGLISH.beginning_verbs
    assert {lemma for lemma in points if ENGLISH.verb_class(lemma) is not EventClass.ASPECTUAL} == (set())


def test_lexicon_of_an_unknown_language_is_an_invalid_setting() -> None:
    with pytest.raises(InvalidSettingError, match="'xx'"):
        load_lexicon("xx")


def test_hand_made_lexicon_defaults() -> None:
    lexicon = EventLexicon(
        classes={"say": EventClass.REPORTING}, nouns=frozenset({"war"}), not_events=frozenset()
    )
    assert lexicon.verb_class("Say") is EventClass.REPORTING
    assert lexicon.verb_class("run") is EventClass.OCCURRENCE
    assert lexicon.ending_verbs == frozenset()


def test_classes_that_depend_on_a_complement() -> None:
    assert ENGLISH.verb_class("keep", has_complement=True) is EventClass.OCCURRENCE
    assert ENGLISH.verb_class("keep", has_complement=True, has_gerund=True) is EventClass.ASPECTUAL
    # A gerund complement of a verb the with_gerund table does not list changes nothing.
    assert ENGLISH.verb_class("decline", has_complement=True, has_gerund=True) is EventClass.I_ACTION
    assert ENGLISH.noun_class("offer") is EventClass.OCCURRENCE
    assert ENGLISH.noun_class("offer", has_complement=True) is EventClass.I_ACTION
    assert ENGLISH.noun_class("war", has_complement=True) is EventClass.OCCURRENCE
