"""How far temporal awareness can go by the event-to-creation-time links alone: a gold-copying oracle.

Usage: python benchmarks/tlink_oracle.py [CORPUS_FOLDER]

An analysis, not a system: it reads the gold to find a ceiling. Every
document of CORPUS_FOLDER (default ../shared/data/tbaq-cleaned) goes through
``timeline.extract`` from its raw text, as ``benchmarks/tlink_benchmark.py``
does. Then, for every system event that starts where a gold event starts,
the system's links between that event and the creation time are replaced by
the relation the gold TLINK closure entails between the gold event and the
gold creation time, if it entails one (the most specific: SIMULTANEOUS, the
immediate and the boundary relations, INCLUDES / IS_INCLUDED, then BEFORE /
AFTER); events the gold closure does not relate to the creation time lose
their creation-time links. Every other system link is kept. The result is
written and scored as ``tlink_benchmark.py`` scores it.

The printed awareness is what the library's own events, times and other
links would score if every event-to-creation-time relation were copied from
the gold: how much of the distance to a given figure those links can close.
Printed: P/R/F1 for the whole corpus and each part, first for the system as
it is, then with the oracle's creation-time links.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from tlink_benchmark import DEFAULT_CORPUS, annotate_corpus
from tlink_gold_agreement import gold_graph

from timeline.evaluation import evaluate
from timeline.evaluation.closure import Link
from timeline.evaluation.report import awareness_lines
from timeline.evaluation.tlinks import read_links
from timeline.model import PUBLICATION_DATE_ID, Relation, RelType, Timeline
from timeline.timeml.writer import annotate

# Most specific first: the first the gold closure entails is the oracle's.
_CANDIDATES = (
    RelType.SIMULTANEOUS,
    RelType.IBEFORE,
    RelType.IAFTER,
    RelType.BEGINS,
    RelType.BEGUN_BY,
    RelType.ENDS,
    RelType.ENDED_BY,
    RelType.INCLUDES,
    RelType.IS_INCLUDED,
    RelType.BEFORE,
    RelType.AFTER,
)


def gold_dct_relations(markup: str) -> dict[int, RelType]:
    """Gold event start offset -> the relation the gold TLINK closure entails to the creation time."""
    links = read_links(markup)
    if links.creation_time is None:
        return {}
    graph = gold_graph(links)
    event_of_instance = dict(links.instances)
    starts = {eid: start for eid, start, _ in links.events}
    dct = f"T:{links.creation_time}"
    relations: dict[int, RelType] = {}
    for instance, eid in event_of_instance.items():
        if eid not in starts:
            continue
        entailed = next(
            (rel for rel in _CANDIDATES if graph.entails(Link(f"E:{instance}", dct, rel))),
            None,
        )
        if entailed is not None:
            relations.setdefault(starts[eid], entailed)
    return relations


def with_oracle_dct(found: Timeline, gold: dict[int, RelType]) -> tuple[Relation, ...]:
    """``found``'s relations, those of gold-matched events to the creation time copied from the gold."""
    matched = {event.id: event.start for event in found.events if event.start in gold}

    def touches_dct(relation: Relation) -> bool:
        ends = {relation.source, relation.target}
        return PUBLICATION_DATE_ID in ends and bool(ends & matched.keys())

    kept = [relation for relation in found.relations if not touches_dct(relation)]
    copied = [
        Relation(event_id, PUBLICATION_DATE_ID, gold[start], "oracle-gold-dct")
        for event_id, start in matched.items()
    ]
    return (*kept, *copied)


def main() -> None:
    """Score the system, then the system with the oracle's creation-time links."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    arguments = parser.parse_args()
    corpus: Path = arguments.corpus
    with tempfile.TemporaryDirectory(prefix="tlink-oracle-") as folder:
        system, oracle = Path(folder) / "system", Path(folder) / "oracle"
        done, _ = annotate_corpus(corpus, system)
        for name, (markup, found) in done.items():
            relations = with_oracle_dct(found, gold_dct_relations(markup))
            written = annotate(
                markup,
                found.expressions,
                found.events,
                source=name,
                relations=relations,
            )
            destination = oracle / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_text(written, encoding="utf-8")
        parts = [("all", corpus, "")]
        parts += [(sub.name, sub, sub.name) for sub in sorted(corpus.iterdir()) if sub.is_dir()]
        for title, root in (
            ("the system as it is", system),
            ("creation-time links copied from the gold", oracle),
        ):
            print(f"######## {title}\n")
            for name, gold_folder, sub in parts:
                scores = evaluate(gold_folder, root / sub if sub else root).tlinks
                print(f"== {name}: {scores.documents} documents")
                print("\n".join(awareness_lines(scores)))
                print()


if __name__ == "__main__":
    main()
