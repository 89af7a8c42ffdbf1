from __future__ import annotations

import pytest

from timeline.evaluation.scores import EntityScores, Figures, MentionScores


def test_figures_of_an_empty_kind_are_perfect_only_when_both_sides_are_empty() -> None:
    assert Figures.of(matches=0, system=0, gold=0) == Figures(1.0, 1.0, 1.0)
    assert Figures.of(matches=0, system=3, gold=0) == Figures(0.0, 0.0, 0.0)
    assert Figures.of(matches=0, system=0, gold=3) == Figures(0.0, 0.0, 0.0)


def test_attribute_f1_is_accuracy_times_relaxed_f1() -> None:
    scores = MentionScores("TIMEX3", ("type", "value"), gold=10, system=5, strict_matches=3,
                           relaxed_matches=4, correct=(4, 3))  # fmt: skip
    value = scores.attribute("value")
    assert value.accuracy == 0.75
    assert value.f1 == pytest.approx(0.75 * scores.relaxed.f1)
    assert value.precision == pytest.approx(0.75 * 0.8)
    assert value.recall == pytest.approx(0.75 * 0.4)


def test_accuracy_without_pairs_is_zero() -> None:
    scores = MentionScores("EVENT", ("class",), gold=2, system=0, correct=(0,))
    assert scores.attribute("class").accuracy == 0.0


def test_sums_are_micro_averages() -> None:
    one = EntityScores(1, MentionScores("TIMEX3", ("type", "value"), 1, 1, 1, 1, (1, 1)))
    other = EntityScores(1, MentionScores("TIMEX3", ("type", "value"), 3, 1, 0, 0, (0, 0)), unpaired=("b",))
    total = EntityScores.total([one, other])
    assert (total.documents, total.timexes.gold, total.timexes.system, total.unpaired) == (2, 4, 2, ("b",))
    assert (total.timexes.relaxed.precision, total.timexes.relaxed.recall) == (0.5, 0.25)
    assert total.timexes.relaxed.f1 == pytest.approx(1 / 3)


def test_counts_must_match_the_attributes() -> None:
    with pytest.raises(ValueError, match="2 counts for 1 attributes"):
        MentionScores("EVENT", ("class",), correct=(1, 2))


def test_kinds_do_not_add_up_across() -> None:
    with pytest.raises(TypeError):
        _ = MentionScores("EVENT", ("class",)) + MentionScores("TIMEX3", ("type", "value"))
