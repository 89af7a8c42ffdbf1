from __future__ import annotations

import json

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
