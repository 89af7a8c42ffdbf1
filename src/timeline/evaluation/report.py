"""Entity scores for people (a plain-text table) and for programs (a JSON-ready dictionary).

When the system files hold TLINKs, their temporal awareness follows the
entity tables (overall, then per kind of link).

Percentages are rounded half away from zero on the exact value, as the
official TempEval-3 script (Python 2's ``round``) does, so the table reads
the same as its output.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from timeline.evaluation.awareness import AwarenessScores, KindCounts
from timeline.evaluation.scores import EntityScores, Figures, MentionScores
from timeline.evaluation.tlinks import LinkKind

__all__ = ["awareness_as_dict", "awareness_lines", "format_scores", "percent", "scores_as_dict"]

#: The attributes the table shows for each kind (the dictionary has them all).
_TABLE_ATTRIBUTES = {"TIMEX3": ("type", "value"), "EVENT": ("class", "tense", "aspect", "pos", "polarity")}


def percent(fraction: float) -> str:
    """``fraction`` as a percentage with two decimals, halves rounded up.

    >>> percent(2 / 3), percent(1.0), percent(97 / 800)
    ('66.67', '100.00', '12.13')
    """
    return str(Decimal(100 * fraction).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def format_scores(scores: EntityScores) -> str:
    """A plain-text table of ``scores``: strict and relaxed P/R/F1, then attribute accuracy and F1.

    TLINK temporal awareness follows when the system wrote TLINKs.

    >>> print(format_scores(EntityScores()))
    documents scored: 0
    <BLANKLINE>
    TIMEX3   gold 0   system 0
                    P        R       F1    match
    strict     100.00   100.00   100.00        0
    relaxed    100.00   100.00   100.00        0
    attribute     acc       F1        P        R  correct
    type       100.00   100.00   100.00   100.00        0
    value      100.00   100.00   100.00   100.00        0
    <BLANKLINE>
    EVENT   gold 0   system 0
                    P        R       F1    match
    strict     100.00   100.00   100.00        0
    relaxed    100.00   100.00   100.00        0
    attribute     acc       F1        P        R  correct
    class      100.00   100.00   100.00   100.00        0
    tense      100.00   100.00   100.00   100.00        0
    aspect     100.00   100.00   100.00   100.00        0
    pos        100.00   100.00   100.00   100.00        0
    polarity   100.00   100.00   100.00   100.00        0
    """
    lines = [f"documents scored: {scores.documents}"]
    for kind in (scores.timexes, scores.events):
        lines += ["", *_kind_lines(kind)]
    if scores.tlinks.system_tlinks:
        lines += ["", *awareness_lines(scores.tlinks)]
    if scores.unpaired:
        lines += ["", f"no system file for {len(scores.unpaired)} document(s), scored as empty:"]
        lines += [f"  {name}" for name in scores.unpaired]
    return "\n".join(lines)


def _kind_lines(kind: MentionScores) -> list[str]:
    lines = [
        f"{kind.kind}   gold {kind.gold}   system {kind.system}",
        f"{'':9}{'P':>9}{'R':>9}{'F1':>9}{'match':>9}",
    ]
    for mode, figures, matches in (
        ("strict", kind.strict, kind.strict_matches),
        ("relaxed", kind.relaxed, kind.relaxed_matches),
    ):
        lines.append(
            f"{mode:9}{percent(figures.precision):>9}{percent(figures.recall):>9}{percent(figures.f1):>9}{matches:>9}"
        )
    lines.append(f"{'attribute':9}{'acc':>9}{'F1':>9}{'P':>9}{'R':>9}{'correct':>9}")
    for name in _TABLE_ATTRIBUTES.get(kind.kind, kind.attribute_names):
        score = kind.attribute(name)
        lines.append(
            f"{name:9}{percent(score.accuracy):>9}{percent(score.f1):>9}"
            f"{percent(score.precision):>9}{percent(score.recall):>9}{score.correct:>9}"
        )
    return lines


def awareness_lines(scores: AwarenessScores) -> list[str]:
    r"""The temporal awareness table: P/R/F1 and counts, overall and per kind of link.

    >>> print("\n".join(awareness_lines(AwarenessScores())))
    TLINK temporal awareness   gold 0   system 0
                    P        R       F1   system  correct     gold    found
    overall      0.00     0.00     0.00        0        0        0        0
    event-time   0.00     0.00     0.00        0        0        0        0
    event-DCT    0.00     0.00     0.00        0        0        0        0
    event-event  0.00     0.00     0.00        0        0        0        0
    time-time    0.00     0.00     0.00        0        0        0        0
    """
    lines = [
        f"TLINK temporal awareness   gold {scores.gold_tlinks}   system {scores.system_tlinks}",
        f"{'':12}{'P':>6}{'R':>9}{'F1':>9}{'system':>9}{'correct':>9}{'gold':>9}{'found':>9}",
    ]
    for name, counts in (("overall", scores.overall), *zip(LinkKind, scores.kinds, strict=True)):
        figures = counts.figures
        lines.append(
            f"{name:12}{percent(figures.precision):>6}{percent(figures.recall):>9}{percent(figures.f1):>9}"
            f"{counts.system:>9}{counts.system_correct:>9}{counts.gold:>9}{counts.gold_found:>9}"
        )
    return lines


def scores_as_dict(scores: EntityScores) -> dict[str, object]:
    """``scores`` as plain data (counts and fractions), ready for :func:`json.dumps`.

    >>> data = scores_as_dict(EntityScores())
    >>> data["TIMEX3"]["relaxed"]["f1"], sorted(data["EVENT"]["attributes"])
    (1.0, ['aspect', 'class', 'modality', 'polarity', 'pos', 'tense'])
    """
    data: dict[str, object] = {
        "documents": scores.documents,
        "unpaired": list(scores.unpaired),
        "TIMEX3": _kind_dict(scores.timexes),
        "EVENT": _kind_dict(scores.events),
    }
    if scores.tlinks.system_tlinks:
        data["TLINK"] = awareness_as_dict(scores.tlinks)
    return data


def awareness_as_dict(scores: AwarenessScores) -> dict[str, object]:
    """Temporal awareness ``scores`` as plain data: TLINK counts, then figures overall and per kind.

    >>> data = awareness_as_dict(AwarenessScores())
    >>> data["overall"]["f1"], sorted(data["kinds"])
    (0.0, ['event-DCT', 'event-event', 'event-time', 'time-time'])
    """
    return {
        "gold_tlinks": scores.gold_tlinks,
        "system_tlinks": scores.system_tlinks,
        "overall": _counts_dict(scores.overall),
        "kinds": {
            name.value: _counts_dict(counts) for name, counts in zip(LinkKind, scores.kinds, strict=True)
        },
    }


def _counts_dict(counts: KindCounts) -> dict[str, object]:
    figures = counts.figures
    return {
        "system": counts.system,
        "system_correct": counts.system_correct,
        "gold": counts.gold,
        "gold_found": counts.gold_found,
        "precision": figures.precision,
        "recall": figures.recall,
        "f1": figures.f1,
    }


def _kind_dict(kind: MentionScores) -> dict[str, object]:
    return {
        "gold": kind.gold,
        "system": kind.system,
        "strict": _figures_dict(kind.strict, kind.strict_matches),
        "relaxed": _figures_dict(kind.relaxed, kind.relaxed_matches),
        "attributes": {
            score.name: {
                "correct": score.correct,
                "accuracy": score.accuracy,
                "precision": score.precision,
                "recall": score.recall,
                "f1": score.f1,
            }
            for score in kind.attributes
        },
    }


def _figures_dict(figures: Figures, matches: int) -> dict[str, object]:
    return {"match": matches, "precision": figures.precision, "recall": figures.recall, "f1": figures.f1}
