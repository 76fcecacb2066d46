"""The caravan articles and their gold annotations keep covering what they were written for.

The set measures extraction on Kazakhstan–China relations and the diplomacy of both countries with their
partners, beyond the heads of state: regions and provinces, parliaments, defence and consular officials,
business councils and lenders, and the multilateral gatherings around them, in the house styles of Kazakh and
Chinese agencies, presidencies and ministries, wires, a live page, a programme preview, a press-conference
transcript, an analysis and a digest. Its scores stop meaning anything if it quietly loses the cases it was
built around: datelines with and without the year, an `Updated:` line, an undated brief, summits with meetings
on their sidelines, visits with ranges, postponed meetings and visits, calls and video conferences, and
spokespeople's announcements.
"""

from __future__ import annotations

from tests.articles.test_gold_files import assert_keeps_common_cases

NAME = "caravan"


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(
        NAME,
        cancelled=5,
        planned=70,
        optional=85,
        ranges=20,
        summits=60,
        calls=8,
        implied=42,
        implied_ranges=6,
        dateline_only=3,
        year_less=True,
    )
