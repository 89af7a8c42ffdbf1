"""The HTML page as text: self-contained, escaped, every entry in its lane."""

from __future__ import annotations

import datetime as dt
import re

import attrs

import timeline
from timeline.model import PlacementKind, Timeline
from timeline.render import render


def test_one_self_contained_page(seed_timeline: Timeline) -> None:
    page = render(seed_timeline)
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<html") == 1
    assert page.count("</html>") == 1
    # Nothing is fetched: no external scripts, styles, fonts or images.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page
    assert "url(" not in page
    assert "<!--" not in page, "every placeholder was filled"
    assert "default-src 'none'" in page


def test_every_entry_of_the_default_view_once(seed_timeline: Timeline) -> None:
    page = render(seed_timeline)
    shown = seed_timeline.view()
    assert page.count('class="tl-entry ') == len(shown)
    indexes = [int(index) for index in re.findall(r'data-index="(\d+)"', page)]
    assert indexes == list(range(len(shown)))
    unknown = sum(entry.placement.kind is PlacementKind.UNKNOWN for entry in shown)
    assert page.count('data-kind="unknown"') == unknown > 0
    lane = page[page.index('class="tl-unknown-lane"') :]
    assert lane.count('class="tl-entry ') == unknown


def test_background_entries_on_request(seed_timeline: Timeline) -> None:
    everything = render(seed_timeline, background=True)
    assert everything.count('class="tl-entry ') == len(seed_timeline.entries)
    assert ' tl-background"' in everything
    assert ' tl-background"' not in render(seed_timeline)


def test_title_defaults_to_the_headline(seed_timeline: Timeline) -> None:
    assert (
        '<h1 class="tl-title">North Korea To Cut All Communications With \u2018Enemy\u2019 South Korea</h1>'
        in render(seed_timeline)
    )
    assert '<h1 class="tl-title">A &amp; B</h1>' in render(seed_timeline, title="A & B")


def test_text_is_escaped() -> None:
    tl = timeline.extract('On Monday, "<script>alert(1)</script>" was posted & removed.', "2020-06-09")
    page = render(tl)
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script>") == 1


def test_an_empty_timeline_and_one_without_publication_date() -> None:
    page = render(Timeline(text="", publication_date=None))
    assert "No event on the time axis." in page
    assert "Published <time>unknown</time>" in page
    tl = timeline.extract("The ministry said it will continue.", "2020-06-09")
    undated = attrs.evolve(tl, publication_date=None)
    assert undated.entries[0].placement.kind is not PlacementKind.DATED
    # Without a publication date, "before/after publication" has no place on the axis.
    assert 'data-kind="after_publication"' in render(tl)
    assert render(undated).count('class="tl-entry ') == len(undated.view())
    assert "tl-chart" in render(undated)


def test_jupyter_shows_the_picture(seed_timeline: Timeline) -> None:
    assert seed_timeline._repr_html_() == render(seed_timeline)


def test_dates_at_the_ends_of_the_calendar() -> None:
    tl = timeline.extract("The treaty of 1648 ended the war.", dt.date(9999, 12, 31))
    assert 'data-kind="dated"' in render(tl)
