"""A system's time expressions and events as TimeML tags, and the ``<TEXT>`` body that carries them.

This is the single place that decides what a system's output looks like in
TimeML: which attributes a ``TIMEX3``, ``EVENT`` and ``MAKEINSTANCE`` get,
how ids are numbered, and which spans are dropped because an XML tag cannot
cross another (the first one given is kept; nested spans are fine). Both the
writer and the in-memory evaluation use it, so scoring values in memory and
scoring the written files give the same figures.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

import attrs

from timeline.model import Event, TimeExpression
from timeline.timeml.markup import TimeMLError

__all__ = ["SystemTag", "TagName", "escape_attribute", "escape_text", "render_text", "system_tags"]

#: Characters XML 1.0 documents cannot contain, even as character references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class TagName(enum.StrEnum):
    """The inline tags a system writes.

    >>> TagName.TIMEX3.value
    'TIMEX3'
    """

    TIMEX3 = "TIMEX3"
    EVENT = "EVENT"


@attrs.frozen
class SystemTag:
    """One tag to write into ``<TEXT>``; an event also carries its ``MAKEINSTANCE`` attributes.

    >>> tag = SystemTag(TagName.TIMEX3, 3, 9, (("tid", "t1"), ("type", "DATE"), ("value", "2020-06-08")))
    >>> tag.get("value"), tag.get("mod")
    ('2020-06-08', None)
    """

    name: TagName
    start: int
    end: int
    attributes: tuple[tuple[str, str], ...]
    instance: tuple[tuple[str, str], ...] = ()

    def get(self, attribute: str) -> str | None:
        """The value of ``attribute`` on the tag itself, else on its ``MAKEINSTANCE``, else ``None``."""
        for name, value in (*self.attributes, *self.instance):
            if name == attribute:
                return value
        return None


def system_tags(
    text: str,
    expressions: Sequence[TimeExpression],
    events: Sequence[Event] = (),
) -> tuple[SystemTag, ...]:
    """The tags for ``expressions`` and ``events`` of ``text``, in text order, ids numbered ``t1``/``e1``...

    A range expression gives the tags of its two ends. Spans that would
    cross an earlier one (expressions first, then events,
    each in the order given) and empty spans are dropped. A value whose
    offsets do not point at its own text in ``text`` raises
    :class:`~timeline.errors.TimeMLError`.

    >>> from timeline import find_times
    >>> text = "On Monday, only one was answered."
    >>> [(tag.name.value, tag.attributes) for tag in system_tags(text, find_times(text, "2020-06-09"))]
    [('TIMEX3', (('tid', 't1'), ('type', 'DATE'), ('value', '2020-06-08')))]
    """
    kept: list[TimeExpression | Event] = []
    # A range is annotated as its two ends, each a TIMEX3 of its own ("from [June 6] to [June 9]").
    flat = [part for expression in expressions for part in (expression.parts or (expression,))]
    mentions: list[TimeExpression | Event] = [*flat, *events]
    for mention in mentions:
        _check_offsets(text, mention)
        if mention.start < mention.end and not any(_cross(mention, other) for other in kept):
            kept.append(mention)
    ordered = sorted(enumerate(kept), key=lambda item: (item[1].start, -item[1].end, item[0]))
    tags: list[SystemTag] = []
    timex_count = event_count = 0
    for _, mention in ordered:
        if isinstance(mention, TimeExpression):
            timex_count += 1
            tags.append(_timex_tag(mention, f"t{timex_count}"))
        else:
            event_count += 1
            tags.append(_event_tag(mention, event_count))
    return tuple(tags)


def render_text(text: str, tags: Sequence[SystemTag]) -> str:
    """``text`` escaped for XML with ``tags`` (as :func:`system_tags` returns them) inserted.

    >>> tag = SystemTag(TagName.EVENT, 3, 7, (("eid", "e1"), ("class", "OCCURRENCE")))
    >>> render_text("It fell & rose.", [tag])
    'It <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; rose.'
    """
    pieces: list[str] = []
    open_tags: list[SystemTag] = []
    position = 0
    for tag in sorted(tags, key=lambda t: (t.start, -t.end)):
        while open_tags and open_tags[-1].end <= tag.start:
            position = _close(text, pieces, open_tags.pop(), position)
        pieces.append(escape_text(text[position : tag.start]))
        attributes = "".join(f' {name}="{escape_attribute(value)}"' for name, value in tag.attributes)
        pieces.append(f"<{tag.name.value}{attributes}>")
        position = tag.start
        open_tags.append(tag)
    while open_tags:
        position = _close(text, pieces, open_tags.pop(), position)
    pieces.append(escape_text(text[position:]))
    return "".join(pieces)


def escape_text(text: str) -> str:
    r"""``text`` as XML character data: ``&``, ``<``, ``>`` and carriage returns escaped.

    A literal carriage return would be read back as a line feed, so it is
    written as a character reference; characters XML 1.0 cannot hold at all
    raise :class:`~timeline.errors.TimeMLError`.

    >>> escape_text("A&B <C>\r\n")
    'A&amp;B &lt;C&gt;&#13;\n'
    """
    _check_characters(text)
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\r", "&#13;")


def escape_attribute(value: str) -> str:
    r"""``value`` for a double-quoted XML attribute (white space other than spaces kept as references).

    >>> escape_attribute('say "when"\t&')
    'say &quot;when&quot;&#9;&amp;'
    """
    escaped = escape_text(value).replace('"', "&quot;")
    return escaped.replace("\t", "&#9;").replace("\n", "&#10;")


def _close(text: str, pieces: list[str], tag: SystemTag, position: int) -> int:
    pieces.append(escape_text(text[position : tag.end]))
    pieces.append(f"</{tag.name.value}>")
    return tag.end


def _cross(first: TimeExpression | Event, second: TimeExpression | Event) -> bool:
    """Whether the spans overlap without one holding the other."""
    return first.start < second.start < first.end < second.end or (
        second.start < first.start < second.end < first.end
    )


def _check_offsets(text: str, mention: TimeExpression | Event) -> None:
    if (
        not 0 <= mention.start <= mention.end <= len(text)
        or text[mention.start : mention.end] != mention.text
    ):
        found = text[max(mention.start, 0) : max(mention.end, 0)]
        msg = (
            f"{mention.id} {mention.text!r} at [{mention.start}, {mention.end}) does not match the text "
            f"there ({found!r}); pass the values found in this very text"
        )
        raise TimeMLError(msg)


def _check_characters(text: str) -> None:
    found = _NOT_XML.search(text)
    if found is not None:
        msg = f"the text holds U+{ord(found.group()):04X} at offset {found.start()}; XML 1.0 cannot hold it"
        raise TimeMLError(msg)


def _timex_tag(expression: TimeExpression, tid: str) -> SystemTag:
    value = expression.value
    attributes = [("tid", tid), ("type", value.type.value), ("value", value.value)]
    if value.mod is not None:
        attributes.append(("mod", value.mod.value))
    if value.freq is not None:
        attributes.append(("freq", value.freq))
    if value.quant is not None:
        attributes.append(("quant", value.quant))
    return SystemTag(TagName.TIMEX3, expression.start, expression.end, tuple(attributes))


def _event_tag(event: Event, number: int) -> SystemTag:
    eid = f"e{number}"
    instance = [
        ("eiid", f"ei{number}"),
        ("eventID", eid),
        ("tense", event.tense.value),
        ("aspect", event.aspect.value),
        ("polarity", event.polarity.value),
        ("pos", event.pos.value),
    ]
    if event.modality is not None:
        instance.append(("modality", event.modality))
    return SystemTag(
        TagName.EVENT,
        event.start,
        event.end,
        (("eid", eid), ("class", event.event_class.value)),
        tuple(instance),
    )
