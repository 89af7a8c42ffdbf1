"""Event-event links from markers, reported speech, tense and discourse, on parsed text."""

from __future__ import annotations

import pytest

import timeline


def _links(text: str, policy: str = "news") -> list[tuple[str, str, str, str]]:
    tl = timeline.extract(text, "2020-06-09", policy=policy)
    words = {event.id: event.text for event in tl.events}
    return [
        (words[r.source], r.rel_type.value, words[r.target], r.rule)
        for r in tl.relations
        if r.source in words and r.target in words
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrived after the bomb exploded.", ("arrived", "AFTER", "exploded", "clause-marker")),
        ("Prices rose while demand fell.", ("rose", "IS_INCLUDED", "fell", "clause-marker")),
        ("The guards had left when police arrived.", ("left", "BEFORE", "arrived", "clause-marker")),
        ("The talks stalled before the vote.", ("stalled", "BEFORE", "vote", "event-preposition")),
        ("They stayed until the court ruled.", ("stayed", "BEFORE", "ruled", "clause-marker")),
        ("Officials said the bomb exploded.", ("exploded", "BEFORE", "said", "reported-speech")),
        ("The ministry says it is ready.", ("ready", "INCLUDES", "says", "reported-speech")),
        ("The ministry said it will continue.", ("continue", "AFTER", "said", "reported-speech")),
        ("The company planned to sell the unit.", ("planned", "BEFORE", "sell", "purpose-clause")),
        ("Police entered the house to search it.", ("entered", "BEFORE", "search", "purpose-clause")),
        ("Two people were killed by the explosion.", ("killed", "AFTER", "explosion", "reason-preposition")),
        ("The plant closed because of the strike.", ("closed", "AFTER", "strike", "reason-preposition")),
        ("The rebels called for talks.", ("called", "BEFORE", "talks", "reason-preposition")),
        ("Their efforts to block the vote failed.", ("efforts", "BEFORE", "block", "purpose-clause")),
        (
            "Police entered the house and searched it.",
            ("entered", "BEFORE", "searched", "coordinated-events"),
        ),
        (
            "The army attacked the town. Then the rebels retreated.",
            ("retreated", "AFTER", "attacked", "discourse-marker"),
        ),
        (
            "The rebels retreated. Earlier, the army attacked the town.",
            ("attacked", "BEFORE", "retreated", "discourse-marker"),
        ),
        (
            "Jobs returned to Apple and soon after reassumed the role of CEO.",
            ("reassumed", "AFTER", "returned", "discourse-marker"),
        ),
    ],
)
def test_rule_links(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _links(text)


def test_narrative_order_only_under_the_narrative_policy() -> None:
    text = "The army attacked the town. The rebels retreated. They regrouped in the hills."
    narrative = [link for link in _links(text, "narrative") if link[3] == "narrative-order"]
    assert narrative == [
        ("attacked", "BEFORE", "retreated", "narrative-order"),
        ("retreated", "BEFORE", "regrouped", "narrative-order"),
    ]
    assert not [link for link in _links(text) if link[3] == "narrative-order"]


def test_narrative_order_orders_the_timeline() -> None:
    tl = timeline.extract(
        "The rebels regrouped. The army attacked the town.", "2020-06-09", policy="narrative"
    )
    assert [entry.event.text for entry in tl] == ["regrouped", "attacked"]


def test_a_reported_past_state_gets_no_order() -> None:
    assert not [link for link in _links("Officials said the town was calm.") if link[3] == "reported-speech"]


@pytest.mark.parametrize(
    "text",
    [
        "Voters either won or lost.",  # alternatives
        "The company is and remains profitable.",  # states
        "Police will enter the house and search it.",  # not told as past events
    ],
)
def test_no_coordinated_events(text: str) -> None:
    assert [link for link in _links(text) if link[3] == "coordinated-events"] == []


def test_a_present_under_a_past_report_is_not_linked_to_the_report() -> None:
    assert [link for link in _links("The ministry said it is ready.") if link[3] == "reported-speech"] == []


def test_a_habit_is_not_before_its_purpose() -> None:
    links = _links("North Korea cuts the lines to create an atmosphere of risk.")
    assert [link for link in links if link[3] == "purpose-clause"] == []
