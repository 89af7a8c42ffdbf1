from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import EXIT_BAD_ARGUMENTS, EXIT_EMPTY_INPUT, EXIT_UNREADABLE_INPUT, main

from .conftest import SEED_TEXT_PATH


def test_table_of_the_founding_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED_TEXT_PATH), "--published", "2020-06-09"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["WHEN", "EVENT", "SENTENCE"]
    labels = [line[:18].strip() for line in lines[1:]]
    assert labels[0] == "1950 to 1953"
    assert labels.index("2020-06-06") < labels.index("2020-06-08") < labels.index("2020-06-09")
    assert any("only one was answered" in line for line in lines)


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED_TEXT_PATH), "--published", "2020-06-09", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["publication_date"] == "2020-06-09"
    assert [e["text"] for e in data["expressions"]] == ["daily", "Monday", "daily", "June 6", "1950-1953"]
    assert data["entries"][0]["placement"]["label"] == "1950 to 1953"


def test_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("On Monday, only one was answered."))
    assert main(["extract", "-", "--published", "2020-06-09"]) == 0
    assert "2020-06-08" in capsys.readouterr().out


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["extract", str(missing), "--published", "2020-06-09"]) == EXIT_UNREADABLE_INPUT
    assert "cannot read" in capsys.readouterr().err


def test_not_utf8(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    assert main(["extract", str(latin), "--published", "2020-06-09"]) == EXIT_UNREADABLE_INPUT
    assert "cannot read" in capsys.readouterr().err


@pytest.mark.parametrize("date", ["June 9", "2020-02-30", ""])
def test_bad_date(capsys: pytest.CaptureFixture[str], date: str) -> None:
    assert main(["extract", str(SEED_TEXT_PATH), "--published", date]) == EXIT_BAD_ARGUMENTS
    assert "publication date" in capsys.readouterr().err


def test_empty_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    assert main(["extract", str(empty), "--published", "2020-06-09"]) == EXIT_EMPTY_INPUT
    assert "has no text" in capsys.readouterr().err


def test_missing_published_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["extract", str(SEED_TEXT_PATH)])
    assert stopped.value.code == EXIT_BAD_ARGUMENTS
    assert "--published" in capsys.readouterr().err


def test_console_script_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", "-", "--published", "2020-06-09"],
        input="The ministry said it will continue.",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "after 2020-06-09" in done.stdout
