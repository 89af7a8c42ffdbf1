from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from timeline.cli import (
    EXIT_BAD_ARGUMENTS,
    EXIT_EMPTY_INPUT,
    EXIT_TEXT_MISMATCH,
    EXIT_UNREADABLE_INPUT,
    main,
)
from timeline.export.json import from_dict
from timeline.model import Timeline
from timeline.timeml.reader import parse_annotations, read_markup

from .conftest import SEED_TEXT_PATH

REPOSITORY = Path(__file__).resolve().parents[1]
TE3SCORE = (REPOSITORY / ".." / "shared" / "tools" / "te3score.py").resolve()
CORPUS = (REPOSITORY / ".." / "shared" / "data" / "tbaq-cleaned").resolve()
SAMPLE = ("TimeBank/ABC19980108.1830.0711.tml", "AQUAINT/APW19980807.0261.tml")
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the TempEval-3 corpus is not at {CORPUS}")


def test_table_of_the_founding_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED_TEXT_PATH), "--published", "2020-06-09"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["WHEN", "EVENT", "SENTENCE"]
    labels = [line[:18].strip() for line in lines[1:]]
    assert labels[0] == "1950 to 1953"
    assert labels.index("2020-06-06") < labels.index("2020-06-08") < labels.index("2020-06-09")
    assert any("only one was answered" in line for line in lines)


def test_table_hides_background_unless_all(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED_TEXT_PATH), "--published", "2020-06-09"]) == 0
    default = capsys.readouterr().out.splitlines()
    assert main(["extract", str(SEED_TEXT_PATH), "--published", "2020-06-09", "--all"]) == 0
    everything = capsys.readouterr().out.splitlines()
    assert len(default) < len(everything)

    # "answer" and the "told" that reports it read alike; only "answer" is in the default view.
    def answers(lines: list[str]) -> int:
        return sum(line[19:].startswith("North Korean officials did not answer") for line in lines)

    assert (answers(default), answers(everything)) == (1, 2)


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED_TEXT_PATH), "--published", "2020-06-09", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["publication_date"] == "2020-06-09"
    assert [e["text"] for e in data["expressions"]] == ["daily", "Monday", "daily", "June 6", "1950-1953"]
    assert data["entries"][0]["placement"]["label"] == "1950 to 1953"
    assert len(data["entries"]) == len(data["events"])
    assert any(not entry["salient"] for entry in data["entries"])


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


def _gold_sample(folder: Path) -> Path:
    for name in SAMPLE:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes((CORPUS / name).read_bytes())
    return folder


