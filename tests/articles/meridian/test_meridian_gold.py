"""The meridian articles and their gold annotations keep covering what they were written for.

The set measures how extraction generalizes: eight articles on Kazakhstan, China and Central Asia with their
partners (a Chinese vice premier's visit and a cooperation committee, an Akorda page with a call, a
credentials ceremony and a company chairman, a Kazakh foreign ministry briefing, the Khujand trilateral
summit, an analysis of the region's "plus one" summits, the SCO summit in Tianjin, the first Central
Asia–Italy summit, a weekly digest) and twelve on diplomacy elsewhere (Nordic-Baltic foreign ministers, a
Mercosur summit, the Pacific Islands Forum, Ethiopia and Somalia, ASEAN Plus Three, Armenia and Azerbaijan,
the G7, the OSCE chairmanship, the Arctic Council, the Francophonie summit, Cambodia and Thailand's border
talks, Australia's treaty with Papua New Guinea), in the house styles of wires with and without the year in
their datelines (Xinhua, Kyodo), national agencies (Khovar, AKP, MercoPress, RNZ, ENA), presidency, government
and ministry releases, call and video-conference readouts, a spokesperson's briefing transcript, an analysis,
a key-dates explainer, a live page, a weekly digest, undated briefs, an op-ed and a web page with byline,
captions, `Read more:` links and tags. Its scores stop meaning anything if it quietly loses the cases it was
built around: datelines with and without the year, undated briefs, summits with meetings on their margins,
trilateral meetings, visits with ranges, talks dated only by their visit, postponed, called-off and dropped
visits, meetings, signings and summits, phone and video calls, signings at talks, background events with years
and spokespeople's announcements.
"""

from __future__ import annotations

from tests.articles.test_gold_files import assert_keeps_common_cases

NAME = "meridian"


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(
        NAME,
        cancelled=7,
        planned=58,
        optional=65,
        ranges=21,
        summits=78,
        calls=11,
        implied=42,
        implied_ranges=9,
        dateline_only=2,
        year_less=True,
    )
