"""The English example corpus of times/en/examples.toml, run as tests at its pinned publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.times.language import Example, NegativeExample, load_language
from timeline.times.resolve import ResolutionContext, resolve
from timeline.times.rules import Recognizer

ENGLISH = load_language("en")
RECOGNIZER = Recognizer(ENGLISH.rules, ENGLISH.vocabulary)


def _recognizer(example: Example) -> Recognizer:
    return Recognizer(ENGLISH.rules, ENGLISH.vocabulary, example.settings)


def _example_id(example: Example) -> str:
    return f"{example.rule}: {example.text}"


@pytest.mark.parametrize("example", ENGLISH.examples, ids=_example_id)
def test_example_is_found_by_its_rule(example: Example) -> None:
    matches = _recognizer(example).find(example.text)
    assert len(matches) == 1
    (match,) = matches
    assert example.text[match.start : match.end] == example.found
    assert match.rule == example.rule


@pytest.mark.parametrize("example", ENGLISH.examples, ids=_example_id)
def test_example_resolves_to_its_value(example: Example) -> None:
    (match,) = _recognizer(example).find(example.text)
    value, _anchor = resolve(match.reading, ResolutionContext(example.publication_date, example.tense))
    assert value.notation == example.value
    assert value.type is example.type


@pytest.mark.parametrize("negative", ENGLISH.negatives, ids=lambda negative: negative.text)
def test_negative_example_has_no_match(negative: NegativeExample) -> None:
    assert RECOGNIZER.find(negative.text) == ()


def test_every_rule_has_an_example() -> None:
    exemplified = {example.rule for example in ENGLISH.examples}
    assert [rule.name for rule in ENGLISH.rules if rule.name not in exemplified] == []


def test_every_example_names_a_rule() -> None:
    names = {rule.name for rule in ENGLISH.rules}
    assert {example.rule for example in ENGLISH.examples} <= names


def test_corpus_is_pinned_to_one_publication_date() -> None:
    assert {example.publication_date for example in ENGLISH.examples} == {dt.date(2020, 6, 9)}


def test_there_are_negative_examples() -> None:
    assert len(ENGLISH.negatives) >= 1
