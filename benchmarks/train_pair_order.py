"""Train the ``learned-order`` model (``src/timeline/links/en/pair_order.json``) on MATRES pairs.

Usage: python benchmarks/train_pair_order.py [MATRES_FOLDER] [--corpus TBAQ_FOLDER] [--cache FILE]
       [--output JSON] [--train-part all|timebank|aquaint] [--evaluate] [--copular-states]

Every document of TBAQ_FOLDER (default ../shared/data/tbaq-cleaned) goes
through the library's pipeline with its text and creation time alone (with
``--copular-states``, the event stage's opt-in copular events too). Each
MATRES pair (MATRES_FOLDER, default ../shared/data/matres: ``timebank.txt``,
``aquaint.txt``) of the training part whose two gold events start where two
system events do becomes one example: the features of
:mod:`timeline.links.pair_features` for the two system events in text order
(computed from the ``Doc`` and the hand rules' links, as the link stage
computes them; ``learned-order`` links already in the ``Doc`` are left out),
and the label, turned around (BEFORE <-> AFTER) when MATRES lists the
later-mentioned event first.

``--train-part`` picks the pairs: ``all`` (the default: the shipped model),
or ``timebank`` / ``aquaint`` alone, the two fold models with which
``benchmarks/matres_benchmark.py --models`` scores each part held out.

The model is a multinomial logistic regression with an L2 penalty over the
features seen at least twice, fitted by full-batch gradient descent (Adam)
with numpy. Five-fold cross-validation over the training part's documents
picks the L2 strength and the probability threshold above which an answer
becomes a link, scoring MATRES accuracy over the pairs no hand rule links
(answers below the threshold read VAGUE). The final model is fitted on all
the training part's pairs and written as JSON. ``--evaluate`` prints the
pairwise accuracy of the written model on the other part, held out (with a
single part). ``--cache FILE`` keeps the processed Docs in a pickle, to
train again fast (delete it when the pipeline changes).
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

import timeline
from timeline import store
from timeline.chunking import run_pipeline
from timeline.evaluation.matres import MatresPair, instance_starts, read_matres
from timeline.events.given import checked_event_spans
from timeline.links.component import dated_events, triggers_of
from timeline.links.pair_features import PairContext, pair_features
from timeline.links.pair_order import LABELS, RULE, PairOrderModel
from timeline.model import Event
from timeline.timeml.reader import parse_document, read_markup

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
OUTPUT = Path(__file__).resolve().parents[1] / "src" / "timeline" / "links" / "en" / "pair_order.json"
PENALTIES = (1.0, 3.0, 10.0, 20.0, 30.0)
THRESHOLDS = tuple(round(0.30 + 0.05 * step, 2) for step in range(13))
FOLDS = 5
_TURNED = {"BEFORE": "AFTER", "AFTER": "BEFORE"}
#: The parts of MATRES and their files.
PARTS = {"TimeBank": "timebank.txt", "AQUAINT": "aquaint.txt"}


class Example:
    """One aligned MATRES pair: its document, features, label, and whether a hand rule links it."""

    def __init__(self, doc_id: str, features: tuple[str, ...], label: str, ruled: bool) -> None:
        self.doc_id = doc_id
        self.features = features
        self.label = label
        self.ruled = ruled


def load_docs(
    corpus: Path, cache: Path | None, *, copular_states: bool = False, gold_events: bool = False
) -> list[tuple[str, str, str, Doc]]:
    """(document id, part, markup, processed Doc) of every document of ``corpus``.

    The Docs come from the default pipeline (with the event stage's
    ``copular_states`` if asked; with ``gold_events``, the document's gold
    EVENT spans are given as its events, as TempEval-3's relation task and
    MATRES give them); with a ``cache`` file they are read from it when it
    was written with the same settings, else written to it.
    """
    settings = {"copular_states": copular_states, "gold_events": gold_events}
    if cache is not None and cache.exists():
        cached = pickle.loads(cache.read_bytes())
        if isinstance(cached, dict) and cached.get("settings") == settings:
            docs: list[tuple[str, str, str, Doc]] = cached["docs"]
            return docs
    nlp = timeline.pipeline()
    if copular_states:
        nlp.replace_pipe("timeline_events", "timeline_events", config={"copular_states": True})
    docs = []
    for part in ("TimeBank", "AQUAINT"):
        for path in sorted((corpus / part).rglob("*.tml")):
            markup = read_markup(path)
            document = parse_document(markup, source=str(path))
            events = (
                checked_event_spans([(event.start, event.end) for event in document.events], document.text)
                if gold_events
                else None
            )
            doc = run_pipeline(nlp, document.text, document.publication_date, events=events)
            docs.append((path.stem, part, markup, doc))
    if cache is not None:
        cache.write_bytes(pickle.dumps({"settings": settings, "docs": docs}))
    return docs


def collect_examples(matres: Path, docs: list[tuple[str, str, str, Doc]]) -> dict[str, list[Example]]:
    """The aligned MATRES pairs of each part (``TimeBank``, ``AQUAINT``) as examples."""
    pairs: dict[str, dict[str, list[MatresPair]]] = {part: defaultdict(list) for part in PARTS}
    for part, file in PARTS.items():
        for pair in read_matres(matres / file):
            pairs[part][pair.doc_id].append(pair)
    examples: dict[str, list[Example]] = {part: [] for part in PARTS}
    for doc_id, part, markup, doc in docs:
        examples[part] += examples_of(doc_id, markup, doc, pairs[part].get(doc_id, []))
    return examples


def examples_of(doc_id: str, markup: str, doc: Doc, pairs: list[MatresPair]) -> list[Example]:
    """The aligned pairs of one document, featured as the link stage features them."""
    triggers = triggers_of(doc)
    tokens = {event.id: index for index, event in triggers.items()}
    links = tuple(link for link in store.RELATIONS.get(doc) if link.rule != RULE)
    expressions = store.TIME_EXPRESSIONS.get(doc)
    context = PairContext.of(
        links, dated_events(links, expressions), expressions,
        events=triggers.values(), publication_date=store.PUBLICATION_DATE.get(doc),
    )  # fmt: skip
    by_start: dict[int, Event] = {}
    for event in store.EVENTS.get(doc):
        by_start.setdefault(event.start, event)
    starts = instance_starts(markup)
    found = []
    for pair in pairs:
        first_start, second_start = starts.get(pair.first_instance), starts.get(pair.second_instance)
        if first_start is None or second_start is None:
            continue
        first, second = by_start.get(first_start), by_start.get(second_start)
        if first is None or second is None or first is second:
            continue
        label = pair.label
        if second_start < first_start:
            first, second, label = second, first, _TURNED.get(label, label)
        first_id, second_id = first.id, second.id
        if first_id not in tokens or second_id not in tokens:
            continue
        features = pair_features(
            doc[tokens[first_id]], triggers[tokens[first_id]], doc[tokens[second_id]],
            triggers[tokens[second_id]], context,
        )  # fmt: skip
        found.append(Example(doc_id, features, label, (first_id, second_id) in context.rules))
    return found


def fit(examples: list[Example], penalty: float, iterations: int = 300) -> tuple[dict[str, int], np.ndarray]:
    """A vocabulary of features seen twice or more, and the weight matrix (features x labels)."""
    counts = Counter(feature for example in examples for feature in set(example.features))
    vocabulary = {
        feature: index for index, feature in enumerate(sorted(f for f, n in counts.items() if n >= 2))
    }
    columns, rows = _sparse(examples, vocabulary)
    targets = np.zeros((len(examples), len(LABELS)))
    for row, example in enumerate(examples):
        targets[row, LABELS.index(example.label)] = 1.0
    weights = np.zeros((len(vocabulary), len(LABELS)))
    first_moment = np.zeros_like(weights)
    second_moment = np.zeros_like(weights)
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, iterations + 1):
        difference = (_softmax(_scores(columns, rows, weights, len(examples))) - targets)[rows]
        summed = np.stack(
            [np.bincount(columns, difference[:, label], len(vocabulary)) for label in range(len(LABELS))],
            axis=1,
        )
        gradient = summed / len(examples) + penalty * weights / len(examples)
        first_moment = beta1 * first_moment + (1 - beta1) * gradient
        second_moment = beta2 * second_moment + (1 - beta2) * gradient**2
        corrected = first_moment / (1 - beta1**step)
        weights -= rate * corrected / (np.sqrt(second_moment / (1 - beta2**step)) + 1e-8)
    return vocabulary, weights


def _sparse(examples: list[Example], vocabulary: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """The known features of every example as (feature column, example row) pairs."""
    pairs = [
        (vocabulary[feature], row)
        for row, example in enumerate(examples)
        for feature in set(example.features)
        if feature in vocabulary
    ]
    found = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    return found[:, 0], found[:, 1]


def _scores(columns: np.ndarray, rows: np.ndarray, weights: np.ndarray, size: int) -> np.ndarray:
    return np.stack(
        [np.bincount(rows, weights[columns, label], size) for label in range(weights.shape[1])], axis=1
    )


def _softmax(scores: np.ndarray) -> np.ndarray:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    result: np.ndarray = shifted / shifted.sum(axis=1, keepdims=True)
    return result


def predictions(examples: list[Example], vocabulary: dict[str, int], weights: np.ndarray) -> np.ndarray:
    """The label probabilities of ``examples``."""
    columns, rows = _sparse(examples, vocabulary)
    return _softmax(_scores(columns, rows, weights, len(examples)))


def accuracy(examples: list[Example], probabilities: np.ndarray, threshold: float) -> float:
    """MATRES accuracy of the answers (below ``threshold``, or VAGUE: no link, read VAGUE)."""
    right = 0
    for example, row in zip(examples, probabilities, strict=True):
        best = int(row.argmax())
        label = LABELS[best] if row[best] >= threshold else "VAGUE"
        right += label == example.label
    return right / len(examples) if examples else 0.0


def cross_validate(examples: list[Example], *, verbose: bool = True) -> tuple[float, float]:
    """The L2 penalty and threshold with the best cross-validated accuracy on the pairs no rule links."""
    documents = sorted({example.doc_id for example in examples})
    fold_of = {doc_id: index % FOLDS for index, doc_id in enumerate(documents)}
    results: dict[tuple[float, float], list[float]] = defaultdict(list)
    for penalty in PENALTIES:
        held: list[Example] = []
        rows = []
        for fold in range(FOLDS):
            train = [example for example in examples if fold_of[example.doc_id] != fold]
            test = [example for example in examples if fold_of[example.doc_id] == fold and not example.ruled]
            vocabulary, weights = fit(train, penalty)
            held += test
            rows.append(predictions(test, vocabulary, weights))
        probabilities = np.concatenate(rows)
        for threshold in THRESHOLDS:
            results[penalty, threshold].append(accuracy(held, probabilities, threshold))
    best = max(results, key=lambda key: (results[key][0], key[1]))
    if verbose:
        for (penalty, threshold), scores in sorted(results.items()):
            print(f"cv  L2 {penalty:5}  threshold {threshold:.2f}  accuracy {100 * scores[0]:.2f}")
    print(f"chosen  L2 {best[0]}  threshold {best[1]:.2f}  cv accuracy {100 * results[best][0]:.2f}")
    return best


def train_model(examples: list[Example], trained_on: str, *, verbose: bool = True) -> dict[str, Any]:
    """The model of ``examples`` as JSON data: settings by cross-validation, then fitted on them all."""
    penalty, threshold = cross_validate(examples, verbose=verbose)
    vocabulary, weights = fit(examples, penalty)
    table = {
        feature: [round(float(value), 4) for value in weights[index]]
        for feature, index in sorted(vocabulary.items())
        if np.abs(weights[index]).max() >= 1e-3
    }
    return {
        "labels": list(LABELS),
        "threshold": threshold,
        "trained_on": trained_on,
        "l2": penalty,
        "weights": table,
    }


def training_examples(examples: dict[str, list[Example]], train_part: str) -> tuple[list[Example], str]:
    """The examples of ``train_part`` (``timebank``, ``aquaint`` or ``all``) and what they are."""
    parts = [part for part in PARTS if train_part in ("all", part.lower())]
    description = " + ".join(f"MATRES {part} pairs ({PARTS[part]})" for part in parts)
    return [example for part in parts for example in examples[part]], (
        f"{description} aligned to the pipeline's events"
    )


def pairwise_accuracy(model: PairOrderModel, examples: list[Example]) -> float:
    """The share of ``examples`` the model answers right (below its threshold: VAGUE)."""
    right = 0
    for example in examples:
        label, probability = model.predict(example.features)
        right += (label if probability >= model.threshold else "VAGUE") == example.label
    return right / len(examples) if examples else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("matres", nargs="?", type=Path, default=SHARED / "matres")
    parser.add_argument("--corpus", type=Path, default=SHARED / "tbaq-cleaned")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--train-part", choices=("all", "timebank", "aquaint"), default="all")
    parser.add_argument("--evaluate", action="store_true", help="print pairwise accuracy on the other part")
    parser.add_argument("--copular-states", action="store_true", help="find copular events too")
    arguments = parser.parse_args()

    docs = load_docs(arguments.corpus, arguments.cache, copular_states=arguments.copular_states)
    examples = collect_examples(arguments.matres, docs)
    train, trained_on = training_examples(examples, arguments.train_part)
    print(f"{trained_on}: {len(train)} pairs, {sum(e.ruled for e in train)} linked by a rule")
    model = train_model(train, trained_on)
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {arguments.output}: {len(model['weights'])} features")
    if arguments.evaluate:
        learned = PairOrderModel.of(model)
        for part, held in examples.items():
            if arguments.train_part in ("all", part.lower()):
                continue
            for name, subset in (("all", held), ("no rule link", [e for e in held if not e.ruled])):
                accuracy = pairwise_accuracy(learned, subset)
                print(
                    f"{part} (held out), {name}: {len(subset)} pairs, pairwise accuracy {100 * accuracy:.2f}"
                )


if __name__ == "__main__":
    main()
