"""The outlets articles and their gold annotations keep covering what they were written for.

The set measures extraction on the house styles of wires, national news agencies, ministries, presidential
offices, a weekly briefing, a live blog, a feature and an op-ed, on regions the other sets hardly cover. Its
scores stop meaning anything if it quietly loses the cases it was built around: dateline-only and undated
articles, travel written without the word "visit", cancellations, announcements, calls, ranges and the
phrasings that must not give events.
"""

from __future__ import annotations

from tests.articles.test_gold_files import (
    article_text,
    articles_and_events,
    assert_keeps_common_cases,
)

NAME = "outlets"

ARTICLES, EVENTS, REQUIRED = articles_and_events(NAME)


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(
        NAME, cancelled=4, planned=30, optional=30, ranges=10, implied=1, year_less=True
    )


def test_travel_written_without_the_word_visit_is_annotated_as_visits() -> None:
    evidence = [event["evidence"] for event in REQUIRED if event["kind"] == "visit"]
    for phrasing in ("landed in", "flew to", "travelled to", "is in Hanoi for talks", "chose Kuala Lumpur"):
        assert any(phrasing in text for text in evidence), f"no visit written as {phrasing!r}"


def test_the_phrasings_that_give_no_event_are_still_in_the_articles() -> None:
    """Each trap appears in an article and in no gold evidence: an event found there is a false positive."""
    texts = [article_text(NAME, article["file"]) for article in ARTICLES]
    evidence = " ".join(event["evidence"] for event in EVENTS)
    traps = (
        "meeting point",
        "visitors",
        "remains in force",
        "no such commitment exists",
        "No documents were signed",
        "could be arranged if",
        "Imagine if",
        "35th anniversary",
        "have developed steadily",
        "no meeting with North Korean officials",
    )
    for trap in traps:
        assert any(trap in text for text in texts), f"no article says {trap!r}"
        assert trap not in evidence, f"{trap!r} is annotated as an event"
