"""The silkroad articles and their gold annotations keep covering what they were written for.

The set measures extraction on the diplomacy of China, Kazakhstan and the other Central Asian states with
each other and their partners, in the house styles of the region's agencies, presidencies, Chinese state
media and the ministry's press conferences, wires, an analysis, a feature, a live page, a key-dates timeline
and a digest. Its scores stop meaning anything if it quietly loses the cases it was built around: datelines
with and without the year, an undated brief, summits with meetings on their sidelines, visits with ranges,
cancelled trips, calls and spokespeople's announcements.
"""

from __future__ import annotations

from tests.articles.test_gold_files import assert_keeps_common_cases

NAME = "silkroad"


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(
        NAME,
        cancelled=8,
        planned=45,
        optional=45,
        ranges=18,
        summits=50,
        calls=5,
        implied=35,
        implied_ranges=8,
        dateline_only=3,
        year_less=True,
    )
