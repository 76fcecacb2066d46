"""The gulf articles and their gold annotations keep covering what they were written for.

The set measures extraction on the diplomacy of the Middle East, the Gulf, North Africa and the Horn of Africa
with their partners, in the house styles of the region's agencies, royal courts and ministries and of the
wires.
Its scores stop meaning anything if it quietly loses the cases it was built around: datelines in the agencies'
own styles, an undated brief, summits with meetings on their sidelines, tours with ranges, postponements,
receptions of credentials, calls and announcements.
"""

from __future__ import annotations

from tests.articles.test_gold_files import assert_keeps_common_cases

NAME = "gulf"


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(
        NAME,
        cancelled=5,
        planned=35,
        optional=80,
        ranges=12,
        summits=25,
        calls=10,
        implied=40,
        implied_ranges=5,
        dateline_only=2,
        year_less=True,
    )
