"""The europe articles and their gold annotations keep covering what they were written for.

The set measures extraction on the diplomacy of Europe and the transatlantic world (the EU, NATO, the OSCE,
the UK and the European capitals with their partners), in the house styles of governments, EU institutions,
national agencies and wires. Its scores stop meaning anything if it quietly loses the cases it was built
around: datelines with the year, an undated brief, summits and councils with meetings on their sidelines,
visits with ranges, postponements, calls and spokespeople's announcements.
"""

from __future__ import annotations

from tests.articles.test_gold_files import assert_keeps_common_cases

NAME = "europe"


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(
        NAME,
        cancelled=5,
        planned=60,
        optional=90,
        ranges=18,
        summits=60,
        calls=8,
        implied=30,
        implied_ranges=3,
        dateline_only=2,
        year_less=True,
    )
