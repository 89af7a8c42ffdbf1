"""The documentation's shell sessions and example texts, checked against the library.

The ``>>>`` examples of ``docs/**/*.md`` run as doctests (pytest's
``--doctest-glob``). This module runs the other kind of example: each
``console`` block's ``$ timeline ...`` commands, whose output must be what the
block shows (``...`` stands for any text, as in doctests). A page's commands
run in order, in one scratch folder that sees the repository's ``docs`` and
``examples`` folders, so files written by one command (``annotate -o out``)
are there for the next (``evaluate``). It also checks that each input text
shown on a page (a ``text`` block with ``title="NAME"``) is the file
``docs/examples/NAME`` that the page's code reads, and that each worked
example's picture (``docs/pictures/NAME.html``, shown in an ``<iframe>`` on
``docs/examples/NAME.md``) is exactly what ``timeline.render`` draws today,
as ``docs/make_pictures.py`` writes it.
"""

from __future__ import annotations

import doctest
import importlib.util
import io
import re
import shlex
import sys
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from timeline.cli import main

REPOSITORY = Path(__file__).resolve().parent.parent
DOCS = REPOSITORY / "docs"
PAGES = sorted(DOCS.rglob("*.md"))

_FENCE = re.compile(r"^```(?P<info>[^\n]*)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)
_TITLE = re.compile(r'title="(?P<name>[^"]+)"')
_EXIT_ECHO = '; echo "exit code $?"'
_CHECKER = doctest.OutputChecker()
_OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@attrs.frozen
class Command:
    """One ``$`` line of a console block and the output the page shows for it."""

    line: str
    expected: str


def _blocks(page: Path, language: str) -> list[tuple[str, str]]:
    """The (info string, body) of each fenced block of ``page`` in ``language``."""
    return [
        (match["info"], match["body"])
        for match in _FENCE.finditer(page.read_text(encoding="utf-8"))
        if match["info"].split(" ", 1)[0] == language
    ]


def _commands(page: Path) -> list[Command]:
    commands: list[Command] = []
    for _info, body in _blocks(page, "console"):
        for chunk in re.split(r"^\$ ", body, flags=re.MULTILINE)[1:]:
            line, _, output = chunk.partition("\n")
            commands.append(Command(line, output))
    return commands


def _run(line: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a ``timeline`` command line in this process; its stdout, stderr and, if asked, exit code."""
    show_exit = line.endswith(_EXIT_ECHO)
    line = line.removesuffix(_EXIT_ECHO)
    feed, _, command = line.rpartition(" | ")
    if feed:
        source = shlex.split(feed)
        text = Path(source[1]).read_text(encoding="utf-8") if source[0] == "cat" else source[1] + "\n"
        monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    words = shlex.split(command)
    assert words[0] == "timeline", f"the docs run only timeline commands: {line!r}"
    code = main(words[1:])
    captured = capsys.readouterr()
    if not show_exit:
        assert code == 0, f"{line!r} exited with {code}: {captured.err}"
    return captured.out + captured.err + (f"exit code {code}\n" if show_exit else "")


def test_every_page_is_found() -> None:
    assert DOCS / "cli.md" in PAGES
    assert _commands(DOCS / "cli.md")


@pytest.mark.parametrize("page", [page for page in PAGES if _commands(page)], ids=lambda page: page.name)
def test_console_examples_print_what_the_page_shows(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for folder in ("docs", "examples"):
        (tmp_path / folder).symlink_to(REPOSITORY / folder, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    for command in _commands(page):
        output = _run(command.line, capsys, monkeypatch)
        assert _CHECKER.check_output(command.expected, output, _OPTIONS), (
            f"$ {command.line}\n--- the page shows:\n{command.expected}--- the command printed:\n{output}"
        )


def _shown_inputs(page: Path) -> list[tuple[str, str]]:
    """The (file name, text) of each ``text`` block of ``page`` with a ``title``."""
    shown = [(_TITLE.search(info), body) for info, body in _blocks(page, "text")]
    return [(match["name"], body) for match, body in shown if match is not None]


def test_the_worked_examples_show_their_inputs() -> None:
    names = {name for page in PAGES for name, _body in _shown_inputs(page)}
    assert {path.name for path in (DOCS / "examples").glob("*.txt")} <= names


@pytest.mark.parametrize("page", [page for page in PAGES if _shown_inputs(page)], ids=lambda page: page.name)
def test_input_texts_shown_are_the_example_files(page: Path) -> None:
    for name, body in _shown_inputs(page):
        assert body == (DOCS / "examples" / name).read_text(encoding="utf-8"), name


def _picture_maker() -> Callable[[], dict[str, str]]:
    """``pictures()`` of ``docs/make_pictures.py`` (a script, not a package module)."""
    spec = importlib.util.spec_from_file_location("make_pictures", DOCS / "make_pictures.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pictures: Callable[[], dict[str, str]] = module.pictures
    return pictures


_EXAMPLE_PAGES = sorted((DOCS / "examples").glob("*.md"))
_REGENERATE = "run `python docs/make_pictures.py` from the repository root and commit docs/pictures"


@pytest.fixture(scope="module")
def pictures() -> dict[str, str]:
    return _picture_maker()()


def test_every_worked_example_has_a_picture(pictures: dict[str, str]) -> None:
    committed = {path.stem for path in (DOCS / "pictures").glob("*.html")}
    assert {page.stem for page in _EXAMPLE_PAGES} == set(pictures) == committed, _REGENERATE


@pytest.mark.parametrize("page", _EXAMPLE_PAGES, ids=lambda page: page.stem)
def test_each_worked_example_shows_its_picture(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    # The iframe's address is relative to the built page, examples/NAME/index.html; the Markdown link,
    # which mkdocs checks and rewrites, is relative to the source file.
    assert f'<iframe class="timeline-picture" src="../../pictures/{page.stem}.html"' in text
    assert f"](../pictures/{page.stem}.html)" in text
    assert "To come" not in text


@pytest.mark.parametrize("name", [page.stem for page in _EXAMPLE_PAGES])
def test_committed_pictures_are_what_render_draws_today(name: str, pictures: dict[str, str]) -> None:
    committed = (DOCS / "pictures" / f"{name}.html").read_text(encoding="utf-8")
    assert committed == pictures[name], f"docs/pictures/{name}.html is out of date: {_REGENERATE}"
