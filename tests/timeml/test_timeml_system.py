from __future__ import annotations

from timeline.model import Anchor, TimeExpression, TimeValue, TimexType
from timeline.timeml.system import SystemTag, TagName, escape_attribute, render_text, system_tags


def _timex(text: str, start: int, end: int) -> TimeExpression:
    return TimeExpression(
        "x", text[start:end], start, end, 0, TimeValue(TimexType.DATE, "2020"), Anchor.absolute(), "test"
    )


def test_ids_follow_text_order_and_empty_spans_are_dropped() -> None:
    text = "In 2020 and 2021."
    tags = system_tags(text, [_timex(text, 12, 16), _timex(text, 3, 7), _timex(text, 8, 8)])
    assert [(tag.get("tid"), tag.start) for tag in tags] == [("t1", 3), ("t2", 12)]


def test_nested_tags_close_inside_out() -> None:
    outer = SystemTag(TagName.TIMEX3, 0, 11, (("tid", "t1"),))
    inner = SystemTag(TagName.EVENT, 0, 5, (("eid", "e1"),))
    same = SystemTag(TagName.EVENT, 6, 11, (("eid", "e2"),))
    assert render_text("early today", [inner, same, outer]) == (
        '<TIMEX3 tid="t1"><EVENT eid="e1">early</EVENT> <EVENT eid="e2">today</EVENT></TIMEX3>'
    )


def test_event_tag_attributes_win_over_the_instance() -> None:
    tag = SystemTag(TagName.EVENT, 0, 1, (("class", "STATE"),), (("class", "OCCURRENCE"), ("tense", "PAST")))
    assert (tag.get("class"), tag.get("tense"), tag.get("pos")) == ("STATE", "PAST", None)


def test_attribute_escaping_keeps_line_breaks() -> None:
    assert escape_attribute("a\nb<") == "a&#10;b&lt;"
