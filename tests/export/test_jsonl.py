"""Timelines with ids as JSON Lines records, and resuming a file of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.errors import InvalidTimelineDataError
from timeline.export.json import to_json
from timeline.export.jsonl import done_ids, drop_partial_line, read_records, to_record_line
from timeline.model import Timeline


def test_a_record_is_one_line_with_the_id_and_the_timeline(seed_timeline: Timeline) -> None:
    line = to_record_line("nk", seed_timeline)
    assert line.endswith("\n")
    assert "\n" not in line[:-1]
    assert json.loads(line) == {"id": "nk", "timeline": json.loads(to_json(seed_timeline))}


@pytest.mark.parametrize("document_id", [True, None, 1.0, ["a"]])
def test_ids_are_strings_or_integers(document_id: object) -> None:
    with pytest.raises(InvalidTimelineDataError, match="must be a string or an integer"):
        to_record_line(document_id, Timeline(text="", publication_date=None))  # type: ignore[arg-type]


def test_records_read_back(tmp_path: Path, seed_timeline: Timeline) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(to_record_line("nk", seed_timeline) + "\n" + to_record_line(3, seed_timeline), "utf-8")
    assert list(read_records(path)) == [("nk", seed_timeline), (3, seed_timeline)]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[1, 2", "line 2: not JSON"),
        ('{"id": "a"}', 'line 2: a record is an object with the keys "id" and "timeline"; got keys \'id\''),
        ('{"id": 1.5, "timeline": {}}', "line 2: the id must be a string or an integer; got 1.5"),
        ('{"id": "a", "timeline": {"text": 1}}', "line 2: timeline.text: expected a str; got 1"),
    ],
)
def test_a_bad_line_is_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(to_record_line("a", Timeline(text="", publication_date=None)) + line + "\n", "utf-8")
    with pytest.raises(InvalidTimelineDataError, match=rf"out\.jsonl {message}"):
        list(read_records(path))


def test_done_ids_are_json_values(tmp_path: Path) -> None:
    empty = Timeline(text="", publication_date=None)
    path = tmp_path / "out.jsonl"
    path.write_text("".join(to_record_line(key, empty) for key in (3, "3", "a", 3)), encoding="utf-8")
    done = done_ids(path)
    assert done == {3, "3", "a"}
    assert "a" in done
    assert 4 not in done


def test_done_ids_skip_an_unfinished_last_line_only(tmp_path: Path) -> None:
    empty = Timeline(text="", publication_date=None)
    path = tmp_path / "out.jsonl"
    whole, partial = to_record_line("a", empty), to_record_line("b", empty)[:-30]
    path.write_text(whole + partial, encoding="utf-8")
    assert done_ids(path) == {"a"}
    path.write_text(partial + "\n" + whole, encoding="utf-8")
    with pytest.raises(InvalidTimelineDataError, match="line 1: not JSON"):
        done_ids(path)


def test_drop_partial_line_cuts_an_interrupted_write(tmp_path: Path) -> None:
    empty = Timeline(text="", publication_date=None)
    path = tmp_path / "out.jsonl"
    whole = to_record_line("a", empty) + to_record_line("b", empty)
    path.write_text(whole + to_record_line("é", empty)[:-5], encoding="utf-8")
    assert drop_partial_line(path).startswith('{"id": "é", "timeline": {')
    assert path.read_text(encoding="utf-8") == whole
    assert drop_partial_line(path) == ""
    assert path.read_text(encoding="utf-8") == whole


def test_drop_partial_line_keeps_a_whole_record_without_its_newline(tmp_path: Path) -> None:
    empty = Timeline(text="", publication_date=None)
    path = tmp_path / "out.jsonl"
    path.write_text(to_record_line("a", empty).rstrip("\n"), encoding="utf-8")
    assert done_ids(path) == {"a"}
    assert drop_partial_line(path) == ""
    assert path.read_text(encoding="utf-8") == to_record_line("a", empty)


def test_drop_partial_line_finds_the_last_newline_far_back(tmp_path: Path) -> None:
    # A partial line longer than the block read from the end at a time.
    path = tmp_path / "out.jsonl"
    path.write_text("x" * 200_000, encoding="utf-8")
    assert len(drop_partial_line(path)) == 200_000
    assert path.read_bytes() == b""
    assert done_ids(path) == set()
