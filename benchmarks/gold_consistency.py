"""How consistently a TimeML corpus annotates the same words: a ceiling on TIMEX3 value F1.

Usage: python benchmarks/gold_consistency.py [CORPUS_FOLDER] [--show N]

CORPUS_FOLDER defaults to ../shared/data/tbaq-cleaned. The same words often
get different TIMEX3 values from different annotators: "last week" is
written ``1998-W33``, ``1989-WXX``, ``1998-08`` or ``P1W``; "a year
earlier" ``1988``, ``1988-Q3`` or ``1988-10-26``. No system can match all of
them. This script measures how much of the gold such disagreement takes out
of reach.

Each gold TIMEX3 in ``<TEXT>`` is grouped by its *form*: its words,
lowercased, digits replaced by ``9`` and trailing punctuation dropped ("June
6" and "June 16" share a form). Its *shape* is its type and its value with
digits replaced by ``9`` (``DATE 9999-W99``): what a rule decides, leaving
out the arithmetic from the publication date. Within a form, the shape most
annotations have is the *majority shape*; an annotation with another shape
disagrees with the rest of the corpus on the same words.

Printed:

* the number of annotations whose shape is not their form's majority shape,
  and the forms with the most of them;
* **the ceiling**: value accuracy and value F1 of an imaginary system that
  finds every gold expression exactly (relaxed F1 100) and gives each one
  the majority shape of its form with the right numbers: it is right
  exactly where the annotation has its form's majority shape. A real system
  can pass this ceiling only by giving the same words different shapes in
  different contexts, so it is a bound on rules that read an expression's
  own words, not a proof about every system; it also assumes no other
  error, so real systems fall well below it.
* the ceiling on value F1 at a given relaxed F1 (``--relaxed``, default
  94.22, this library's relaxed F1 on the default corpus from
  ``benchmarks/times_benchmark.py``): TempEval-3's value F1 is the relaxed
  F1 times the value accuracy on the matched expressions.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from timeline.timeml.reader import read_corpus

_DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "tbaq-cleaned"
_DIGIT = re.compile(r"\d")


def form_of(text: str) -> str:
    """The words of an expression as a rule sees them: lowercased, digits as 9, no end punctuation."""
    return _DIGIT.sub("9", " ".join(text.lower().split()).strip(" .,;:'\""))


def shape_of(timex_type: str, value: str) -> str:
    """The type and the value with its digits as 9: ``DATE 9999-W99``."""
    return f"{timex_type} {_DIGIT.sub('9', value)}"


def main() -> None:
    """Print the disagreement table and the ceiling."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=_DEFAULT_CORPUS)
    parser.add_argument("--show", type=int, default=25, help="forms to list (default 25)")
    parser.add_argument("--relaxed", type=float, default=94.22, help="relaxed F1 to scale the ceiling by")
    arguments = parser.parse_args()

    shapes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    documents = 0
    for document in read_corpus(arguments.corpus):
        documents += 1
        for timex in document.timexes:
            if timex.function_in_document == "CREATION_TIME" or not timex.text.strip():
                continue
            shapes[form_of(timex.text)][shape_of(timex.type, timex.value)] += 1

    total = sum(sum(counter.values()) for counter in shapes.values())
    if not total:
        raise SystemExit(f"no TIMEX3 annotations in {arguments.corpus}")
    disagreeing = {form: sum(c.values()) - max(c.values()) for form, c in shapes.items()}
    off = sum(disagreeing.values())
    accuracy = 100 * (total - off) / total

    print(f"corpus      {arguments.corpus}, {documents} documents")
    print(f"gold TIMEX3 {total} in {len(shapes)} forms")
    print(f"not the majority shape of their form: {off} ({100 * off / total:.2f}%)")
    print()
    print(f"{'form':32} {'count':>5} {'off':>4}  shapes (count)")
    ranked = sorted(disagreeing.items(), key=lambda item: (-item[1], item[0]))
    for form, count in ranked[: arguments.show]:
        if not count:
            break
        listed = ", ".join(f"{shape} ({n})" for shape, n in shapes[form].most_common())
        print(f"{form:32} {sum(shapes[form].values()):5d} {count:4d}  {listed}")
    print()
    print("ceiling: every gold expression found, each given its form's majority shape, numbers right")
    print(f"  value accuracy {accuracy:.2f}   value F1 {accuracy:.2f} (at relaxed F1 100)")
    print(f"  value F1 {arguments.relaxed * accuracy / 100:.2f} at relaxed F1 {arguments.relaxed:.2f}")


if __name__ == "__main__":
    main()
