"""The compass articles and their gold annotations keep covering what they were written for.

The set measures how extraction generalizes: about eight articles on Kazakhstan, China and Central Asia with
their partners (Russia, Türkiye, the EU, Japan, Korea, the Gulf) and twelve on diplomacy elsewhere (the G20,
BRICS, ASEAN, the AU, CELAC and the EU, the Summit of the Americas, India, the Middle East, Africa and North
America), in the house styles of a wire with a year-less dateline, national agencies, presidency and ministry
releases, call readouts, a press-conference transcript, an analysis, a key-dates explainer, a live page, a
weekly digest, an undated brief, an op-ed and a web page with its furniture. Its scores stop meaning anything
if it quietly loses the cases it was built around: datelines with and without the year, a dated byline, an
undated brief, summits with meetings on their sidelines, visits with ranges, talks dated only by their visit,
postponed and cancelled summits and visits, phone and video calls, signing ceremonies and spokespeople's
announcements.
"""

from __future__ import annotations

from tests.articles.test_gold_files import assert_keeps_common_cases

NAME = "compass"


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(
        NAME,
        cancelled=6,
        planned=55,
        optional=80,
        ranges=18,
        summits=60,
        calls=8,
        implied=35,
        implied_ranges=8,
        dateline_only=2,
        year_less=True,
    )
