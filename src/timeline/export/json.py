"""A timeline as JSON: plain objects with ISO-8601 dates and enum values as strings."""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import Any

import attrs

from timeline.model import Timeline

__all__ = ["to_dict", "to_json"]


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
