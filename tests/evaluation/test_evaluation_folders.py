"""Folder evaluation, and its agreement with the independent TempEval-3 scorer on perturbed system output."""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from timeline.evaluation import EntityScores, TextMismatchError, evaluate, score_documents
from timeline.evaluation.report import percent
from timeline.model import Aspect, Event, EventClass, PartOfSpeech, Polarity, Tense, TimeExpression, TimexType
from timeline.timeml.reader import TimeMLDocument, parse_document, read_markup
from timeline.timeml.writer import annotate

REPOSITORY = Path(__file__).resolve().parents[2]
TE3SCORE = (REPOSITORY / ".." / "shared" / "tools" / "te3score.py").resolve()
CORPUS = (REPOSITORY / ".." / "shared" / "data" / "tbaq-cleaned").resolve()
#: Files with known quirks: EVENT tags outside <TEXT>, carriage returns in the header.
QUIRKY = ("TimeBank/WSJ910225-0066.tml", "TimeBank/APW19980213.1380.tml", "AQUAINT/NYT19981120.0362.tml")

needs_scorer = pytest.mark.skipif(
    not TE3SCORE.is_file() or not CORPUS.is_dir(),
    reason=f"the reference scorer ({TE3SCORE}) or the corpus ({CORPUS}) is absent",
)

Perturbation = Callable[[TimeMLDocument, random.Random], tuple[list[TimeExpression], list[Event]]]


def _write(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")


def test_pairs_by_relative_path_and_scores_missing_files_as_empty(tmp_path: Path) -> None:
    gold_markup = '<TimeML><TEXT>On <TIMEX3 tid="t1" type="DATE" value="2020">2020</TIMEX3>.</TEXT></TimeML>'
    _write(tmp_path / "gold" / "a" / "one.tml", gold_markup)
    _write(tmp_path / "gold" / "two.tml", gold_markup)
    _write(tmp_path / "gold" / ".hidden" / "three.tml", "not even XML")
    _write(tmp_path / "gold" / "notes.txt", "not TimeML")
    _write(tmp_path / "system" / "a" / "one.tml", gold_markup)
    _write(tmp_path / "system" / "extra.tml", gold_markup)
    scores = evaluate(tmp_path / "gold", tmp_path / "system")
    assert (scores.documents, scores.unpaired) == (2, ("two.tml",))
    assert (scores.timexes.gold, scores.timexes.system, scores.timexes.strict_matches) == (2, 1, 1)


def test_a_changed_text_is_an_error_naming_the_file_and_offset(tmp_path: Path) -> None:
    _write(tmp_path / "gold" / "a.tml", "<TimeML><TEXT>It fell.</TEXT></TimeML>")
    _write(tmp_path / "system" / "a.tml", "<TimeML><TEXT>It fell!</TEXT></TimeML>")
    with pytest.raises(TextMismatchError, match=r"a\.tml: .* at offset 7: gold '\.', system '!'"):
        evaluate(tmp_path / "gold", tmp_path / "system")


def test_a_single_file_pair(tmp_path: Path) -> None:
    _write(
        tmp_path / "gold.tml",
        '<TimeML><TEXT><TIMEX3 tid="t1" type="DATE" value="X">Now</TIMEX3></TEXT></TimeML>',
    )
    scores = evaluate(tmp_path / "gold.tml", tmp_path / "missing.tml")
    assert (scores.documents, scores.timexes.relaxed.f1, scores.unpaired) == (1, 0.0, ("gold.tml",))


def test_a_missing_gold_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="neither a TimeML file nor a folder"):
        evaluate(tmp_path / "nothing", tmp_path)


# --- agreement with ../shared/tools/te3score.py ---------------------------------------------------


def _sample(gold: Path) -> list[str]:
    names = sorted(path.relative_to(CORPUS).as_posix() for path in CORPUS.rglob("*.tml"))
    chosen = sorted({*names[::16], *QUIRKY})
    for name in chosen:
        (gold / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CORPUS / name, gold / name)
    return chosen


