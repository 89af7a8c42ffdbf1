"""Rules, the recognizer, vocabulary placeholders and producers."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.model import Granularity
from timeline.timeml.reader import read_corpus
from timeline.times.language import load_language
from timeline.times.produce_dates import calendar_date, weekday, year_range
from timeline.times.produce_relative import recurrence
from timeline.times.producers import PRODUCERS
from timeline.times.readings import (
    CalendarDate,
    RangeReading,
    RecurrenceReading,
    Shift,
    WeekdayReading,
)
from timeline.times.rules import Recognizer, Rule
from timeline.times.vocabulary import Vocabulary

ENGLISH = load_language("en")
RECOGNIZER = Recognizer(ENGLISH.rules, ENGLISH.vocabulary)
VOCABULARY = ENGLISH.vocabulary


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[match.start : match.end], match.rule) for match in RECOGNIZER.find(text)]


# --- vocabulary ---------------------------------------------------------------------------


def test_meaning_ignores_case() -> None:
    assert VOCABULARY.meaning("month", "june") == 6
    assert VOCABULARY.meaning("weekday", "MONDAY") == 0


def test_meaning_of_an_unknown_word_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="Juni"):
        VOCABULARY.meaning("month", "Juni")


def test_placeholders_have_a_behind_form_for_each_table() -> None:
    placeholders = Vocabulary({"month": {"June": 6}}).placeholders()
    assert set(placeholders) == {"month", "month_behind"}
    assert "JUNE" in placeholders["month"]


def test_unknown_placeholder_is_refused_by_name() -> None:
    rules = (Rule("broken", r"(?P<month>{moon}) (?P<day>\d+)", "calendar_date"),)
    with pytest.raises(ValueError, match=r"\{moon\}") as error:
        Recognizer(rules, VOCABULARY)
    assert "broken" in str(error.value)


def test_regex_quantifiers_are_not_placeholders() -> None:
    rules = (Rule("year", r"(?P<year>1[0-9]{3})", "calendar_date"),)
    matches = Recognizer(rules, VOCABULARY).find("back in 1950")
    assert [match.reading for match in matches] == [CalendarDate(year=1950)]


# --- rules --------------------------------------------------------------------------------


def test_rule_refuses_an_unknown_producer() -> None:
    with pytest.raises(ValueError, match="unknown reading producer 'moon_phase'"):
        Rule("moon", "full moon", "moon_phase")


def test_every_english_rule_names_a_known_producer() -> None:
    assert all(rule.reading in PRODUCERS for rule in ENGLISH.rules)


def test_longest_match_wins() -> None:
    assert _found("on June 6, 2020 there") == [("June 6, 2020", "month-day-year")]


def test_tie_in_length_goes_to_the_rule_listed_first() -> None:
    first = Rule("first", r"(?P<year>1950)", "calendar_date")
    second = Rule("second", r"(?P<year>1950)", "calendar_date")
    assert [m.rule for m in Recognizer((first, second), VOCABULARY).find("1950")] == ["first"]
    assert [m.rule for m in Recognizer((second, first), VOCABULARY).find("1950")] == ["second"]


def test_matches_come_in_text_order() -> None:
    text = "On Monday and on June 6, 2020, and in 1950"
    assert _found(text) == [
        ("Monday", "weekday"),
        ("June 6, 2020", "month-day-year"),
        ("1950", "year"),
    ]


def test_no_match_inside_a_word_or_number() -> None:
    assert _found("Mondays") == [("Mondays", "plural-weekday")]  # a set, not a word part
    assert _found("in 19501") == []
    assert _found("in 1950s1") == []
    assert _found("mid-1950s") == [("mid-1950s", "decade")]


def test_words_in_capitals_and_capitalized_shift() -> None:
    assert _found("JUNE 6") == [("JUNE 6", "month-day")]
    assert _found("Last Monday") == [("Last Monday", "weekday")]


def test_lower_case_month_and_weekday_names_are_not_read() -> None:
    # "may" is far more often a modal verb than a month.
    assert _found("they may 5 times") == []


def test_recurrence_word_before_a_capital_is_a_name() -> None:
    assert _found("the Daily Mail") == []
    # Lower case, it is the set word even before a name ("the party daily Granma").
    assert _found("the party daily Granma") == [("daily", "recurrence-word")]
    assert _found("daily calls") == [("daily", "recurrence-word")]


@pytest.mark.parametrize("text", ["February 30", "31 June", "June 31", "2020-06-31", "2019-02-29"])
def test_impossible_dates_are_not_matched(text: str) -> None:
    assert _found(text) == []


def test_leap_day_without_a_year_is_matched() -> None:
    assert _found("February 29") == [("February 29", "month-day")]


@given(st.lists(st.sampled_from([e.text for e in ENGLISH.examples]), min_size=1, max_size=5))
def test_matches_are_sorted_and_do_not_overlap(pieces: list[str]) -> None:
    text = "; ".join(pieces)
    matches = RECOGNIZER.find(text)
    assert len(matches) >= len(pieces)
    for before, after in itertools.pairwise(matches):
        assert before.end <= after.start


def test_abbreviated_month_with_a_dot_before_a_year() -> None:
    assert _found("He left in Sept. 2001") == [("Sept. 2001", "month-year")]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The talks ended in June. 2021 will be different.", "2021"),
        ("They met on 6 June. 2020 was a hard year.", "2020"),
    ],
)
def test_no_date_across_a_sentence_end(text: str, year: str) -> None:
    assert [expression for expression, _rule in _found(text) if year in expression] == []


# --- producers ----------------------------------------------------------------------------


def test_calendar_date_reads_month_names_and_numbers() -> None:
    assert calendar_date({"month": "Sept", "day": "11", "year": "2001"}, VOCABULARY) == (
        CalendarDate(2001, 9, 11)
    )
    assert calendar_date({"month": "06", "day": "06", "year": "2020"}, VOCABULARY) == (
        CalendarDate(2020, 6, 6)
    )
    assert calendar_date({"year": "1950"}, VOCABULARY) == CalendarDate(year=1950)


def test_calendar_date_refuses_february_30() -> None:
    assert calendar_date({"month": "February", "day": "30"}, VOCABULARY) is None


def test_calendar_date_refuses_february_29_of_a_common_year() -> None:
    assert calendar_date({"month": "February", "day": "29", "year": "2019"}, VOCABULARY) is None
    assert calendar_date({"month": "February", "day": "29", "year": "2020"}, VOCABULARY) == (
        CalendarDate(2020, 2, 29)
    )
    assert calendar_date({"month": "February", "day": "29"}, VOCABULARY) == (CalendarDate(None, 2, 29))


def test_year_range() -> None:
    assert year_range({"first": "1950", "last": "1953"}, VOCABULARY) == RangeReading(
        CalendarDate(1950), CalendarDate(1953)
    )
    assert year_range({"first": "1998", "last": "99"}, VOCABULARY) == RangeReading(
        CalendarDate(1998), CalendarDate(1999)
    )


@pytest.mark.parametrize(("first", "last"), [("1953", "1950"), ("1950", "1950"), ("1998", "97")])
def test_year_range_refuses_a_backward_range(first: str, last: str) -> None:
    assert year_range({"first": first, "last": last}, VOCABULARY) is None


def test_backward_range_text_is_not_matched() -> None:
    assert _found("1953-1950") == []


def test_year_range_across_a_century() -> None:
    assert year_range({"first": "1999", "last": "00"}, VOCABULARY) == RangeReading(
        CalendarDate(1999), CalendarDate(2000)
    )


def test_weekday_producer_with_and_without_shift() -> None:
    assert weekday({"weekday": "Monday"}, VOCABULARY) == WeekdayReading(0)
    assert weekday({"weekday": "Friday", "shift": "past"}, VOCABULARY) == WeekdayReading(4, Shift.LAST)
    assert weekday({"weekday": "Sunday", "shift": "coming"}, VOCABULARY) == WeekdayReading(6, Shift.NEXT)


def test_recurrence_producer() -> None:
    assert recurrence({"recurrence": "weekly"}, VOCABULARY) == RecurrenceReading("P1W", Granularity.WEEK)


# --- readings -----------------------------------------------------------------------------


@pytest.mark.parametrize("month", [0, 13])
def test_calendar_date_reading_checks_the_month(month: int) -> None:
    with pytest.raises(ValueError, match="month"):
        CalendarDate(2020, month, 1)


@pytest.mark.parametrize("day", [0, 32])
def test_calendar_date_reading_checks_the_day(day: int) -> None:
    with pytest.raises(ValueError, match="day"):
        CalendarDate(2020, 6, day)


def test_weekday_reading_checks_the_weekday() -> None:
    with pytest.raises(ValueError, match="weekday"):
        WeekdayReading(7)


def test_needs_anchor_only_without_a_year() -> None:
    assert CalendarDate(None, 6, 6).needs_anchor
    assert not CalendarDate(2020, 6, 6).needs_anchor


# --- running rules only near the words they need ------------------------------------------


def _corpus_texts() -> list[str]:
    corpus = Path(__file__).resolve().parents[3] / "shared" / "data" / "tbaq-cleaned"
    if not corpus.is_dir():
        pytest.skip(f"development corpus not found at {corpus}")
    return [document.text for document in read_corpus(corpus)]


def test_near_windows_change_nothing_on_the_examples() -> None:
    recognizer = Recognizer(ENGLISH.rules, ENGLISH.vocabulary)
    texts = [example.text for example in ENGLISH.examples] + [n.text for n in ENGLISH.negatives]
    long_text = " Nothing happened here. ".join(texts)
    for text in [*texts, long_text]:
        assert recognizer.find(text) == recognizer.find(text, everywhere=True)


def test_near_windows_change_nothing_on_the_corpus() -> None:
    recognizer = Recognizer(ENGLISH.rules, ENGLISH.vocabulary)
    for text in _corpus_texts():
        assert recognizer.find(text) == recognizer.find(text, everywhere=True)


def test_near_names_known_tables() -> None:
    rule = Rule("odd", r"(?P<year>1[0-9]{3})", "calendar_date", near=("no_such_table",))
    with pytest.raises(ValueError, match="no_such_table"):
        Recognizer((rule,), VOCABULARY)
