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
        "He met President Xi Jinping.As reported earlier, talks were held. Mr.Smith came."
    )
    assert [s.text for s in sentences] == [
        "He met President Xi Jinping.",
        "As reported earlier, talks were held.",
        "Mr.Smith came.",
    ]


def test_a_present_tense_headline_over_a_planned_trip_is_that_trip_with_its_status_and_date() -> None:
    text = (
        "Foreign Minister Wang Yi visits Kyrgyzstan to strengthen ties\n"
        "Chinese Foreign Minister Wang Yi will visit Kyrgyzstan on November 19, the ministry said.\n"
    )
    visits = [
        e for e in extract(Document(text=text, published=dt.date(2025, 11, 17))) if isinstance(e, Visit)
    ]
    assert [(v.status, v.when.value) for v in visits] == [(Status.PLANNED, "2025-11-19")]


def test_a_title_case_headline_to_make_a_visit_and_meet_tells_plans() -> None:
    text = (
        "Kyrgyz President Japarov To Make First Visit To Russia, Meet With Putin\n\nThe visit is his first.\n"
    )
    events = extract(Document(text=text, published=dt.date(2021, 2, 24)))
    assert {type(e) for e in events} >= {Visit, Meeting}
    assert all(e.status is Status.PLANNED for e in events if isinstance(e, (Visit, Meeting)))


def test_meetings_that_are_planned_after_the_people_they_name_are_planned() -> None:
    text = (
        "President Sadyr Japarov's meetings with Russian Prime Minister Mikhail Mishustin "
        "and Federation Council Speaker Valentina Matviyenko are planned."
    )
    meetings = [
        e for e in extract(Document(text=text, published=dt.date(2021, 2, 24))) if isinstance(e, Meeting)
    ]
    assert meetings and all(m.status is Status.PLANNED for m in meetings)


def test_domestic_and_impersonal_announcements_are_no_statements() -> None:
    text = (
        "In his address to the nation, President Kassym-Jomart Tokayev announced political reforms. "
        "It was announced today that President Sadyr Japarov switched to remote work. "
        "President Donald Trump would travel to Paris as previously announced."
    )
    events = extract(Document(text=text, published=dt.date(2022, 9, 1)))
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
    assert people == {"Saddam Hussein": "IRQ", "Hussein": "JOR"}


def test_a_state_possessive_before_its_city_names_no_person() -> None:
    text = "Documents were signed during the state visit of President Tokayev to China's Xi'an, sources said."
    assert not [m for m in find_mentions(text) if m.kind == "person" and m.entity and "Xi" in m.entity.name]


def test_the_last_bare_verb_of_a_scheduled_list_is_planned_too() -> None:
    text = (
        "Chinese Premier Li Keqiang is scheduled to meet Kazakh President Kassym-Jomart Tokayev, "
        "hold talks with Prime Minister Olzhas Bektenov, and attend the meeting of the heads of "
        "government of the Shanghai Cooperation Organization."
    )
    events = extract(Document(text=text, published=dt.date(2024, 12, 1)))
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
        "President Kassym-Jomart Tokayev said that yesterday's Kazakh-Chinese talks were held at the highest "
        "level. Upon arrival, President Tokayev and Chinese President Xi Jinping held talks."
    )
    meetings = [
        e for e in extract(Document(text=text, published=dt.date(2023, 5, 18))) if isinstance(e, Meeting)
    ]
    assert len(meetings) == 1
    assert meetings[0].when.value == "2023-05-17"


def test_a_delegation_that_will_also_visit_another_city_of_the_host_state_makes_one_trip() -> None:
    text = (
        "President of Uzbekistan Shavkat Mirziyoyev will pay a state visit to Turkey on Oct. 25-26 at the "
        "invitation of President Recep Tayyip Erdogan. The Uzbek delegation will also visit Istanbul."
    )
    visits = [
        e for e in extract(Document(text=text, published=dt.date(2017, 10, 24))) if isinstance(e, Visit)
    ]
    assert len(visits) == 1
    assert visits[0].location is not None and visits[0].location.country == "TUR"


def test_a_city_naming_a_summit_is_where_it_is_held() -> None:
    text = "He added that the ceremony would be held at the NATO Washington summit on April 24 and 25."
    events = extract(Document(text=text, published=dt.date(1999, 2, 10)))
    (summit,) = [e for e in events if e.kind == "summit"]
    assert summit.location is not None and summit.location.name == "Washington"


def test_the_signing_of_bare_plural_documents_is_a_new_signing() -> None:
    text = (
        "President Shavkat Mirziyoyev held talks in Tashkent with President Serdar Berdimuhamedov of "
        "Turkmenistan. The talks finished with the signing of bilateral documents."
    )
    events = extract(Document(text=text, published=dt.date(2021, 10, 5)))
    assert any(isinstance(e, Agreement) for e in events)


def test_an_office_with_a_state_adjective_opening_the_story_is_the_holder_named_later() -> None:
    text = (
        "The Chinese Foreign Minister arrived in Almaty on a working visit on Saturday. "
        "China supports Kazakhstan, emphasized Wang Yi."
    )
    visits = [e for e in extract(Document(text=text, published=dt.date(2025, 4, 26))) if isinstance(e, Visit)]
    assert [p.name for v in visits for p in v.participants] == ["Wang Yi"]


def test_a_regional_ministers_meeting_a_traveller_came_to_attend_is_a_summit_with_him() -> None:
    text = (
        "Wang Yi arrived in Almaty on a working visit to attend the “Central Asia – China” foreign "
        "ministers’ meeting, held today, April 26."
    )
    events = extract(Document(text=text, published=dt.date(2025, 4, 26)))
    summits = [e for e in events if e.kind == "summit"]
    assert len(summits) == 1
    assert [p.name for p in summits[0].participants] == ["Wang Yi"]
    assert "KAZ" in summits[0].countries


def test_a_headline_a_page_repeats_is_still_the_story_s_event() -> None:
    text = (
        "Kazakh, Russian Presidents hold telephone conversation\n\n"
        "Kazakh, Russian Presidents hold telephone conversation\n\n"
        "President Kassym-Jomart Tokayev held a telephone conversation with President Vladimir Putin.\n"
    )
    calls = [e for e in extract(Document(text=text, published=dt.date(2025, 8, 18))) if e.kind == "call"]
    assert len(calls) == 1


def test_the_last_name_of_a_list_after_a_serial_comma_opens_no_clause() -> None:
    text = (
        "The visit follows a summit in June, where Chinese President Xi Jinping and the leaders of "
        "Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, and Turkmenistan signed a treaty of friendship."
    )
    events = extract(Document(text=text, published=dt.date(2025, 11, 17)))
    (agreement,) = [e for e in events if isinstance(e, Agreement)]
    assert "Xi Jinping" in [p.name for p in agreement.participants]


def test_a_state_defined_with_its_acronym_is_a_state_whose_name_makes_a_role() -> None:
    text = (
        "The visit of Mohamed bin Zayed Al Nahyan, president of the United Arab Emirates (UAE), was put off. "
        "The UAE president arrived in Pakistan on January 25 for a private visit."
    )
    mentions = find_mentions(text)
    assert not [m for m in mentions if m.kind == "organization"]
    roles = [m for m in mentions if m.role and m.entity is not None]
    assert [m.entity.name for m in roles] == ["Mohamed bin Zayed Al Nahyan"]
