"""Writing a system's annotations as TimeML: into an existing document, or around a plain text.

:func:`annotate` keeps everything of the original document outside
``<TEXT>`` (declaration, ``DOCID``, ``DCT``, titles) and its text character
for character, and replaces the gold annotation: the inline ``TIMEX3``,
``EVENT`` and ``SIGNAL`` tags and the stand-off ``MAKEINSTANCE``, ``TLINK``,
``SLINK`` and ``ALINK`` elements give way to the system's tags. The result
is what the TempEval-3 scorer expects of a system: the same text, other tags.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from timeline.model import (
    PUBLICATION_DATE_ID,
    Aspect,
    Event,
    EventClass,
    Relation,
    RelType,
    Tense,
    TimeExpression,
)
from timeline.publication import to_publication_date
from timeline.timeml.markup import TimeMLError, inline_tags, local_name, parse_markup, text_element
from timeline.timeml.system import (
    SystemTag,
    TagName,
    escape_attribute,
    escape_text,
    render_text,
    system_tags,
)

__all__ = ["annotate", "tlink_elements", "write_document"]

_ATTRIBUTES = r"""(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*"""
_TEXT_OPEN = re.compile(rf"<TEXT{_ATTRIBUTES}>")
_TEXT_CLOSE = re.compile(r"</TEXT\s*>")
#: Gold stand-off elements, each with the blanks and the line end around it. They hold no elements:
#: their content stops at the next "<" (".*?" would scan to the end after every unclosed tag).
_STAND_OFF = re.compile(
    rf"[ \t]*<(MAKEINSTANCE|TLINK|SLINK|ALINK)\b{_ATTRIBUTES}(?:/>|>[^<]*</\1\s*>)[ \t]*(?:\r\n|\r|\n)?"
)
_SCHEMA = (
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd"'
)


def annotate(
    markup: str,
    expressions: Sequence[TimeExpression],
    events: Sequence[Event] | None = None,
    *,
    source: str = "<string>",
    relations: Sequence[Relation] = (),
) -> str:
    r"""The TimeML document ``markup`` with its gold annotation replaced by ``expressions`` and ``events``.

    Offsets are into the plain text of ``<TEXT>`` (what
    :func:`~timeline.timeml.reader.parse_document` reads). ``events=None``
    writes time expressions only. A span crossing an earlier one is dropped.
    ``relations`` become TLINKs (see :func:`tlink_elements`), the publication
    date standing for the document's creation time.

    >>> original = (
    ...     '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2020-06-09" '
    ...     'functionInDocument="CREATION_TIME">June 9</TIMEX3></DCT>\n'
    ...     '<TEXT>On <TIMEX3 tid="t8" type="DATE" value="2020-06-08">Monday</TIMEX3>, '
    ...     'one <EVENT eid="e1" class="OCCURRENCE">rang</EVENT>.</TEXT>\n'
    ...     '<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>\n'
    ...     '</TimeML>\n'
    ... )
    >>> from timeline import find_times
    >>> print(annotate(original, find_times("On Monday, one rang.", "2020-06-09")), end="")
    <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2020-06-09" functionInDocument="CREATION_TIME">...</DCT>
    <TEXT>On <TIMEX3 tid="t1" type="DATE" value="2020-06-08">Monday</TIMEX3>, one rang.</TEXT>
    </TimeML>
    """
    root = parse_markup(markup, source=source)
    text, _ = inline_tags(text_element(root, source=source))
    opening = _TEXT_OPEN.search(markup)
    closing = _TEXT_CLOSE.search(markup, opening.end()) if opening is not None else None
    if opening is None or closing is None:
        msg = f"{source}: cannot find the <TEXT> and </TEXT> tags in the markup"
        raise TimeMLError(msg)
    tags = system_tags(text, expressions, events or ())
    instances = _instances(tags) if events is not None else []
    creation_time = next(
        (
            element.get("tid")
            for element in root.iter()
            if local_name(element.tag) == "TIMEX3" and element.get("functionInDocument") == "CREATION_TIME"
        ),
        None,
    )
    instances += tlink_elements(tags, expressions, events or (), relations, creation_time=creation_time)
    rest = _STAND_OFF.sub("", markup[closing.end() :])
    written = "".join(
        [
            markup[: opening.end()],
            render_text(text, tags),
            markup[closing.start() : closing.end()],
            *("\n" + instance for instance in instances),
            rest,
        ]
    )
    _check_round_trip(written, text, source)
    return written


def write_document(
    text: str,
    publication_date: object,
    expressions: Sequence[TimeExpression] = (),
    events: Sequence[Event] | None = None,
    *,
    doc_id: str = "",
    relations: Sequence[Relation] = (),
) -> str:
    """A new TimeML document holding ``text``, its creation time ``publication_date``, and the annotations.

    ``publication_date`` takes what :func:`timeline.extract` takes;
    ``relations`` become TLINKs (:func:`tlink_elements`).

    >>> print(write_document("Rain on Monday.", "2020-06-09", doc_id="rain"), end="")
    <?xml version="1.0" encoding="UTF-8"?>
    <TimeML xmlns:xsi=... xsi:noNamespaceSchemaLocation=...>
    <DOCID>rain</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2020-06-09" temporalFunction="false" functionInDocument="CREATION_TIME">2020-06-09</TIMEX3></DCT>
    <TEXT>Rain on Monday.</TEXT>
    </TimeML>
    """  # noqa: E501 - the DCT line is one line of the output
    date: dt.date = to_publication_date(publication_date)
    tags = system_tags(text, expressions, events or ())
    instances = _instances(tags) if events is not None else []
    instances += tlink_elements(tags, expressions, events or (), relations, creation_time="t0")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<TimeML {_SCHEMA}>",
        f"<DOCID>{escape_text(doc_id)}</DOCID>" if doc_id else "",
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{date.isoformat()}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{date.isoformat()}</TIMEX3></DCT>',
        f"<TEXT>{render_text(text, tags)}</TEXT>",
        *instances,
        "</TimeML>\n",
    ]
    written = "\n".join(line for line in lines if line)
    _check_round_trip(written, text, doc_id or "<new document>")
    return written


def _instances(tags: Sequence[SystemTag]) -> list[str]:
    return [
        "<MAKEINSTANCE"
        + "".join(f' {name}="{escape_attribute(value)}"' for name, value in tag.instance)
        + "/>"
        for tag in tags
        if tag.instance
    ]


def tlink_elements(
    tags: Sequence[SystemTag],
    expressions: Sequence[TimeExpression],
    events: Sequence[Event],
    relations: Sequence[Relation],
    *,
    creation_time: str | None = "t0",
) -> list[str]:
    """``TLINK`` elements for ``relations`` between the mentions written as ``tags``.

    ``tags`` are what :func:`~timeline.timeml.system.system_tags` made of
    ``expressions`` and ``events``; a relation names its ends by the values'
    ids (the publication date by ``t0``, written as ``creation_time``). A
    relation whose end was not written (a span dropped, a whole range written
    as its two ends), or of type VAGUE, which TimeML 1.2 lacks, is left out.

    The links between times come first, then those from events to times, to
    other events, and to the creation time last (each group in the order of
    ``relations``): a reader that builds the closure in file order, as the
    TempEval-3 scorer does, meets the links that date an event before the
    tense-based guesses about it, and finds those it can derive redundant.

    The library's ``t0`` is the publication *day*; TimeML's creation time is
    the moment of writing. A past-tense event placed on the publication day
    ("the ministry said", published that day) happened before the writing,
    so its link to the creation time is written ``BEFORE``, as TimeML
    annotators write it; a statement in the present ("the company says"),
    which holds on the publication day, is made at one moment of it: its
    link is written ``IS_INCLUDED`` (links read from TimeML are written as
    they are).

    >>> from timeline import extract
    >>> text = "On Monday, only one was answered."
    >>> tl = extract(text, "2020-06-09")
    >>> tags = system_tags(text, tl.expressions, tl.events)
    >>> for element in tlink_elements(tags, tl.expressions, tl.events, tl.relations):
    ...     print(element)
    <TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
    <TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
    <TLINK lid="l3" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
    """
    written: dict[tuple[TagName, int, int], str] = {}
    for tag in tags:
        key = tag.get("eiid") if tag.name is TagName.EVENT else tag.get("tid")
        if key is not None:
            written.setdefault((tag.name, tag.start, tag.end), key)
    ends: dict[str, tuple[str, str]] = {}
    for expression in expressions:
        tid = written.get((TagName.TIMEX3, expression.start, expression.end))
        if tid is not None and not expression.parts:
            ends.setdefault(expression.id, ("Time", tid))
    for event in events:
        eiid = written.get((TagName.EVENT, event.start, event.end))
        if eiid is not None:
            ends.setdefault(event.id, ("EventInstance", eiid))
    if creation_time is not None:
        ends[PUBLICATION_DATE_ID] = ("Time", creation_time)
    past = {event.id for event in events if event.tense is Tense.PAST}
    statements = {
        event.id
        for event in events
        if event.tense is Tense.PRESENT
        and event.aspect is Aspect.NONE
        and event.event_class is EventClass.REPORTING
    }
    event_ids = {event.id for event in events}
    elements: list[str] = []
    for relation in sorted(relations, key=lambda relation: _writing_rank(relation, event_ids)):
        source, target = ends.get(relation.source), ends.get(relation.target)
        if source is None or target is None or relation.rel_type is RelType.VAGUE:
            continue
        written_relation = _at_creation_time(relation, past, statements)
        source_attribute = "eventInstanceID" if source[0] == "EventInstance" else "timeID"
        elements.append(
            f'<TLINK lid="l{len(elements) + 1}" relType="{written_relation.rel_type.value}" '
            f'{source_attribute}="{escape_attribute(source[1])}" '
            f'relatedTo{target[0]}="{escape_attribute(target[1])}"/>'
        )
    return elements


def _writing_rank(relation: Relation, event_ids: frozenset[str] | set[str]) -> int:
    """Times among themselves first, then events to times, to events, and to the creation time last."""
    events = (relation.source in event_ids) + (relation.target in event_ids)
    if events == 0:
        return 0
    if events == 2:
        return 2
    return 3 if PUBLICATION_DATE_ID in (relation.source, relation.target) else 1


_ON_THE_DAY = frozenset({RelType.IS_INCLUDED, RelType.INCLUDES, RelType.SIMULTANEOUS, RelType.DURING})
# The library's rules that put an event on the publication day (links read from TimeML keep theirs).
_DAY_RULES = frozenset({"news-reporting-day", "news-reported-event", "dated-vs-publication"})
_PRESENT_RULES = frozenset({"tense-present"})


def _at_creation_time(
    relation: Relation, past: frozenset[str] | set[str], statements: frozenset[str] | set[str]
) -> Relation:
    """An event's link to the publication day, read against the moment of writing."""
    if relation.rel_type in _ON_THE_DAY and relation.rule in _DAY_RULES:
        if relation.target == PUBLICATION_DATE_ID and relation.source in past:
            return attrs.evolve(relation, rel_type=RelType.BEFORE)
        if relation.source == PUBLICATION_DATE_ID and relation.target in past:
            return attrs.evolve(relation, rel_type=RelType.AFTER)
    if (
        relation.rel_type is RelType.INCLUDES
        and relation.rule in _PRESENT_RULES
        and relation.target == PUBLICATION_DATE_ID
        and relation.source in statements
    ):
        return attrs.evolve(relation, rel_type=RelType.IS_INCLUDED)
    return relation


def _check_round_trip(written: str, text: str, source: str) -> None:
    """Never hand out a document that does not read back to the same text."""
    read_back, _ = inline_tags(text_element(parse_markup(written, source=source), source=source))
    if read_back != text:
        msg = f"{source}: the written document does not read back to the original text; please report this"
        raise TimeMLError(msg)
