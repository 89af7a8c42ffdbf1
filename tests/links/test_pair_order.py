"""The learned-order link source: the model, the candidate pairs, the links."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from spacy.language import Language

import timeline
from timeline import store
from timeline.links.component import LinkFinder, dated_events, triggers_of
from timeline.links.pair_order import (
    LABELS,
    LEARNED_TIER,
    PairOrderModel,
    candidate_pairs,
    learned_order_links,
    load_pair_order_model,
)
from timeline.model import Relation, RelType
from timeline.reasoning.reliability import RULE_RELIABILITY


@pytest.fixture(scope="module")
def learned_nlp() -> Language:
    nlp = timeline.pipeline()
    nlp.replace_pipe("timeline_links", "timeline_links", config={"learned_order": True})
    return nlp


def test_the_shipped_model_is_small_and_says_what_it_was_trained_on() -> None:
    path = resources.files("timeline.links").joinpath("en", "pair_order.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(path.read_bytes()) < 1_000_000
    assert data["labels"] == list(LABELS)
    assert "TimeBank" in data["trained_on"]
    assert "AQUAINT" in data["trained_on"]
    assert all(len(weights) == len(LABELS) for weights in data["weights"].values())


def test_probabilities_sum_to_one_and_unknown_features_weigh_nothing() -> None:
    model = load_pair_order_model()
    probabilities = model.probabilities(("bias", "no such feature"))
    assert sum(probabilities) == pytest.approx(1.0)
    assert probabilities == model.probabilities(("bias",))


def test_an_empty_model_links_nothing(learned_nlp: Language) -> None:
    doc = learned_nlp("Prices rose. Bonds fell.")
    links = tuple(r for r in doc._.timeline.relations if r.rule != "learned-order")
    assert learned_order_links(doc, triggers_of(doc), links, {}, PairOrderModel({}, 0.5)) == ()


def test_candidates_are_verb_events_of_the_same_or_the_next_sentence(learned_nlp: Language) -> None:
    doc = learned_nlp("Prices rose. Analysts were surprised by it. Bonds fell.")
    pairs = [(first.text, second.text) for _, first, _, second in candidate_pairs(doc, triggers_of(doc))]
    assert ("rose", "fell") not in pairs
    assert ("rose", "surprised") in pairs


def test_learned_links_only_where_no_rule_links_and_are_trusted_least(learned_nlp: Language) -> None:
    tl = timeline.extract(
        "Police arrived after the bomb exploded. Residents fled.", "2020-06-09", nlp=learned_nlp
    )
    ruled = {(r.source, r.target) for r in tl.relations if r.rule != "learned-order"}
    learned = [r for r in tl.relations if r.rule == "learned-order"]
    assert learned
    for relation in learned:
        assert (relation.source, relation.target) not in ruled
        assert (relation.target, relation.source) not in ruled
    assert "learned-order" not in RULE_RELIABILITY  # unlisted rules come last


def test_a_confident_model_links_in_its_order_and_adds_the_overlapping_reading(learned_nlp: Language) -> None:
    doc = learned_nlp("Prices rose. Bonds fell.")
    links = tuple(r for r in doc._.timeline.relations if r.rule != "learned-order")
    after = PairOrderModel({"bias": (0.0, 5.0, 0.0, 0.0)}, 0.5)
    assert learned_order_links(doc, triggers_of(doc), links, dated_events(links, ()), after) == (
        Relation("e1", "e2", RelType.AFTER, "learned-order"),
        Relation("e1", "e2", RelType.IS_INCLUDED, "learned-order"),
    )
    unsure = PairOrderModel({"bias": (0.0, 5.0, 0.0, 0.0)}, 0.999)
    assert learned_order_links(doc, triggers_of(doc), links, {}, unsure) == ()
    vague = PairOrderModel({"bias": (0.0, 0.0, 0.0, 5.0)}, 0.5)
    assert learned_order_links(doc, triggers_of(doc), links, {}, vague) == ()


def test_learned_order_is_off_by_default() -> None:
    tl = timeline.extract("Police arrived after the bomb exploded. Residents fled.", "2020-06-09")
    assert not [r for r in tl.relations if r.rule == "learned-order"]
    assert LinkFinder()._pair_order is None


def test_a_model_of_its_own_turns_the_links_on(learned_nlp: Language) -> None:
    model = PairOrderModel.of({"weights": {"bias": [0.0, 5.0, 0.0, 0.0]}, "threshold": 0.5})
    doc = LinkFinder(pair_order=model)(learned_nlp("Prices rose. Bonds fell."))
    assert Relation("e1", "e2", RelType.AFTER, "learned-order") in store.RELATIONS.get(doc)
    assert LinkFinder(learned_order=True, pair_order=model)._pair_order is model


def test_learned_links_set_aside_only_rules_weighed_less_than_them(learned_nlp: Language) -> None:
    text = (
        "The ministry said on Monday that prices rose after the bank cut rates. Traders expect more cuts."
        " Analysts say the economy is recovering."
    )
    plain = timeline.extract(text, "2020-06-09")
    learned = timeline.extract(text, "2020-06-09", nlp=learned_nlp)
    links = {(r.source, r.rel_type, r.target, r.rule) for r in learned.relations}
    for relation in plain.relations:
        if RULE_RELIABILITY.get(relation.rule, -1) <= LEARNED_TIER:  # up to the tense rules, or unlisted
            assert (relation.source, relation.rel_type, relation.target, relation.rule) in links
