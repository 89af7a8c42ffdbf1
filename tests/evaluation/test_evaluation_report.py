from __future__ import annotations

import json

import attrs

from timeline.evaluation.awareness import AwarenessScores, KindCounts
from timeline.evaluation.report import format_scores, percent, scores_as_dict
from timeline.evaluation.scores import EntityScores, MentionScores

SCORES = EntityScores(
    documents=2,
    timexes=MentionScores("TIMEX3", ("type", "value"), gold=3, system=2, strict_matches=1, relaxed_matches=2,
                          correct=(2, 1)),
    unpaired=("b.tml",),
)  # fmt: skip


def test_table_shows_percentages_counts_and_unpaired_documents() -> None:
    lines = format_scores(SCORES).splitlines()
    assert lines[0] == "documents scored: 2"
    assert lines[2].split() == ["TIMEX3", "gold", "3", "system", "2"]
    assert lines[4].split() == ["strict", "50.00", "33.33", "40.00", "1"]
    assert lines[5].split() == ["relaxed", "100.00", "66.67", "80.00", "2"]
    assert lines[8].split() == ["value", "50.00", "40.00", "50.00", "33.33", "1"]
    assert lines[-1].strip() == "b.tml"


def test_halves_round_up_as_in_tempeval() -> None:
    assert (percent(97 / 800), percent(0.0), percent(1 / 3)) == ("12.13", "0.00", "33.33")


def test_dictionary_is_json_ready() -> None:
    data = json.loads(json.dumps(scores_as_dict(SCORES)))
    assert data["documents"] == 2
    assert data["TIMEX3"]["strict"] == {"match": 1, "precision": 0.5, "recall": 1 / 3, "f1": 0.4}
    assert data["TIMEX3"]["attributes"]["type"]["accuracy"] == 1.0
    assert set(data["EVENT"]["attributes"]) == {"class", "tense", "aspect", "pos", "polarity", "modality"}


def test_tlink_awareness_appears_only_when_the_system_wrote_tlinks() -> None:
    assert "TLINK" not in format_scores(SCORES)
    assert "TLINK" not in scores_as_dict(SCORES)
    kinds = (KindCounts(4, 3, 8, 4), KindCounts(2, 1, 2, 1), KindCounts(), KindCounts(0, 0, 3, 0))
    with_links = attrs.evolve(SCORES, tlinks=AwarenessScores(2, gold_tlinks=14, system_tlinks=7, kinds=kinds))
    lines = format_scores(with_links).splitlines()
    start = lines.index("TLINK temporal awareness   gold 14   system 7")
    assert lines[start + 2].split() == ["overall", "66.67", "38.46", "48.78", "6", "4", "13", "5"]
    assert lines[start + 3].split() == ["event-time", "75.00", "50.00", "60.00", "4", "3", "8", "4"]
    assert lines[start + 6].split() == ["time-time", "0.00", "0.00", "0.00", "0", "0", "3", "0"]
    data = json.loads(json.dumps(scores_as_dict(with_links)))
    assert data["TLINK"]["overall"]["gold_found"] == 5
    assert data["TLINK"]["kinds"]["event-DCT"]["precision"] == 0.5
