"""Event-event links between a verb and its event complement, through the pipeline."""

from __future__ import annotations

import pytest

import timeline
from timeline.links.complement_links import complement_links
from timeline.links.vocabulary import ComplementVocabulary


def _links(text: str) -> list[tuple[str, str, str, str]]:
    tl = timeline.extract(text, "2020-06-09")
    words = {event.id: event.text for event in tl.events}
    return [
        (words[r.source], r.rel_type.value, words[r.target], r.rule)
        for r in tl.relations
        if r.source in words and r.target in words
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company had a loss last year.", ("had", "SIMULTANEOUS", "loss", "support-verb")),
        ("The rebels made an offer.", ("made", "SIMULTANEOUS", "offer", "support-verb")),
        (
            "Protesters demanded the return of the boy.",
            ("demanded", "BEFORE", "return", "prospective-complement"),
        ),
        ("The lawyers tried to block the vote.", ("block", "BEFORE", "vote", "prospective-complement")),
        ("The ministry condemned the bombings.", ("condemned", "AFTER", "bombings", "retrospective-object")),
        ("The judge denied the request.", ("denied", "AFTER", "request", "retrospective-object")),
    ],
)
def test_rule_links(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _links(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company had a car.",  # "car" names no event
        "Officials expect the talks to resume.",  # the talks may be under way: no fixed order
        "The ministry denied that the army attacked.",  # a denial says nothing about when
    ],
)
def test_no_complement_links(text: str) -> None:
    rules = {"support-verb", "prospective-complement", "retrospective-object"}
    assert [link for link in _links(text) if link[3] in rules] == []


def test_an_empty_vocabulary_links_nothing() -> None:
    nlp = timeline.pipeline()
    doc = nlp("Protesters demanded the return of the boy.")
    triggers = {span.start: span._.event for span in doc.spans["timeline_events"]}
    assert complement_links(doc, triggers, ComplementVocabulary()) == ()