@needs_corpus
def test_annotate_times_only_and_evaluate_round_trip(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    gold, system = _gold_sample(tmp_path / "gold"), tmp_path / "system"
    assert main(["annotate", str(gold), "-o", str(system), "--times-only"]) == 0
    assert "annotated 2 of 2 document(s)" in capsys.readouterr().out
    for name in SAMPLE:
        written = read_markup(system / name)
        assert parse_annotations(written).text == parse_annotations(read_markup(gold / name)).text
        assert "<EVENT" not in written
        assert "<TLINK" not in written
    assert main(["evaluate", str(gold), str(system), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["documents"] == 2
    assert scores["TIMEX3"]["relaxed"]["f1"] > 0.5
    assert scores["EVENT"]["system"] == 0
    assert main(["evaluate", str(gold), str(system)]) == 0
    table = capsys.readouterr().out
    assert table.startswith("documents scored: 2")
    assert "relaxed" in table


@needs_corpus
@pytest.mark.skipif(not TE3SCORE.is_file(), reason=f"the reference scorer is not at {TE3SCORE}")
def test_te3score_accepts_the_annotated_files(tmp_path: Path) -> None:
    gold, system = _gold_sample(tmp_path / "gold"), tmp_path / "system"
    assert main(["annotate", str(gold), "-o", str(system), "--times-only"]) == 0
    done = subprocess.run(
        [sys.executable, str(TE3SCORE), "-r", str(gold), str(system)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "files scored: 2" in done.stdout


@needs_corpus
def test_annotate_one_file_with_events(tmp_path: Path) -> None:
    source = CORPUS / SAMPLE[0]
    assert main(["annotate", str(source), "-o", str(tmp_path)]) == 0
    written = read_markup(tmp_path / source.name)
    assert "<EVENT" in written
    assert "<MAKEINSTANCE" in written
    assert parse_annotations(written).text == parse_annotations(read_markup(source)).text


@needs_corpus
def test_annotate_with_gold_events_keeps_them(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gold, system = _gold_sample(tmp_path / "gold"), tmp_path / "system"
    assert main(["annotate", str(gold), "-o", str(system), "--gold-events"]) == 0
    assert "annotated 2 of 2 document(s)" in capsys.readouterr().out
    for name in SAMPLE:
        given = parse_annotations(read_markup(gold / name))
        written = parse_annotations(read_markup(system / name))
        assert {(event.start, event.end) for event in written.events} == {
            (event.start, event.end) for event in given.events
        }
        assert written.links
    assert main(["evaluate", str(gold), str(system), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["EVENT"]["strict"]["f1"] == 1.0


def test_annotate_takes_one_kind_of_run(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["annotate", str(tmp_path), "-o", str(tmp_path), "--times-only", "--gold-events"])
    assert stopped.value.code == EXIT_BAD_ARGUMENTS
    assert "not allowed with" in capsys.readouterr().err


def test_annotate_reports_unreadable_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.tml").write_text("<TimeML><TEXT>no date</TEXT></TimeML>", encoding="utf-8")
    assert main(["annotate", str(tmp_path / "in"), "-o", str(tmp_path / "out")]) == EXIT_UNREADABLE_INPUT
    assert "no creation-time TIMEX3" in capsys.readouterr().err
    assert main(["annotate", str(tmp_path / "out"), "-o", str(tmp_path / "x")]) == EXIT_UNREADABLE_INPUT
    (tmp_path / "empty").mkdir()
    assert main(["annotate", str(tmp_path / "empty"), "-o", str(tmp_path / "x")]) == EXIT_EMPTY_INPUT


def test_evaluate_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gold, system = tmp_path / "gold", tmp_path / "system"
    gold.mkdir()
    system.mkdir()
    assert main(["evaluate", str(gold), str(system)]) == EXIT_EMPTY_INPUT
    (gold / "a.tml").write_text("<TimeML><TEXT>It fell.</TEXT></TimeML>", encoding="utf-8")
    (system / "a.tml").write_text("<TimeML><TEXT>It rose.</TEXT></TimeML>", encoding="utf-8")
    assert main(["evaluate", str(gold), str(system)]) == EXIT_TEXT_MISMATCH
    assert "differs from the gold text" in capsys.readouterr().err
    (system / "a.tml").write_text("<TimeML><TEXT>It fell.", encoding="utf-8")
    assert main(["evaluate", str(gold), str(system)]) == EXIT_UNREADABLE_INPUT
    assert main(["evaluate", str(gold), str(tmp_path / "missing")]) == EXIT_UNREADABLE_INPUT


def _two_articles(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    first, second = folder / "monday.txt", folder / "thursday.txt"
    first.write_text("On Monday, only one was answered.", encoding="utf-8")
    second.write_text("They will meet on Thursday.", encoding="utf-8")
    return [str(first), str(second)]


def test_several_files_as_json_lines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    files = _two_articles(tmp_path)
    assert main(["extract", *files, "--published", "2020-06-09", "--format", "json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["id"] for record in records] == files
    timelines = [from_dict(record["timeline"]) for record in records]
    assert [tl.entries[0].label for tl in timelines] == ["2020-06-08", "2020-06-11"]


def test_several_files_as_one_csv_with_sources(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    files = _two_articles(tmp_path)
    assert main(["extract", *files, "--published", "2020-06-09", "--format", "csv", "-q"]) == 0
    captured = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(captured.out, newline="")))
    assert [(row["source"], row["when"]) for row in rows] == [
        (files[0], "2020-06-08"),
        (files[1], "2020-06-11"),
    ]
    assert captured.err == ""


def test_several_tables_under_headers(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    files = _two_articles(tmp_path)
    assert main(["extract", *files, "--published", "2020-06-09"]) == 0
    out = capsys.readouterr().out
    assert out.index(f"==> {files[0]} <==") < out.index("2020-06-08") < out.index(f"==> {files[1]} <==")


def test_output_folder_gets_one_file_per_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    files = _two_articles(tmp_path / "in")
    out = tmp_path / "pictures"
    assert main(["extract", *files, "--published", "2020-06-09", "--format", "html", "-o", f"{out}/"]) == 0
    assert sorted(path.name for path in out.iterdir()) == ["monday.html", "thursday.html"]
    assert (out / "monday.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert capsys.readouterr().out == ""


def test_several_inputs_in_html_need_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    files = _two_articles(tmp_path)
    code = main(
        ["extract", *files, "--published", "2020-06-09", "--format", "timeml", "-o", str(tmp_path / "x.tml")]
    )
    assert code == EXIT_BAD_ARGUMENTS
    assert "need an output folder" in capsys.readouterr().err


_CHECKS: dict[str, Callable[[str], bool]] = {
    "json": lambda text: Timeline.from_json(text).entries[0].label == "2020-06-08",
    "csv": lambda text: text.startswith("when,start,end,placement"),
    "timeml": lambda text: parse_annotations(text).text == "On Monday, only one was answered.",
    "html": lambda text: "On Monday, only one was answered" in text and "<script>" in text,
    "table": lambda text: text.startswith("WHEN"),
}


@pytest.mark.parametrize("output_format", sorted(_CHECKS))
def test_output_file_in_each_format(tmp_path: Path, output_format: str) -> None:
    target = tmp_path / f"out.{output_format}"
    source = _two_articles(tmp_path / "in")[0]
    arguments = ["extract", source, "--published", "2020-06-09", "--format", output_format, "-o", str(target)]
    assert main(arguments) == 0
    assert _CHECKS[output_format](target.read_text(encoding="utf-8"))


def test_timeml_output_has_links(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED_TEXT_PATH), "--published", "2020-06-09", "--format", "timeml"]) == 0
    markup = capsys.readouterr().out
    assert markup.count("<TLINK ") > 10
    assert parse_annotations(markup).text == SEED_TEXT_PATH.read_text(encoding="utf-8")


def test_a_bad_input_among_several_is_skipped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    files = _two_articles(tmp_path)
    missing = str(tmp_path / "missing.txt")
    code = main(["extract", files[0], missing, files[1], "--published", "2020-06-09", "--format", "json"])
    assert code == EXIT_UNREADABLE_INPUT
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    assert f"cannot read {missing}" in captured.err


def test_standard_input_once_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "-", "-", "--published", "2020-06-09"]) == EXIT_BAD_ARGUMENTS
    assert "once only" in capsys.readouterr().err


def test_progress_bar_on_a_terminal_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    files = _two_articles(tmp_path)
    arguments = ["extract", *files, "--published", "2020-06-09", "--format", "json"]
    assert main(arguments) == 0
    assert capsys.readouterr().err == ""  # captured standard error is no terminal
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(arguments) == 0
    assert "0/2 [" in capsys.readouterr().err  # the bar (cleared when done: leave=False)
    assert main([*arguments, "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def test_help_shows_examples_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["extract", "--help"])
    assert stopped.value.code == 0
    help_text = capsys.readouterr().out
    assert "examples:" in help_text
    assert "--format {table,json,csv,timeml,html}" in help_text
    assert "exit codes:" in help_text
