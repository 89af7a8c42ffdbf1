"""Time-expression accuracy and speed of ``timeline.find_times`` next to dateparser's ``search_dates``.

Usage: python benchmarks/times_benchmark.py [CORPUS_FOLDER]

CORPUS_FOLDER defaults to ../shared/data/tbaq-cleaned (256 TempEval-3 training
documents). Both systems see only what a system may see: the text inside
<TEXT> and the creation time (DCT) as the publication date / relative base.
Both are scored by ``timeline.evaluation`` exactly as TempEval-3 scores TIMEX3
(strict and relaxed P/R/F1, type and value accuracy and F1; the EVENT
figures are left out). Speed is the time of the extraction call alone,
after a warm-up, in the same run.

dateparser gives a substring and a ``datetime`` per date it finds; each
becomes a span at the first place the substring occurs after the previous
one. To be fair to it, the settings that might help are tried:
PREFER_DATES_FROM past / current_period / future with the default "split"
search strategy, then the much slower "ngram" strategy with the preference
that scored best (``--all``: every preference with both strategies). Each
search is read two ways: the plain one (a DATE at day granularity, or a TIME
when the matched text states a clock time) and one at the granularity
dateparser itself reports for the substring (its ``period``: year, month,
week, day or time), which costs a second parse of each match, timed too.
The table lists every combination; the most accurate (by TIMEX3 value F1),
and the most accurate with the default "split" strategy when that is
another, are reported in full, each with its speed ratio. What dateparser cannot express at all
(durations, sets, PRESENT_REF) counts against it, as it would for any
system. Takes about two minutes (``--all``: about six).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

import attrs
from dateparser.date import DateDataParser
from dateparser.search import search_dates

import timeline
from timeline.evaluation import EntityScores, score_documents
from timeline.evaluation.report import percent
from timeline.model import Anchor, TimeExpression, TimeValue, TimexType
from timeline.timeml.reader import TimeMLDocument, read_corpus

PREFERENCES = ("past", "current_period", "future")
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "tbaq-cleaned"

#: A clock time in the matched text ("10:30", "3 p.m.", "noon") makes a TIME value.
CLOCK = re.compile(r"\d{1,2}:\d{2}|\b\d{1,2}\s*[ap]\.?m\b\.?|\bnoon\b|\bmidnight\b", re.IGNORECASE)


@attrs.frozen
class Run:
    """One system's output over the corpus, with the seconds each document took."""

    name: str
    expressions: tuple[tuple[TimeExpression, ...], ...]
    seconds: tuple[float, ...]

    def scores(self, documents: Sequence[TimeMLDocument]) -> EntityScores:
        return score_documents(
            (document, found, ()) for document, found in zip(documents, self.expressions, strict=True)
        )

    @property
    def documents_per_second(self) -> float:
        return len(self.seconds) / sum(self.seconds)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000


