"""The same input gives the same output: serially, from 8 threads at once, and in another process.

The timelines are compared as JSON exports, so every field counts. The texts
cover every stage (parse, rules, dateparser's formats, events, links,
ordering); a fresh process has a different string-hash seed, which would
show any result that depends on set or dict order of strings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

import timeline
from timeline.export.json import to_json

THREADS = 8

TEXTS = (
    "On Monday, only one was answered. The ministry said it will continue the talks next week.",
    "The war ended in 1953 with an armistice; the 1950-1953 Korean War never formally ended.",
    "Shares rose 3% on 6-Jun-2020 and fell on 2020/06/08; three weeks ago they had peaked.",
    "Officials met in early May. The summit, set for Friday at 10:30 a.m., was called off daily.",
    "Le 3 juin 2020, le ministre a parlé. Am Montag hat er gesagt. It happened on February 30.",
    "[" * 300 + " " + "?" * 300 + "x. Two years later, in the spring of 1996, the treaty was signed.",
    "",
    "They will meet on Thursday.\n\nThe talks, which began in 2018, have stalled since June.",
)


@pytest.fixture(scope="module")
def serial(seed_text: str) -> tuple[str, ...]:
    """The JSON export of every text, computed one after the other."""
    return tuple(to_json(timeline.extract(text, "2020-06-09")) for text in (*TEXTS, seed_text))


def test_extract_from_eight_threads_gives_the_serial_results(serial: tuple[str, ...], seed_text: str) -> None:
    texts = (*TEXTS, seed_text)
    # Every thread runs every text, each starting at a different one, so all stages overlap.
    jobs = [[texts[(start + step) % len(texts)] for step in range(len(texts))] for start in range(THREADS)]

    def run(batch: list[str]) -> list[str]:
        return [to_json(timeline.extract(text, "2020-06-09")) for text in batch]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(run, jobs))
    expected = dict(zip(texts, serial, strict=True))
    for batch, exported in zip(jobs, results, strict=True):
        assert exported == [expected[text] for text in batch]


def test_find_times_from_eight_threads_gives_the_serial_results() -> None:
    serial = [timeline.find_times(text, "2020-06-09") for text in TEXTS]
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        threaded = list(pool.map(lambda text: timeline.find_times(text, "2020-06-09"), TEXTS * THREADS))
    assert threaded == serial * THREADS


_CHILD = """
import json, sys
import timeline
from timeline.export.json import to_json
texts = json.loads(sys.stdin.read())
print(json.dumps([to_json(timeline.extract(text, "2020-06-09")) for text in texts]))
"""


def test_another_process_gives_the_same_results(serial: tuple[str, ...], seed_text: str) -> None:
    texts = [*TEXTS, seed_text]
    environment = {
        **os.environ,
        "PYTHONHASHSEED": "12345" if os.environ.get("PYTHONHASHSEED") != "12345" else "1",
    }
    child = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        check=True,
        timeout=300,
    )
    assert json.loads(child.stdout) == list(serial)
