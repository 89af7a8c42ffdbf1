"""A timeline as CSV: one row per entry, earliest first, for spreadsheets.

Columns (:data:`COLUMNS`): ``when`` (the placement label), ``start`` and
``end`` (the placement's interval in ISO-8601, empty when it has none),
``placement`` (its kind: ``dated``, ``before_publication``...), ``event`` (the
trigger), ``description``, ``class`` (TimeML event class), ``salient``
(``true``/``false``) and ``sentence`` (the sentence's text). Every entry is
written, background ones included, so a spreadsheet can filter on ``salient``.
"""

from __future__ import annotations

import csv
import io

from timeline.model import Entry, Timeline

__all__ = ["COLUMNS", "rows", "to_csv"]

#: The header of :func:`to_csv`, in order.
COLUMNS = ("when", "start", "end", "placement", "event", "description", "class", "salient", "sentence")


def rows(timeline: Timeline) -> tuple[dict[str, str], ...]:
    """One dict per entry, keyed by :data:`COLUMNS`, in timeline order.

    >>> from timeline.model import Timeline
    >>> rows(Timeline(text="", publication_date=None))
    ()
    """
    return tuple(_row(timeline, entry) for entry in timeline.entries)


def _row(timeline: Timeline, entry: Entry) -> dict[str, str]:
    interval = entry.placement.interval
    return {
        "when": entry.label,
        "start": interval.start.isoformat() if interval is not None else "",
        "end": interval.end.isoformat() if interval is not None else "",
        "placement": entry.placement.kind.value,
        "event": entry.event.text,
        "description": entry.description,
        "class": entry.event.event_class.value,
        "salient": "true" if entry.salient else "false",
        "sentence": timeline.sentence_text(entry.event.sentence),
    }


def to_csv(timeline: Timeline) -> str:
    r"""``timeline`` as CSV text (RFC 4180: comma-separated, quoted where needed, CRLF line ends).

    >>> from timeline.model import Timeline
    >>> to_csv(Timeline(text="", publication_date=None))
    'when,start,end,placement,event,description,class,salient,sentence\r\n'
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows(timeline))
    return buffer.getvalue()
