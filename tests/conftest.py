"""Shared fixtures: one loaded pipeline for the whole session, and the founding example."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

import timeline

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
#: The founding article and its publication date (Tuesday).
SEED_TEXT_PATH = EXAMPLES / "north-korea-2020-06-09.txt"
SEED_PUBLICATION_DATE = dt.date(2020, 6, 9)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default pipeline with the timeline components (loaded once)."""
    return timeline.DEFAULT_PIPELINES.get()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_timeline(seed_text: str) -> timeline.Timeline:
    return timeline.extract(seed_text, SEED_PUBLICATION_DATE)
