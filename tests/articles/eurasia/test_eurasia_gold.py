"""The eurasia articles and their gold annotations keep covering what they were written for.

The set measures extraction on the diplomacy of Russia, Türkiye, Iran, the South Caucasus, Central Asia,
Belarus, Ukraine, the Balkans and Eastern Europe with their partners, in the house styles of the agencies,
presidencies, ministries and wires that report it. Its scores stop meaning anything if it quietly loses the
cases it was built around: dateline-only and undated articles, summits with meetings on their sidelines,
visits with ranges, postponements, announcements, calls and the phrasings that give no event.
"""

from __future__ import annotations

from tests.articles.test_gold_files import (
    articles_and_events,
    assert_keeps_common_cases,
)

NAME = "eurasia"

_ARTICLES, EVENTS, REQUIRED = articles_and_events(NAME)


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(NAME, cancelled=3, planned=25)
    summits = [event for event in REQUIRED if event["kind"] == "summit"]
    assert len(summits) >= 20, "summits, with the meetings held on their sidelines"
    assert sum(isinstance(event["date"], dict) for event in REQUIRED) >= 8, "multi-day visits and summits"
    assert any(str(event["date"]).startswith("XXXX") for event in REQUIRED), "a year-less date"
    implied = [event for event in REQUIRED if event["date"] == "unknown" and "date_implied" in event]
    assert implied, "an implied date"
    assert sum(event["kind"] == "call" for event in REQUIRED) >= 5, "phone and video calls"
    assert sum(event["optional"] for event in EVENTS) >= 30, "borderline events are marked optional"