def _te3score(gold: Path, system: Path) -> tuple[int, dict[str, object]]:
    done = subprocess.run(
        [sys.executable, str(TE3SCORE), "-r", "--json", str(gold), str(system)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    return done.returncode, (json.loads(done.stdout) if done.returncode == 0 else {"stderr": done.stderr})


def _assert_agree(ours: EntityScores, theirs: dict[str, object], *, files: bool = True) -> None:
    assert ours.documents == theirs["files"]
    if files:  # TLINK elements as written (te3score counts them, our awareness scores them)
        assert (ours.tlinks.gold_tlinks, ours.tlinks.system_tlinks) == (
            theirs["gold_tlinks"],
            theirs["system_tlinks"],
        )
    for kind, scores in (("TIMEX3", ours.timexes), ("EVENT", ours.events)):
        expected = theirs[kind]
        assert isinstance(expected, dict)
        counts = (scores.gold, scores.system, scores.strict_matches, scores.relaxed_matches)
        assert counts == (
            expected["gold"],
            expected["system"],
            expected["strict"]["match"],
            expected["relaxed"]["match"],
        ), kind
        for mode, figures in (("strict", scores.strict), ("relaxed", scores.relaxed)):
            for name in ("precision", "recall", "f1"):
                assert percent(getattr(figures, name)) == percent(expected[mode][name]), (kind, mode, name)
        assert sorted(a.name for a in scores.attributes) == sorted(expected["attributes"])
        for attribute in scores.attributes:
            reference = expected["attributes"][attribute.name]
            assert attribute.correct == reference["correct"], (kind, attribute.name)
            for name in ("accuracy", "precision", "recall", "f1"):
                assert percent(getattr(attribute, name)) == percent(reference[name]), (
                    kind,
                    attribute.name,
                    name,
                )


def _words(text: str, rng: random.Random, share: float) -> list[tuple[int, int]]:
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+(?: \w+)?", text)]
    return rng.sample(words, int(len(words) * share))


def _shifted(text: str, start: int, end: int, rng: random.Random) -> tuple[int, int]:
    start = min(max(0, start + rng.randint(-4, 4)), len(text))
    return start, min(max(start, end + rng.randint(-4, 4)), len(text))


def _perturb_times(document: TimeMLDocument, rng: random.Random) -> list[TimeExpression]:
    text, found = document.text, []
    for gold_expression in document.time_expressions():
        expression = gold_expression
        roll = rng.random()
        if roll < 0.15:
            continue
        if roll < 0.35:
            start, end = _shifted(text, expression.start, expression.end, rng)
            expression = attrs.evolve(expression, start=start, end=end, text=text[start:end])
        elif roll < 0.5:
            expression = attrs.evolve(
                expression, value=attrs.evolve(expression.value, type=rng.choice(list(TimexType)))
            )
        elif roll < 0.65:
            expression = attrs.evolve(expression, value=attrs.evolve(expression.value, value="XXXX-XX-XX"))
        found.append(expression)
    if found:
        for start, end in _words(text, rng, 0.01):
            found.append(attrs.evolve(found[0], start=start, end=end, text=text[start:end]))
    return found


def _perturb_events(document: TimeMLDocument, rng: random.Random) -> list[Event]:
    text, found = document.text, []
    for gold_event in document.model_events():
        event = gold_event
        roll = rng.random()
        if roll < 0.1:
            continue
        if roll < 0.25:
            start, end = _shifted(text, event.start, event.end, rng)
            event = attrs.evolve(event, start=start, end=end, text=text[start:end])
        elif roll < 0.4:
            event = attrs.evolve(
                event, event_class=rng.choice(list(EventClass)), tense=rng.choice(list(Tense))
            )
        elif roll < 0.55:
            event = attrs.evolve(
                event,
                aspect=rng.choice(list(Aspect)),
                polarity=rng.choice(list(Polarity)),
                pos=rng.choice(list(PartOfSpeech)),
                modality=rng.choice([None, "would", "can"]),
            )
        found.append(event)
    if found:
        for start, end in _words(text, rng, 0.03):
            found.append(attrs.evolve(found[0], start=start, end=end, text=text[start:end]))
    return found


def _perturb_markup(markup: str, rng: random.Random) -> str:
    """Edits a writer of ours would never make: trimmed spans, EVENT-tag attributes, lost instances."""
    head, separator, rest = markup.partition("<TEXT>")
    body, closing, tail = rest.partition("</TEXT>")

    def event_tag(match: re.Match[str]) -> str:
        opening, words, space = match.group("open", "text", "space")
        roll = rng.random()
        if roll < 0.15:
            return words + space  # the tag dropped
        if roll < 0.3:
            return f'{opening[:-1]} tense="FUTURE" pos="NOUN">{words}</EVENT>{space}'
        if roll < 0.45:
            return f"{opening}{words}{space}</EVENT>"  # white space inside the tag, to be trimmed
        return match.group(0)

    def timex_tag(match: re.Match[str]) -> str:
        roll = rng.random()
        if roll < 0.2:
            return match.group("text")
        if roll < 0.4:
            return match.group(0).replace('type="DATE"', 'type="DURATION"')
        return match.group(0)

    body = re.sub(r"(?P<open><EVENT [^>]*>)(?P<text>[^<]*)</EVENT>(?P<space> ?)", event_tag, body)
    body = re.sub(r"(?P<open><TIMEX3 [^>]*>)(?P<text>[^<]*)</TIMEX3>", timex_tag, body)
    tail = re.sub(r"<MAKEINSTANCE [^>]*/>", lambda m: "" if rng.random() < 0.2 else m.group(0), tail)
    return head + separator + body + closing + tail


def _model_variant(times: bool, events: bool) -> Perturbation:
    def perturb(document: TimeMLDocument, rng: random.Random) -> tuple[list[TimeExpression], list[Event]]:
        expressions = _perturb_times(document, rng) if times else list(document.time_expressions())
        return expressions, (_perturb_events(document, rng) if events else list(document.model_events()))

    return perturb


@needs_scorer
@pytest.mark.parametrize(
    ("seed", "perturbation"),
    [(1, _model_variant(times=True, events=False)), (2, _model_variant(times=False, events=True)),
     (3, _model_variant(times=True, events=True))],
    ids=["times", "events", "both"],
)  # fmt: skip
def test_agrees_with_te3score_on_perturbed_values(
    tmp_path: Path, seed: int, perturbation: Perturbation
) -> None:
    gold, system = tmp_path / "gold", tmp_path / "system"
    rng = random.Random(seed)
    in_memory = []
    for name in _sample(gold):
        markup = read_markup(gold / name)
        document = parse_document(markup, source=name)
        expressions, events = perturbation(document, rng)
        _write(system / name, annotate(markup, expressions, events, source=name))
        in_memory.append((document, expressions, events))
    code, theirs = _te3score(gold, system)
    assert code == 0, theirs
    ours = evaluate(gold, system)
    _assert_agree(ours, theirs)
    _assert_agree(score_documents(in_memory), theirs, files=False)
    assert 0.2 < ours.timexes.relaxed.f1 < 1.0 or 0.2 < ours.events.relaxed.f1 < 1.0


@needs_scorer
def test_agrees_with_te3score_on_edited_markup_and_missing_files(tmp_path: Path) -> None:
    gold, system = tmp_path / "gold", tmp_path / "system"
    rng = random.Random(4)
    for index, name in enumerate(_sample(gold)):
        if index % 4 == 3:
            continue  # no system file: scored as empty
        _write(system / name, _perturb_markup(read_markup(gold / name), rng))
    code, theirs = _te3score(gold, system)
    assert code == 0, theirs
    ours = evaluate(gold, system)
    _assert_agree(ours, theirs)
    assert ours.unpaired
    assert ours.events.attribute("tense").accuracy < 1.0


@needs_scorer
def test_both_refuse_a_changed_text(tmp_path: Path) -> None:
    gold, system = tmp_path / "gold", tmp_path / "system"
    name = _sample(gold)[0]
    _write(system / name, read_markup(gold / name).replace("</TEXT>", "extra words</TEXT>", 1))
    code, _ = _te3score(gold, system)
    assert code == 3
    with pytest.raises(TextMismatchError, match=re.escape(name)):
        evaluate(gold, system)
