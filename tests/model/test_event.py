"""The event values: participants and who an event involves."""

from __future__ import annotations

import pytest

from timeline.model import Participant


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
