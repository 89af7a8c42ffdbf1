"""Scoring a folder of system TimeML files against a folder of gold ones, as the TempEval-3 scorer does.

Entities (TIMEX3, EVENT) are scored as :mod:`timeline.evaluation.scoring`
does, TLINKs by temporal awareness (:mod:`timeline.evaluation.awareness`).

Gold files (``*.tml``, sub-folders included, hidden files and folders
skipped) pair with the system file at the same relative path; a gold file
without one is scored as an empty annotation. A system file must hold the
gold text unchanged: a system may add, remove or alter tags, never the text.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from timeline.errors import TextMismatchError
from timeline.evaluation.awareness import score_markup
from timeline.evaluation.mentions import MentionSet, annotated_mentions
from timeline.evaluation.scores import EntityScores
from timeline.evaluation.scoring import score_mentions
from timeline.timeml.reader import parse_annotations, read_markup

__all__ = ["TextMismatchError", "evaluate", "evaluate_file"]

_SUFFIX = ".tml"


def evaluate(gold: Path, system: Path) -> EntityScores:
    """The TIMEX3 and EVENT scores of the ``system`` folder against the ``gold`` folder (or file vs file).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.tml").write_text(
    ...     '<TimeML><TEXT>It fell <TIMEX3 tid="t1" type="DATE" value="1998-02-12">yesterday</TIMEX3>.'
    ...     '</TEXT></TimeML>', encoding="utf-8")
    >>> scores = evaluate(folder, folder)
    >>> scores.documents, scores.timexes.strict.f1, scores.events.strict.f1
    (1, 1.0, 1.0)
    >>> evaluate(folder, folder / "missing").unpaired
    ('a.tml',)
    """
    if gold.is_file():
        return evaluate_file(gold, system if system.is_file() else None, name=gold.name)
    if not gold.is_dir():
        msg = f"{gold} is neither a TimeML file nor a folder of them"
        raise FileNotFoundError(msg)
    parts = []
    for path in _gold_files(gold):
        relative = path.relative_to(gold)
        counterpart = system / relative
        parts.append(
            evaluate_file(path, counterpart if counterpart.is_file() else None, name=relative.as_posix())
        )
    return EntityScores.total(parts)


def evaluate_file(gold: Path, system: Path | None, *, name: str = "") -> EntityScores:
    """The scores of one ``system`` file (``None``: no system file) against its ``gold`` file.

    ``name`` names the document in messages and in :attr:`EntityScores.unpaired`.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "gold.tml").write_text("<TimeML><TEXT>It fell.</TEXT></TimeML>", encoding="utf-8")
    >>> _ = (folder / "system.tml").write_text("<TimeML><TEXT>It rose.</TEXT></TimeML>", encoding="utf-8")
    >>> evaluate_file(folder / "gold.tml", folder / "system.tml", name="a.tml")
    Traceback (most recent call last):
    ...
    timeline.errors.TextMismatchError: a.tml: the system text differs from the gold text ...
    """
    label = name or str(gold)
    gold_markup = read_markup(gold)
    gold_text = parse_annotations(gold_markup, source=str(gold))
    gold_mentions = annotated_mentions(gold_text)
    if system is None:
        scores = score_mentions(gold_mentions, MentionSet((), ()))
        tlinks = score_markup(gold_markup, None, source=str(gold))
        return EntityScores(scores.documents, scores.timexes, scores.events, (label,), tlinks)
    system_markup = read_markup(system)
    system_text = parse_annotations(system_markup, source=str(system))
    if system_text.text != gold_text.text:
        where = _first_difference(gold_text.text, system_text.text)
        msg = f"{label}: the system text differs from the gold text at {where}; change tags, never the text"
        raise TextMismatchError(msg)
    scores = score_mentions(gold_mentions, annotated_mentions(system_text))
    return attrs.evolve(scores, tlinks=score_markup(gold_markup, system_markup, source=str(system)))


def _gold_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob(f"*{_SUFFIX}")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def _first_difference(gold: str, system: str) -> str:
    offset = next(
        (index for index, (mine, theirs) in enumerate(zip(gold, system, strict=False)) if mine != theirs),
        min(len(gold), len(system)),
    )
    return f"offset {offset}: gold {gold[offset : offset + 30]!r}, system {system[offset : offset + 30]!r}"
