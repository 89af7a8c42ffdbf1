"""Every output format by name, as the command line offers them: one timeline, or several in one stream.

``table`` (for reading in a terminal), ``json`` (the lossless format of
:mod:`timeline.export.json`), ``csv`` (:mod:`timeline.export.csv`),
``timeml`` (:mod:`timeline.timeml.timeline_writer`) and ``html`` (the picture
of :mod:`timeline.render`). Several timelines go into one stream as JSON Lines
(one record ``{"id": SOURCE, "timeline": {...}}`` per line, as
:mod:`timeline.export.jsonl` writes and reads them), as one CSV with a
leading ``source`` column, or as tables one after another under
``==> SOURCE <==`` headers; a TimeML or HTML document holds one timeline
only. :func:`format_part` writes such a stream one timeline at a time, as
the command line does while documents are still being read.
"""

from __future__ import annotations

import csv
import enum
import io
from collections.abc import Iterable

from timeline.errors import InvalidSettingError
from timeline.export.csv import COLUMNS, rows, to_csv
from timeline.export.json import to_json
from timeline.export.jsonl import RecordId, to_record_line
from timeline.export.table import format_table
from timeline.model import Timeline
from timeline.render import render
from timeline.timeml.timeline_writer import write_timeline

__all__ = ["OutputFormat", "format_many", "format_part", "format_timeline"]


class OutputFormat(enum.StrEnum):
    """The output formats, with the file suffix each is written under.

    >>> OutputFormat("html").suffix
    '.html'
    """

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    TIMEML = "timeml"
    HTML = "html"

    @property
    def suffix(self) -> str:
        """The file name suffix of a file in this format."""
        return {"table": ".txt", "timeml": ".tml"}.get(self.value, f".{self.value}")

    @property
    def streams(self) -> bool:
        """Whether several timelines can share one stream in this format."""
        return self not in (OutputFormat.TIMEML, OutputFormat.HTML)


def format_timeline(
    timeline: Timeline, output: OutputFormat | str, *, background: bool = False, name: str = ""
) -> str:
    """``timeline`` in the format ``output``; ``background`` for the table and HTML, ``name`` as TimeML DOCID.

    >>> from timeline.model import Timeline
    >>> print(format_timeline(Timeline(text="", publication_date=None), "table"))
    WHEN               EVENT                                                        SENTENCE
    (no events)
    """
    chosen = _format(output)
    if chosen is OutputFormat.JSON:
        return to_json(timeline) + "\n"
    if chosen is OutputFormat.CSV:
        return to_csv(timeline)
    if chosen is OutputFormat.TIMEML:
        return write_timeline(timeline, doc_id=name)
    if chosen is OutputFormat.HTML:
        return render(timeline, background=background)
    return format_table(timeline, background=background) + "\n"


def format_many(
    timelines: Iterable[tuple[RecordId, Timeline]], output: OutputFormat | str, *, background: bool = False
) -> str:
    """Several ``(source, timeline)`` pairs in one stream of format ``output`` (not TimeML or HTML).

    >>> from timeline.model import Timeline
    >>> empty = Timeline(text="", publication_date=None)
    >>> print(format_many([("a.txt", empty), ("b.txt", empty)], "json"), end="")  # doctest: +ELLIPSIS
    {"id": "a.txt", "timeline": {"text": "", "publication_date": null, "sentences": [], ...}}
    {"id": "b.txt", "timeline": {"text": "", "publication_date": null, "sentences": [], ...}}
    """
    _streamed(output)
    return "".join(
        format_part(source, timeline, output, first=position == 0, background=background)
        for position, (source, timeline) in enumerate(timelines)
    )


def format_part(
    source: RecordId,
    timeline: Timeline,
    output: OutputFormat | str,
    *,
    first: bool = False,
    background: bool = False,
) -> str:
    """The part of :func:`format_many`'s stream that holds ``timeline``; ``first`` for its first part.

    The first part of a CSV stream opens with its header; a table after the
    first is set off by a blank line. Joined, the parts are :func:`format_many`.

    >>> from timeline.model import Timeline
    >>> empty = Timeline(text="", publication_date=None)
    >>> print(format_part("a.txt", empty, "table", first=True) + format_part("b.txt", empty, "table"))
    ==> a.txt <==
    WHEN               EVENT                                                        SENTENCE
    (no events)
    <BLANKLINE>
    ==> b.txt <==
    WHEN               EVENT                                                        SENTENCE
    (no events)
    <BLANKLINE>
    """
    chosen = _streamed(output)
    if chosen is OutputFormat.JSON:
        return to_record_line(source, timeline)
    if chosen is OutputFormat.CSV:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=("source", *COLUMNS))
        if first:
            writer.writeheader()
        writer.writerows({"source": source, **row} for row in rows(timeline))
        return buffer.getvalue()
    return ("" if first else "\n") + f"==> {source} <==\n{format_table(timeline, background=background)}\n"


def _streamed(output: OutputFormat | str) -> OutputFormat:
    """The format ``output``, if several timelines can share one stream in it."""
    chosen = _format(output)
    if not chosen.streams:
        msg = f"a {chosen.value} document holds one timeline; write several to a folder, one file each"
        raise InvalidSettingError(msg)
    return chosen


def _format(output: OutputFormat | str) -> OutputFormat:
    try:
        return OutputFormat(output)
    except ValueError:
        choices = ", ".join(repr(member.value) for member in OutputFormat)
        msg = f"unknown output format {output!r}; choose one of {choices}"
        raise InvalidSettingError(msg) from None
