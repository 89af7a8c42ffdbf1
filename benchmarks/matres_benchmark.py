"""MATRES event-pair order predicted by ``timeline.extract``'s timelines of the raw TimeBank/AQUAINT texts.

Usage: python benchmarks/matres_benchmark.py [MATRES_FOLDER] [--corpus TBAQ_FOLDER] [--rules-only]
       [--copular-states]

The extracted timelines include the ``learned-order`` links (the link stage
with ``learned_order=True``; ``--rules-only`` leaves them out). The shipped
model (``src/timeline/links/en/pair_order.json``, written by
``benchmarks/train_pair_order.py``) was trained on the MATRES **TimeBank**
pairs only: TimeBank figures are in-sample, AQUAINT figures are held out.
``--copular-states`` also turns on the event stage's opt-in copular events
(AQUAINT tags "was" in "the hair was in a cap"; see docs/spacy.md).

MATRES_FOLDER defaults to ../shared/data/matres (timebank.txt, aquaint.txt:
12,740 verb-event pairs labelled BEFORE / AFTER / EQUAL / VAGUE by how their
start points stand). These files are MATRES's TimeBank + AQUAINT part, the
train/dev side of the usual split (Platinum, the test part, is not here), and
AQUAINT is the part commonly held out for development; figures are printed
for all pairs, for AQUAINT and for TimeBank. Each document of TBAQ_FOLDER
(default ../shared/data/tbaq-cleaned) goes through ``timeline.extract`` with
its text and creation time alone; a pair's gold events (eiid ->
MAKEINSTANCE -> EVENT offsets) are looked up among the system's events by
start offset (coverage: pairs with both found), and the relation comes from
``timeline.evaluation.matres.predict_relation`` (the timeline's relations
closed, then its placements; no answer reads VAGUE). A second set of figures
reads the pairs the timeline leaves unordered in discourse order (a report
starts after what it reports on, else the first mentioned starts first;
``discourse_order``), the usual last resort of rule-based ordering. A third
set reads each gold TimeML document as a timeline (``parse_timeline``: gold
events and TLINKs through the library's own reasoning and placement) and
scores the same pairs from it: how far the ordering stage gets when
extraction is perfect. Printed: coverage,
accuracy over all pairs (uncovered count as wrong) and over covered ones,
MATRES P/R/F1 without VAGUE, per-label recall, the always-BEFORE baseline,
and the speed of the predictions.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from spacy.language import Language

import timeline
from timeline.evaluation.matres import (
    MatresPair,
    MatresScores,
    TimelineOrder,
    align_pair,
    discourse_order,
    instance_starts,
    label_of,
    read_matres,
)
from timeline.evaluation.report import percent
from timeline.timeml import parse_timeline
from timeline.timeml.reader import parse_document, read_markup

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
PARTS = (("AQUAINT", "aquaint.txt"), ("TimeBank", "timebank.txt"))


def score_part(
    pairs: list[MatresPair], corpus: Path, seconds: list[float], nlp: Language
) -> tuple[MatresScores, MatresScores, MatresScores]:
    """Every pair scored: by the extracted timeline, then by discourse, then by the gold timeline."""
    by_document: dict[str, list[MatresPair]] = defaultdict(list)
    for pair in pairs:
        by_document[pair.doc_id].append(pair)
    outcomes: list[tuple[str, str | None]] = []
    backed_off: list[tuple[str, str | None]] = []
    on_gold: list[tuple[str, str | None]] = []
    for doc_id, doc_pairs in sorted(by_document.items()):
        path = next(corpus.rglob(f"{doc_id}.tml"), None)
        if path is None:
            outcomes += [(pair.label, None) for pair in doc_pairs]
            backed_off += [(pair.label, None) for pair in doc_pairs]
            on_gold += [(pair.label, None) for pair in doc_pairs]
            continue
        markup = read_markup(path)
        document = parse_document(markup, source=str(path))
        start = time.perf_counter()
        found = timeline.extract(document.text, document.publication_date, nlp=nlp)
        order = TimelineOrder.of(found)
        seconds.append(time.perf_counter() - start)
        starts = instance_starts(markup)
        gold = parse_timeline(markup, source=str(path))
        gold_order = TimelineOrder.of(gold)
        for pair in doc_pairs:
            gold_events = align_pair(starts, gold, pair)
            gold_relation = gold_order.relation(*gold_events) if gold_events is not None else None
            on_gold.append((pair.label, None if gold_events is None else label_of(gold_relation)))
            events = align_pair(starts, found, pair)
            if events is None:
                outcomes.append((pair.label, None))
                backed_off.append((pair.label, None))
                continue
            relation = order.relation(*events)
            outcomes.append((pair.label, label_of(relation)))
            backed_off.append((pair.label, label_of(relation or discourse_order(*events))))
    return MatresScores.of(outcomes), MatresScores.of(backed_off), MatresScores.of(on_gold)


def lines(name: str, scores: MatresScores) -> list[str]:
    figures = scores.figures
    before = sum(count for (label, _), count in scores.counts if label == "BEFORE")
    coverage = percent(scores.covered / scores.pairs)
    result = [
        f"== {name}: {scores.pairs} pairs, covered {scores.covered} ({coverage}%)",
        f"accuracy        {percent(scores.accuracy)} (all pairs)"
        f"   {percent(scores.covered_accuracy)} (covered)",
        f"without VAGUE   P {percent(figures.precision)}  R {percent(figures.recall)}"
        f"  F1 {percent(figures.f1)}",
        f"always BEFORE   accuracy {percent(before / scores.pairs)}",
        f"{'label':10}{'pairs':>8}{'right':>8}{'recall':>9}",
    ]
    for label, total, right in scores.label_counts():
        result.append(f"{label:10}{total:>8}{right:>8}{percent(right / total if total else 0.0):>9}")
    predicted: dict[str, int] = defaultdict(int)
    for (_, guess), count in scores.counts:
        predicted[guess or "uncovered"] += count
    result.append(
        "predicted       " + ", ".join(f"{label} {count}" for label, count in sorted(predicted.items()))
    )
    return result


def _titled(part: str, plain: bool) -> str:
    """The part's name, saying (unless ``plain``: no model at work) whether the model saw its pairs."""
    if plain:
        return part
    return f"{part} (held out)" if part == "AQUAINT" else f"{part} (in-sample: the model's training pairs)"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("matres", nargs="?", type=Path, default=SHARED / "matres")
    parser.add_argument("--corpus", type=Path, default=SHARED / "tbaq-cleaned")
    parser.add_argument("--rules-only", action="store_true", help="leave the learned-order links out")
    parser.add_argument("--copular-states", action="store_true", help="find copular events too")
    arguments = parser.parse_args()

    nlp = timeline.pipeline()
    if arguments.copular_states:
        nlp.replace_pipe("timeline_events", "timeline_events", config={"copular_states": True})
        print("copular events on")
    if not arguments.rules_only:
        nlp.replace_pipe("timeline_links", "timeline_links", config={"learned_order": True})
        print(
            "learned-order links on: the model was trained on MATRES TimeBank pairs only, so TimeBank"
            " figures are in-sample and AQUAINT figures are held out\n"
        )
    else:
        print("rules only: no learned-order links\n")
    timeline.extract("Warm-up: the war ended on Monday.", "2020-06-09", nlp=nlp)
    seconds: list[float] = []
    parts = [
        (name, score_part(list(read_matres(arguments.matres / file)), arguments.corpus, seconds, nlp))
        for name, file in PARTS
    ]
    for index, title in (
        (0, "the timeline alone (unordered pairs read VAGUE)"),
        (1, "the timeline, unordered pairs read in discourse order"),
        (2, "the gold TimeML read as timelines: the reasoning alone, on gold events and TLINKs"),
    ):
        print(f"###### predictions: {title}\n")
        total = parts[0][1][index] + parts[1][1][index]
        for name, scores in [
            ("all", total),
            *((_titled(name, arguments.rules_only or index == 2), both[index]) for name, both in parts),
        ]:
            print("\n".join(lines(name, scores)))
            print()
    print(
        f"speed           {len(seconds) / sum(seconds):.1f} documents/s (extract + order),"
        f" {len(seconds)} documents"
    )


if __name__ == "__main__":
    main()
