"""TLINK endpoints: instance ids to events, and gold and system nodes matched by span."""

from __future__ import annotations

from timeline.evaluation.closure import Link
from timeline.evaluation.tlinks import CREATION_TIME_NODE, LinkKind, link_kind, read_links, shared_links
from timeline.model import RelType

DCT = (
    '<DCT><TIMEX3 tid="{dct}" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">x</TIMEX3>'
    "</DCT>"
)


def _document(dct: str, body: str, stand_off: str) -> str:
    return f"<TimeML>{DCT.format(dct=dct)}<TEXT>{body}</TEXT>{stand_off}</TimeML>"


GOLD = _document(
    "t0",
    'Prices <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-12">yesterday</TIMEX3> '
    'after the <EVENT eid="e2">report</EVENT>.',
    '<MAKEINSTANCE eiid="ei10" eventID="e1"/><MAKEINSTANCE eiid="ei11" eventID="e2"/>'
    '<TLINK lid="l1" eventInstanceID="ei10" relatedToTime="t1" relType="IS_INCLUDED"/>'
    '<TLINK lid="l2" eventInstanceID="ei10" relatedToEventInstance="ei11" relType="AFTER"/>'
    '<TLINK lid="l3" timeID="t1" relatedToTime="t0" relType="BEFORE"/>'
    '<TLINK lid="l4" eventInstanceID="ei99" relatedToTime="t0" relType="BEFORE"/>',
)


def test_instances_lead_to_events_and_ids_to_shared_names() -> None:
    # The system numbers differently, spans a longer time expression and names an event by its eid.
    system = _document(
        "t9",
        'Prices <EVENT eid="e5">fell</EVENT> <TIMEX3 tid="t3" type="DATE" value="1998-02-12">yesterday '
        'after</TIMEX3> the <EVENT eid="e6">report</EVENT>.',
        '<MAKEINSTANCE eiid="ei1" eventID="e6"/>'
        '<TLINK lid="l1" timeID="t3" relatedToEventInstance="e5" relType="INCLUDES"/>'
        '<TLINK lid="l2" eventInstanceID="ei1" relatedToTime="t9" relType="BEFORE"/>',
    )
    gold_links, system_links = shared_links(read_links(GOLD), read_links(system))
    assert gold_links == (
        Link("E0", "T0", RelType.IS_INCLUDED),
        Link("E0", "E1", RelType.AFTER),
        Link("T0", CREATION_TIME_NODE, RelType.BEFORE),
        Link("E?g:ei99", CREATION_TIME_NODE, RelType.BEFORE),  # an instance of no event keeps its own node
    )
    assert system_links == (
        Link("T0", "E0", RelType.INCLUDES),
        Link("E1", CREATION_TIME_NODE, RelType.BEFORE),
    )


def test_unpaired_system_mentions_get_nodes_no_gold_has() -> None:
    system = _document(
        "t0",
        'Prices fell <TIMEX3 tid="t1" type="DATE" value="1998">yesterday</TIMEX3> after the '
        '<EVENT eid="e1">report</EVENT>.',
        '<MAKEINSTANCE eiid="ei1" eventID="e1"/>'
        '<TLINK eventInstanceID="ei1" relatedToTime="t1" relType="BEFORE"/>',
    )
    shifted = system.replace("Prices fell <TIMEX3", 'Prices <EVENT eid="e2">fell</EVENT> <TIMEX3')
    _, system_links = shared_links(read_links(GOLD), read_links(system))
    assert system_links == (Link("E1", "T0", RelType.BEFORE),)
    gold_links, _ = shared_links(read_links(GOLD), read_links(shifted))
    assert gold_links[0] == Link("E0", "T0", RelType.IS_INCLUDED)
    lone = read_links(GOLD.replace('<EVENT eid="e2">report</EVENT>', "report"))
    _, names = shared_links(lone, read_links(GOLD))
    assert names[1] == Link("E0", "Es1", RelType.AFTER)


def test_written_tlinks_are_counted_even_without_a_relation_type() -> None:
    links = read_links(GOLD.replace('relType="AFTER"', 'relType="SOMETIMES"'))
    assert (links.written, len(links.links)) == (4, 3)


def test_kinds() -> None:
    assert [link_kind(link) for link in shared_links(read_links(GOLD), read_links(GOLD))[0]] == [
        LinkKind.EVENT_TIME,
        LinkKind.EVENT_EVENT,
        LinkKind.TIME_TIME,
        LinkKind.EVENT_DCT,
    ]
