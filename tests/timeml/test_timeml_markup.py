from __future__ import annotations

import pytest

from timeline.timeml.markup import TimeMLError, inline_tags, parse_markup, text_element, trim_span


def test_nested_tags_get_offsets_in_document_order() -> None:
    root = parse_markup(
        '<TimeML xmlns="urn:x"><TEXT>a <TIMEX3 tid="t1">b <EVENT eid="e1">c</EVENT></TIMEX3> d'
        "<EVENT eid='e2'>e</EVENT></TEXT></TimeML>"
    )
    text, tags = inline_tags(text_element(root))
    assert text == "a b c de"
    assert [(tag.name, tag.get("tid") or tag.get("eid"), text[tag.start : tag.end]) for tag in tags] == [
        ("TIMEX3", "t1", "b c"),
        ("EVENT", "e1", "c"),
        ("EVENT", "e2", "e"),
    ]


def test_the_first_text_element_counts() -> None:
    root = parse_markup("<TimeML><HEAD><TEXT>one</TEXT></HEAD><TEXT>two</TEXT></TimeML>")
    assert inline_tags(text_element(root))[0] == "one"


def test_unicode_white_space_is_trimmed_like_str_isspace() -> None:
    assert trim_span("\u00a0x\u2009", 0, 3) == (1, 2)


def test_not_xml() -> None:
    with pytest.raises(TimeMLError, match=r"doc\.tml is not well-formed XML"):
        parse_markup("plain text", source="doc.tml")
