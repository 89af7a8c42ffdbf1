"""Hypothesis strategies shared by every property test, and the settings profiles they run under.

Texts come in three kinds: arbitrary Unicode (anything a scraper may hand
over), news-like text assembled from words that the rules react to (dates,
weekdays, counted units, tense cues, brackets and punctuation), and hostile
runs of the characters date parsers have choked on. Publication dates cover
the whole calendar ``datetime.date`` can hold, edges included.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from timeline.model import (
    Anchor,
    AnchorKind,
    Aspect,
    Entry,
    Event,
    EventClass,
    Granularity,
    Interval,
    Mod,
    Participant,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    Relation,
    RelType,
    Tense,
    TimeExpression,
    Timeline,
    TimeValue,
    TimexType,
)

# "fast" for properties of the time-only pipeline, "parsed" for those that run the parser.
settings.register_profile(
    "fast", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "parsed", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
FAST = settings.get_profile("fast")
PARSED = settings.get_profile("parsed")

#: Words and pieces the time rules and the event stages react to, and some they must not.
NEWS_WORDS = (
    "On", "on", "Monday", "Tuesday", "Friday", "June", "Feb.", "February", "May", "6", "30", "2020",
    "1950-1953", "1953", "12/31/1999", "2020-06-09", "last", "next", "this", "year", "week", "month",
    "quarter", "days", "weeks", "months", "years", "ago", "later", "earlier", "three", "a", "few",
    "in", "since", "until", "before", "after", "the", "said", "will", "has", "had", "met", "meet",
    "talks", "war", "ended", "began", "officials", "announced", "rally", "is", "was", "and", "spring",
    "1990s", "today", "tomorrow", "yesterday", "noon", "10:30", "a.m.", "daily", "every", "Christmas",
    "first", "half", "mid-", "early", "late", "about", "North", "Korea", "Seoul", "it", "they",
    ",", ".", ";", ":", "-", "/", "(", ")", "[", "]", "\"", "'", "?", "!", "\u2019", "\u2014", "\n\n",
)  # fmt: skip

#: Characters date parsers have stalled on: brackets, separators, digits, white space, "?".
HOSTILE_CHARACTERS = "()[]{}<>?!.,:;/-\\'\"0123456789 \t\n\r\u00a0\u2028"


def arbitrary_texts(max_size: int = 200) -> st.SearchStrategy[str]:
    """Any Unicode text, surrogates, controls and all."""
    return st.text(alphabet=st.characters(codec=None), max_size=max_size)


def news_texts(max_words: int = 40) -> st.SearchStrategy[str]:
    """Text assembled from :data:`NEWS_WORDS`, joined by single spaces or nothing."""
    words = st.lists(st.sampled_from(NEWS_WORDS), max_size=max_words)
    separators = st.sampled_from((" ", " ", " ", "", "\n"))
    return st.tuples(words, st.lists(separators, min_size=max_words, max_size=max_words)).map(
        lambda pair: "".join(word + separator for word, separator in zip(*pair, strict=False))
    )


#: Whole sentences of news, to combine into texts the parser reads as English.
NEWS_SENTENCES = (
    "The talks began on Monday.",
    "They will meet on Friday.",
    "The war ended in 1953.",
    "Officials said the rally was held on June 6.",
    "He had left before Monday.",
    "The ministry said it will continue the talks next week.",
    "She met him after the vote.",
    "The war ended with an armistice.",
    "Prices rose three weeks ago.",
    "The company has announced its results.",
    "Talks are under way.",
    "The summit began and ended on Tuesday.",
    "Two years later, the treaty was signed.",
    "The strike, which started in May, ended in July.",
)


def news_sentences(max_sentences: int = 6) -> st.SearchStrategy[str]:
    """Texts of whole sentences from :data:`NEWS_SENTENCES`, in paragraphs now and then."""
    return st.lists(
        st.tuples(st.sampled_from(NEWS_SENTENCES), st.sampled_from((" ", " ", "\n\n"))),
        min_size=1,
        max_size=max_sentences,
    ).map(lambda pairs: "".join(sentence + separator for sentence, separator in pairs).strip())


def hostile_texts(max_size: int = 400) -> st.SearchStrategy[str]:
    """Runs of :data:`HOSTILE_CHARACTERS`, and such runs around month and weekday names."""
    runs = st.text(alphabet=HOSTILE_CHARACTERS, max_size=max_size)
    names = st.sampled_from(("June", "Monday", "May", "1990", "a year", "weeks ago", ""))
    return st.one_of(runs, st.tuples(runs, names, runs).map("".join))


def texts() -> st.SearchStrategy[str]:
    """Any of the three kinds of text, news-like most often."""
    return st.one_of(news_texts(), arbitrary_texts(), hostile_texts())


def publication_dates(
    min_value: dt.date = dt.date.min, max_value: dt.date = dt.date.max
) -> st.SearchStrategy[dt.date]:
    """Publication dates, by default over all of ``datetime.date``'s range, edges included."""
    return st.dates(min_value=min_value, max_value=max_value)


