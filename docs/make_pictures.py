"""Draw the pictures of the worked examples: run ``python docs/make_pictures.py`` from the repository root.

Each worked example page, ``docs/examples/NAME.md``, shows its timeline as
:func:`timeline.render` draws it, in an ``<iframe>`` of the committed file
``docs/pictures/NAME.html``. This script writes those files from the same
inputs the pages' code reads; ``tests/test_docs.py`` checks that each
committed picture is still exactly what ``timeline.render`` gives, so rerun
this script whenever the library's output or the render changes.

The merged example draws a :class:`~timeline.Timeline` assembled here from
the :class:`~timeline.MergedTimeline` (``render`` draws a ``Timeline``): the
merged entries, in the merged order, each shown with the sentence of its
first mention.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import attrs

import timeline

DOCS = Path(__file__).resolve().parent
EXAMPLES = DOCS / "examples"
PICTURES = DOCS / "pictures"

#: The input (a path from the repository root), publication date and anchoring policy of each
#: single-article example page.
ARTICLES: dict[str, tuple[str, str, str]] = {
    "founding-article": ("examples/north-korea-2020-06-09.txt", "2020-06-09", "news"),
    "business": ("docs/examples/harbor-lane-2024-10-24.txt", "2024-10-24", "news"),
    "sports": ("docs/examples/riverside-rovers-2023-09-18.txt", "2023-09-18", "news"),
    "narrative": ("docs/examples/eiffel-tower-narrative.txt", "2026-11-28", "narrative"),
}

#: The articles of the merged example, with their publication dates, in the order they are merged.
MERGED_ARTICLES: tuple[tuple[str, str], ...] = (
    ("docs/examples/carver-falls-bridge-2025-03-10.txt", "2025-03-10"),
    ("docs/examples/carver-falls-bridge-2025-03-12.txt", "2025-03-12"),
    ("docs/examples/carver-falls-bridge-2025-03-19.txt", "2025-03-19"),
)
_ARTICLES = ("article", "articles")
MERGED_TITLE = "The Old Mill Bridge of Carver Falls: three articles, one timeline"


def _read(path: str) -> str:
    return (DOCS.parent / path).read_text(encoding="utf-8")


def as_timeline(merged: timeline.MergedTimeline, publication_date: str) -> timeline.Timeline:
    """A ``Timeline`` of ``merged``'s entries in the merged order, for ``render``.

    Each entry is drawn with its first mention's sentence, and its
    description ends with the articles (numbered from 1) that mention it.
    """
    texts: list[str] = []
    sentences: list[tuple[int, int]] = []
    first_sentence: list[int] = []
    for document in merged.timelines:
        offset = sum(len(text) + 2 for text in texts)
        first_sentence.append(len(sentences))
        sentences.extend((start + offset, end + offset) for start, end in document.sentences)
        texts.append(document.text)
    entries = []
    for merged_entry in merged:
        mention = merged_entry.mentions[0]
        articles = ", ".join(str(document + 1) for document in merged_entry.documents)
        noun = _ARTICLES[len(merged_entry.documents) > 1]
        event = attrs.evolve(
            mention.event,
            sentence=mention.event.sentence + first_sentence[mention.document],
            description=f"{mention.event.description} [{noun} {articles}]",
        )
        entries.append(timeline.Entry(event, merged_entry.placement, salient=merged_entry.salient))
    return timeline.Timeline(
        text="\n\n".join(texts),
        publication_date=dt.date.fromisoformat(publication_date),
        sentences=tuple(sentences),
        entries=tuple(entries),
    )


def pictures() -> dict[str, str]:
    """The HTML page of each example's picture, by the name of its page."""
    drawn = {
        name: timeline.render(timeline.extract(_read(path), published, policy=policy))
        for name, (path, published, policy) in ARTICLES.items()
    }
    merged = timeline.merge(timeline.extract(_read(path), published) for path, published in MERGED_ARTICLES)
    drawn["merged"] = timeline.render(as_timeline(merged, MERGED_ARTICLES[-1][1]), title=MERGED_TITLE)
    return drawn


def main() -> int:
    """Write every picture into ``docs/pictures``."""
    PICTURES.mkdir(exist_ok=True)
    for name, page in pictures().items():
        (PICTURES / f"{name}.html").write_text(page, encoding="utf-8")
        print(f"wrote docs/pictures/{name}.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
