"""The timeline_links component."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from timeline.errors import InvalidSettingError
from timeline.links.component import LinkFinder
from timeline.model import Relation, RelType, Timeline
from timeline.ordering.component import TimelineBuilder


def test_component_gathers_all_links_in_order(nlp: Language) -> None:
    doc = nlp.make_doc("On Monday, only one was answered.")
    doc._.publication_date = "2020-06-09"
    timeline: Timeline = nlp(doc)._.timeline
    assert timeline.relations == (
        Relation("e1", "t1", RelType.IS_INCLUDED, "syntactic-attachment"),
        Relation("e1", "t0", RelType.BEFORE, "dated-vs-publication"),
        Relation("t1", "t0", RelType.BEFORE, "time-values"),
    )


def test_component_on_a_doc_without_events_links_nothing() -> None:
    doc = LinkFinder()(spacy.blank("en")("On Monday, only one was answered."))
    timeline: Timeline = TimelineBuilder()(doc)._.timeline
    assert timeline.relations == ()


def test_unknown_language_is_an_invalid_setting() -> None:
    with pytest.raises(InvalidSettingError):
        LinkFinder("xx")
