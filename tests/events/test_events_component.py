"""The timeline_events component."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from timeline.errors import InvalidSettingError, PipelineError
from timeline.events.component import EventFinder


def test_finder_needs_a_parse() -> None:
    doc = spacy.blank("en")("The war ended.")
    with pytest.raises(PipelineError, match="dependency parse"):
        EventFinder()(doc)


def test_pipeline_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="timeline_events"):
        EventFinder()(spacy.blank("en")("The war ended."))


def test_empty_blank_doc_is_accepted() -> None:
    doc = EventFinder()(spacy.blank("en")(""))
    assert list(doc.spans["timeline_events"]) == []


def test_unknown_language_is_an_invalid_setting() -> None:
    with pytest.raises(InvalidSettingError):
        EventFinder("xx")


def test_spans_carry_their_events(nlp: Language) -> None:
    doc = nlp("The war ended.")
    spans = doc.spans["timeline_events"]
    assert [span.text for span in spans] == ["war", "ended"]
    assert [span._.event.lemma for span in spans] == ["war", "end"]


def test_other_spans_key(nlp: Language) -> None:
    doc = EventFinder(spans_key="events")(nlp("Officials did not answer the calls."))
    assert [span.text for span in doc.spans["events"]] == ["answer", "calls"]


def test_copular_states_setting(nlp: Language) -> None:
    finder = EventFinder(copular_states=True)
    doc = finder(nlp("He is a suspect."))
    assert [span.text for span in doc.spans["timeline_events"]] == ["is"]


def test_copular_states_through_the_factory_config() -> None:
    nlp = spacy.blank("en")
    finder = nlp.add_pipe("timeline_events", config={"copular_states": True})
    assert isinstance(finder, EventFinder)
    assert nlp.get_pipe_config("timeline_events")["copular_states"] is True
