"""The styles articles and their gold annotations keep covering what they were written for.

The set measures extraction on the house styles of wires, ministries, presidential offices and briefings,
so its scores stop meaning anything if it quietly loses the cases it was built around: dateline-only and
undated articles, cancellations, announcements, calls, ranges, commissions and the phrasings that must not
give events.
"""

from __future__ import annotations

from tests.articles.test_gold_files import (
    article_text,
    articles_and_events,
    assert_keeps_common_cases,
)

NAME = "styles"

ARTICLES, EVENTS, _REQUIRED = articles_and_events(NAME)


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(NAME, cancelled=3, planned=15, optional=30, ranges=5, year_less=True)


def test_the_phrasings_that_give_no_event_are_still_in_the_articles() -> None:
    """Each trap appears in an article and in no gold evidence: an event found there is a false positive."""
    texts = [article_text(NAME, article["file"]) for article in ARTICLES]
    evidence = " ".join(event["evidence"] for event in EVENTS)
    traps = ("meeting point", "visitors", "remains in force", "No such meeting is planned", "no meeting with")
    for trap in traps:
        assert any(trap in text for text in texts), f"no article says {trap!r}"
        assert trap not in evidence, f"{trap!r} is annotated as an event"
