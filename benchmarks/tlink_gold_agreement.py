"""How much of what MATRES says about event order the TimeBank/AQUAINT TLINKs say too.

Usage: python benchmarks/tlink_gold_agreement.py [MATRES_FOLDER] [--corpus TBAQ_FOLDER]

TempEval-3's temporal awareness scores a system's TLINKs against the closure
of the gold TLINKs: a system link counts as right only if the gold
annotation entails it. Where the gold leaves two events unrelated, a true
link counts as wrong. MATRES (Ning et al. 2018) annotated the start-point
order of every pair of verb events in neighbouring sentences of the same
documents, so it tells how sparse the gold TLINKs are.

For every MATRES pair labelled BEFORE, AFTER or EQUAL (VAGUE pairs are left
out) this script builds the point graph of the document's gold TLINKs (the
closure ``timeline.evaluation`` scores with) and asks whether it fixes how
the two events' starts stand:

* *determined*: the gold TLINK closure fixes the order of the two starts;
* *agreeing*: it fixes it as MATRES does.

A system that gave exactly the MATRES order for every such pair, as a TLINK
on start points, could be counted right by temporal awareness only for the
agreeing pairs: their share is a ceiling on its event-event precision there.
Printed per corpus part and for both.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from timeline.evaluation.closure import Link, PointGraph
from timeline.evaluation.matres import MatresPair, read_matres
from timeline.evaluation.report import percent
from timeline.evaluation.tlinks import TimeMLLinks, read_links
from timeline.timeml.reader import read_markup

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
PARTS = (("AQUAINT", "aquaint.txt"), ("TimeBank", "timebank.txt"))
_SIGNS = {"BEFORE": "<", "AFTER": ">", "EQUAL": "="}


def gold_graph(links: TimeMLLinks) -> PointGraph:
    """The point graph of a file's TLINKs; events are named ``E:<eiid>``, times ``T:<tid>``."""
    graph = PointGraph()
    for link in links.links:
        graph.add(
            Link(
                ("E:" if link.source.is_event else "T:") + link.source.identifier,
                ("E:" if link.target.is_event else "T:") + link.target.identifier,
                link.rel_type,
            )
        )
    return graph


def _start_order(graph: PointGraph, first: str, second: str) -> str | None:
    """``<``, ``>`` or ``=``: how the first event's start stands to the second's, if the graph fixes it."""
    if graph.point_holds((first, "start"), "<", (second, "start")):
        return "<"
    if graph.point_holds((second, "start"), "<", (first, "start")):
        return ">"
    if graph.point_holds((first, "start"), "=", (second, "start")):
        return "="
    return None


def count_part(pairs: list[MatresPair], corpus: Path) -> Counter[str]:
    """How many ordered MATRES pairs the gold TLINKs of their documents determine, and agree with."""
    by_document: defaultdict[str, list[MatresPair]] = defaultdict(list)
    for pair in pairs:
        if pair.label in _SIGNS:
            by_document[pair.doc_id].append(pair)
    counts: Counter[str] = Counter()
    for doc_id, document_pairs in sorted(by_document.items()):
        counts["pairs"] += len(document_pairs)
        path = next(corpus.rglob(f"{doc_id}.tml"), None)
        if path is None:
            counts["no document"] += len(document_pairs)
            continue
        graph = gold_graph(read_links(read_markup(path)))
        for pair in document_pairs:
            order = _start_order(graph, f"E:{pair.first_instance}", f"E:{pair.second_instance}")
            if order is not None:
                counts["determined"] += 1
                counts["agreeing"] += order == _SIGNS[pair.label]
    return counts


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("matres", nargs="?", type=Path, default=SHARED / "matres")
    parser.add_argument("--corpus", type=Path, default=SHARED / "tbaq-cleaned")
    arguments = parser.parse_args()
    parts = [
        (name, count_part(list(read_matres(arguments.matres / file)), arguments.corpus))
        for name, file in PARTS
    ]
    total: Counter[str] = Counter()
    for _, counts in parts:
        total.update(counts)
    print("MATRES pairs ordered BEFORE / AFTER / EQUAL, against the closure of their gold TLINKs\n")
    header = f"{'part':10}{'pairs':>8}{'determined':>12}{'%':>8}{'agreeing':>10}{'%':>8}"
    print(f"{header}  agreeing % of determined")
    for name, counts in (*parts, ("both", total)):
        pairs = counts["pairs"]
        determined, agreeing = counts["determined"], counts["agreeing"]
        print(
            f"{name:10}{pairs:>8}{determined:>12}{percent(determined / pairs if pairs else 0.0):>8}"
            f"{agreeing:>10}{percent(agreeing / pairs if pairs else 0.0):>8}"
            f"  {percent(agreeing / determined if determined else 0.0)}"
        )
    if total["no document"]:
        print(f"\n{total['no document']} pairs name documents missing from {arguments.corpus}")


if __name__ == "__main__":
    main()
