"""A timeline as JSON."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from timeline.export.json import to_dict, to_json
from timeline.model import (
    Anchor,
    Aspect,
    Entry,
    Event,
    EventClass,
    Granularity,
    Interval,
    Participant,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    Relation,
    RelType,
    Tense,
    TimeExpression,
    Timeline,
    TimeValue,
    TimexType,
)

TEXT = "On Monday, only one was answered."
MONDAY = Interval.day(dt.date(2020, 6, 8))
EXPRESSION = TimeExpression(
    "t1",
    "Monday",
    3,
    9,
    0,
    TimeValue(TimexType.DATE, "2020-06-08", Granularity.DAY, MONDAY),
    Anchor.publication(dt.date(2020, 6, 9), Tense.PAST),
    "weekday",
)
EVENT = Event(
    "e1",
    "answered",
    24,
    32,
    0,
    "answer",
    EventClass.OCCURRENCE,
    Tense.PAST,
    Aspect.NONE,
    Polarity.POS,
    None,
    PartOfSpeech.VERB,
    "On Monday, only one was answered",
    subject="one",
    entities=(Participant("Monday", "DATE", 3, 9),),
)
TIMELINE = Timeline(
    text=TEXT,
    publication_date=dt.date(2020, 6, 9),
    sentences=((0, 33),),
    expressions=(EXPRESSION,),
    events=(EVENT,),
    relations=(Relation("e1", "t1", RelType.IS_INCLUDED, "syntactic-attachment"),),
    entries=(
        Entry(
            EVENT,
            Placement(PlacementKind.DATED, MONDAY, "2020-06-08", "t1", "syntactic-attachment"),
        ),
    ),
)


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` as JSON reads it back (tuples become lists)."""
    result: dict[str, Any] = json.loads(json.dumps(data))
    return result


def test_to_dict_has_plain_values() -> None:
    data = _plain(to_dict(TIMELINE))
    assert data["text"] == TEXT
    assert data["publication_date"] == "2020-06-09"
    assert data["sentences"] == [[0, 33]]
    expression = data["expressions"][0]
    assert expression["value"]["type"] == "DATE"
    assert expression["value"]["granularity"] == "day"
    assert expression["value"]["interval"] == {
        "start": "2020-06-08T00:00:00",
        "end": "2020-06-09T00:00:00",
    }
    assert expression["anchor"] == {
        "kind": "publication_date",
        "date": "2020-06-09",
        "expression_id": None,
        "tense": "PAST",
    }
    assert data["events"][0]["event_class"] == "OCCURRENCE"
    assert data["relations"][0]["rel_type"] == "IS_INCLUDED"
    assert data["entries"][0]["placement"]["kind"] == "dated"


def test_to_dict_and_to_json_agree() -> None:
    assert json.loads(to_json(TIMELINE)) == _plain(to_dict(TIMELINE))


def test_to_json_is_parsable() -> None:
    data = json.loads(to_json(TIMELINE))
    assert data["entries"][0]["event"]["text"] == "answered"
    assert data["entries"][0]["placement"]["label"] == "2020-06-08"
    assert data["events"][0]["modality"] is None


def test_to_json_of_an_empty_timeline() -> None:
    assert json.loads(to_json(Timeline(text="", publication_date=None), indent=None)) == {
        "text": "",
        "publication_date": None,
        "sentences": [],
        "expressions": [],
        "events": [],
        "relations": [],
        "entries": [],
        "conflicts": [],
    }


def test_to_json_keeps_non_ascii_text() -> None:
    timeline = Timeline(text="Kim Jong Un\u2019s sister", publication_date=None)
    assert "Kim Jong Un\u2019s sister" in to_json(timeline)


def test_participants_and_salience_are_exported() -> None:
    data = json.loads(to_json(TIMELINE))
    event = data["events"][0]
    assert (event["subject"], event["object"], event["reports"]) == ("one", None, [])
    assert event["entities"] == [{"text": "Monday", "label": "DATE", "start": 3, "end": 9}]
    assert data["entries"][0]["salient"] is True
