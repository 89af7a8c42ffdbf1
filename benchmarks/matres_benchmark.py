"""MATRES event-pair order predicted by the library's timelines of the raw TimeBank/AQUAINT texts.

Usage: python benchmarks/matres_benchmark.py [MATRES_FOLDER] [--corpus TBAQ_FOLDER] [--cache FILE]
       [--models TIMEBANK_JSON AQUAINT_JSON] [--rules-only] [--copular-states] [--gold-events]

MATRES_FOLDER defaults to ../shared/data/matres (timebank.txt, aquaint.txt:
12,740 verb-event pairs labelled BEFORE / AFTER / EQUAL / VAGUE by how their
start points stand). These files are MATRES's TimeBank + AQUAINT part, the
train/dev side of the usual split (Platinum, the test part, is not here).
Each document of TBAQ_FOLDER (default ../shared/data/tbaq-cleaned) goes
through the library's pipeline with its text and creation time alone
(``--cache FILE`` keeps the parsed Docs in a pickle, to rerun fast; delete it
when the pipeline changes); then the link and ordering stages run on it once
per setting:

* **rules only**: the default link stage, no ``learned-order`` links;
* **learned order, cross-fitted (held out)**: the link stage with a
  ``learned-order`` model that never saw the document: AQUAINT documents are
  scored with a model trained on the TimeBank pairs, TimeBank documents with
  one trained on the AQUAINT pairs (2-fold by corpus part). The two models
  are trained here by ``benchmarks/train_pair_order.py``'s code (settings by
  cross-validation inside the training part), or read from
  ``--models TIMEBANK_JSON AQUAINT_JSON`` (written by
  ``train_pair_order.py --train-part timebank`` / ``--train-part aquaint``).
  These are the honest figures of the learned order;
* **learned order, shipped model (in-sample)**: the link stage with
  ``learned_order=True`` and the shipped ``src/timeline/links/en/pair_order.json``,
  trained on all MATRES TimeBank + AQUAINT pairs: every figure of it is
  in-sample, a ceiling, not an estimate.

``--rules-only`` runs the first setting alone. ``--copular-states`` also
turns on the event stage's opt-in copular events (AQUAINT tags "was" in "the
hair was in a cap"; see docs/spacy.md). ``--gold-events`` gives each
document's gold EVENT spans to the pipeline as its events (``events=`` of
``timeline.extract``), the usual MATRES protocol, where a system orders
given events; the fold models are then trained on such documents too (the
shipped model is not: it was trained on the events the library finds).

A pair's gold events (eiid -> MAKEINSTANCE -> EVENT offsets) are looked up
among the system's events by start offset (coverage: pairs with both found),
and the relation comes from ``timeline.evaluation.matres.TimelineOrder`` (the
timeline's relations closed, then its placements; no answer reads VAGUE). A
second set of figures reads the pairs the timeline leaves unordered in
discourse order (a report starts after what it reports on, else the first
mentioned starts first; ``discourse_order``), the usual last resort of
rule-based ordering. Last, each gold TimeML document is read as a timeline
(``parse_timeline``: gold events and TLINKs through the library's own
reasoning and placement) and the same pairs are scored from it: how far the
ordering stage gets when extraction is perfect. Printed: coverage, accuracy
over all pairs (uncovered count as wrong) and over covered ones, MATRES
P/R/F1 without VAGUE, per-label recall, the always-BEFORE baseline, and the
speed of the link and ordering stages.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

from spacy.tokens import Doc
from train_pair_order import PARTS, collect_examples, load_docs, train_model, training_examples

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
from timeline.links.component import LinkFinder
from timeline.links.pair_order import PairOrderModel, load_pair_order_model
from timeline.ordering.component import TimelineBuilder
from timeline.store import timeline_of
from timeline.timeml import parse_timeline

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
Corpus = list[tuple[str, str, str, Doc]]
#: Pairs by part, then by document.
Pairs = dict[str, dict[str, list[MatresPair]]]


def score_setting(
    docs: Corpus, pairs: Pairs, finders: Mapping[str, LinkFinder], seconds: list[float]
) -> dict[str, tuple[MatresScores, MatresScores]]:
    """Per part, every pair scored by the timeline alone, then with unordered pairs in discourse order.

    The link stage of a document's part (``finders``) and the ordering stage run again on its parsed Doc.
    """
    builder = TimelineBuilder()
    alone: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    backed_off: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    seen: set[str] = set()
    for doc_id, part, markup, doc in docs:
        doc_pairs = pairs[part].get(doc_id, [])
        if not doc_pairs:
            continue
        seen.add(doc_id)
        start = time.perf_counter()
        found = timeline_of(builder(finders[part](doc)))
        order = TimelineOrder.of(found)
        seconds.append(time.perf_counter() - start)
        starts = instance_starts(markup)
        for pair in doc_pairs:
            events = align_pair(starts, found, pair)
            if events is None:
                alone[part].append((pair.label, None))
                backed_off[part].append((pair.label, None))
                continue
            relation = order.relation(*events)
            alone[part].append((pair.label, label_of(relation)))
            backed_off[part].append((pair.label, label_of(relation or discourse_order(*events))))
    for part, by_document in pairs.items():
        for doc_id, doc_pairs in by_document.items():
            if doc_id not in seen:  # no such document in the corpus: its pairs are not covered
                alone[part] += [(pair.label, None) for pair in doc_pairs]
                backed_off[part] += [(pair.label, None) for pair in doc_pairs]
    return {part: (MatresScores.of(alone[part]), MatresScores.of(backed_off[part])) for part in pairs}


def score_gold(docs: Corpus, pairs: Pairs) -> dict[str, MatresScores]:
    """Per part, every pair scored by the gold TimeML document read as a timeline."""
    outcomes: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    seen: set[str] = set()
    for doc_id, part, markup, _ in docs:
        doc_pairs = pairs[part].get(doc_id, [])
        seen.add(doc_id)
        gold = parse_timeline(markup, source=doc_id)
        order = TimelineOrder.of(gold)
        starts = instance_starts(markup)
        for pair in doc_pairs:
            events = align_pair(starts, gold, pair)
            outcomes[part].append((pair.label, None if events is None else label_of(order.relation(*events))))
    for part, by_document in pairs.items():
        for doc_id, doc_pairs in by_document.items():
            if doc_id not in seen:
                outcomes[part] += [(pair.label, None) for pair in doc_pairs]
    return {part: MatresScores.of(outcomes[part]) for part in pairs}


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


def print_part_scores(title: str, scores: Mapping[str, MatresScores], tags: Mapping[str, str]) -> None:
    """All pairs, then each part (with its tag: held out, in-sample), under ``title``."""
    print(f"###### {title}\n")
    total = sum(scores.values(), MatresScores())
    for name, part_scores in [("all", total), *((f"{part}{tags[part]}", scores[part]) for part in scores)]:
        print("\n".join(lines(name, part_scores)))
        print()


def fold_models(arguments: argparse.Namespace, docs: Corpus) -> dict[str, PairOrderModel]:
    """For each part, the model that never saw it: trained on the other part (or read from ``--models``)."""
    if arguments.models is not None:
        read = [json.loads(path.read_text(encoding="utf-8")) for path in arguments.models]
        trained = dict(zip(("TimeBank", "AQUAINT"), read, strict=True))
    else:
        examples = collect_examples(arguments.matres, docs)
        trained = {}
        for part in PARTS:
            train, trained_on = training_examples(examples, part.lower())
            print(f"training on {trained_on}: {len(train)} pairs")
            trained[part] = train_model(train, trained_on, verbose=False)
    for part, data in trained.items():
        if part not in data["trained_on"] or any(
            other in data["trained_on"] for other in PARTS if other != part
        ):
            msg = f"the {part} fold model says it was trained on {data['trained_on']!r}"
            raise SystemExit(msg)
    other = {"TimeBank": "AQUAINT", "AQUAINT": "TimeBank"}
    return {part: PairOrderModel.of(trained[other[part]]) for part in PARTS}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("matres", nargs="?", type=Path, default=SHARED / "matres")
    parser.add_argument("--corpus", type=Path, default=SHARED / "tbaq-cleaned")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the parsed Docs")
    parser.add_argument(
        "--models", nargs=2, type=Path, default=None, metavar=("TIMEBANK_JSON", "AQUAINT_JSON"),
        help="the models trained on the TimeBank pairs and on the AQUAINT pairs",
    )  # fmt: skip
    parser.add_argument("--rules-only", action="store_true", help="leave the learned-order links out")
    parser.add_argument("--copular-states", action="store_true", help="find copular events too")
    parser.add_argument("--gold-events", action="store_true", help="give the gold events (MATRES protocol)")
    arguments = parser.parse_args()

    if arguments.copular_states:
        print("copular events on")
    pairs: Pairs = {part: defaultdict(list) for part in PARTS}
    for part, file in PARTS.items():
        for pair in read_matres(arguments.matres / file):
            pairs[part][pair.doc_id].append(pair)
    if arguments.gold_events:
        print("gold events given: the pipeline orders the documents' own EVENT spans")
    docs = load_docs(
        arguments.corpus,
        arguments.cache,
        copular_states=arguments.copular_states,
        gold_events=arguments.gold_events,
    )
    rules = LinkFinder()
    settings: list[tuple[str, dict[str, LinkFinder], dict[str, str]]] = [
        ("rules only", dict.fromkeys(PARTS, rules), dict.fromkeys(PARTS, ""))
    ]
    if not arguments.rules_only:
        folds = fold_models(arguments, docs)
        settings.append(
            (
                "learned order, cross-fitted: each part scored by the model trained on the other",
                {part: LinkFinder(pair_order=model) for part, model in folds.items()},
                dict.fromkeys(PARTS, " (held out)"),
            )
        )
        shipped = LinkFinder(pair_order=load_pair_order_model())
        settings.append(
            (
                "learned order, shipped model (trained on all pairs: in-sample)",
                dict.fromkeys(PARTS, shipped),
                dict.fromkeys(PARTS, " (in-sample)"),
            )
        )
    for name, finders, tags in settings:
        seconds: list[float] = []
        scores = score_setting(docs, pairs, finders, seconds)
        print(f"######## {name}\n")
        print_part_scores(
            f"{name}: the timeline alone (unordered pairs read VAGUE)",
            {part: alone for part, (alone, _) in scores.items()}, tags,
        )  # fmt: skip
        print_part_scores(
            f"{name}: the timeline, unordered pairs read in discourse order",
            {part: backed_off for part, (_, backed_off) in scores.items()}, tags,
        )  # fmt: skip
        print(
            f"speed           {len(seconds) / sum(seconds):.1f} documents/s (links + ordering),"
            f" {len(seconds)} documents\n"
        )
    print_part_scores(
        "the gold TimeML read as timelines: the reasoning alone, on gold events and TLINKs",
        score_gold(docs, pairs), dict.fromkeys(PARTS, ""),
    )  # fmt: skip


if __name__ == "__main__":
    main()
