"""Hostile input: no stall, no crash; the one timing assertion pins linear growth of find_times.

The texts mirror the cases of ``benchmarks/pathological_inputs.py`` (which
measures them at 100 KB and 1 MB): runs of digits, separators, brackets, "?"
and white space, month and weekday names with and without spaces, and one
enormous sentence. The fuzz target of ``fuzz/`` runs here on a few inputs so
that it keeps working without atheris.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import timeline

FUZZ_TARGET = Path(__file__).resolve().parents[1] / "fuzz" / "fuzz_extract.py"


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


HOSTILE: dict[str, Callable[[int], str]] = {
    "digit run": lambda size: "1" * size,
    "digits and spaces": lambda size: _repeat("1 ", size),
    "years and dashes": lambda size: _repeat("1990-", size),
    "separators": lambda size: _repeat("-/.:,", size),
    "open brackets": lambda size: "[" * size,
    "nested brackets": lambda size: "(" * (size // 2) + ")" * (size - size // 2),
    "question marks + x": lambda size: "?" * (size - 1) + "x",
    "month names without spaces": lambda size: _repeat("June,", size),
    "weekday names": lambda size: _repeat("Monday ", size),
    "impossible dates": lambda size: _repeat("February 30 ", size),
    "white-space run": lambda size: "On" + " " * (size - 8) + "Monday",
    "one enormous sentence": lambda size: _repeat("the war that ended in 1953 and ", size),
}

# One block with a little of every case, repeated to the size wanted: what the growth test times.
_MIXED_BLOCK = (
    "?" * 300
    + "x "
    + "[(" * 100
    + " "
    + "1" * 200
    + " "
    + "June," * 20
    + " "
    + "Monday-" * 20
    + " 1990-" * 10
    + " the war that ended in 1953 and" * 3
    + " \t\n" * 10
)


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_find_times_takes_hostile_text(case: str) -> None:
    text = HOSTILE[case](5_000)
    for expression in timeline.find_times(text, "2020-06-09"):
        assert text[expression.start : expression.end] == expression.text


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_extract_takes_hostile_text(case: str) -> None:
    text = HOSTILE[case](1_000)
    tl = timeline.extract(text, "2020-06-09")
    assert tl.text == text
    for event in tl.events:
        assert text[event.start : event.end] == event.text


def test_extract_takes_one_enormous_sentence() -> None:
    # One sentence of some 400 clauses: collecting a participant's phrase once recursed past the limit.
    text = HOSTILE["one enormous sentence"](12_000)
    tl = timeline.extract(text, "2020-06-09")
    assert len(tl.events) > 100
    assert all(text[event.start : event.end] == event.text for event in tl.events)


def _seconds(text: str) -> float:
    start = time.perf_counter()
    timeline.find_times(text, "2020-06-09")
    return time.perf_counter() - start


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param(_MIXED_BLOCK, id="a little of every case"),
        # Month names without white space between them: each used to search for the next white space.
        pytest.param("May,", id="month names without spaces"),
    ],
)
def test_find_times_grows_linearly_on_hostile_text(unit: str) -> None:
    """The one timing assertion: four times the text takes well under sixteen times as long.

    Linear growth gives a ratio near 4, quadratic near 16; 12 leaves room for a
    busy machine. The best of three runs of each size counts (a passing run of
    the larger ends the test early). The benchmark prints the full table.
    """
    small = (unit * (50_000 // len(unit) + 1))[:50_000]
    large = (unit * (200_000 // len(unit) + 1))[:200_000]
    _seconds(small)  # warm-up
    fastest_small = min(_seconds(small) for _ in range(3))
    ratios = []
    for _ in range(3):
        ratios.append(_seconds(large) / fastest_small)
        if ratios[-1] < 12:
            break
    assert min(ratios) < 12, f"find_times took {min(ratios):.1f} times as long on 4 times the text"


def _fuzz_target() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_extract", FUZZ_TARGET)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\x01\x02",
        b"\x00\x8c\x9fOn Monday, only one was answered.",
        b"\x01\x00\x00three weeks ago\xff\xfe",
        b"\x02\x12\x34" + b"?" * 500 + b"x",
        b"\x03\xff\xff" + b"[(" * 300,
        b"\x00\x8c\x9f" + "Le 3 juin 2020, à Séoul — 2020年6月9日".encode(),
    ],
)
def test_fuzz_target_runs_without_atheris(data: bytes) -> None:
    _fuzz_target().test_one_input(data)


def test_fuzz_target_splits_bytes_into_text_and_date() -> None:
    text, publication_date = _fuzz_target().split_input(b"\x01\x00\x00On Monday")
    assert (text, publication_date) == ("On Monday", "0001-01-01")
