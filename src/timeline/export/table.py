"""A timeline as a plain-text table for terminals: when, what, and where in the text.

The table shows the timeline's default view (:meth:`~timeline.model.Timeline.view`):
background events, such as a "said" whose report is an entry of its own, are
left out unless ``background=True``.
"""

from __future__ import annotations

from timeline.model import Timeline

__all__ = ["format_table"]

_WHEN = 18
_WHAT = 60
_EXCERPT = 48


def _fit(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def format_table(timeline: Timeline, *, background: bool = False) -> str:
    """The entries of ``timeline``'s default view (all of them with ``background``), one line each.

    Earliest first, under a header line.

    >>> from timeline.model import Timeline
    >>> print(format_table(Timeline(text="", publication_date=None)))
    WHEN               EVENT                                                        SENTENCE
    (no events)
    """
    lines = [f"{'WHEN':<{_WHEN}} {'EVENT':<{_WHAT}} SENTENCE"]
    for entry in timeline.view(background=background):
        sentence = timeline.sentence_text(entry.event.sentence)
        lines.append(
            f"{_fit(entry.label, _WHEN):<{_WHEN}} {_fit(entry.description, _WHAT):<{_WHAT}} "
            f"{_fit(sentence, _EXCERPT)}".rstrip()
        )
    if len(lines) == 1:
        lines.append("(no events)")
    return "\n".join(lines)
