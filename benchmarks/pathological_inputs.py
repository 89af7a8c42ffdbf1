"""Time and memory of ``find_times`` and ``extract`` on hostile input, to show they grow linearly.

Usage: python benchmarks/pathological_inputs.py [--find-sizes N,N] [--extract-sizes N,N]
       [--cases NAME,NAME] [--no-memory]

Date parsers have a record of denial of service: dateparser took minutes on
``"?" * 100_000 + "x"`` (its issue 869), moment.js (CVE-2022-31129) and
chrono-node (CVE-2021-23371) stalled on long runs of brackets and spaces. Each
case below is a text of exactly N characters built to provoke such behaviour
(long digit runs, repeated separators and brackets, repeated month and
weekday names, white-space runs, one enormous sentence, ...). For each case
and function the script prints the seconds per size and the growth ratio
(time of the largest size over time of the smallest): linear growth gives a
ratio near the size ratio (10 for 100 KB -> 1 MB), quadratic growth its
square. Then the peak memory (tracemalloc) of both functions on a 1 MB news
text (the bundled example article repeated). Defaults: find_times at 100 KB
and 1 MB, extract (which parses: much slower per character) at 10 KB and
100 KB; the whole run takes about 15 minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

import timeline

PUBLICATION_DATE = "2020-06-09"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "north-korea-2020-06-09.txt"


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _random_punctuation(size: int) -> str:
    rng = random.Random(31129)
    return "".join(rng.choice("?!([{<\"'-./:,;)]}>") for _ in range(size))


#: Each case: a name and a function from a size in characters to a text of exactly that size.
CASES: dict[str, Callable[[int], str]] = {
    "digit run": _repeat("1"),
    "digits and spaces": _repeat("1 "),
    "years and dashes": _repeat("1990-"),
    "repeated separators": _repeat("-/.:,"),
    "dates in figures": _repeat("12/31/1999 "),
    "open brackets": _repeat("["),
    "brackets and spaces": _repeat("( [ "),
    "nested brackets": lambda size: "(" * (size // 2) + ")" * (size - size // 2),
    "question marks + x": lambda size: "?" * (size - 1) + "x",
    "random punctuation": _random_punctuation,
    "month names": _repeat("June "),
    "month names without spaces": _repeat("June,"),
    "weekday names": _repeat("Monday "),
    "weekday names without spaces": _repeat("Monday-"),
    "impossible dates": _repeat("February 30 "),
    "counted units": _repeat("3 weeks ago "),
    "white-space run": lambda size: "On" + " " * (size - 8) + "Monday",
    "mixed white-space run": lambda size: "On" + _repeat(" \t\n\r\u00a0")(size - 8) + "Monday",
    "one enormous sentence": _repeat("the war that ended in 1953 and "),
}


def seconds(function: Callable[[str, str], object], text: str) -> float:
    """Wall-clock seconds of one call."""
    start = time.perf_counter()
    function(text, PUBLICATION_DATE)
    return time.perf_counter() - start


def table(
    name: str, function: Callable[[str, str], object], sizes: Sequence[int], cases: Sequence[str]
) -> None:
    """Print one row per case: seconds per size and the growth ratio."""
    header = "".join(f"{size // 1000:>9} KB" for size in sizes)
    linear = sizes[-1] / sizes[0]
    print(f"\n{name}: seconds by input size (growth ratio = largest / smallest; linear = {linear:g})")
    print(f"{'case':30}{header}{'ratio':>9}")
    ratios: list[float] = []
    for case in cases:
        row = [seconds(function, CASES[case](size)) for size in sizes]
        ratio = row[-1] / max(row[0], 1e-9)
        ratios.append(ratio)
        print(f"{case:30}" + "".join(f"{value:>12.3f}" for value in row) + f"{ratio:>9.1f}", flush=True)
    ratios.sort()
    print(f"{'median ratio':30}{'':>{12 * len(sizes)}}{ratios[len(ratios) // 2]:>9.1f}")


def news_text(size: int) -> str:
    """The example article repeated, paragraph by paragraph, to ``size`` characters."""
    article = EXAMPLE.read_text(encoding="utf-8").strip() + "\n\n"
    return (article * (size // len(article) + 1))[:size]


def peak_memory(function: Callable[[str, str], object], text: str) -> tuple[float, float]:
    """Seconds and peak traced memory (MiB) of one call."""
    tracemalloc.start()
    try:
        elapsed = seconds(function, text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return elapsed, peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--find-sizes", default="100000,1000000", help="sizes for find_times, in characters")
    parser.add_argument("--extract-sizes", default="10000,100000", help="sizes for extract, in characters")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case names")
    parser.add_argument("--no-memory", action="store_true", help="skip the 1 MB memory measurement")
    arguments = parser.parse_args()
    cases = [case.strip() for case in arguments.cases.split(",") if case.strip()]
    unknown = [case for case in cases if case not in CASES]
    if unknown:
        parser.error(f"unknown cases: {', '.join(unknown)}; known: {', '.join(CASES)}")
    # Load both pipelines before timing anything.
    timeline.extract("Warm-up: the war ended on Monday.", PUBLICATION_DATE)
    timeline.find_times("Warm-up: on Monday.", PUBLICATION_DATE)
    for name, function, sizes in (
        ("find_times", timeline.find_times, arguments.find_sizes),
        ("extract", timeline.extract, arguments.extract_sizes),
    ):
        table(name, function, [int(size) for size in sizes.split(",")], cases)
    if not arguments.no_memory:
        text = news_text(1_000_000)
        print("\npeak memory (tracemalloc) on a 1 MB news text (the example article repeated)")
        print(f"{'function':30}{'seconds':>12}{'peak MiB':>12}")
        for name, function in (("find_times", timeline.find_times), ("extract", timeline.extract)):
            elapsed, peak = peak_memory(function, text)
            print(f"{name:30}{elapsed:>12.1f}{peak:>12.1f}", flush=True)


if __name__ == "__main__":
    main()
