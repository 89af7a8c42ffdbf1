"""The TLINKs of a gold and a system TimeML file, over nodes the two files share.

A system names its events and times with ids of its own, so TLINK
endpoints are matched the way TempEval-3's normalizer gives the two
annotations shared ids: events pair when they start at the same offset,
time expressions by the overlap sweep (:mod:`timeline.evaluation.matching`,
the very pairing the entity scores use), and the creation time (the DCT,
``functionInDocument="CREATION_TIME"``) of one file is that of the other.
A TLINK names an event by the ``eiid`` of its ``MAKEINSTANCE``, which leads
to the ``EVENT`` through ``eventID`` (an ``eid`` given directly is taken
too). An endpoint that names nothing in its file keeps a node of its own,
which the other file cannot share.

Node names say what a node is: ``E...`` an event, ``T...`` a time
expression, ``DCT`` the creation time.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from xml.etree import ElementTree

import attrs

from timeline.evaluation.closure import Link
from timeline.evaluation.matching import pair_overlapping, pair_same_start
from timeline.evaluation.mentions import Mention
from timeline.model import RelType
from timeline.timeml.markup import inline_tags, local_name, parse_markup, text_element

__all__ = ["CREATION_TIME_NODE", "LinkKind", "TimeMLLinks", "link_kind", "read_links", "shared_links"]

#: The node name of the document creation time.
CREATION_TIME_NODE = "DCT"


class LinkKind(enum.StrEnum):
    """The kinds of TLINK, by what they connect (a time with the DCT is time-time).

    >>> [kind.value for kind in LinkKind]
    ['event-time', 'event-DCT', 'event-event', 'time-time']
    """

    EVENT_TIME = "event-time"
    EVENT_DCT = "event-DCT"
    EVENT_EVENT = "event-event"
    TIME_TIME = "time-time"


@attrs.frozen
class _Endpoint:
    is_event: bool
    identifier: str


@attrs.frozen
class _WrittenLink:
    source: _Endpoint
    target: _Endpoint
    rel_type: RelType


@attrs.frozen
class TimeMLLinks:
    """What TLINK scoring needs of one TimeML file: entity spans, instance ids, DCT id and the TLINKs.

    ``events`` and ``timexes`` hold ``(id, start, end)`` in text order;
    ``written`` counts the TLINK elements (with a relation type or not).

    >>> links = read_links('<TimeML><TEXT>It <EVENT eid="e1">fell</EVENT>.</TEXT>'
    ...                    '<MAKEINSTANCE eiid="ei1" eventID="e1"/>'
    ...                    '<TLINK eventInstanceID="ei1" relatedToTime="t0" relType="BEFORE"/></TimeML>')
    >>> links.events, links.written
    ((('e1', 3, 7),), 1)
    """

    events: tuple[tuple[str, int, int], ...]
    timexes: tuple[tuple[str, int, int], ...]
    creation_time: str | None
    instances: tuple[tuple[str, str], ...]
    links: tuple[_WrittenLink, ...]
    written: int


def read_links(markup: str, *, source: str = "<string>") -> TimeMLLinks:
    """The entity spans, ``MAKEINSTANCE`` ids, creation-time id and TLINKs of TimeML ``markup``.

    >>> read_links("<TimeML><TEXT>Calm.</TEXT></TimeML>").links
    ()
    """
    root = parse_markup(markup, source=source)
    _, tags = inline_tags(text_element(root, source=source))
    events = tuple((tag.get("eid") or "", tag.start, tag.end) for tag in tags if tag.name == "EVENT")
    timexes = tuple((tag.get("tid") or "", tag.start, tag.end) for tag in tags if tag.name == "TIMEX3")
    creation_time = None
    instances: list[tuple[str, str]] = []
    links: list[_WrittenLink] = []
    written = 0
    for element in root.iter():
        name = local_name(element.tag)
        if (
            name == "TIMEX3"
            and element.get("functionInDocument") == "CREATION_TIME"
            and creation_time is None
        ):
            creation_time = element.get("tid")
        elif name == "MAKEINSTANCE" and element.get("eiid") and element.get("eventID"):
            instances.append((element.get("eiid") or "", element.get("eventID") or ""))
        elif name == "TLINK":
            written += 1
            link = _written_link(element)
            if link is not None:
                links.append(link)
    return TimeMLLinks(events, timexes, creation_time, tuple(instances), tuple(links), written)


def _written_link(element: ElementTree.Element) -> _WrittenLink | None:
    source = _endpoint(element, "eventInstanceID", "timeID")
    target = _endpoint(element, "relatedToEventInstance", "relatedToTime")
    try:
        rel_type = RelType((element.get("relType") or "").strip().upper())
    except ValueError:
        return None
    if source is None or target is None:
        return None
    return _WrittenLink(source, target, rel_type)


def _endpoint(element: ElementTree.Element, event_attribute: str, time_attribute: str) -> _Endpoint | None:
    if element.get(event_attribute):
        return _Endpoint(is_event=True, identifier=element.get(event_attribute) or "")
    if element.get(time_attribute):
        return _Endpoint(is_event=False, identifier=element.get(time_attribute) or "")
    return None


def shared_links(gold: TimeMLLinks, system: TimeMLLinks) -> tuple[tuple[Link, ...], tuple[Link, ...]]:
    """The gold and the system TLINKs, each in file order, over node names the two files share.

    >>> gold = read_links('<TimeML><TEXT>It <EVENT eid="e1">fell</EVENT>.</TEXT>'
    ...                   '<MAKEINSTANCE eiid="ei1" eventID="e1"/>'
    ...                   '<TLINK eventInstanceID="ei1" relatedToTime="t0" relType="BEFORE"/></TimeML>')
    >>> system = read_links('<TimeML><TEXT>It <EVENT eid="e7">fell</EVENT>.</TEXT>'
    ...                     '<MAKEINSTANCE eiid="ei9" eventID="e7"/>'
    ...                     '<TLINK timeID="t0" relatedToEventInstance="ei9" relType="AFTER"/></TimeML>')
    >>> shared_links(gold, system)
    ((Link(source='E0', target='T?g:t0', ...),), (Link(source='T?s:t0', target='E0', ...),))
    """
    event_pairs = {s: g for g, s in pair_same_start(_mentions(gold.events), _mentions(system.events))}
    timex_pairs = {s: g for g, s in pair_overlapping(_mentions(gold.timexes), _mentions(system.timexes))}
    own_events = {index: index for index in range(len(gold.events))}
    gold_names = _names(gold, own_events, {index: index for index in range(len(gold.timexes))}, "g")
    system_names = _names(system, event_pairs, timex_pairs, "s")
    return _links(gold, gold_names, "g"), _links(system, system_names, "s")


def _mentions(spans: Sequence[tuple[str, int, int]]) -> list[Mention]:
    return [Mention(start, end, ()) for _, start, end in spans]


def _names(
    document: TimeMLLinks, event_pairs: dict[int, int], timex_pairs: dict[int, int], side: str
) -> dict[tuple[bool, str], str]:
    """Node names by (is_event, id): shared ``E<gold index>``/``T<gold index>``, else side-specific ones."""
    names: dict[tuple[bool, str], str] = {}
    for index, (eid, _, _) in enumerate(document.events):
        paired = event_pairs.get(index)
        names.setdefault((True, eid), f"E{paired}" if paired is not None else f"E{side}{index}")
    for eiid, eid in document.instances:
        if (True, eid) in names:
            names.setdefault((True, eiid), names[(True, eid)])
    for index, (tid, _, _) in enumerate(document.timexes):
        paired = timex_pairs.get(index)
        names.setdefault((False, tid), f"T{paired}" if paired is not None else f"T{side}{index}")
    if document.creation_time is not None:
        names[(False, document.creation_time)] = CREATION_TIME_NODE
    return names


def _links(document: TimeMLLinks, names: dict[tuple[bool, str], str], side: str) -> tuple[Link, ...]:
    def name(endpoint: _Endpoint) -> str:
        found = names.get((endpoint.is_event, endpoint.identifier))
        if found is not None:
            return found
        return f"{'E' if endpoint.is_event else 'T'}?{side}:{endpoint.identifier}"

    return tuple(Link(name(link.source), name(link.target), link.rel_type) for link in document.links)


def link_kind(link: Link) -> LinkKind:
    """The :class:`LinkKind` of ``link``, from its node names.

    >>> links = (Link("E3", "DCT", RelType.BEFORE), Link("T1", "E2", RelType.AFTER))
    >>> [link_kind(link).value for link in links]
    ['event-DCT', 'event-time']
    """
    ends = sorted(_node_kind(node) for node in (link.source, link.target))
    if ends == ["DCT", "event"]:
        return LinkKind.EVENT_DCT
    if ends == ["event", "event"]:
        return LinkKind.EVENT_EVENT
    if "event" in ends:
        return LinkKind.EVENT_TIME
    return LinkKind.TIME_TIME


def _node_kind(node: str) -> str:
    if node == CREATION_TIME_NODE:
        return "DCT"
    return "event" if node.startswith("E") else "time"
