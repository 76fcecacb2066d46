"""The horizon articles and their gold annotations keep covering what they were written for.

The set measures how extraction generalizes: eight articles on Kazakhstan, China and Central Asia with their
partners (a Senate speaker receiving a Malaysian parliamentary delegation, a Xinjiang party secretary's visit
with agreements signed, an Uzbek presidency programme of an Azerbaijani state visit, a Kazakhstan–EU video
call, a Kyrgyz–Tajik border protocol, a China–Central Asia senior officials' meeting, a Turkmen gas contract,
an SCO foreign ministers' council) and twelve on diplomacy elsewhere (Danish royals in Iceland, Rubio in
Mexico City, Albanese in Jakarta, Leo XIV's diplomacy, a CARICOM meeting, Japan and the Philippines, the Sudan
Quad in Cairo, Montenegro's accession conference, Khurelsukh in India, an ECOWAS summit, Carney's visit to
India, the UN Security Council in Damascus), in the house styles of wires with and without the year in their
datelines, national agencies, presidency, ministry and Council releases, a spokesperson's briefing transcript,
a live page, an analysis, a key-dates explainer, an op-ed, a weekly newsletter, undated briefs and a web page
with its furniture. Its scores stop meaning anything if it quietly loses the cases it was built around:
datelines with and without the year, undated briefs, summits with meetings on their margins, visits with
ranges, talks dated only by their visit, postponed and called-off visits, meetings and summits, phone and
video calls, signings at talks, background events with years and spokespeople's announcements.
"""

from __future__ import annotations

from tests.articles.test_gold_files import assert_keeps_common_cases

NAME = "horizon"


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(
        NAME,
        cancelled=11,
        planned=59,
        optional=80,
        ranges=19,
        summits=46,
        calls=10,
        implied=42,
        implied_ranges=4,
        dateline_only=2,
        year_less=True,
    )
