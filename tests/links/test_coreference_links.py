"""Event-event links between two mentions of one event, through the pipeline."""

from __future__ import annotations

import pytest

import timeline


def _coreference(text: str) -> list[tuple[str, str, str]]:
    tl = timeline.extract(text, "2020-06-09")
    words = {event.id: event.text for event in tl.events}
    return [
        (words[r.source], r.rel_type.value, words[r.target])
        for r in tl.relations
        if r.rule == "event-coreference"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels attacked the town. The attack killed two people.", [("attack", "IDENTITY", "attacked")]),
        (
            "The boy returned to Cuba. His return ended the dispute.",
            [("return", "IDENTITY", "returned")],
        ),
        (
            "Bombings hit two embassies. Police are investigating the bombings.",
            [("bombings", "IDENTITY", "Bombings")],
        ),
    ],
)
def test_a_definite_event_noun_is_the_event_told_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _coreference(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the town. A second attack followed.",  # a new event
        "The attack killed two people.",  # nothing told before
    ],
)
def test_no_coreference(text: str) -> None:
    assert _coreference(text) == []
