"""A timeline as JSON and back: plain objects with ISO-8601 dates and enum values as strings.

The format is documented by the JSON Schema shipped beside this module,
``timeline.schema.json`` (:func:`schema` returns it). Every field of every
value type becomes a key of the same name; tuples become arrays; dates and
datetimes are ISO-8601 strings; enums are their values. Reading it back is
driven by the model's own type annotations, so the round trip is lossless:
``from_json(to_json(tl)) == tl`` for every :class:`~timeline.model.Timeline`.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
from importlib import resources
from typing import Any

import attrs

from timeline.errors import InvalidTimelineDataError
from timeline.model import Timeline

__all__ = ["from_dict", "from_json", "schema", "to_dict", "to_json"]

_SCHEMA_FILE = "timeline.schema.json"


def _plain(_instance: object, _field: object, value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def to_dict(timeline: Timeline) -> dict[str, Any]:
    """``timeline`` as a dict of JSON-ready values.

    >>> from timeline.model import Timeline
    >>> to_dict(Timeline(text="", publication_date=dt.date(2020, 6, 9)))["publication_date"]
    '2020-06-09'
    """
    return attrs.asdict(timeline, value_serializer=_plain)


def to_json(timeline: Timeline, *, indent: int | None = 2) -> str:
    """``timeline`` as a JSON document.

    >>> from timeline.model import Timeline
    >>> print(to_json(Timeline(text="", publication_date=None)))
    {
      "text": "",
      "publication_date": null,
      "sentences": [],
      "expressions": [],
      "events": [],
      "relations": [],
      "entries": [],
      "conflicts": []
    }
    """
    return json.dumps(to_dict(timeline), indent=indent, ensure_ascii=False)


def from_dict(data: object) -> Timeline:
    """The :class:`~timeline.model.Timeline` that :func:`to_dict` turned into ``data``.

    Keys a value type lacks are refused; keys left out take the field's
    default. Data that does not fit raises
    :class:`~timeline.errors.InvalidTimelineDataError` naming where.

    >>> from timeline.model import Timeline
    >>> tl = Timeline(text="Hi.", publication_date=dt.date(2020, 6, 9), sentences=((0, 3),))
    >>> from_dict(to_dict(tl)) == tl
    True
    >>> from_dict({"text": "Hi.", "publication_date": "June 9"})
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidTimelineDataError: timeline.publication_date: 'June 9' is not an ISO-8601 date
    """
    result = _structure(data, Timeline, "timeline")
    assert isinstance(result, Timeline)
    return result


def from_json(document: str | bytes) -> Timeline:
    """The :class:`~timeline.model.Timeline` written as JSON by :func:`to_json`.

    >>> from timeline.model import Timeline
    >>> from_json('{"text": "", "publication_date": null}') == Timeline(text="", publication_date=None)
    True
    >>> from_json("[1, 2")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidTimelineDataError: not JSON: Expecting ',' delimiter: line 1 column 6 (char 5)
    """
    try:
        data = json.loads(document)
    except json.JSONDecodeError as error:
        msg = f"not JSON: {error}"
        raise InvalidTimelineDataError(msg) from None
    return from_dict(data)


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what :func:`to_json` writes.

    >>> schema()["title"]
    'timeline'
    """
    text = resources.files(__package__).joinpath(_SCHEMA_FILE).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _fail(where: str, message: str) -> typing.NoReturn:
    raise InvalidTimelineDataError(f"{where}: {message}")


def _structure(value: object, hint: Any, where: str) -> object:  # noqa: PLR0912 - a case per kind of type
    """``value`` (as JSON reads it) turned into an instance of the type ``hint``."""
    origin = typing.get_origin(hint)
    if origin is types.UnionType or origin is typing.Union:
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        others = [option for option in options if option is not type(None)]
        if len(others) != 1:
            _fail(where, f"cannot read a value of type {hint}")
        return _structure(value, others[0], where)
    if origin is tuple:
        if not isinstance(value, list | tuple):  # JSON gives lists; to_dict keeps inner tuples
            _fail(where, f"expected an array; got {value!r}")
        arguments = typing.get_args(hint)
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            return tuple(_structure(item, arguments[0], f"{where}[{i}]") for i, item in enumerate(value))
        if len(arguments) != len(value):
            _fail(where, f"expected {len(arguments)} items; got {len(value)}")
        return tuple(
            _structure(item, argument, f"{where}[{i}]")
            for i, (item, argument) in enumerate(zip(value, arguments, strict=True))
        )
    if attrs.has(hint):
        return _structure_attrs(value, hint, where)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            choices = ", ".join(repr(member.value) for member in hint)
            _fail(where, f"{value!r} is not one of {choices}")
    if hint is dt.datetime or hint is dt.date:
        return _moment(value, hint, where)
    if hint is bool or hint is str:
        if not isinstance(value, hint):
            _fail(where, f"expected a {hint.__name__}; got {value!r}")
        return value
    if hint is int:
        if not isinstance(value, int) or isinstance(value, bool):
            _fail(where, f"expected an integer; got {value!r}")
        return value
    _fail(where, f"cannot read a value of type {hint}")


def _structure_attrs(value: object, cls: type, where: str) -> object:
    if not isinstance(value, dict):
        _fail(where, f"expected an object; got {value!r}")
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    unknown = sorted(set(value) - {field.name for field in fields})
    if unknown:
        _fail(where, f"unknown keys {', '.join(map(repr, unknown))}")
    arguments: dict[str, object] = {}
    for field in fields:
        if field.name in value:
            arguments[field.name] = _structure(value[field.name], hints[field.name], f"{where}.{field.name}")
        elif field.default is attrs.NOTHING:
            _fail(where, f"missing key {field.name!r}")
    try:
        return cls(**arguments)
    except (TypeError, ValueError) as error:
        _fail(where, str(error))


def _moment(value: object, hint: type[dt.date], where: str) -> dt.date:
    """An ISO-8601 date (``YYYY-MM-DD``) or a naive datetime (``YYYY-MM-DDTHH:MM:SS[.ffffff]``)."""
    is_datetime = hint is dt.datetime
    kind = "datetime" if is_datetime else "date"
    if not isinstance(value, str) or (len(value) > 10) != is_datetime:
        _fail(where, f"{value!r} is not an ISO-8601 {kind}")
    try:
        moment = dt.datetime.fromisoformat(value) if is_datetime else dt.date.fromisoformat(value)
    except ValueError:
        _fail(where, f"{value!r} is not an ISO-8601 {kind}")
    if isinstance(moment, dt.datetime) and moment.tzinfo is not None:
        _fail(where, f"{value!r} has a time zone; the timeline's datetimes are naive local time of the text")
    return moment