def dateparser_settings(publication_date: dt.date, prefer: str) -> dict[str, Any]:
    return {
        "RELATIVE_BASE": dt.datetime.combine(publication_date, dt.time()),
        "PREFER_DATES_FROM": prefer,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


def run_ours(documents: Sequence[TimeMLDocument]) -> Run:
    timeline.find_times("Warm-up on Monday.", "2020-06-09")  # loads the rules once
    found: list[tuple[TimeExpression, ...]] = []
    seconds: list[float] = []
    for document in documents:
        start = time.perf_counter()
        found.append(timeline.find_times(document.text, document.publication_date))
        seconds.append(time.perf_counter() - start)
    return Run("timeline.find_times", tuple(found), tuple(seconds))


def run_dateparser(
    documents: Sequence[TimeMLDocument], prefer: str, strategy: Literal["split", "ngram"]
) -> tuple[Run, Run]:
    """One search over the corpus, read at day/time granularity and at dateparser's own period."""
    search_dates("Warm-up on Monday.", languages=["en"], strategy=strategy)  # loads the English data once
    plain: list[tuple[TimeExpression, ...]] = []
    by_period: list[tuple[TimeExpression, ...]] = []
    search_seconds: list[float] = []
    period_seconds: list[float] = []
    for document in documents:
        start = time.perf_counter()
        settings = dateparser_settings(document.publication_date, prefer)
        matches = search_dates(document.text, languages=["en"], settings=settings, strategy=strategy) or []
        plain.append(_expressions(document.text, matches, None))
        searched = time.perf_counter()
        by_period.append(_expressions(document.text, matches, _periods(matches, settings)))
        search_seconds.append(searched - start)
        period_seconds.append(time.perf_counter() - start)
    name = f"dateparser {prefer}, {strategy}"
    return (
        Run(f"{name}, day/time", tuple(plain), tuple(search_seconds)),
        Run(f"{name}, its period", tuple(by_period), tuple(period_seconds)),
    )


def _periods(matches: Sequence[tuple[str, dt.datetime]], settings: dict[str, Any]) -> list[str]:
    parser = DateDataParser(languages=["en"], settings=settings)
    return [parser.get_date_data(substring).period or "day" for substring, _ in matches]


def _expressions(
    text: str, matches: Sequence[tuple[str, dt.datetime]], periods: Sequence[str] | None
) -> tuple[TimeExpression, ...]:
    """Each match as a time expression at the first place its substring occurs after the previous one."""
    found: list[TimeExpression] = []
    cursor = 0
    for index, (substring, moment) in enumerate(matches):
        start = text.find(substring, cursor)
        if start < 0 or not substring.strip():
            continue  # dateparser may return text it normalized; it cannot be placed
        cursor = start + len(substring)
        period = periods[index] if periods is not None else "day"
        value = _value(substring, moment, period)
        found.append(
            TimeExpression(
                f"t{len(found) + 1}", substring, start, cursor, 0, value, Anchor.absolute(), "dateparser"
            )
        )
    return tuple(found)


def _value(substring: str, moment: dt.datetime, period: str) -> TimeValue:
    if period == "time" or CLOCK.search(substring):
        return TimeValue(TimexType.TIME, moment.strftime("%Y-%m-%dT%H:%M"))
    notation: Callable[[dt.datetime], str] = {
        "year": lambda m: f"{m.year:04d}",
        "month": lambda m: f"{m.year:04d}-{m.month:02d}",
        "week": lambda m: f"{m.isocalendar().year:04d}-W{m.isocalendar().week:02d}",
    }.get(period, lambda m: m.strftime("%Y-%m-%d"))
    return TimeValue(TimexType.DATE, notation(moment))


def _row(name: str, scores: EntityScores, run: Run) -> str:
    timexes = scores.timexes
    figures = [
        timexes.strict.precision,
        timexes.strict.recall,
        timexes.strict.f1,
        timexes.relaxed.precision,
        timexes.relaxed.recall,
        timexes.relaxed.f1,
        timexes.attribute("type").accuracy,
        timexes.attribute("type").f1,
        timexes.attribute("value").accuracy,
        timexes.attribute("value").f1,
    ]
    cells = "".join(f"{percent(figure):>7}" for figure in figures)
    return f"{name:44}{cells}{run.documents_per_second:>9.1f}{run.median_ms:>8.2f}"


def _header() -> list[str]:
    return [
        f"{'':44}{'strict':^21}{'relaxed':^21}{'type':^14}{'value':^14}",
        f"{'system':44}" + "      P      R     F1" * 2 + "    acc     F1" * 2 + f"{'docs/s':>9}{'med ms':>8}",
    ]


def _details(name: str, scores: EntityScores, run: Run) -> list[str]:
    timexes = scores.timexes
    return [
        f"{name}",
        f"  system TIMEX3   {timexes.system} (gold {timexes.gold})",
        f"  strict          P {percent(timexes.strict.precision)}  R {percent(timexes.strict.recall)}"
        f"  F1 {percent(timexes.strict.f1)}",
        f"  relaxed         P {percent(timexes.relaxed.precision)}  R {percent(timexes.relaxed.recall)}"
        f"  F1 {percent(timexes.relaxed.f1)}",
        f"  type            accuracy {percent(timexes.attribute('type').accuracy)}"
        f"  F1 {percent(timexes.attribute('type').f1)}",
        f"  value           accuracy {percent(timexes.attribute('value').accuracy)}"
        f"  F1 {percent(timexes.attribute('value').f1)}",
        f"  speed           {run.documents_per_second:.1f} documents/s,"
        f" median {run.median_ms:.2f} ms/document",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--all", action="store_true", help="try the ngram strategy with every preference")
    arguments = parser.parse_args()

    documents = list(read_corpus(arguments.corpus))
    ours = run_ours(documents)
    our_scores = ours.scores(documents)

    def value_f1(result: tuple[Run, EntityScores]) -> float:
        return result[1].timexes.attribute("value").f1

    results: list[tuple[Run, EntityScores]] = []
    best_split: dict[str, float] = {}
    for prefer in PREFERENCES:
        for run in run_dateparser(documents, prefer, "split"):
            results.append((run, run.scores(documents)))
            best_split[prefer] = max(best_split.get(prefer, 0.0), value_f1(results[-1]))
    for prefer in PREFERENCES if arguments.all else (max(best_split, key=best_split.__getitem__),):
        results += [(run, run.scores(documents)) for run in run_dateparser(documents, prefer, "ngram")]
    best_run, best_scores = max(results, key=value_f1)
    split = [result for result in results if ", split," in result[0].name]
    split_run, split_scores = max(split, key=value_f1)

    gold = our_scores.timexes.gold
    print(f"corpus      {arguments.corpus}")
    characters = sum(len(document.text) for document in documents)
    print(f"documents   {len(documents)}, {characters:,} characters, {gold} gold TIMEX3")
    print()
    print("\n".join(_header()))
    print(_row(ours.name, our_scores, ours))
    for run, scores in results:
        print(_row(run.name, scores, run))
    print()
    print("\n".join(_details(ours.name, our_scores, ours)))
    print()
    print("\n".join(_details(f"most accurate dateparser setting: {best_run.name}", best_scores, best_run)))
    compared = [("most accurate", best_run)]
    if split_run is not best_run:
        print()
        print("\n".join(_details(f"most accurate with split: {split_run.name}", split_scores, split_run)))
        compared.append(("split", split_run))
    print()
    for label, run in compared:
        ratio = ours.documents_per_second / run.documents_per_second
        median_ratio = run.median_ms / ours.median_ms
        print(
            f"speed ratio ours/dateparser ({label}): {ratio:.1f}x documents/s,"
            f" {median_ratio:.1f}x median per-document time"
        )


if __name__ == "__main__":
    main()
