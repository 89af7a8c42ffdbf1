"""The ``timeline annotate`` run: TimeML documents annotated again with what timeline finds in their text.

Each document's time expressions (and, unless ``times_only``, its events and
the TLINKs between them) are found from its text and creation time alone, by
:func:`timeline.times.api.find_times` or :func:`timeline.extract.extract`,
and written by :func:`timeline.timeml.writer.annotate` in place of the gold
tags; ``gold_events`` keeps the document's own events instead of finding them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from tqdm import tqdm

from timeline.cli.failures import EXIT_EMPTY_INPUT, EXIT_UNREADABLE_INPUT, reason
from timeline.errors import InvalidSettingError
from timeline.extract import extract
from timeline.timeml.reader import TimeMLError, parse_document, read_markup
from timeline.timeml.writer import annotate
from timeline.times.api import find_times

__all__ = ["run_annotate"]

_Item = TypeVar("_Item")


def _progress(items: Sequence[_Item], *, quiet: bool, unit: str) -> Iterable[_Item]:
    """``items``, with a progress bar on standard error when there are several and it is a terminal."""
    if quiet or len(items) < 2 or not sys.stderr.isatty():
        return items
    return tqdm(items, unit=unit, file=sys.stderr, leave=False)


def run_annotate(
    source: Path, target: Path, *, times_only: bool, gold_events: bool = False, quiet: bool = False
) -> int:
    """Run ``timeline annotate`` from ``source`` (a ``.tml`` file or a folder) into ``target``; the exit code.

    A document that cannot be read is said on standard error and skipped; the
    count of those annotated goes to standard output:

    >>> run_annotate(Path("no-such-file.tml"), Path("out.tml"), times_only=True)
    annotated 0 of 1 document(s) into out.tml
    3
    """
    if source.is_dir():
        jobs = [(path, target / path.relative_to(source)) for path in sorted(source.rglob("*.tml"))]
        if not jobs:
            print(f"timeline: no .tml files under {source}", file=sys.stderr)
            return EXIT_EMPTY_INPUT
    else:
        jobs = [(source, target / source.name if target.is_dir() else target)]
    failed = 0
    for path, destination in _progress(jobs, quiet=quiet, unit="document"):
        try:
            markup = read_markup(path)
            document = parse_document(markup, source=str(path))
        except (OSError, UnicodeDecodeError, TimeMLError) as error:
            print(f"timeline: cannot read {path}: {reason(error)}", file=sys.stderr)
            failed += 1
            continue
        if times_only:
            written = annotate(markup, find_times(document.text, document.publication_date), source=str(path))
        else:
            events = [(event.start, event.end) for event in document.events] if gold_events else None
            try:
                found = extract(document.text, document.publication_date, events=events)
            except InvalidSettingError as error:
                print(f"timeline: cannot use the events of {path}: {error}", file=sys.stderr)
                failed += 1
                continue
            written = annotate(
                markup, found.expressions, found.events, source=str(path), relations=found.relations
            )
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(written, encoding="utf-8")
    print(f"annotated {len(jobs) - failed} of {len(jobs)} document(s) into {target}")
    return EXIT_UNREADABLE_INPUT if failed else 0
