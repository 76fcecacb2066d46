"""The eurasia articles and their gold annotations keep covering what they were written for.

The set measures extraction on the diplomacy of Russia, Türkiye, Iran, the South Caucasus, Central Asia,
Belarus, Ukraine, the Balkans and Eastern Europe with their partners, in the house styles of the agencies,
presidencies, ministries and wires that report it. Its scores stop meaning anything if it quietly loses the
cases it was built around: dateline-only and undated articles, summits with meetings on their sidelines,
visits with ranges, postponements, announcements, calls and the phrasings that give no event.
"""

from __future__ import annotations

from tests.articles.test_gold_files import assert_keeps_common_cases

NAME = "eurasia"

def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(
        NAME, cancelled=3, planned=25, optional=30, ranges=8, summits=20, calls=5, implied=1, year_less=True
    )
