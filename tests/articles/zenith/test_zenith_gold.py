"""The zenith articles and their gold annotations keep covering what they were written for.

The set measures how extraction generalizes: eight articles on Kazakhstan, China and Central Asia with their
partners (a Kazakhstan-China Cooperation Committee session with a protocol, a memorandum and a loan agreement,
Uzbek-Chinese agreements signed at a Tashkent business forum, a Tajik president receiving a Chinese minister,
an Akorda call with Hungary's prime minister, a live page from the Astana International Forum, Kyrgyz-Kazakh
border consultations, the Turkmen foreign minister in Beijing, an analysis of the China-Central Asia
ministerial in Almaty) and twelve on diplomacy elsewhere (the Baltic presidents in Riga, Greece and North
Macedonia, Senegal and The Gambia, Gabon and Cameroon, Colombia and Ecuador, Central America's postponed SICA
summit, Fiji and Tuvalu, Bangladesh's briefing, a South Asia and Mongolia newsletter, Finland and Norway,
Timor-Leste and Singapore, Albania and Montenegro), in the house styles of wires with and without the year in
their datelines, national agencies, presidency, government and ministry releases, a spokesperson's briefing
transcript, a live page, an analysis, a key-dates explainer, an op-ed, a weekly newsletter, undated briefs and
a web page with its furniture. Its scores stop meaning anything if it quietly loses the cases it was built
around: datelines with and without the year, undated briefs, summits and forums with meetings on their
margins, visits with ranges, talks dated only by their visit, postponed and called-off visits, meetings and
summits, phone and video calls, signings at talks, background events with years and spokespeople's
announcements.
"""

from __future__ import annotations

from tests.articles.test_gold_files import assert_keeps_common_cases

NAME = "zenith"


def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(
        NAME,
        cancelled=18,
        planned=51,
        optional=51,
        ranges=20,
        summits=33,
        calls=12,
        implied=42,
        implied_ranges=7,
        dateline_only=3,
        year_less=True,
    )
