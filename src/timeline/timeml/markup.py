"""Parsing TimeML markup into the plain text of ``<TEXT>`` and the character offsets of its inline tags.

The plain text is every character inside ``<TEXT>`` with the tags dropped and
character references decoded, exactly as an XML parser reports it (so line
ends are normalized to line feeds, as any XML reader, and the TempEval-3
scorer, see them). Each inline element becomes an :class:`InlineTag` with ``[start,
end)`` offsets into that text, white space at its edges trimmed, the way
TempEval-3 scores spans.
"""

from __future__ import annotations

from xml.etree import ElementTree

import attrs

from timeline.errors import TimeMLError

__all__ = [
    "InlineTag",
    "TimeMLError",
    "inline_tags",
    "local_name",
    "parse_markup",
    "text_element",
    "trim_span",
]


@attrs.frozen
class InlineTag:
    """One element inside ``<TEXT>``: its name, attributes, and trimmed span in the plain text.

    >>> tag = InlineTag("TIMEX3", (("tid", "t1"), ("type", "DATE")), 3, 12)
    >>> tag.get("type"), tag.get("mod")
    ('DATE', None)
    """

    name: str
    attributes: tuple[tuple[str, str], ...]
    start: int
    end: int

    def get(self, attribute: str) -> str | None:
        """The value of ``attribute``, or ``None`` when the tag lacks it."""
        for name, value in self.attributes:
            if name == attribute:
                return value
        return None


def local_name(tag: str) -> str:
    """An element name without its ``{namespace}`` prefix.

    >>> local_name("{http://timeml.org}TIMEX3"), local_name("EVENT")
    ('TIMEX3', 'EVENT')
    """
    return tag.rpartition("}")[2]


def parse_markup(markup: str, *, source: str = "<string>") -> ElementTree.Element:
    """The root element of TimeML ``markup``; ``source`` names it in error messages.

    >>> parse_markup("<TimeML><TEXT>Hi.</TEXT></TimeML>").tag
    'TimeML'
    >>> parse_markup("<TimeML><TEXT>Hi.</TimeML>", source="bad.tml")
    Traceback (most recent call last):
    ...
    timeline.errors.TimeMLError: bad.tml is not well-formed XML: mismatched tag: line 1, column 19
    """
    try:
        return ElementTree.fromstring(markup.lstrip("\ufeff"))
    except ElementTree.ParseError as error:
        msg = f"{source} is not well-formed XML: {error}"
        raise TimeMLError(msg) from None


def text_element(root: ElementTree.Element, *, source: str = "<string>") -> ElementTree.Element:
    """The first ``<TEXT>`` element under ``root`` (in document order).

    >>> text_element(parse_markup("<TimeML><DOCID>x</DOCID></TimeML>"), source="x.tml")
    Traceback (most recent call last):
    ...
    timeline.errors.TimeMLError: x.tml has no <TEXT> element
    """
    for element in root.iter():
        if local_name(element.tag) == "TEXT":
            return element
    msg = f"{source} has no <TEXT> element"
    raise TimeMLError(msg)


def inline_tags(element: ElementTree.Element) -> tuple[str, tuple[InlineTag, ...]]:
    """The plain text of ``element`` and every element inside it, in document order.

    Spans are trimmed of white space at both ends; elements with no text
    left (empty, or only white space) are not returned.

    >>> text, tags = inline_tags(parse_markup(
    ...     '<TEXT>It fell <TIMEX3 tid="t1"> yesterday </TIMEX3> &amp; rose.</TEXT>'))
    >>> text
    'It fell  yesterday  & rose.'
    >>> [(tag.name, text[tag.start:tag.end]) for tag in tags]
    [('TIMEX3', 'yesterday')]
    """
    pieces: list[str] = []
    spans: list[tuple[ElementTree.Element, int, int]] = []
    _collect(element, pieces, spans, 0, is_outer=True)
    text = "".join(pieces)
    tags = []
    for inner, start, end in spans:
        trimmed_start, trimmed_end = trim_span(text, start, end)
        if trimmed_start < trimmed_end:
            attributes = tuple((local_name(name), value) for name, value in inner.attrib.items())
            tags.append(InlineTag(local_name(inner.tag), attributes, trimmed_start, trimmed_end))
    return text, tuple(tags)


def _collect(
    element: ElementTree.Element,
    pieces: list[str],
    spans: list[tuple[ElementTree.Element, int, int]],
    offset: int,
    *,
    is_outer: bool,
) -> int:
    """Append the text of ``element`` (tails excluded) to ``pieces``; returns the new offset."""
    start = offset
    slot = len(spans)
    if not is_outer:
        spans.append((element, start, start))  # end filled in below, keeping document order
    if element.text:
        pieces.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _collect(child, pieces, spans, offset, is_outer=False)
        if child.tail:
            pieces.append(child.tail)
            offset += len(child.tail)
    if not is_outer:
        spans[slot] = (element, start, offset)
    return offset


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span ``[start, end)`` of ``text`` without the white space at its two ends.

    >>> trim_span(" on Monday ", 0, 11)
    (1, 10)
    >>> trim_span("   ", 0, 3)
    (3, 3)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
