"""Temporal awareness: hand-made graphs with known answers, gold against itself, and perturbed gold."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from timeline.evaluation import evaluate
from timeline.evaluation.awareness import AwarenessScores, KindCounts, score_links, score_markup
from timeline.evaluation.closure import Link
from timeline.model import RelType
from timeline.timeml.reader import read_markup

CORPUS = (Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "tbaq-cleaned").resolve()
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the corpus ({CORPUS}) is absent")
_TLINK = re.compile(r"<TLINK [^>]*/>")
_INVERSE_ATTRIBUTES = {
    "eventInstanceID": "relatedToEventInstance",
    "relatedToEventInstance": "eventInstanceID",
    "timeID": "relatedToTime",
    "relatedToTime": "timeID",
}


def test_equivalent_but_distinct_relations_count_as_correct() -> None:
    """UzZaman and Allen's example: the reference says a<b, b<c; a system that says a<c is right."""
    gold = [Link("a", "b", RelType.BEFORE), Link("b", "c", RelType.BEFORE)]
    scores = score_links(gold, [Link("a", "c", RelType.BEFORE)])
    counts = scores.overall
    assert (counts.system, counts.system_correct, counts.gold, counts.gold_found) == (1, 1, 2, 0)
    both = score_links(gold, [Link("c", "b", RelType.AFTER), Link("a", "c", RelType.BEFORE)])
    assert (both.overall.system, both.overall.system_correct, both.overall.gold_found) == (2, 2, 1)


def test_redundant_system_relations_are_not_counted_twice() -> None:
    gold = [Link("a", "b", RelType.BEFORE), Link("b", "c", RelType.BEFORE)]
    system = [*gold, Link("a", "c", RelType.BEFORE), Link("c", "a", RelType.AFTER)]
    assert score_links(gold, system).overall == KindCounts(2, 2, 2, 2)


def test_a_wrong_relation_costs_precision_and_recall() -> None:
    gold = [Link("a", "b", RelType.INCLUDES), Link("b", "c", RelType.SIMULTANEOUS)]
    system = [Link("a", "b", RelType.BEFORE), Link("b", "c", RelType.IDENTITY)]
    figures = score_links(gold, system).overall.figures
    assert (figures.precision, figures.recall) == (0.5, 0.5)


def test_no_system_relations_scores_zero_not_one() -> None:
    figures = score_links([Link("a", "b", RelType.BEFORE)], []).overall.figures
    assert (figures.precision, figures.recall, figures.f1) == (0.0, 0.0, 0.0)


def _corpus_files(step: int) -> list[Path]:
    return sorted(CORPUS.rglob("*.tml"))[::step]


@needs_corpus
def test_gold_against_itself_is_perfect_on_the_whole_corpus() -> None:
    parts = []
    for path in _corpus_files(1):
        markup = read_markup(path)
        parts.append(score_markup(markup, markup, source=str(path)))
    scores = AwarenessScores.total(parts)
    assert scores.documents == 256
    assert scores.gold_tlinks == scores.system_tlinks == 11115
    assert scores.overall.figures.f1 == 1.0
    assert all(counts.gold > 100 for counts in scores.kinds)


def _reverse(tlink: str) -> str:
    """The same TLINK written from the other end."""
    relation = re.search(r'relType="([A-Z_]+)"', tlink)
    assert relation is not None
    swapped = re.sub(
        r"\b(eventInstanceID|relatedToEventInstance|timeID|relatedToTime)=",
        lambda match: _INVERSE_ATTRIBUTES[match.group(1)] + "=",
        tlink,
    )
    inverse = RelType(relation.group(1)).inverse().value
    return swapped.replace(f'relType="{relation.group(1)}"', f'relType="{inverse}"')


def _renumbered(markup: str) -> str:
    """Every eid, eiid and tid renamed (but the DCT's), as another system would number them."""
    return re.sub(
        r'"(e|ei|t)([1-9][0-9]*)"', lambda match: f'"{match.group(1)}{int(match.group(2)) + 500}"', markup
    )


@needs_corpus
def test_renumbered_and_reversed_gold_is_still_perfect(tmp_path: Path) -> None:
    for path in _corpus_files(16):
        markup = read_markup(path)
        system = _renumbered(_TLINK.sub(lambda match: _reverse(match.group(0)), markup))
        assert system != markup
        assert score_markup(markup, system).overall.figures.f1 == 1.0, path.name


@needs_corpus
def test_dropping_links_keeps_precision_and_costs_recall() -> None:
    rng = random.Random(5)
    parts = []
    for path in _corpus_files(8):
        markup = read_markup(path)
        system = _TLINK.sub(lambda match: "" if rng.random() < 0.4 else match.group(0), markup)
        parts.append(score_markup(markup, system))
    figures = AwarenessScores.total(parts).overall.figures
    assert figures.precision == 1.0
    assert 0.4 < figures.recall < 0.95


@needs_corpus
def test_changed_relation_types_cost_both() -> None:
    rng = random.Random(6)
    types = [rel.value for rel in RelType if rel is not RelType.VAGUE]

    def change(match: re.Match[str]) -> str:
        if rng.random() < 0.7:
            return match.group(0)
        return re.sub(r'relType="[A-Z_]+"', f'relType="{rng.choice(types)}"', match.group(0))

    parts = []
    for path in _corpus_files(8):
        markup = read_markup(path)
        parts.append(score_markup(markup, _TLINK.sub(change, markup)))
    figures = AwarenessScores.total(parts).overall.figures
    assert 0.5 < figures.precision < 0.95
    assert 0.5 < figures.recall < 0.95


def test_folder_evaluation_adds_the_tlink_scores(tmp_path: Path) -> None:
    gold = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">'
        'x</TIMEX3></DCT><TEXT>It <EVENT eid="e1">fell</EVENT> and <EVENT eid="e2">rose</EVENT>.</TEXT>'
        '<MAKEINSTANCE eiid="ei1" eventID="e1"/><MAKEINSTANCE eiid="ei2" eventID="e2"/>'
        '<TLINK eventInstanceID="ei1" relatedToEventInstance="ei2" relType="BEFORE"/>'
        '<TLINK eventInstanceID="ei2" relatedToTime="t0" relType="BEFORE"/></TimeML>'
    )
    (tmp_path / "gold").mkdir()
    (tmp_path / "system").mkdir()
    (tmp_path / "gold" / "a.tml").write_text(gold, encoding="utf-8")
    (tmp_path / "gold" / "b.tml").write_text(gold, encoding="utf-8")
    (tmp_path / "system" / "a.tml").write_text(
        gold.replace('relType="BEFORE"/></TimeML>', 'relType="AFTER"/></TimeML>'), encoding="utf-8"
    )
    scores = evaluate(tmp_path / "gold", tmp_path / "system")
    assert (scores.tlinks.documents, scores.tlinks.gold_tlinks, scores.tlinks.system_tlinks) == (2, 4, 2)
    assert scores.tlinks.overall == KindCounts(system=2, system_correct=1, gold=4, gold_found=1)
    assert scores.tlinks.kind("event-DCT") == KindCounts(system=1, system_correct=0, gold=2, gold_found=0)
