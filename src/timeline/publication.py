"""Turning what users pass as a publication date into a calendar date.

The publication date is the anchor of every relative expression in news, so
it is checked strictly: a ``date``, a ``datetime`` (naive or aware; its own
calendar date is used, as printed in its own time zone) or an ISO-8601 string.
Anything else is refused with a message naming the accepted forms.
"""

from __future__ import annotations

import datetime as dt

from timeline.errors import InvalidPublicationDateError

__all__ = ["ACCEPTED_FORMS", "to_publication_date"]

#: How the accepted forms are named in error messages.
ACCEPTED_FORMS = (
    "a datetime.date, a datetime.datetime (naive or aware) or an ISO-8601 string "
    "such as '2020-06-09' or '2020-06-09T08:30:00+09:00'"
)


def to_publication_date(value: object) -> dt.date:
    """The calendar date of ``value``, or :class:`InvalidPublicationDateError`.

    >>> to_publication_date("2020-06-09")
    datetime.date(2020, 6, 9)
    >>> to_publication_date(dt.datetime(2020, 6, 9, 23, 30, tzinfo=dt.timezone.utc))
    datetime.date(2020, 6, 9)
    >>> to_publication_date("June 9")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidPublicationDateError: publication date 'June 9' is not a valid ISO-8601 date ...
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return _parse_iso(value)
    if value is None:
        msg = f"a publication date is required: pass {ACCEPTED_FORMS}"
        raise InvalidPublicationDateError(msg)
    msg = f"publication date must be {ACCEPTED_FORMS}; got {type(value).__name__} {value!r}"
    raise InvalidPublicationDateError(msg)


def _parse_iso(text: str) -> dt.date:
    stripped = text.strip()
    if not stripped:
        msg = f"publication date is an empty string; pass {ACCEPTED_FORMS}"
        raise InvalidPublicationDateError(msg)
    try:
        return dt.date.fromisoformat(stripped)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(stripped).date()
    except ValueError as error:
        msg = f"publication date {text!r} is not a valid ISO-8601 date ({error}); pass {ACCEPTED_FORMS}"
        raise InvalidPublicationDateError(msg) from None
