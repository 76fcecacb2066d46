"""The held-out articles and their gold annotations are well formed and keep their coverage.

The held-out set measures whether extraction generalizes to actors, outlets and
phrasings that no rule was written for, so its annotations must be as sound as
those of the development sets: the same vocabularies, verbatim evidence, ISO
country codes and TIMEX3 dates. It must also keep covering what it was built to
cover (articles without metadata, cancellations, calls, ranges, announcements),
or its scores quietly stop measuring those cases.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.articles.test_gold_files import articles_and_events
from timeline import read_documents

NAME = "heldout"
HERE = Path(__file__).resolve().parent

ARTICLES, EVENTS, _ = articles_and_events(NAME)


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    documents = {document.id: document for document in read_documents(sorted(HERE.glob("*.txt")))}
    without_metadata = [
        article for article in ARTICLES if documents[Path(article["file"]).stem].published_from != "metadata"
    ]
    required = [event for event in EVENTS if not event["optional"]]
    kinds = Counter(event["kind"] for event in required)
    statuses = Counter(event["status"] for event in required)
    assert len(without_metadata) >= 3, "articles with only a dateline, or no date at all"
    assert any(article["published"] is None for article in without_metadata), "an article with no date at all"
    assert {"meeting", "visit", "agreement", "summit", "call", "statement"} <= set(kinds)
    assert statuses["cancelled"] >= 2 and statuses["planned"] >= 5
    assert any(isinstance(event["date"], dict) for event in required), "a multi-day range"
    assert sum(event["optional"] for event in EVENTS) >= 10, "borderline events are marked optional"
