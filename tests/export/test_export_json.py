"""A timeline as JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from tests.strategies import timelines

from timeline import extract
from timeline.errors import InvalidTimelineDataError
from timeline.export.json import from_dict, from_json, schema, to_dict, to_json
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
from timeline.timeml.reader import read_document

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


CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "tbaq-cleaned"
#: A few documents of each part of the corpus, spread over it (every 40th file).
CORPUS_SAMPLE = sorted(CORPUS.resolve().rglob("*.tml"))[::40]
needs_corpus = pytest.mark.skipif(not CORPUS_SAMPLE, reason=f"the TempEval-3 corpus is not at {CORPUS}")


def _validate(document: str) -> None:
    jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker()).validate(
        json.loads(document)
    )


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_round_trip_of_a_small_timeline() -> None:
    assert from_json(to_json(TIMELINE)) == TIMELINE
    assert from_dict(to_dict(TIMELINE)) == TIMELINE
    _validate(to_json(TIMELINE))


def test_round_trip_of_the_founding_example(seed_timeline: Timeline) -> None:
    document = seed_timeline.to_json()
    _validate(document)
    assert Timeline.from_json(document) == seed_timeline
    assert Timeline.from_json(seed_timeline.to_json(indent=None).encode()) == seed_timeline


@needs_corpus
@pytest.mark.parametrize("path", CORPUS_SAMPLE, ids=lambda path: path.name)
def test_round_trip_of_corpus_documents(path: Path) -> None:
    document = read_document(path)
    tl = extract(document.text, document.publication_date)
    assert tl.entries, "a news text has events"
    written = to_json(tl)
    _validate(written)
    assert from_json(written) == tl


@given(timelines)
@settings(max_examples=60, deadline=None)
def test_round_trip_of_any_timeline(tl: Timeline) -> None:
    written = to_json(tl)
    _validate(written)
    assert from_json(written) == tl


def test_every_field_of_every_value_type_is_in_the_schema() -> None:
    definitions = schema()["$defs"]
    types = [Interval, TimeValue, Anchor, TimeExpression, Participant, Event, Relation, Placement, Entry]
    for kind in types:
        assert sorted(definitions[kind.__name__]["properties"]) == sorted(f.name for f in attrs.fields(kind))
    assert sorted(schema()["properties"]) == sorted(f.name for f in attrs.fields(Timeline))


def test_schema_enums_match_the_model() -> None:
    definitions = schema()["$defs"]
    assert definitions["Relation"]["properties"]["rel_type"]["enum"] == [r.value for r in RelType]
    assert definitions["Placement"]["properties"]["kind"]["enum"] == [k.value for k in PlacementKind]
    assert definitions["Event"]["properties"]["event_class"]["enum"] == [c.value for c in EventClass]


def test_missing_keys_take_their_defaults() -> None:
    data = _plain(to_dict(TIMELINE))
    del data["events"][0]["entities"], data["relations"]
    tl = from_dict(data)
    assert tl.relations == ()
    assert tl.events[0].entities == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(colour="red"), "timeline: unknown keys 'colour'"),
        (lambda d: d["events"][0].pop("lemma"), r"timeline.events\[0\]: missing key 'lemma'"),
        (
            lambda d: d["events"][0].update(tense="LATER"),
            "timeline.events\\[0\\].tense: 'LATER' is not one of",
        ),
        (lambda d: d["events"][0].update(start="3"), "expected an integer; got '3'"),
        (lambda d: d["entries"][0].update(salient=1), "expected a bool; got 1"),
        (lambda d: d.update(sentences=[[0, 1, 2]]), "expected 2 items; got 3"),
        (lambda d: d.update(expressions={}), "expected an array"),
        (
            lambda d: d["expressions"][0]["value"]["interval"].update(end="2020-06-01T00:00:00"),
            "cannot end .* before it starts",
        ),
        (
            lambda d: d["expressions"][0]["value"]["interval"].update(end="2020-06-01"),
            "'2020-06-01' is not an ISO-8601 datetime",
        ),
        (lambda d: d.update(publication_date="2020-06-09T10:00:00"), "is not an ISO-8601 date"),
    ],
)
def test_data_that_breaks_the_schema_is_refused(change: Any, message: str) -> None:
    data = _plain(to_dict(TIMELINE))
    change(data)
    with pytest.raises(InvalidTimelineDataError, match=message):
        from_dict(data)


def test_not_an_object() -> None:
    with pytest.raises(InvalidTimelineDataError, match="timeline: expected an object; got \\[\\]"):
        from_json("[]")
