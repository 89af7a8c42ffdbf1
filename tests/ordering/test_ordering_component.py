"""The timeline_order component."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language

from timeline.errors import PipelineError
from timeline.model import PlacementKind, Timeline
from timeline.ordering.component import TimelineBuilder


def test_blank_doc_gives_an_empty_timeline() -> None:
    doc = TimelineBuilder()(spacy.blank("en")("No events without a parse."))
    timeline: Timeline = doc._.timeline
    assert len(timeline) == 0
    assert timeline.text == "No events without a parse."
    assert timeline.publication_date is None
    assert timeline.expressions == ()
    assert timeline.events == ()
    assert timeline.relations == ()
    assert timeline.sentences == ((0, 26),)


def test_blank_doc_keeps_its_publication_date() -> None:
    builder = TimelineBuilder()
    doc = spacy.blank("en")("Nothing.")
    doc._.publication_date = "2020-06-09"
    timeline: Timeline = builder(doc)._.timeline
    assert timeline.publication_date == dt.date(2020, 6, 9)


def test_doc_without_the_component_has_no_timeline() -> None:
    TimelineBuilder()
    with pytest.raises(PipelineError, match="timeline_order"):
        _ = spacy.blank("en")("text")._.timeline


def test_pipeline_timeline_in_order(nlp: Language) -> None:
    doc = nlp.make_doc(
        "The ministry said it will continue. On Monday, only one was answered. "
        "The 1950-1953 Korean War ended with an armistice. The calls should be maintained."
    )
    doc._.publication_date = "2020-06-09"
    timeline: Timeline = nlp(doc)._.timeline
    assert [(entry.event.text, entry.label) for entry in timeline] == [
        ("War", "1950 to 1953"),
        ("ended", "1953"),
        ("armistice", "1953"),
        ("answered", "2020-06-08"),
        ("said", "2020-06-09"),
        ("continue", "after 2020-06-09"),
        ("calls", "unknown"),
        ("maintained", "unknown"),
    ]
    assert timeline.entries[-1].placement.kind is PlacementKind.UNKNOWN
    assert [timeline.sentence_text(entry.event.sentence) for entry in timeline][3] == (
        "On Monday, only one was answered."
    )
