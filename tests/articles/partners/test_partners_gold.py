"""The partners articles and their gold annotations keep covering what they were written for.

The set measures extraction on the diplomacy of Central Asia, Mongolia and Azerbaijan with their
partners, in the house styles of the agencies, presidencies, ministries and wires that report it. Its
scores stop meaning anything if it quietly loses the cases it was built around: dateline-only and
undated articles, summits with meetings on their sidelines, visit programmes with ranges,
postponements, announcements, calls and the phrasings that give no event.
"""

from __future__ import annotations

from tests.articles.test_gold_files import assert_keeps_common_cases

NAME = "partners"

def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(
        NAME, cancelled=3, planned=30, optional=30, ranges=10, summits=20, implied=1, year_less=True
    )
