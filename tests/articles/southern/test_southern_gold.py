"""The southern articles and their gold annotations keep covering what they were written for.

The set measures extraction on the diplomacy of Africa, Latin America and the Caribbean, South Asia and
Oceania with their partners, in the house styles of the wires, national outlets, presidencies and ministries
that report it. Its scores stop meaning anything if it quietly loses the cases it was built around:
dateline-only and undated articles, summits with meetings on their sidelines, tours and visits with ranges,
cancellations and postponements, announcements, calls and the phrasings that give no event.
"""

from __future__ import annotations

from tests.articles.test_gold_files import assert_keeps_common_cases

NAME = "southern"


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(
        NAME,
        cancelled=5,
        planned=50,
        optional=50,
        ranges=20,
        summits=30,
        calls=4,
        implied=20,
        implied_ranges=5,
        dateline_only=2,
        year_less=True,
    )
