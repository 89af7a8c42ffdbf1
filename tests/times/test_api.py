"""find_times and normalize: the time stages without the event stages."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

import timeline
from timeline.model import AnchorKind, Tense, TimexType


def test_find_times_resolves_against_the_publication_date() -> None:
    found = timeline.find_times("On Monday, only one was answered. Talks resume on Thursday.", "2020-06-09")
    assert [(t.text, t.value.value) for t in found] == [("Monday", "2020-06-08"), ("Thursday", "2020-06-11")]
    assert all(t.anchor.kind is AnchorKind.PUBLICATION_DATE for t in found)


def test_find_times_offsets_point_into_the_text() -> None:
    text = "Sales rose 5% in the third quarter from a year ago, the company said on Oct. 26, 1989."
    for expression in timeline.find_times(text, dt.date(1989, 10, 30)):
        assert text[expression.start : expression.end] == expression.text


def test_find_times_with_a_parsed_pipeline_uses_the_parse(nlp: Language) -> None:
    fast = timeline.find_times("They will meet on Thursday.", "2020-06-09")
    parsed = timeline.find_times("They will meet on Thursday.", "2020-06-09", nlp=nlp)
    assert [t.value.value for t in fast] == [t.value.value for t in parsed] == ["2020-06-11"]
    assert parsed[0].anchor.tense is Tense.FUTURE


def test_find_times_day_first() -> None:
    assert timeline.find_times("06/07/2020", "2020-06-09")[0].value.value == "2020-06-07"
    assert timeline.find_times("06/07/2020", "2020-06-09", day_first=True)[0].value.value == "2020-07-06"


def test_find_times_narrative_policy() -> None:
    story = "The siege began on March 3, 1871. On Monday the army left."
    values = [t.value.value for t in timeline.find_times(story, "2020-06-09", policy="narrative")]
    assert values == ["1871-03-03", "1871-03-06"]


@pytest.mark.parametrize("text", ["", "   \n", "Nothing temporal here."])
def test_find_times_finds_nothing_as_an_empty_tuple(text: str) -> None:
    assert timeline.find_times(text, "2020-06-09") == ()


def test_find_times_refuses_bytes_and_bad_dates() -> None:
    with pytest.raises(timeline.InvalidTextError, match="decode it first"):
        timeline.find_times(b"On Monday", "2020-06-09")  # type: ignore[arg-type]
    with pytest.raises(timeline.InvalidPublicationDateError):
        timeline.find_times("On Monday", "Tuesday")
    with pytest.raises(timeline.InvalidSettingError, match="anchoring policy"):
        timeline.find_times("On Monday", "2020-06-09", policy="calendar")


@pytest.mark.parametrize(
    ("tense", "value"),
    [(Tense.PAST, "2020-06-08"), ("PAST", "2020-06-08"), ("future", "2020-06-15"), (None, "2020-06-08")],
)
def test_normalize_with_a_tense(tense: Tense | str | None, value: str) -> None:
    expression = timeline.normalize("On Monday", "2020-06-09", tense=tense)
    assert expression.value.value == value
    assert expression.text == "Monday"
    assert (expression.start, expression.end) == (3, 9)


def test_normalize_keeps_the_longest_expression() -> None:
    expression = timeline.normalize("from June 6 to June 9", "2020-06-09")
    assert expression.value.type is TimexType.DURATION
    assert [part.text for part in expression.parts] == ["June 6", "June 9"]


def test_normalize_errors() -> None:
    with pytest.raises(timeline.NotATimeExpressionError, match="no time expression found in 'banana'"):
        timeline.normalize("banana", "2020-06-09")
    with pytest.raises(timeline.InvalidSettingError, match="unknown tense"):
        timeline.normalize("Monday", "2020-06-09", tense="PLUPERFECT")
    with pytest.raises(ValueError, match="no time expression"):
        timeline.normalize("", "2020-06-09")


def test_a_forward_signal_overrides_a_past_tense() -> None:
    text = "The father was ready to leave as soon as Tuesday, Castro said."
    found = timeline.find_times(text, "2000-04-03")
    assert [(t.text, t.value.value) for t in found] == [("Tuesday", "2000-04-04")]
