"""The rendered page in a real headless browser (Debian's chromium): laid out, in time order, inert text.

The screenshots are kept as test artifacts under ``$TIMELINE_TEST_ARTIFACTS``
(default ``tests/artifacts/``, ignored by git). Without chromium these tests
are skipped, except on CI (``CI`` set), where they fail: ``.ci/run`` installs it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from timeline.model import (
    Aspect,
    Entry,
    Event,
    EventClass,
    Interval,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    Tense,
    Timeline,
)
from timeline.render import render
from timeline.timeml import read_timeline

REPOSITORY = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("TIMELINE_TEST_ARTIFACTS") or REPOSITORY / "tests" / "artifacts")
CORPUS_DOCUMENT = (
    REPOSITORY / ".." / "shared" / "data" / "tbaq-cleaned" / "TimeBank" / "wsj_0006.tml"
).resolve()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser() -> str:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs it with apt-get (Debian)")
        pytest.skip("chromium is not installed (apt-get install chromium); the browser tests need it")
    return CHROMIUM


def _chromium(browser: str, page: Path, profile: Path, *arguments: str, fragment: str = "") -> str:
    done = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            *arguments,
            page.resolve().as_uri() + fragment,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class _Rows(HTMLParser):
    """The attributes of every ``li.tl-entry`` and of the page element, from the DOM after scripts ran."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str]] = []
        self.page: dict[str, str] = {}
        self.scripts = 0
        self.images = 0
        self.body: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "script":
            self.scripts += 1
        if tag == "img":
            self.images += 1
        if tag == "body":
            self.body = attributes
        if attributes.get("id") == "timeline":
            self.page = attributes
        if tag == "li" and "tl-entry" in attributes.get("class", "").split():
            self.rows.append(attributes)


def _laid_out(browser: str, tl: Timeline, name: str, tmp_path: Path) -> tuple[_Rows, str]:
    page = tmp_path / f"{name}.html"
    page.write_text(render(tl), encoding="utf-8")
    dom = _chromium(browser, page, tmp_path / "profile", "--dump-dom")
    parsed = _Rows()
    parsed.feed(dom)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTIFACTS / f"{name}.png"
    screenshot.unlink(missing_ok=True)
    _chromium(browser, page, tmp_path / "profile", f"--screenshot={screenshot}", "--window-size=1400,1000")
    assert screenshot.stat().st_size > 10_000  # a picture, not a blank page
    return parsed, dom


def _has_position(entry: Entry) -> bool:
    placement = entry.placement
    return placement.interval is not None or placement.earliest is not None or placement.latest is not None


def _check_time_order(tl: Timeline, parsed: _Rows) -> None:
    shown = tl.view()
    assert parsed.page.get("data-laid-out") == "true", "the page's script did not run"
    assert len(parsed.rows) == len(shown), "every entry of the default view is shown once"
    # The axis lists the placed entries in timeline order, then the unknown ones apart, in order too.
    placed = [entry.event.id for entry in shown if _has_position(entry)]
    unplaced = [entry.event.id for entry in shown if not _has_position(entry)]
    assert [row["data-event"] for row in sorted(parsed.rows, key=lambda r: int(r["data-index"]))] == [
        *placed,
        *unplaced,
    ]
    on_axis = [row for row in parsed.rows if "data-x" in row]
    positions = [float(row["data-x"]) for row in sorted(on_axis, key=lambda r: int(r["data-index"]))]
    assert positions == sorted(positions), "marks on the axis are in time order"
    assert all("data-x" not in row for row in parsed.rows if row["data-kind"] == "unknown")


def test_founding_example_in_time_order(browser: str, seed_timeline: Timeline, tmp_path: Path) -> None:
    tl = seed_timeline
    parsed, dom = _laid_out(browser, tl, "north-korea-2020-06-09", tmp_path)
    _check_time_order(tl, parsed)
    kinds = {row["data-kind"] for row in parsed.rows}
    assert {"dated", "before_publication", "after_publication", "unknown"} <= kinds
    x = {row["data-event"]: float(row["data-x"]) for row in parsed.rows if "data-x" in row}
    war = next(entry for entry in tl if entry.label == "1950 to 1953")
    monday = next(entry for entry in tl if entry.label == "2020-06-08")
    assert x[war.event.id] < x[monday.event.id]
    assert "Unknown placement" in dom
    assert "the 1950-1953 Korean War" in dom


@pytest.mark.skipif(not CORPUS_DOCUMENT.is_file(), reason=f"the corpus is not at {CORPUS_DOCUMENT}")
def test_gold_corpus_document_in_time_order(browser: str, tmp_path: Path) -> None:
    tl = read_timeline(CORPUS_DOCUMENT)
    parsed, _ = _laid_out(browser, tl, "timebank-wsj_0006-gold", tmp_path)
    _check_time_order(tl, parsed)


def _event(number: int, text: str, description: str) -> Event:
    return Event(
        f"e{number}", text, 0, len(text), 0, text, EventClass.OCCURRENCE, Tense.PAST, Aspect.NONE,
        Polarity.POS, None, PartOfSpeech.VERB, description,
    )  # fmt: skip


def test_text_cannot_inject_markup_or_script(browser: str, tmp_path: Path) -> None:
    attack = '<script>document.body.setAttribute("data-pwned", "1")</script>'
    image = "<img src=x onerror=\"document.body.setAttribute('data-pwned', '2')\">"
    text = f"{attack} {image}"
    day = Interval.day(dt.date(2020, 6, 8))
    tl = Timeline(
        text=text,
        publication_date=dt.date(2020, 6, 9),
        sentences=((0, len(text)),),
        entries=(
            Entry(_event(1, "script", attack), Placement(PlacementKind.DATED, day, attack, "t1", "x")),
            Entry(_event(2, "img", image), Placement(PlacementKind.UNKNOWN, None, image, None, "x")),
        ),
    )
    parsed, dom = _laid_out(browser, tl, "escaped-text", tmp_path)
    assert "data-pwned" not in parsed.body, "injected script ran"
    assert (parsed.scripts, parsed.images) == (1, 0), "only the page's own script element, no image"
    assert "&lt;script&gt;document.body" in dom
    assert "&lt;img src=x" in dom
    _check_time_order(tl, parsed)


def test_zoom_widens_the_axis(browser: str, seed_timeline: Timeline, tmp_path: Path) -> None:
    page = tmp_path / "zoom.html"
    page.write_text(render(seed_timeline), encoding="utf-8")
    positions = []
    for zoom in ("1", "2.5"):
        parsed = _Rows()
        parsed.feed(_chromium(browser, page, tmp_path / "profile", "--dump-dom", fragment=f"#zoom={zoom}"))
        positions.append({row["data-event"]: float(row["data-x"]) for row in parsed.rows if "data-x" in row})
    normal, zoomed = positions
    assert normal.keys() == zoomed.keys()
    assert all(zoomed[key] == pytest.approx(2.5 * normal[key], abs=0.02) for key in normal)
