from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc

from timeline import batch
from timeline.cli import (
    EXIT_BAD_ARGUMENTS,
    EXIT_EMPTY_INPUT,
    EXIT_EXTRACTION_FAILED,
    EXIT_TEXT_MISMATCH,
    EXIT_UNREADABLE_INPUT,
    main,
)
from timeline.export.json import from_dict
from timeline.model import Timeline
from timeline.store import timeline_of
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


def _jsonl(path: Path, *lines: object) -> str:
    """Write ``lines`` (objects as JSON, strings as they are) to the JSON Lines file ``path``."""
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return str(path)


def _records(text: str) -> list[tuple[object, Timeline]]:
    return [(record["id"], from_dict(record["timeline"])) for record in map(json.loads, text.splitlines())]


def _first_labels(records: list[tuple[object, Timeline]]) -> list[tuple[object, str]]:
    return [(key, timeline.entries[0].label) for key, timeline in records]


def test_json_lines_input_gives_records_with_ids(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    news = _jsonl(
        tmp_path / "news.jsonl",
        {"id": "nk", "text": "On Monday, only one was answered.", "published": "2020-06-09"},
        "",
        {"text": "They will meet on Thursday.", "source": "extra keys are ignored"},
        {"id": 3, "text": "Shares fell on Friday.", "published": "2020-06-16T09:00:00+09:00"},
    )
    assert main(["extract", news, "--published", "2020-06-10", "--format", "json"]) == 0
    records = _records(capsys.readouterr().out)
    # The line's own date wins; the blank line 2 is skipped but counted; id 3 stays a number.
    assert _first_labels(records) == [("nk", "2020-06-08"), (f"{news}:3", "2020-06-11"), (3, "2020-06-12")]
    assert [timeline.publication_date for _, timeline in records] == [
        dt.date(2020, 6, 9),
        dt.date(2020, 6, 10),
        dt.date(2020, 6, 16),
    ]


def test_json_lines_need_no_published_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    news = _jsonl(
        tmp_path / "news.jsonl", {"id": "a", "text": "It rose on Monday.", "published": "2020-06-09"}
    )
    assert main(["extract", news, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert [(row["source"], row["when"]) for row in rows] == [("a", "2020-06-08")]
    with pytest.raises(SystemExit) as stopped:
        main(["extract", news, str(SEED_TEXT_PATH)])
    assert stopped.value.code == EXIT_BAD_ARGUMENTS
    assert f"the text file {SEED_TEXT_PATH} needs --published DATE" in capsys.readouterr().err


def test_bad_lines_are_reported_and_the_others_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    news = _jsonl(
        tmp_path / "news.jsonl",
        {"id": "ok-1", "text": "On Monday, only one was answered.", "published": "2020-06-09"},
        {"id": "empty", "text": "  ", "published": "2020-06-09"},
        '{"id": "broken", "text": ',
        ["not", "an", "object"],
        {"id": "number-text", "text": 5, "published": "2020-06-09"},
        {"id": 1.5, "text": "A float id.", "published": "2020-06-09"},
        {"text": "No date anywhere."},
        {"id": "bad-date", "text": "Shares fell.", "published": "June 9"},
        {"id": "ok-2", "text": "They will meet on Thursday.", "published": "2020-06-09"},
    )
    # The first failure is the empty text (4); the unreadable lines after it do not change the code.
    assert main(["extract", news, "--format", "json"]) == EXIT_EMPTY_INPUT
    captured = capsys.readouterr()
    assert [key for key, _ in _records(captured.out)] == ["ok-1", "ok-2"]
    unreadable = f"timeline: cannot read {news} line"
    assert captured.err.splitlines() == [
        f'timeline: {news} line 2 (id "empty") has no text',
        f"{unreadable} 3: not JSON (Expecting value: line 1 column 25 (char 24))",
        f'{unreadable} 4: expected an object {{"id": ..., "text": ..., "published": ...}}; got an array',
        f'{unreadable} 5 (id "number-text"): "text" must be a string; got 5',
        f'{unreadable} 6: "id" must be a string or an integer; got 1.5',
        f'{unreadable} 7: no "published" date: give the line one, or give --published DATE',
        f'{unreadable} 8 (id "bad-date"): "published": publication date \'June 9\' is not a valid ISO-8601'
        " date (Invalid isoformat string: 'June 9'); pass a datetime.date, a datetime.datetime"
        " (naive or aware) or an ISO-8601 string such as '2020-06-09' or '2020-06-09T08:30:00+09:00'",
    ]
    assert main(["extract", news, "--format", "json", "--published", "2020-06-10", "-q"]) == EXIT_EMPTY_INPUT
    assert [key for key, _ in _records(capsys.readouterr().out)] == ["ok-1", f"{news}:7", "ok-2"]


def test_an_unreadable_line_sets_exit_code_3(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    news = _jsonl(tmp_path / "news.jsonl", "{", {"id": "a", "text": "It rose.", "published": "2020-06-09"})
    missing = str(tmp_path / "missing.jsonl")
    assert main(["extract", news, missing, "--format", "table"]) == EXIT_UNREADABLE_INPUT
    captured = capsys.readouterr()
    assert captured.out.startswith("==> a <==\nWHEN")
    assert f"cannot read {missing}: No such file or directory" in captured.err


def test_json_lines_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    lines = '{"text": "On Monday, only one was answered."}\n{"id": "b", "text": "They met on Thursday."}\n'
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    out = tmp_path / "pictures"
    assert (
        main(["extract", "-", "--jsonl", "--published", "2020-06-09", "--format", "html", "-o", f"{out}/"])
        == 0
    )
    assert sorted(path.name for path in out.iterdir()) == ["b.html", "stdin-1.html"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    assert main(["extract", "-", "--jsonl", "--published", "2020-06-09", "--format", "json"]) == 0
    assert _first_labels(_records(capsys.readouterr().out)) == [
        ("stdin:1", "2020-06-08"),
        ("b", "2020-06-04"),
    ]


def test_resume_skips_the_done_ids_and_drops_an_unfinished_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first = {"id": "a", "text": "On Monday, only one was answered.", "published": "2020-06-09"}
    second = {"id": "3", "text": "They will meet on Thursday.", "published": "2020-06-09"}
    third = {"id": 3, "text": "Shares fell on Friday.", "published": "2020-06-09"}
    out = tmp_path / "out" / "timelines.jsonl"
    assert (
        main(["extract", _jsonl(tmp_path / "day1.jsonl", first, second), "--format", "json", "-o", str(out)])
        == 0
    )
    whole = out.read_text(encoding="utf-8")
    a_line = whole.splitlines(keepends=True)[0]
    out.write_text(whole[:-100], encoding="utf-8")  # the run was stopped while it wrote "3"
    news = _jsonl(tmp_path / "news.jsonl", first, second, third)
    arguments = ["extract", news, "--format", "json", "-o", str(out), "--resume"]
    assert main(arguments) == 0
    captured = capsys.readouterr()
    assert f"dropped the unfinished last line of {out}" in captured.err
    assert f"skipped 1 document(s) already in {out}" in captured.err
    written = out.read_text(encoding="utf-8")
    assert written.startswith(a_line)  # left as it was, not written again
    assert _first_labels(_records(written)) == [("a", "2020-06-08"), ("3", "2020-06-11"), (3, "2020-06-05")]
    assert main(arguments) == 0  # all done: nothing to add
    assert "skipped 3 document(s)" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == written


def test_resume_starts_a_new_file(tmp_path: Path) -> None:
    out = tmp_path / "timelines.jsonl"
    source = _two_articles(tmp_path)[0]
    assert (
        main(["extract", source, "--published", "2020-06-09", "--format", "json", "-o", str(out), "--resume"])
        == 0
    )
    assert _first_labels(_records(out.read_text(encoding="utf-8"))) == [(source, "2020-06-08")]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--format", "json"], "--resume needs -o FILE"),
        (["--format", "json", "-o", "folder/"], "--resume needs -o FILE"),
        (["--format", "csv", "-o", "out.csv"], "--resume needs --format json"),
    ],
)
def test_resume_needs_a_json_lines_file(
    capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["extract", str(SEED_TEXT_PATH), "--published", "2020-06-09", "--resume", *options])
    assert stopped.value.code == EXIT_BAD_ARGUMENTS
    assert message in capsys.readouterr().err


def test_resume_refuses_a_file_that_is_not_records(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "timelines.jsonl"
    out.write_text('{"text": "a bare timeline"}\n', encoding="utf-8")
    source = _two_articles(tmp_path)[0]
    code = main(
        ["extract", source, "--published", "2020-06-09", "--format", "json", "-o", str(out), "--resume"]
    )
    assert code == EXIT_UNREADABLE_INPUT
    assert (
        f'cannot resume {out}: {out} line 1: a record is an object with the keys "id"'
        in capsys.readouterr().err
    )
    assert out.read_text(encoding="utf-8") == '{"text": "a bare timeline"}\n'


def test_two_processes_write_what_one_does(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    news = _jsonl(
        tmp_path / "news.jsonl",
        {"id": "a", "text": "On Monday, only one was answered."},
        {"id": "b", "text": "  "},
        {"id": "c", "text": "They will meet on Thursday."},
        {"id": "d", "text": "Shares fell on Friday."},
    )
    arguments = ["extract", news, "--published", "2020-06-09", "--format", "json", "--batch-size", "1"]
    assert main(arguments) == EXIT_EMPTY_INPUT
    one = capsys.readouterr()
    assert main([*arguments, "-j", "2"]) == EXIT_EMPTY_INPUT
    two = capsys.readouterr()
    assert [key for key, _ in _records(one.out)] == ["a", "c", "d"]
    assert (two.out, two.err) == (one.out, one.err)


@pytest.mark.parametrize("value", ["0", "-2", "two"])
def test_processes_are_checked(capsys: pytest.CaptureFixture[str], value: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["extract", str(SEED_TEXT_PATH), "--published", "2020-06-09", "-j", value])
    assert stopped.value.code == EXIT_BAD_ARGUMENTS
    assert "argument -j/--processes" in capsys.readouterr().err


def test_progress_option_shows_the_bar_anywhere(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    news = _jsonl(tmp_path / "news.jsonl", {"text": "It rose."}, "", {"text": "It fell."})
    source = _two_articles(tmp_path)[0]
    arguments = ["extract", news, source, "--published", "2020-06-09", "--format", "json"]
    assert main([*arguments, "--progress"]) == 0
    captured = capsys.readouterr()
    assert "0/3 [" in captured.err  # three documents: two lines (not the blank one) and a text file
    assert len(captured.out.splitlines()) == 3
    assert main(arguments) == 0
    assert capsys.readouterr().err == ""  # captured standard error is no terminal
    with pytest.raises(SystemExit):
        main([*arguments, "--progress", "--quiet"])
    assert "not allowed with" in capsys.readouterr().err


def test_a_document_the_pipeline_fails_on_is_reported_and_the_others_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A stage failing on one document: turning its Doc into a Timeline raises (in the batch, and alone).
    real = timeline_of

    def failing_on_boom(doc: Doc) -> Timeline:
        if "BOOM" in doc.text:
            msg = "cannot read BOOM"
            raise RuntimeError(msg)
        return real(doc)

    monkeypatch.setattr(batch, "timeline_of", failing_on_boom)
    news = _jsonl(
        tmp_path / "news.jsonl",
        {"id": "a", "text": "On Monday, only one was answered.", "published": "2020-06-09"},
        {"id": "b", "text": "The BOOM came on Monday.", "published": "2020-06-09"},
        {"id": "c", "text": "They will meet on Thursday.", "published": "2020-06-09"},
    )
    assert main(["extract", news, "--format", "json"]) == EXIT_EXTRACTION_FAILED
    captured = capsys.readouterr()
    assert [key for key, _ in _records(captured.out)] == ["a", "c"]
    assert captured.err.splitlines() == [
        f'timeline: cannot extract {news} line 2 (id "b"): RuntimeError: cannot read BOOM'
    ]