def publication_date_forms(date: dt.date) -> st.SearchStrategy[object]:
    """The accepted forms of one publication date: the date, a datetime, an ISO-8601 string."""
    return st.sampled_from(
        (date, dt.datetime.combine(date, dt.time(12)), date.isoformat(), f"{date.isoformat()}T08:30:00+09:00")
    )


#: Calendar units "N units ago/later" may count, as the rules spell them.
CALENDAR_UNITS = ("day", "week", "month", "quarter", "year", "decade", "century")


def counts() -> st.SearchStrategy[int]:
    """Counts the rules read in figures (one to three digits)."""
    return st.integers(min_value=1, max_value=999)


# The model's value types: any valid value, not only realistic ones (for round trips).
short_texts = st.text(max_size=20)
maybe_texts = st.none() | short_texts
offsets = st.integers(min_value=0, max_value=10_000)
ids = st.from_regex(r"[te][0-9]{1,3}", fullmatch=True)
moments = st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime.max)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    first, second = sorted((draw(moments), draw(moments)))
    return Interval(first, second)


def time_values(depth: int = 1) -> st.SearchStrategy[TimeValue]:
    ends = time_values(depth - 1) if depth > 0 else st.none()
    return st.builds(
        TimeValue,
        type=st.sampled_from(TimexType),
        value=short_texts,
        granularity=st.none() | st.sampled_from(Granularity),
        interval=st.none() | intervals(),
        mod=st.none() | st.sampled_from(Mod),
        freq=maybe_texts,
        quant=maybe_texts,
        begin=st.none() | ends,
        end=st.none() | ends,
    )


anchors = st.builds(
    Anchor,
    kind=st.sampled_from(AnchorKind),
    date=st.none() | st.dates(),
    expression_id=st.none() | ids,
    tense=st.none() | st.sampled_from(Tense),
)


def time_expressions(depth: int = 1) -> st.SearchStrategy[TimeExpression]:
    parts = st.lists(time_expressions(depth - 1), max_size=2).map(tuple) if depth > 0 else st.just(())
    return st.builds(
        TimeExpression,
        id=ids,
        text=short_texts,
        start=offsets,
        end=offsets,
        sentence=st.integers(min_value=0, max_value=50),
        value=time_values(),
        anchor=anchors,
        rule=short_texts,
        parts=parts,
    )


events = st.builds(
    Event,
    id=ids,
    text=short_texts,
    start=offsets,
    end=offsets,
    sentence=st.integers(min_value=0, max_value=50),
    lemma=short_texts,
    event_class=st.sampled_from(EventClass),
    tense=st.sampled_from(Tense),
    aspect=st.sampled_from(Aspect),
    polarity=st.sampled_from(Polarity),
    modality=maybe_texts,
    pos=st.sampled_from(PartOfSpeech),
    description=short_texts,
    subject=maybe_texts,
    object=maybe_texts,
    entities=st.lists(st.builds(Participant, short_texts, short_texts, offsets, offsets), max_size=2).map(
        tuple
    ),
    reports=st.lists(ids, max_size=2).map(tuple),
)
relations = st.builds(Relation, ids, ids, st.sampled_from(RelType), short_texts)
placements = st.builds(
    Placement,
    st.sampled_from(PlacementKind),
    st.none() | intervals(),
    short_texts,
    st.none() | ids,
    short_texts,
)
entries = st.builds(Entry, events, placements, st.booleans())
timelines = st.builds(
    Timeline,
    text=st.text(max_size=200),
    publication_date=st.none() | st.dates(),
    sentences=st.lists(st.tuples(offsets, offsets), max_size=4).map(tuple),
    expressions=st.lists(time_expressions(), max_size=3).map(tuple),
    events=st.lists(events, max_size=3).map(tuple),
    relations=st.lists(relations, max_size=3).map(tuple),
    entries=st.lists(entries, max_size=3).map(tuple),
    conflicts=st.lists(relations, max_size=2).map(tuple),
)
