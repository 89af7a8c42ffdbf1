"""A clock time takes the day stated right after it."""

from __future__ import annotations

import pytest

import timeline


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("At 3:45 p.m. EDT on Monday, the index was up 2%.", ["2020-06-08T15:45", "2020-06-08"]),
        (
            "Polls will open between 8 a.m. and 6 p.m. on Sunday.",
            ["2020-06-14T08:00", "2020-06-14T18:00", "2020-06-14"],
        ),
        ("The market closed at 4 p.m., June 5.", ["2020-06-05T16:00"]),
        ("He spoke at 10 a.m. tomorrow.", ["2020-06-10T10:00"]),
        ("The office opened at 9 a.m. on June 3, 2020.", ["2020-06-03T09:00", "2020-06-03"]),
    ],
)
def test_a_day_right_after_a_clock_time_is_its_day(text: str, values: list[str]) -> None:
    assert [t.value.value for t in timeline.find_times(text, "2020-06-09")] == values


@pytest.mark.parametrize(
    "text",
    [
        # Other words between them: the day belongs to something else.
        "He arrived at 9 a.m. and left Tuesday.",
        "The store opens at 9 a.m. Prices rose on Monday.",
    ],
)
def test_a_day_farther_away_is_not_taken(text: str) -> None:
    clock = timeline.find_times(text, "2020-06-09")[0]
    assert clock.value.value == "2020-06-09T09:00"


def test_a_clock_time_with_its_own_day_keeps_it() -> None:
    found = timeline.find_times("The strike ran from 10 p.m. Friday to 6 a.m. on Monday.", "2020-06-09")
    assert [t.value.value for t in found] == ["2020-06-05T22:00", "2020-06-08T06:00", "2020-06-08"]
