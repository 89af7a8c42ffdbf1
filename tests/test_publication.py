"""to_publication_date: the accepted forms of a publication date, and the refused ones."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.errors import InvalidPublicationDateError, TimelineError
from timeline.publication import to_publication_date

JUNE_9 = dt.date(2020, 6, 9)


def test_date_is_kept() -> None:
    assert to_publication_date(JUNE_9) is JUNE_9


def test_naive_datetime_gives_its_date() -> None:
    assert to_publication_date(dt.datetime(2020, 6, 9, 23, 59)) == JUNE_9


@pytest.mark.parametrize("hours", [-12, -5, 0, 9, 14])
def test_aware_datetime_gives_its_own_date(hours: int) -> None:
    zone = dt.timezone(dt.timedelta(hours=hours))
    late = dt.datetime(2020, 6, 9, 23, 30, tzinfo=zone)
    early = dt.datetime(2020, 6, 9, 0, 30, tzinfo=zone)
    assert to_publication_date(late) == JUNE_9
    assert to_publication_date(early) == JUNE_9


@pytest.mark.parametrize(
    "text",
    [
        "2020-06-09",
        "2020-06-09T08:30:00",
        "2020-06-09T08:30:00+09:00",
        "2020-06-09T23:30:00-05:00",
        "2020-06-09 08:30",
        "2020-06-09T08:30:00Z",
        "  2020-06-09\n",
        "\t2020-06-09T08:30:00+09:00 ",
    ],
)
def test_iso_strings(text: str) -> None:
    assert to_publication_date(text) == JUNE_9


@pytest.mark.parametrize("value", [None, 20200609, 2020.0, True, b"2020-06-09", ["2020-06-09"]])
def test_wrong_types_are_refused(value: object) -> None:
    with pytest.raises(InvalidPublicationDateError, match="ISO-8601"):
        to_publication_date(value)


def test_none_says_a_date_is_required() -> None:
    with pytest.raises(InvalidPublicationDateError, match="required"):
        to_publication_date(None)


def test_wrong_type_is_named() -> None:
    with pytest.raises(InvalidPublicationDateError, match="got int 20200609"):
        to_publication_date(20200609)


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_strings_are_refused(text: str) -> None:
    with pytest.raises(InvalidPublicationDateError, match="empty string"):
        to_publication_date(text)


@pytest.mark.parametrize("text", ["2020-02-30", "June 9", "2020-13-01", "09/06/2020", "yesterday"])
def test_invalid_strings_are_refused(text: str) -> None:
    with pytest.raises(InvalidPublicationDateError, match="is not a valid ISO-8601 date") as error:
        to_publication_date(text)
    assert repr(text) in str(error.value)


def test_errors_are_value_errors_and_timeline_errors() -> None:
    with pytest.raises(ValueError, match="2020-02-30"):
        to_publication_date("2020-02-30")
    with pytest.raises(TimelineError):
        to_publication_date(None)
