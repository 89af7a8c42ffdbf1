"""A timeline as one self-contained HTML page: its events on a time axis, earliest first.

The page needs nothing from outside (its CSS and JavaScript are inline, no
fonts or scripts are fetched). Each entry is a row: on the left, sticky
while the chart scrolls, its date label, description and sentence; on the
right, its mark on the time axis. Dated events are solid bars over their
interval (a dot-sized bar for a day on a long axis); events known only to
lie before or after the publication date are dashed, open-ended bars that
run out of the publication day; events nothing places are listed apart
under "Unknown placement", never on the axis. The axis is compressed: every
date the timeline mentions is a stop, and the stretch between two stops
takes room that grows with the logarithm of its length, so a war in 1950
and three days in June 2020 are both readable; a broken line marks a gap of
more than a year. The zoom buttons (or Ctrl and the mouse wheel) widen it;
an address ending in ``#zoom=2`` opens the page at that zoom.

Every text is escaped; the page's script reads only numbers from ``data-``
attributes and writes only positions and axis labels, so text in the
article cannot become markup or script. After the script has run, each row
on the axis carries ``data-x``, the pixel position of its mark.
"""

from __future__ import annotations

import datetime as dt
import html
from importlib import resources

from timeline.model import Entry, Interval, PlacementKind, Timeline

__all__ = ["render"]

_TITLE_LENGTH = 100
_EPOCH = dt.datetime(1, 1, 1)
_KIND_NAMES = {
    PlacementKind.DATED: "dated",
    PlacementKind.AT_PUBLICATION: "on the publication date",
    PlacementKind.BEFORE_PUBLICATION: "before publication, no date given",
    PlacementKind.AFTER_PUBLICATION: "after publication, no date given",
    PlacementKind.BOUNDED: "between bounds the text gives, no date given",
    PlacementKind.UNKNOWN: "unknown placement",
}


def render(timeline: Timeline, *, title: str | None = None, background: bool = False) -> str:
    """``timeline`` as a self-contained HTML page (a ``str``): the picture of its entries on a time axis.

    ``title`` defaults to the first sentence of the text (a news headline).
    ``background=True`` also shows background events (see
    :meth:`~timeline.model.Timeline.view`), faded.

    >>> import timeline
    >>> page = render(timeline.extract("On Monday, only one <b>call</b> was answered.", "2020-06-09"))
    >>> page.startswith("<!DOCTYPE html>"), "<b>" in page, "&lt;b&gt;call&lt;/b&gt;" in page
    (True, False, True)
    """
    entries = timeline.view(background=background)
    on_axis = [entry for entry in entries if _on_axis(entry, timeline)]
    off_axis = [entry for entry in entries if not _on_axis(entry, timeline)]
    heading = title if title is not None else _default_title(timeline)
    rows = "\n".join(_row(timeline, entry, index) for index, entry in enumerate(on_axis))
    unknown = "\n".join(
        _row(timeline, entry, index) for index, entry in enumerate(off_axis, start=len(on_axis))
    )
    publication = timeline.publication_date
    replacements = {
        "<!--title-->": _escape(heading),
        "<!--style-->": _asset("style.css"),
        "<!--script-->": _asset("script.js"),
        "<!--publication-->": _escape(publication.isoformat() if publication else "unknown"),
        "<!--publication-start-->": _seconds_of_day(publication, end=False),
        "<!--publication-end-->": _seconds_of_day(publication, end=True),
        "<!--counts-->": _escape(_counts(on_axis, off_axis)),
        "<!--rows-->": rows or '<li class="tl-empty">No event on the time axis.</li>',
        "<!--unknown-->": unknown or '<li class="tl-empty">None: every event is placed.</li>',
    }
    page = _asset("template.html")
    for placeholder, value in replacements.items():
        page = page.replace(placeholder, value)
    return page


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _on_axis(entry: Entry, timeline: Timeline) -> bool:
    placement = entry.placement
    return placement.interval is not None or placement.earliest is not None or placement.latest is not None


def _default_title(timeline: Timeline) -> str:
    first = " ".join(timeline.sentence_text(0).split()) if timeline.sentences else ""
    if not first:
        return "Timeline"
    return first if len(first) <= _TITLE_LENGTH else first[: _TITLE_LENGTH - 1] + "…"


def _seconds(moment: dt.datetime) -> str:
    """Seconds since 0001-01-01, exact in a JavaScript number (below 2**53) for every datetime."""
    return str(round((moment - _EPOCH).total_seconds()))


def _seconds_of_day(day: dt.date | None, end: bool) -> str:
    if day is None:
        return ""
    interval = Interval.day(day)
    return _seconds(interval.end if end else interval.start)


def _counts(on_axis: list[Entry], off_axis: list[Entry]) -> str:
    events = "event" if len(on_axis) == 1 else "events"
    return f"{len(on_axis)} {events} on the time axis, {len(off_axis)} of unknown placement"


def _row(timeline: Timeline, entry: Entry, index: int) -> str:
    placement = entry.placement
    classes = f"tl-entry tl-{placement.kind.value.replace('_', '-')}" + (
        "" if entry.salient else " tl-background"
    )
    attributes = [
        ("class", classes),
        ("data-index", str(index)),
        ("data-kind", placement.kind.value),
        ("data-event", entry.event.id),
    ]
    if placement.interval is not None:
        attributes += [
            ("data-start", _seconds(placement.interval.start)),
            ("data-end", _seconds(placement.interval.end)),
        ]
    else:
        # Only bounds: an open bar ending at the latest moment, starting at the earliest, or both.
        attributes += [
            (name, _seconds(moment))
            for name, moment in (("data-earliest", placement.earliest), ("data-latest", placement.latest))
            if moment is not None
        ]
    sentence = timeline.sentence_text(entry.event.sentence)
    why = f"{_KIND_NAMES[placement.kind]}; rule {placement.rule}" + (
        f", anchored on {placement.anchor_id}" if placement.anchor_id else ""
    )
    opened = "".join(f' {name}="{_escape(value)}"' for name, value in attributes)
    return (
        f"<li{opened}>"
        f'<div class="tl-text" title="{_escape(why)}">'
        f'<span class="tl-when">{_escape(entry.label)}</span> '
        f'<span class="tl-description">{_escape(entry.description)}</span>'
        f'<span class="tl-sentence">{_escape(sentence)}</span>'
        "</div>"
        f'<div class="tl-track"><span class="tl-bar" title="{_escape(entry.label)}"></span></div>'
        "</li>"
    )
