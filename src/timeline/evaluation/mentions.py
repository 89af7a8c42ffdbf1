"""What TempEval-3 scores of an annotation: spans in the plain text and attribute values as strings.

Gold annotations and a system's values are brought to the same form, a
:class:`Mention`, the way the TempEval-3 scorer sees a file: spans trimmed
of white space at both ends, empty spans left out, a missing attribute read
as the empty string, mentions sorted by span. A system's
:class:`~timeline.model.TimeExpression` and :class:`~timeline.model.Event`
values go through the very tags :mod:`timeline.timeml.writer` writes, so
scoring them in memory gives what scoring the written file gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from timeline.model import Event, TimeExpression
from timeline.timeml.annotations import AnnotatedText, EventAnnotation, TimexAnnotation
from timeline.timeml.markup import trim_span
from timeline.timeml.reader import TimeMLDocument
from timeline.timeml.system import TagName, system_tags

__all__ = [
    "EVENT_ATTRIBUTES",
    "TIMEX_ATTRIBUTES",
    "Mention",
    "MentionSet",
    "annotated_mentions",
    "system_mentions",
]

#: The TIMEX3 attributes scored, in report order.
TIMEX_ATTRIBUTES = ("type", "value")
#: The EVENT attributes scored, in report order (an EVENT tag's own value wins over its MAKEINSTANCE's).
EVENT_ATTRIBUTES = ("class", "tense", "aspect", "pos", "polarity", "modality")


@attrs.frozen
class Mention:
    """A span ``[start, end)`` of the plain text and its scored attribute values.

    >>> Mention(3, 9, (("type", "DATE"), ("value", "2020-06-08"))).get("value")
    '2020-06-08'
    """

    start: int
    end: int
    attributes: tuple[tuple[str, str], ...]

    def get(self, attribute: str) -> str:
        """The value of ``attribute``, or ``""`` when the mention has none (as TempEval-3 reads it)."""
        for name, value in self.attributes:
            if name == attribute:
                return value
        return ""


@attrs.frozen
class MentionSet:
    """The time-expression and event mentions of one document, each sorted by span.

    >>> MentionSet((), ()).timexes
    ()
    """

    timexes: tuple[Mention, ...]
    events: tuple[Mention, ...]


def annotated_mentions(annotated: AnnotatedText | TimeMLDocument) -> MentionSet:
    """The mentions of a document read from TimeML (gold, or a system's file).

    >>> from timeline.timeml.annotations import TimexAnnotation
    >>> yesterday = TimexAnnotation("t1", "yesterday", 8, 17, "DATE", "1998-02-12")
    >>> annotated = AnnotatedText("It fell yesterday.", (yesterday,))
    >>> annotated_mentions(annotated).timexes
    (Mention(start=8, end=17, attributes=(('type', 'DATE'), ('value', '1998-02-12'))),)
    """
    return MentionSet(
        _sorted(_timex_mention(timex) for timex in annotated.timexes),
        _sorted(_event_mention(event) for event in annotated.events),
    )


def system_mentions(
    text: str,
    expressions: Sequence[TimeExpression],
    events: Sequence[Event] = (),
) -> MentionSet:
    """The mentions a system's values make once written as TimeML tags into ``text``.

    >>> from timeline import find_times
    >>> text = "On Monday, only one was answered."
    >>> system_mentions(text, find_times(text, "2020-06-09")).timexes
    (Mention(start=3, end=9, attributes=(('type', 'DATE'), ('value', '2020-06-08'))),)
    """
    timexes: list[Mention] = []
    found: list[Mention] = []
    for tag in system_tags(text, expressions, events):
        start, end = trim_span(text, tag.start, tag.end)
        if start == end:
            continue  # only white space: TempEval-3 does not score it
        if tag.name is TagName.TIMEX3:
            timexes.append(Mention(start, end, tuple((a, tag.get(a) or "") for a in TIMEX_ATTRIBUTES)))
        else:
            found.append(Mention(start, end, tuple((a, tag.get(a) or "") for a in EVENT_ATTRIBUTES)))
    return MentionSet(_sorted(timexes), _sorted(found))


def _timex_mention(timex: TimexAnnotation) -> Mention:
    return Mention(timex.start, timex.end, (("type", timex.type), ("value", timex.value)))


def _event_mention(event: EventAnnotation) -> Mention:
    values = (event.event_class, event.tense, event.aspect, event.pos, event.polarity, event.modality)
    return Mention(
        event.start, event.end, tuple(zip(EVENT_ATTRIBUTES, (v or "" for v in values), strict=True))
    )


def _sorted(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    # A stable sort: equal spans keep document order, as the TempEval-3 scorer keeps them.
    return tuple(sorted(mentions, key=lambda mention: (mention.start, mention.end)))
