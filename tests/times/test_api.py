"""find_times and normalize: the time stages without the event stages."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

import timeline
from timeline.model import AnchorKind, Mod, Tense, TimexType


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


def test_since_looks_back_whatever_the_tense() -> None:
    # A present perfect has no past cue; the nearest October would be the coming one.
    found = timeline.find_times("They have lived there since October.", "2020-06-09")
    assert [(t.text, t.value.value) for t in found] == [("October", "2019-10")]
    assert timeline.normalize("since October", "2020-06-09").value.value == "2019-10"
    assert timeline.normalize("October", "2020-06-09").value.value == "2020-10"


@pytest.mark.parametrize("text", [None, 42, ["On Monday"], bytearray(b"On Monday")])
def test_find_times_and_normalize_refuse_what_is_not_text(text: object) -> None:
    with pytest.raises(timeline.InvalidTextError, match="text must be a str"):
        timeline.find_times(text, "2020-06-09")  # type: ignore[arg-type]
    with pytest.raises(timeline.InvalidTextError, match="text must be a str"):
        timeline.normalize(text, "2020-06-09")  # type: ignore[arg-type]


def test_text_that_is_not_valid_unicode_is_refused_with_its_offset() -> None:
    broken = b"On Monday \xff".decode("utf-8", errors="surrogateescape")
    with pytest.raises(timeline.InvalidCharacterError, match="at offset 10"):
        timeline.find_times(broken, "2020-06-09")
    with pytest.raises(ValueError, match="lone surrogate"):
        timeline.normalize(broken, "2020-06-09")


@pytest.mark.parametrize(
    "text",
    [
        "It happened on February 30.",
        "It happened on February 30, 2020.",
        "It happened on 30 February 2020.",
        "It happened on 2/30/2020.",
        "It happened on 2020-02-30.",
        "It happened on April 31, 2019.",
        "It happened on February 29, 2019.",
    ],
)
def test_impossible_dates_give_no_value_at_all(text: str) -> None:
    # Not "February" alone either: what only looks like a date is not half a date.
    assert timeline.find_times(text, "2020-06-09") == ()


def test_february_29_of_a_leap_year_is_a_date() -> None:
    [leap_day] = timeline.find_times("It happened on February 29, 2020.", "2020-06-09")
    assert leap_day.value.value == "2020-02-29"


@pytest.mark.parametrize(
    "text", ["in the year 0", "in 0000", "in 99999", "in the year 10000", "on 0000-01-01", "on 10000-01-01"]
)
def test_years_in_figures_outside_1000_to_2099_are_not_read_as_years(text: str) -> None:
    assert timeline.find_times(text, "2020-06-09") == ()


@pytest.mark.parametrize(
    ("text", "publication_date"),
    [("3 days later", dt.date.max), ("next year", dt.date.max), ("2 years ago", dt.date.min)],
)
def test_values_beyond_the_calendar_are_unknown_not_wrong(text: str, publication_date: dt.date) -> None:
    [expression] = timeline.find_times(text, publication_date)
    assert expression.value.interval is None
    assert expression.value.value.startswith("XXXX")


def test_other_languages_give_only_language_neutral_forms() -> None:
    # The rules are English: a French month name is not read, a year in figures or an ISO date is.
    french = timeline.find_times("Le 3 juin 2020, il a parlé; le 2020-06-08 aussi.", "2020-06-09")
    assert [(t.text, t.value.value) for t in french] == [("2020", "2020"), ("2020-06-08", "2020-06-08")]
    for text in ("Am Montag hat er gesagt.", "El lunes dijo que vendría.", "2020年6月9日に発表した。"):
        assert timeline.find_times(text, "2020-06-09") == ()


def test_a_day_in_the_possessive_is_past_and_takes_no_hedge() -> None:
    # Published on a Tuesday: the nearest Wednesday would be tomorrow.
    text = "Lawyers will look for ways to get around Wednesday's ruling."
    assert [(t.text, t.value.value) for t in timeline.find_times(text, "2020-06-09")] == [
        ("Wednesday", "2020-06-03")
    ]
    # A length of time keeps its hedge.
    (found,) = timeline.find_times("It took nearly a year's work.", "2020-06-09")
    assert (found.text, found.value.mod) == ("nearly a year", Mod.LESS_THAN)


def test_what_a_plan_aims_at_is_not_read_in_the_plans_past_tense() -> None:
    # Published on a Tuesday: the plan is past, the leaving tomorrow.
    text = "The team planned to leave Nairobi on Wednesday."
    assert [t.value.value for t in timeline.find_times(text, "2020-06-09")] == ["2020-06-10"]
    text = "Officials did not plan to remove him on Wednesday."
    assert [t.value.value for t in timeline.find_times(text, "2020-06-09")] == ["2020-06-10"]
    # A day before the plan is the plan's own.
    text = "On Friday, the government planned to pay the families."
    assert [t.value.value for t in timeline.find_times(text, "2020-06-09")] == ["2020-06-05"]
