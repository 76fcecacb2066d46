"""Behaviour of `extract` on the shapes of real news copied from web pages: headlines without a full stop,
sentences glued together, announcements and plans."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction import extract
from timeline.extraction.lexicon import load_data
from timeline.extraction.mentions import find_mentions
from timeline.extraction.sentences import split_sentences
from timeline.model import Agreement, Document, Meeting, Statement, Status, Visit


def test_a_full_stop_glued_to_the_next_capitalized_word_ends_the_sentence() -> None:
    sentences = split_sentences(
        "He met President Ilham Aliyev.Later that day, talks were held. Mr.Smith came."
    )
    assert [s.text for s in sentences] == [
        "He met President Ilham Aliyev.",
        "Later that day, talks were held.",
        "Mr.Smith came.",
    ]


def test_a_present_tense_headline_over_a_planned_trip_is_that_trip_with_its_status_and_date() -> None:
    text = (
        "Foreign Minister Hakan Fidan tours the Gulf to mend ties\n"
        "Turkish Foreign Minister Hakan Fidan will visit Qatar on March 3, the ministry said.\n"
    )
    visits = [e for e in extract(Document(text=text, published=dt.date(2025, 3, 1))) if isinstance(e, Visit)]
    assert [(v.status, v.when.value) for v in visits] == [(Status.PLANNED, "2025-03-03")]


def test_a_title_case_headline_to_pay_a_visit_and_meet_tells_plans() -> None:
    text = (
        "Mongolian President Khurelsukh To Pay State Visit To Japan, Meet With Ishiba\n\nIt is his second.\n"
    )
    events = extract(Document(text=text, published=dt.date(2024, 11, 28)))
    assert {type(e) for e in events} >= {Visit, Meeting}
    assert all(e.status is Status.PLANNED for e in events if isinstance(e, (Visit, Meeting)))


def test_meetings_that_are_planned_after_the_people_they_name_are_planned() -> None:
    text = (
        "President Serdar Berdimuhamedov's meetings with Chinese Premier Li Qiang "
        "and Vice Premier Ding Xuexiang are planned."
    )
    meetings = [
        e for e in extract(Document(text=text, published=dt.date(2024, 6, 3))) if isinstance(e, Meeting)
    ]
    assert meetings and all(m.status is Status.PLANNED for m in meetings)


def test_domestic_and_impersonal_announcements_are_no_statements() -> None:
    text = (
        "In her address to parliament, President Maia Sandu announced sweeping political reforms. "
        "It was announced today that President Emomali Rahmon had moved to remote work. "
        "Chancellor Olaf Scholz will fly to Rome next week as previously announced."
    )
    events = extract(Document(text=text, published=dt.date(2023, 9, 1)))
    assert not [e for e in events if isinstance(e, Statement)]


def test_a_state_and_its_portfolio_before_an_office_give_the_person_that_state() -> None:
    text = "U.S. Commerce Secretary William Daley met Kenyan President Daniel arap Moi in Nairobi on Monday."
    people = {m.entity.name: m.entity.country for m in find_mentions(text) if m.entity is not None}
    assert people["William Daley"] == "USA"


def test_a_state_possessive_before_a_name_separates_namesakes() -> None:
    text = (
        "Iraq's Saddam Hussein, facing troops at the border, sought peace. "
        "King Hussein of Jordan arrived in Washington on Wednesday."
    )
    people = {m.entity.name: m.entity.country for m in find_mentions(text) if m.kind == "person" and m.entity}
    assert people == {"Saddam Hussein": "IRQ", "Hussein bin Talal": "JOR"}


def test_a_state_possessive_before_its_city_names_no_person() -> None:
    text = "Contracts were signed during the trip of President Rahmon to Japan's Osaka, officials said."
    assert not [
        m for m in find_mentions(text) if m.kind == "person" and m.entity and "Osaka" in m.entity.name
    ]


def test_the_last_bare_verb_of_a_scheduled_list_is_planned_too() -> None:
    text = (
        "Indian Prime Minister Narendra Modi is scheduled to meet Russian President Vladimir Putin, "
        "hold talks with Prime Minister Mikhail Mishustin, and attend the meeting of the heads of "
        "government of the Commonwealth of Independent States."
    )
    events = extract(Document(text=text, published=dt.date(2024, 7, 1)))
    assert events and all(e.status is Status.PLANNED for e in events)


@pytest.mark.parametrize("example", load_data("subdivisions.json")["examples"], ids=lambda e: e["text"][:40])
def test_a_town_named_with_its_state_or_province_is_placed_in_that_country(example: dict[str, str]) -> None:
    places = [
        (m.place.name, m.country) for m in find_mentions(example["text"]) if m.kind == "place" and m.place
    ]
    assert places and all(place == (example["place"], example["country"]) for place in places)


def test_one_name_given_with_an_office_is_the_same_person_when_written_alone() -> None:
    text = "President Bush spoke on Tuesday. The monarch will meet Bush on Thursday in Kennebunkport, Maine."
    people = [m.entity for m in find_mentions(text) if m.kind == "person"]
    assert len(people) == 2 and people[0] is people[1]


def test_a_full_name_after_the_one_name_alone_is_that_person() -> None:
    text = (
        "Minister Gunnarsdóttir arrives in Dublin. Minister for Foreign Affairs Thorgerdur Katrin "
        "Gunnarsdóttir will meet Tánaiste Simon Harris. Gunnarsdóttir will also meet members of parliament."
    )
    names = {
        m.entity.name
        for m in find_mentions(text)
        if m.kind == "person" and m.entity and "dóttir" in m.entity.name
    }
    assert "Thorgerdur Katrin Gunnarsdóttir" in names


def test_the_states_talks_and_their_leaders_talks_told_again_are_one_meeting() -> None:
    text = (
        "President Shavkat Mirziyoyev said that Monday's Uzbek-Korean talks went well. "
        "On arrival, President Mirziyoyev and South Korean President Yoon Suk Yeol held talks."
    )
    meetings = [
        e for e in extract(Document(text=text, published=dt.date(2024, 6, 4))) if isinstance(e, Meeting)
    ]
    assert len(meetings) == 1
    assert meetings[0].when.value == "2024-06-03"


def test_a_delegation_that_will_also_visit_another_city_of_the_host_state_makes_one_trip() -> None:
    text = (
        "Kazakh President Kassym-Jomart Tokayev will pay a state visit to Italy on May 5-6 at the request of "
        "Prime Minister Giorgia Meloni. The Kazakh delegation will also visit Milan."
    )
    visits = [e for e in extract(Document(text=text, published=dt.date(2025, 5, 2))) if isinstance(e, Visit)]
    assert len(visits) == 1
    assert visits[0].location is not None and visits[0].location.country == "ITA"


def test_a_city_naming_a_summit_is_where_it_is_held() -> None:
    text = "He added that the ceremony would be held at the NATO Washington summit on April 24 and 25."
    events = extract(Document(text=text, published=dt.date(1999, 2, 10)))
    (summit,) = [e for e in events if e.kind == "summit"]
    assert summit.location is not None and summit.location.name == "Washington"


def test_the_signing_of_bare_plural_documents_is_a_new_signing() -> None:
    text = (
        "President Emomali Rahmon held talks in Dushanbe with President Sadyr Japarov of Kyrgyzstan. "
        "The talks ended with the signing of intergovernmental documents."
    )
    events = extract(Document(text=text, published=dt.date(2025, 3, 13)))
    assert any(isinstance(e, Agreement) for e in events)


def test_an_office_with_a_state_adjective_opening_the_story_is_the_holder_named_later() -> None:
    text = (
        "The Turkish Foreign Minister landed in Baku on an official visit on Monday. "
        "Relations are strong, said Hakan Fidan."
    )
    visits = [e for e in extract(Document(text=text, published=dt.date(2025, 2, 3))) if isinstance(e, Visit)]
    assert [p.name for v in visits for p in v.participants] == ["Hakan Fidan"]


def test_a_regional_ministers_meeting_a_traveller_came_to_attend_is_a_summit_with_him() -> None:
    text = (
        "Japanese Foreign Minister Takeshi Iwaya arrived in Tashkent to attend the “Central Asia – Japan” "
        "ministerial meeting, held on Saturday."
    )
    events = extract(Document(text=text, published=dt.date(2024, 12, 7)))
    summits = [e for e in events if e.kind == "summit"]
    assert len(summits) == 1
    assert [p.name for p in summits[0].participants] == ["Takeshi Iwaya"]
    assert "UZB" in summits[0].countries


def test_a_headline_a_page_repeats_is_still_the_story_s_event() -> None:
    text = (
        "Uzbek, Turkish leaders hold phone talks\n\n"
        "Uzbek, Turkish leaders hold phone talks\n\n"
        "President Shavkat Mirziyoyev spoke by telephone with President Recep Tayyip Erdogan.\n"
    )
    calls = [e for e in extract(Document(text=text, published=dt.date(2025, 8, 18))) if e.kind == "call"]
    assert len(calls) == 1


def test_the_last_name_of_a_list_after_a_serial_comma_opens_no_clause() -> None:
    text = (
        "At the Astana summit, Russian President Vladimir Putin and the heads of Armenia, Belarus, "
        "and Kyrgyzstan signed a declaration on security."
    )
    events = extract(Document(text=text, published=dt.date(2024, 11, 28)))
    (agreement,) = [e for e in events if isinstance(e, Agreement)]
    assert "Vladimir Putin" in [p.name for p in agreement.participants]


def test_a_state_defined_with_its_acronym_is_a_state_whose_name_makes_a_role() -> None:
    text = (
        "Sheikh Mohamed bin Zayed Al Nahyan, the leader of the United Arab Emirates (UAE), will tour Jordan. "
        "The UAE president landed in Amman on Friday."
    )
    mentions = find_mentions(text)
    assert not [m for m in mentions if m.kind == "organization"]
    roles = {text[m.start : m.end]: m.entity.name for m in mentions if m.role and m.entity is not None}
    assert roles["The UAE president"] == "Mohamed bin Zayed Al Nahyan"
