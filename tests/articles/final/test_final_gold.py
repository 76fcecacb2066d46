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
from itertools import combinations
from typing import Any

from tests.articles.test_gold_files import articles_and_events, assert_keeps_common_cases, load_gold

NAME = "final"
OTHER_SETS = ("events", "merge", "heldout")
RELATIVE_DAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow)\b|\bin the day\b",
    re.IGNORECASE,
)
AMOUNT = re.compile(r"(?:[$€£]|US\$|RM)\s?\d|\d[\d.,]*\s*(?:million|billion|bn)\b", re.IGNORECASE)

ARTICLES, _EVENTS, REQUIRED = articles_and_events(NAME)


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
    assert_keeps_common_cases(NAME, cancelled=2, planned=8, optional=15)
    assert any(isinstance(event["date"], dict) and event["kind"] == "visit" for event in REQUIRED), (
        "a multi-day visit"
    )
    assert any(event["kind"] == "agreement" and AMOUNT.search(event["evidence"]) for event in REQUIRED), (
        "a signed agreement with an amount"
    )
    assert any(event["kind"] == "statement" and event["status"] == "happened" for event in REQUIRED), (
        "an announcement"
    )
