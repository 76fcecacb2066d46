"""The final held-out articles and their gold annotations are well formed and keep their coverage.

This second held-out set only measures; it is never used to develop rules. Its
annotations must follow the conventions of the development sets (vocabularies,
verbatim evidence, ISO country codes, TIMEX3 dates resolved against the
publication date), and it must keep covering what it was written for, or its
scores quietly stop measuring those cases: articles without metadata, a
multi-day visit, cancellations, calls, a summit, a signed agreement with an
amount, an announced visit, and countries that no other set uses as a pair.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pycountry
import pytest

from tests.articles.test_gold_files import (
    EXAMPLE_HOST,
    FILE_NAME,
    KINDS,
    OPTIONAL_KEYS,
    REQUIRED_KEYS,
    STATUSES,
    article_text,
    event_cases,
    load_gold,
    parse_date,
)
from timeline import read_documents

NAME = "final"
HERE = Path(__file__).resolve().parent
OTHER_SETS = ("events", "merge", "heldout")
MIN_WORDS, MAX_WORDS = 120, 500
MIN_ARTICLES = 16
RELATIVE_DAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow)\b|\bin the day\b",
    re.IGNORECASE,
)
AMOUNT = re.compile(r"(?:[$€£]|US\$|RM)\s?\d|\d[\d.,]*\s*(?:million|billion|bn)\b", re.IGNORECASE)

GOLD = load_gold(NAME)
ARTICLES: list[dict[str, Any]] = GOLD["articles"]
EVENTS = [event for article in ARTICLES for event in article["events"]]
REQUIRED = [event for event in EVENTS if not event["optional"]]
EVENT_CASES = event_cases(NAME)


def test_every_article_has_exactly_one_gold_entry() -> None:
    files = sorted(p.name for p in HERE.glob("*.txt"))
    listed = [article["file"] for article in ARTICLES]
    assert len(listed) == len(set(listed)), "an article is listed twice"
    assert sorted(listed) == files
    assert len(files) >= MIN_ARTICLES
    assert all(FILE_NAME.match(file) for file in files), "names look like 012_short-name.txt"


def test_articles_read_as_documents_with_plausible_length_and_example_urls() -> None:
    for document in read_documents(sorted(HERE.glob("*.txt"))):
        words = len(document.text.split())
        assert MIN_WORDS <= words <= MAX_WORDS, f"{document.id}: {words} words"
        if document.url is not None:
            parts = urlsplit(document.url)
            assert parts.scheme == "https", document.url
            assert EXAMPLE_HOST.search(parts.hostname or ""), f"{document.url} is not on an invented domain"


def test_gold_publication_date_agrees_with_the_article() -> None:
    for article in ARTICLES:
        (document,) = read_documents([HERE / article["file"]])
        published = article["published"]
        if document.published_from == "metadata":
            assert document.published is not None
            assert published == document.published.isoformat(), article["file"]
        elif published is not None:
            # without metadata the reader can only know the day from a dated line carrying the year
            assert published[:4] in document.text, f"{article['file']}: {published} but no year in the text"


@pytest.mark.parametrize(("file", "event"), EVENT_CASES)
def test_event_fields_use_the_gold_vocabulary(file: str, event: dict[str, Any]) -> None:
    keys = set(event)
    assert keys >= REQUIRED_KEYS, f"missing {sorted(REQUIRED_KEYS - keys)}"
    assert keys <= REQUIRED_KEYS | OPTIONAL_KEYS, f"unknown {sorted(keys - REQUIRED_KEYS - OPTIONAL_KEYS)}"
    assert event["kind"] in KINDS
    assert event["status"] in STATUSES
    assert isinstance(event["optional"], bool)
    assert all(isinstance(p, str) and p.strip() == p and p for p in event["participants"])
    assert event["location"] is None or (isinstance(event["location"], str) and event["location"])
    assert event["participants"] or event["countries"], "a participant or a country is needed to score it"
    if event["kind"] == "other":
        assert event.get("label"), "an 'other' event says what it is in its label"


@pytest.mark.parametrize(("file", "event"), EVENT_CASES)
def test_countries_are_iso_alpha3_codes(file: str, event: dict[str, Any]) -> None:
    codes = event["countries"]
    assert len(codes) == len(set(codes)), f"duplicate country in {codes}"
    for code in codes:
        assert pycountry.countries.get(alpha_3=code) is not None, f"{code!r} is not ISO 3166-1 alpha-3"


@pytest.mark.parametrize(("file", "event"), EVENT_CASES)
def test_dates_are_timex3_values_unknown_or_ranges(file: str, event: dict[str, Any]) -> None:
    when = parse_date(event["date"])
    if when is not None and when.is_range:
        assert when.start is not None and when.end is not None and when.start < when.end
    if "date_implied" in event:
        assert event["date"] == "unknown", "date_implied is only for an unknown date"
        assert parse_date(event["date_implied"]) is not None
    if when is not None:
        assert event["date_evidence"], "a known date names the words that give it"


@pytest.mark.parametrize("article", ARTICLES, ids=[article["file"] for article in ARTICLES])
def test_evidence_is_verbatim_in_the_article(article: dict[str, Any]) -> None:
    text = article_text(NAME, article["file"])
    for event in article["events"]:
        assert event["evidence"] in text, f"evidence not verbatim: {event['evidence']!r}"
        if event["date_evidence"]:
            for part in event["date_evidence"].split(" ... "):
                assert part.strip() in text, f"date evidence not verbatim: {part!r}"


def test_no_event_is_annotated_twice_in_one_article() -> None:
    for article in ARTICLES:
        keys = [
            (e["kind"], e["evidence"], tuple(e["participants"]), tuple(e["countries"]), e["location"])
            for e in article["events"]
        ]
        assert len(keys) == len(set(keys)), article["file"]


def test_dates_of_dated_articles_are_resolved_to_a_year() -> None:
    """With a publication day known, no date is left without its year."""
    for article in ARTICLES:
        if article["published"] is None:
            continue
        for event in article["events"]:
            for value in (event["date"], event.get("date_implied")):
                if isinstance(value, str) and value != "unknown":
                    assert not value.startswith("XXXX"), f"{article['file']}: {value} should carry the year"


def test_an_article_without_any_date_keeps_its_weekdays_unresolved() -> None:
    """`on Sunday` with no publication date and no dated dateline gives no day, not even an implied one."""
    undated = [article for article in ARTICLES if article["published"] is None]
    assert undated, "an article with no date at all"
    relative = [
        (article["file"], event)
        for article in undated
        for event in article["events"]
        if event["date_evidence"] and RELATIVE_DAY.search(event["date_evidence"])
    ]
    assert relative, "the undated article reports an event by its weekday"
    for file, event in relative:
        assert event["date"] == "unknown" and "date_implied" not in event, f"{file}: {event['evidence']!r}"


def country_pairs(events: list[dict[str, Any]]) -> set[frozenset[str]]:
    return {frozenset(pair) for event in events for pair in combinations(event["countries"], 2)}


def test_bilateral_pairs_of_the_current_events_are_new_to_the_project() -> None:
    """The leading event of each article is between countries that no other set has in a bilateral event."""
    bilateral = [
        event
        for name in OTHER_SETS
        for article in load_gold(name)["articles"]
        for event in article["events"]
        if len(event["countries"]) == 2
    ]
    seen = country_pairs(bilateral)
    for article in ARTICLES:
        lead = article["events"][0]
        pairs = country_pairs([lead])
        assert pairs - seen, f"{article['file']}: {sorted(lead['countries'])} already paired elsewhere"


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    documents = {document.id: document for document in read_documents(sorted(HERE.glob("*.txt")))}
    without_metadata = [
        article for article in ARTICLES if documents[Path(article["file"]).stem].published_from != "metadata"
    ]
    kinds = Counter(event["kind"] for event in REQUIRED)
    statuses = Counter(event["status"] for event in REQUIRED)
    assert len(without_metadata) >= 3, "articles with only a dateline, or no date at all"
    assert any(article["published"] is None for article in without_metadata), "an article with no date at all"
    assert {"meeting", "visit", "agreement", "summit", "call", "statement"} <= set(kinds)
    assert statuses["cancelled"] >= 2 and statuses["planned"] >= 8
    assert any(isinstance(event["date"], dict) and event["kind"] == "visit" for event in REQUIRED), (
        "a multi-day visit"
    )
    assert any(event["kind"] == "agreement" and AMOUNT.search(event["evidence"]) for event in REQUIRED), (
        "a signed agreement with an amount"
    )
    assert any(event["kind"] == "statement" and event["status"] == "happened" for event in REQUIRED), (
        "an announcement"
    )
    assert sum(event["optional"] for event in EVENTS) >= 15, "borderline events are marked optional"
