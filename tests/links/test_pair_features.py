"""Features of an event pair for the learned-order model."""

from __future__ import annotations

from spacy.language import Language

from timeline.links.component import triggers_of
from timeline.links.pair_features import PairContext, pair_features
from timeline.model import Relation, RelType


def _features(nlp: Language, text: str, first: str, second: str) -> tuple[str, ...]:
    doc = nlp(text)
    triggers = triggers_of(doc)
    index = {event.text: i for i, event in triggers.items()}
    context = PairContext.of(doc._.timeline.relations, {})
    return pair_features(
        doc[index[first]], triggers[index[first]], doc[index[second]], triggers[index[second]], context
    )


def test_same_sentence_features_name_the_path_and_the_markers(nlp: Language) -> None:
    found = _features(nlp, "Police arrived after the bomb exploded.", "arrived", "exploded")
    assert "sentences=same" in found
    assert "path=|advcl" in found
    assert "between=after" in found
    assert "first_class=OCCURRENCE" in found


def test_adjacent_sentence_features_name_the_opener_and_the_roles(nlp: Language) -> None:
    found = _features(nlp, "Prices rose. Then bonds fell.", "rose", "fell")
    assert "sentences=adjacent" in found
    assert "opener=then" in found
    assert "roots=root/root" in found


def test_reporting_and_publication_links_are_features(nlp: Language) -> None:
    found = _features(nlp, "The ministry said prices rose.", "said", "rose")
    assert "first_reporting" in found
    assert "first_reports_second" in found
    assert any(feature.startswith("publication=") for feature in found)


def test_the_context_reads_rule_links_both_ways() -> None:
    context = PairContext.of((Relation("e1", "e2", RelType.BEFORE, "clause-marker"),), {})
    assert context.rules["e2", "e1"] == ("clause-marker:AFTER",)
    assert context.publication == {}


def test_with_the_events_the_rule_links_closed_give_the_pair_s_order(nlp: Language) -> None:
    doc = nlp("Police arrived after the bomb exploded.")
    triggers = triggers_of(doc)
    index = {event.text: i for i, event in triggers.items()}
    links = tuple(doc._.timeline.relations)
    context = PairContext.of(links, {}, events=triggers.values())
    arrived, exploded = index["arrived"], index["exploded"]
    found = pair_features(doc[arrived], triggers[arrived], doc[exploded], triggers[exploded], context)
    assert "closure=AFTER" in found
    assert "closure=AFTER|same" in found
    assert not any(
        feature.startswith("closure=") for feature in _features(nlp, "Prices rose.", "rose", "rose")
    )
