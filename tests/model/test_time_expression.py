"""Anchor descriptions and TimeExpression.explain."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from timeline.model import (
    Anchor,
    AnchorKind,
    Granularity,
    Interval,
    Tense,
    TimeExpression,
    TimeValue,
    TimexType,
)


def test_publication_anchor_description() -> None:
    anchor = Anchor.publication(dt.date(2020, 6, 9), Tense.PAST)
    assert anchor.kind is AnchorKind.PUBLICATION_DATE
    assert anchor.describe() == "publication date 2020-06-09, past tense"


def test_anchor_without_tense_omits_it() -> None:
    assert Anchor.publication(dt.date(2020, 6, 9), None).describe() == "publication date 2020-06-09"
    assert Anchor.publication(dt.date(2020, 6, 9), Tense.NONE).describe() == "publication date 2020-06-09"


def test_unknown_publication_date_anchor() -> None:
    anchor = Anchor(AnchorKind.PUBLICATION_DATE, None, None, Tense.FUTURE)
    assert anchor.describe() == "publication date (unknown), future tense"


def test_expression_anchor_description() -> None:
    anchor = Anchor(AnchorKind.EXPRESSION, dt.date(2019, 6, 3), "t1", None)
    assert anchor.describe() == "expression t1"


def test_absolute_anchor() -> None:
    assert Anchor.absolute().kind is AnchorKind.NONE
    assert Anchor.absolute().describe() == "none (absolute)"


def _monday() -> TimeExpression:
    return TimeExpression(
        id="t1",
        text="Monday",
        start=3,
        end=9,
        sentence=0,
        value=TimeValue(TimexType.DATE, "2020-06-08", Granularity.DAY, Interval.day(dt.date(2020, 6, 8))),
        anchor=Anchor.publication(dt.date(2020, 6, 9), Tense.PAST),
        rule="weekday",
    )


def test_explain_says_value_rule_and_anchor() -> None:
    assert _monday().explain() == (
        "'Monday' -> DATE 2020-06-08 by rule weekday, anchored on publication date 2020-06-09, past tense"
    )


def test_time_expression_is_frozen_and_evolves() -> None:
    monday = _monday()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        monday.text = "Tuesday"  # type: ignore[misc]
    assert attrs.evolve(monday, id="t2").id == "t2"
    assert monday.id == "t1"
