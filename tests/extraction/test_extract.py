"""Behaviour of `extract` on whole documents: dates, merging, evidence, robustness."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extraction import extract
from timeline.extraction.dateline import find_dateline
from timeline.extraction.mentions import find_mentions
from timeline.model import (
    Agreement,
    Document,
    Event,
    Meeting,
    Organization,
    Person,
    Precision,
    Statement,
    Status,
    Summit,
    Visit,
)

WIRE = (
    "Kazakh President meets Chinese FM\n"
    "ASTANA, May 20 -- Kazakh President Kassym-Jomart Tokayev on Monday met here with "
    "Chinese Foreign Minister Wang Yi.\n"
    "Tokayev asked Wang to convey his greetings.\n"
    "Wang also held talks with Kazakhstan's Deputy Prime Minister and Foreign Minister Murat Nurtleu."
)


def test_a_weekday_in_a_wire_story_is_dated_from_the_publication_day_and_here_is_the_dateline_city() -> None:
    events = extract(Document(text=WIRE, published=dt.date(2024, 5, 21)))
    first = events[0]
    assert isinstance(first, Meeting)
    assert first.when.value == "2024-05-20"
    assert first.location is not None and first.location.name == "Astana"
    assert {p.name for p in first.participants} >= {"Kassym-Jomart Tokayev", "Wang Yi"}


def test_the_headline_and_the_lead_give_one_meeting_and_a_second_meeting_stays_apart() -> None:
    events = extract(Document(text=WIRE, published=dt.date(2024, 5, 21)))
    meetings = [e for e in events if isinstance(e, Meeting)]
    assert len(meetings) == 2
    assert {p.name for p in meetings[1].participants} == {"Wang Yi", "Murat Nurtleu"}


def test_an_undated_report_is_never_given_the_article_date() -> None:
    text = "President Kassym-Jomart Tokayev received Chinese Ambassador Zhang Xiao."
    (event,) = extract(Document(text=text, published=dt.date(2024, 5, 21)))
    assert not event.when.is_known


def test_evidence_is_the_sentence_at_its_offsets() -> None:
    document = Document(text=WIRE, published=dt.date(2024, 5, 21))
    for event in extract(document):
        for source in event.sources:
            assert document.text[source.start : source.end] == source.evidence
            assert source.document == document.id


def test_ids_are_stable_and_unique() -> None:
    document = Document(text=WIRE, published=dt.date(2024, 5, 21))
    first, second = extract(document), extract(document)
    assert [e.id for e in first] == [e.id for e in second]
    assert len({e.id for e in first}) == len(first)


def test_an_announced_visit_gives_a_statement_and_planned_visits_to_each_host() -> None:
    text = (
        "On July 1, 2024, Chinese Foreign Ministry Spokesperson Mao Ning stated that Chinese President "
        "Xi Jinping will soon pay official visits to meet with Kazakh President Kassym Jomart Tokayev and "
        "Tajik President Imamali Rahman."
    )
    events = extract(Document(text=text))
    statements = [e for e in events if isinstance(e, Statement)]
    visits = [e for e in events if isinstance(e, Visit)]
    assert [s.when.value for s in statements] == ["2024-07-01"]
    assert sorted(v.host_country or "" for v in visits) == ["KAZ", "TJK"]
    assert all(v.status is Status.PLANNED and not v.when.is_known for v in visits)
    assert all(v.visitor is not None and v.visitor.name == "Xi Jinping" for v in visits)
    assert set(statements[0].related) == {v.id for v in visits}


def test_two_cities_in_one_sentence_give_two_meetings() -> None:
    text = (
        "Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev know each other well. "
        "In 2023, the two leaders met twice in Xi'an and Beijing."
    )
    meetings = [e for e in extract(Document(text=text)) if isinstance(e, Meeting)]
    assert sorted(m.location.name for m in meetings if m.location) == ["Beijing", "Xi'an"]
    assert all(m.when.value == "2023" for m in meetings)


def test_a_background_loan_is_an_agreement_with_its_amount() -> None:
    text = "In early 2011, Beijing provided a $1.7 billion loan for Kazakhstan's National Welfare Fund."
    (event,) = extract(Document(text=text))
    assert isinstance(event, Agreement)
    assert event.when.value == "2011"
    assert set(event.countries) >= {"CHN", "KAZ"}
    assert event.amount is not None and event.amount.value == 1.7e9


def test_plain_text_instead_of_a_document_is_a_type_error_that_says_how_to_wrap_it() -> None:
    expected = r"expected a Document, got a str: wrap article text in timeline\.Document"
    with pytest.raises(TypeError, match=expected):
        extract("President Xi met President Tokayev in Astana on Monday.")  # type: ignore[arg-type]


def test_text_without_diplomatic_events_gives_none() -> None:
    text = "Stocks fell 3% on Monday as investors worried about inflation. Oil prices rose."
    assert extract(Document(text=text, published=dt.date(2024, 1, 2))) == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes(text: str) -> None:
    for event in extract(Document(text=text, published=dt.date(2024, 1, 1))):
        assert event.sources


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "President Tokayev met",
                " with ",
                "Wang Yi",
                " on Monday",
                ". ",
                "<p>",
                "\x00",
                "visit",
                "signed an agreement",
                " in Astana",
                "\n",
                "ASTANA, May 20 -- ",
                "the two leaders",
                "will",
                "Mr.",
                " Feb. 9 ",
                "$1.7 billion loan",
                "phone call",
                "cancelled",
                "’s",
                "summit",
            ]
        ),
        max_size=30,
    )
)
def test_news_like_fragments_in_any_order_never_crash(parts: list[str]) -> None:
    extract(Document(text="".join(parts), published=dt.date(2024, 5, 21)))


@pytest.mark.parametrize(
    ("opening", "city", "day"),
    [
        ("MOSCOW, Oct. 3 /TASS/. Lavrov met Nurtleu.", "Moscow", "Oct. 3"),
        ("ASTANA. KAZINFORM – Tokayev met Wang Yi.", "Astana", None),
        ("Brasília – Lula will visit Chile.", "Brasilia", None),
        ("Riyadh, January 10, 2024, SPA -- The Crown Prince received a call.", "Riyadh", "January 10, 2024"),
        ("Riyadh, SPA -- His Royal Highness received a phone call today.", "Riyadh", None),
        ("ASUNCIÓN (EFE).- The presidents gathered.", "Asunción", None),
        ("NUR-SULTAN. President Tokayev received Kamilov.", "Astana", None),
        ("ABU DHABI, 12th March, 2024 (WAM) -- He received Bektenov.", "Abu Dhabi", "12th March, 2024"),
        ("VIENTIANE, Laos (AP) — Leaders opened their summit.", "Vientiane", None),
        ("ANKARA\n\nTurkish Parliament Speaker Numan Kurtulmus received Johari Abdul.", "Ankara", None),
        ("TRABZON, Türkiye\n\nFidan on Tuesday hosted his Azerbaijani counterpart.", "Trabzon", None),
        ("Astana. 12 March. INTERFAX-KAZAKHSTAN - Bektenov received Han Chunlin.", "Astana", "12 March"),
        ("MOSCOW, October 2. /TASS/. Lavrov spoke with Abdelatty.", "Moscow", "October 2"),
        ("\n\nOSLO, Norway (AP) _\n\nThe ministers met on Monday.", "Oslo", None),
        ("OSLO, March 3 (Xinhua) --\n\nThe ministers met on Monday.", "Oslo", "March 3"),
        ("(ANSA) - ROME, JUL 10 - Premier Giorgia Meloni opened the conference.", "Rome", "JUL 10"),
        ("Addis Ababa, February 16/2025 (ENA) Abiy Ahmed held talks.", "Addis Ababa", "February 16/2025"),
        ("WASHINGTON (CNN) President Joe Biden met Xi Jinping.", "Washington", None),
    ],
)
def test_datelines_in_the_styles_of_many_agencies_give_the_city_and_day(
    opening: str, city: str, day: str | None
) -> None:
    dateline = find_dateline(opening)
    assert dateline is not None and dateline.place.name == city
    written = opening[dateline.date_start : dateline.date_end] if dateline.date_start is not None else None
    assert written == day


def test_a_dateline_under_a_headline_a_date_and_a_two_line_byline_is_found() -> None:
    text = (
        "Minister visits Oslo\n\n03/04/2021 - 9h07\n\nAnna Berg\nReporter - Nordic Wire\n\n"
        "Oslo - The minister met his Norwegian counterpart today."
    )
    dateline = find_dateline(text)
    assert dateline is not None and dateline.place.name == "Oslo"


def test_a_headline_of_two_states_alone_on_its_line_is_not_a_dateline() -> None:
    assert find_dateline("Kazakhstan, China\n\nThe ministers met on Monday.") is None


def test_a_sentence_opening_with_initials_is_not_a_dateline() -> None:
    assert find_dateline("U.S. President Joe Biden met Xi Jinping.") is None


@pytest.mark.parametrize(
    ("opening", "city", "country"),
    [
        ("FOZ DO IGUAÇU, Brazil, Dec 20 (Reuters) - Lula met", "Foz do Iguaçu", "BRA"),
        ("SANTA MARTA (AP) — Petro met Lula on Sunday.", "Santa Marta", "COL"),
    ],
)
def test_a_dateline_town_the_gazetteer_lacks_is_written_and_placed_as_geonames_has_it(
    opening: str, city: str, country: str
) -> None:
    dateline = find_dateline(opening)
    assert dateline is not None and (dateline.place.name, dateline.place.country) == (city, country)


def test_a_headline_in_capitals_that_names_no_place_is_not_a_dateline() -> None:
    assert find_dateline("BREAKING NEWS\n\nLeaders met on Monday.") is None


def test_a_dateline_with_a_year_dates_an_article_without_a_publication_date() -> None:
    text = "New York, 25 September 2024 – Saidov held talks with Kurt Campbell on 24 September."
    (event,) = extract(Document(text=text))
    assert event.when.value == "2024-09-24"


def test_a_day_with_its_year_at_the_top_of_an_undated_article_resolves_its_weekdays() -> None:
    text = (
        "The two ministers shake hands in Vienna on March 3, 2021. [Photo]\n"
        "Foreign Minister Ivan Petrov held talks with Minister Jan Novak in Vienna on Wednesday."
    )
    assert kinds_and_dates(text) == [("meeting", "2021-03-03")]


def test_a_background_day_after_the_lead_gives_its_year_to_nothing_before_it() -> None:
    text = (
        "President Ivan Petrov will pay a state visit to Austria from November 11-12, the ministry said.\n"
        "Austria and Ruritania established diplomatic relations on July 12, 1995."
    )
    assert [date for kind, date in kinds_and_dates(text) if kind == "visit"] == ["XXXX-11"]


def test_the_day_of_a_dateline_dates_no_planned_visit() -> None:
    text = (
        "DUSHANBE, 01.06.2022 (NIAT Khovar) – At the invitation of President Shavkat Mirziyoyev, "
        "President Emomali Rahmon will pay an official two-day visit to Tashkent."
    )
    events = extract(Document(text=text))
    assert [(e.kind, e.when.value, e.status) for e in events] == [("visit", "XXXX-XX-XX", Status.PLANNED)]


def test_a_call_takes_no_place_from_the_dateline() -> None:
    text = (
        "BEIJING, June 24 (Xinhua) -- Chinese President Xi Jinping on Monday held a video call "
        "with Kyrgyz President Sadyr Japarov."
    )
    (event,) = extract(Document(text=text, published=dt.date(2024, 6, 24)))
    assert event.kind == "call" and event.location is None


def test_phone_talks_with_several_leaders_are_one_call_with_each() -> None:
    text = (
        "ANKARA (TASS): Turkish President Recep Tayyip Erdogan held telephone talks on Thursday with "
        "colleagues from Kazakhstan, Azerbaijan and Uzbekistan Kassym-Jomart Tokayev, Ilham Aliyev and "
        "Shavkat Mirziyoyev."
    )
    calls = extract(Document(text=text, published=dt.date(2022, 1, 6)))
    assert all(c.kind == "call" and c.when.value == "2022-01-06" for c in calls)
    assert sorted(sorted(p.name for p in c.people) for c in calls) == [
        ["Ilham Aliyev", "Recep Tayyip Erdogan"],
        ["Kassym-Jomart Tokayev", "Recep Tayyip Erdogan"],
        ["Recep Tayyip Erdogan", "Shavkat Mirziyoyev"],
    ]


def test_undated_talks_of_leaders_who_spoke_by_phone_are_their_call() -> None:
    text = (
        "President Xi Jinping held a phone conversation with Kazakh President Kassym-Jomart Tokayev on "
        "Monday. During the talks with Tokayev, Xi noted that relations are developing steadily. Tokayev "
        "said that negotiations with Xi were always productive."
    )
    (call,) = extract(Document(text=text, published=dt.date(2024, 5, 21)))
    assert call.kind == "call" and call.when.value == "2024-05-20"


def test_talks_in_person_after_a_call_are_a_meeting_of_their_own() -> None:
    text = (
        "President Xi Jinping held a phone conversation with Kazakh President Kassym-Jomart Tokayev on "
        "Monday. The two leaders last met in Astana in July 2024."
    )
    assert kinds_and_dates(text, dt.date(2024, 9, 3)) == [("call", "2024-09-02"), ("meeting", "2024-07")]


def test_calls_on_a_weekday_no_date_resolves_are_still_calls_one_with_each_leader() -> None:
    text = (
        "U.S. President Donald Trump made his first phone calls to African heads of state Monday, speaking "
        "with Nigerian President Muhammadu Buhari and South African President Jacob Zuma."
    )
    calls = extract(Document(text=text))
    assert sorted(sorted(p.name for p in c.people) for c in calls) == [
        ["Donald Trump", "Jacob Zuma"],
        ["Donald Trump", "Muhammadu Buhari"],
    ]


def test_meetings_in_general_are_no_event() -> None:
    assert extract(Document(text="The country was barred from top-level meetings of the bloc.")) == []


def test_the_dead_take_no_part_in_talks() -> None:
    text = (
        "During the talks, the Vietnamese leaders praised the ties. The visiting prime minister laid a "
        "wreath in tribute to late President Ho Chi Minh at his mausoleum."
    )
    events = extract(Document(text=text, published=dt.date(2023, 12, 9)))
    assert "Ho Chi Minh" not in {p.name for e in events for p in e.people}


def kinds_and_dates(text: str, published: dt.date | None = None) -> list[tuple[str, str]]:
    return [(e.kind, e.when.value) for e in extract(Document(text=text, published=published))]


def events_of_kind(text: str, published: dt.date | None, kind: str) -> list[Event]:
    return [e for e in extract(Document(text=text, published=published)) if e.kind == kind]


def test_a_when_clause_after_a_time_happened_at_that_time() -> None:
    text = "Antonio Guterres last travelled to Russia in April 2022, when he met Vladimir Putin in Moscow."
    assert ("meeting", "2022-04") in kinds_and_dates(text, dt.date(2024, 10, 22))


def test_a_reduced_relative_clause_dates_its_own_noun_not_the_main_event() -> None:
    text = (
        "On the sidelines, Brazilian President Lula held a bilateral meeting with Paraguayan President "
        "Santiago Peña in which the two discussed the Itaipú treaty, signed in 1973."
    )
    found = kinds_and_dates(text, dt.date(2024, 7, 8))
    assert ("agreement", "1973") in found
    assert ("meeting", "1973") not in found


def test_a_since_phrase_bounds_a_period_but_dates_the_event_it_names() -> None:
    landlocked = "Ethiopian Prime Minister Abiy Ahmed visited Kenya, landlocked since independence in 1993."
    assert kinds_and_dates(landlocked, dt.date(2024, 3, 4)) == [("visit", "XXXX-XX-XX")]
    since_visit = (
        "Xi said that since Kyrgyz President Sadyr Japarov's state visit to China in May 2023, ties grew."
    )
    assert kinds_and_dates(since_visit) == [("visit", "2023-05")]


def test_only_places_listed_together_split_an_event() -> None:
    text = "Leaders opened their annual summit in Laos on Wednesday, with the war in Myanmar on the agenda."
    summits = events_of_kind(text, dt.date(2024, 10, 9), "summit")
    assert [s.location.name for s in summits if s.location] == ["Laos"]


def test_a_weekday_of_a_planned_event_lies_ahead_whatever_the_tense_of_the_report() -> None:
    text = "Russian President Vladimir Putin will travel to Mongolia on Tuesday, the Kremlin said Friday."
    (visit, *_rest) = extract(Document(text=text, published=dt.date(2024, 8, 30)))
    assert (visit.kind, visit.when.value) == ("visit", "2024-09-03")


def test_on_the_same_day_is_the_day_of_the_event_reported_before() -> None:
    text = (
        "Uzbekistan and the Asian Development Bank signed a $500 million loan agreement on Wednesday.\n\n"
        "On the same day, Uzbekistan and the EBRD signed a €100 million loan."
    )
    assert [when for _kind, when in kinds_and_dates(text, dt.date(2024, 5, 16))] == [
        "2024-05-15",
        "2024-05-15",
    ]


def test_the_same_day_is_the_last_day_written_before_it_not_the_last_event_dated() -> None:
    # a day named in a clause that reports no event ('was sworn in on Saturday') still anchors 'the same day'
    text = (
        "President Rodrigo Paz and Chilean President Gabriel Boric agreed in a phone call on Thursday "
        "to work toward exchanging ambassadors.\n\n"
        "The call came less than a week after Paz was sworn in on Saturday. Boric traveled to La Paz for the "
        "inauguration and held a brief meeting with Paz the same day."
    )
    expected = [("visit", "2025-11-08"), ("meeting", "2025-11-08")]
    assert kinds_and_dates(text, dt.date(2025, 11, 14))[1:] == expected


def test_a_same_day_phrase_after_another_is_the_day_the_first_one_repeats_not_a_span() -> None:
    # 'Earlier in the day' after 'On the same day' is still the day of the talks, not the publication's, and
    # 'on Nov. 19-22' names no one day
    text = (
        "BEIJING - Ashimbayev and Zhao Leji held talks in Beijing on Nov. 20. Ashimbayev is on an official "
        "visit to China on Nov. 19-22.\n\n"
        "On the same day, the fifth meeting of the Inter-Parliamentary Cooperation Committee was held.\n\n"
        "Earlier in the day, Ashimbayev was received by Chinese Vice President Han Zheng."
    )
    dates = [when for kind, when in kinds_and_dates(text, dt.date(2024, 11, 21)) if kind == "meeting"]
    assert dates == ["2024-11-20", "2024-11-20", "2024-11-20"]


def test_earlier_in_the_day_skips_the_day_of_a_relative_clause_about_the_guest() -> None:
    text = (
        "Foreign Minister Badr Abdelatty received on Monday, 2 June 2025, Iranian Foreign Minister Abbas "
        "Araghchi, who arrived in Cairo on Sunday evening on a two-day visit.\n\n"
        "The spokesperson stated that the meeting addressed bilateral relations.\n\n"
        "The Iranian Minister was received earlier in the day by President Abdel Fattah El-Sisi."
    )
    events = extract(Document(text=text, published=dt.date(2025, 6, 2)))
    (sisi,) = [e for e in events if "Abdel Fattah el-Sisi" in {p.name for p in e.participants}]
    assert sisi.when.value == "2025-06-02"


def test_earlier_that_day_in_a_relative_clause_is_the_day_of_the_main_clause() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez arrived in Doha late Thursday from Riyadh, where he had met "
        "Saudi Crown Prince Mohammed bin Salman earlier in the day."
    )
    dates = dict(kinds_and_dates(text, dt.date(2025, 10, 24)))
    assert dates["meeting"] == "2025-10-23"


def test_a_weekday_with_no_date_to_count_from_gives_no_date() -> None:
    text = (
        "PORT VILA - Vanuatu's Prime Minister Jotham Napat received Solomon Islands Prime Minister "
        "Jeremiah Manele on Tuesday."
    )
    assert [when for _kind, when in kinds_and_dates(text, None)] == ["XXXX-XX-XX"]


def test_an_event_is_dated_to_its_day_not_to_the_clock_time_of_the_report() -> None:
    text = (
        "13:20 - UAE President Sheikh Mohamed bin Zayed Al Nahyan received Azerbaijani President "
        "Ilham Aliyev in Abu Dhabi on Thursday."
    )
    assert [when for _kind, when in kinds_and_dates(text, dt.date(2025, 7, 10))] == ["2025-07-10"]


def _visits(text: str, published: dt.date) -> list[tuple[str | None, str | None]]:
    return [
        (e.visitor.name if e.visitor else None, e.host_country)
        for e in extract(Document(text=text, published=published))
        if isinstance(e, Visit)
    ]


def test_a_guest_described_as_visiting_is_the_visitor_not_the_host_who_received_them() -> None:
    text = (
        "Ugandan President Yoweri Museveni on Tuesday received visiting Tanzanian Prime Minister Kassim "
        "Majaliwa at State House Entebbe."
    )
    assert _visits(text, dt.date(2025, 3, 4)) == [("Kassim Majaliwa", "UGA")]


def test_someone_in_their_own_country_is_not_the_visitor_of_a_visit_reported_there() -> None:
    text = (
        "Ronald Lamola, South Africa's minister of international relations, held talks with Namibian "
        "President Netumbo Nandi-Ndaitwah in Windhoek on Wednesday, the second day of a visit aimed at "
        "easing congestion at the border."
    )
    assert _visits(text, dt.date(2025, 5, 14)) == [("Ronald Lamola", "NAM")]


def test_a_summit_attended_by_several_leaders_is_no_visit_of_one_to_another() -> None:
    text = (
        "The summit in Libreville was attended by Congolese President Denis Sassou Nguesso and Chadian "
        "President Mahamat Idriss Deby."
    )
    assert _visits(text, dt.date(2025, 6, 5)) == []


def test_a_year_written_before_another_noun_does_not_date_the_meeting() -> None:
    text = (
        "South Korean President Lee Jae-myung sat down with Chilean President Gabriel Boric at a hotel, "
        "where the leaders agreed to start talks on upgrading their 2004 free trade agreement."
    )
    assert ("meeting", "XXXX-XX-XX") in kinds_and_dates(text, dt.date(2025, 11, 2))


def test_a_target_year_ahead_does_not_date_a_meeting_that_took_place() -> None:
    text = (
        "South Korean President Lee Jae-myung and Vietnamese Prime Minister Pham Minh Chinh held talks and "
        "discussed a plan to raise bilateral trade to US$150 billion by 2030."
    )
    assert kinds_and_dates(text, dt.date(2025, 11, 2)) == [("meeting", "XXXX-XX-XX")]


def test_a_name_ending_in_summit_is_the_summit_itself_not_a_body() -> None:
    text = (
        "Chinese President Xi Jinping and the leaders of the five Central Asian countries signed a treaty on "
        "good-neighborliness at the second China-Central Asia Summit in Astana on Tuesday."
    )
    kinds = kinds_and_dates(text, dt.date(2025, 6, 17))
    assert ("summit", "2025-06-17") in kinds


def test_the_states_a_summit_s_name_joins_by_a_dash_take_part_in_it() -> None:
    text = "The first China-Central Asia Summit was held in Xi'an, Shaanxi Province, in May 2023."
    events = extract(Document(text=text, published=dt.date(2025, 6, 17)))
    central_asia = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
    assert [(e.kind, e.when.value, e.countries) for e in events] == [
        ("summit", "2023-05", ("CHN", *central_asia))
    ]


def test_a_possessive_visit_of_someone_else_is_another_visit_not_the_one_before() -> None:
    text = (
        "Last week, Turkmen Foreign Minister Rashid Meredov spent two days in Brussels.\n\n"
        "When Turkmen President Serdar Berdimuhamedov made his first state visit to China in January 2023, "
        "the two sides upgraded ties."
    )
    assert _visits(text, dt.date(2025, 5, 20)) == [
        ("Rashid Meredov", "BEL"),
        ("Serdar Berdimuhamedov", "CHN"),
    ]


def test_a_headline_naming_no_one_is_the_event_the_story_tells_not_another() -> None:
    text = (
        "Vanuatu, Solomon Islands sign maritime boundary treaty\n\n"
        "PORT VILA - Vanuatu's Prime Minister Jotham Napat and Solomon Islands Prime Minister "
        "Jeremiah Manele signed a treaty delimiting the maritime boundary on Tuesday."
    )
    agreements = events_of_kind(text, dt.date(2025, 10, 22), "agreement")
    assert [e.when.value for e in agreements] == ["2025-10-21"]


def test_a_summit_someone_prepares_is_what_they_discussed_not_an_event() -> None:
    text = "Portugal and Cape Verde prepare Praia summit in videoconference."
    assert "summit" not in [kind for kind, _when in kinds_and_dates(text, dt.date(2025, 5, 29))]


def test_a_future_in_a_clause_describing_the_document_signed_does_not_make_the_signing_planned() -> None:
    text = (
        "Nepal and Bangladesh on Thursday signed an agreement that will allow Nepal to export hydropower to "
        "Bangladesh."
    )
    (agreement,) = extract(Document(text=text, published=dt.date(2024, 10, 4)))
    assert (agreement.when.value, agreement.status) == ("2024-10-03", Status.HAPPENED)


def test_a_host_receiving_visiting_ministers_makes_no_visit_of_the_host() -> None:
    text = "Prime Minister Narendra Modi received the visiting ministers jointly on Friday evening."
    assert "visit" not in [kind for kind, _when in kinds_and_dates(text, dt.date(2025, 6, 7))]


def test_a_signing_after_a_condition_is_a_possibility_not_an_event() -> None:
    text = (
        "A Gulf official said that if regional tensions eased, Iran and Saudi Arabia would sign a "
        "long-delayed investment protection agreement."
    )
    assert kinds_and_dates(text, dt.date(2024, 10, 10)) == []


def test_a_visit_under_way_at_someone_s_invitation_is_one_trip_with_the_arrival_and_its_days() -> None:
    text = (
        "Tanzanian Prime Minister Kassim Majaliwa, who arrived in Kampala on Monday, is on a three-day "
        "official visit to Uganda at the invitation of Ugandan Prime Minister Robinah Nabbanja."
    )
    visits = [e for e in extract(Document(text=text, published=dt.date(2025, 3, 4))) if isinstance(e, Visit)]
    assert [(v.when.value, v.status) for v in visits] == [("2025-03-03/2025-03-05", Status.HAPPENED)]


def test_a_day_after_an_event_dates_it_a_day_before_the_main_clause() -> None:
    text = (
        "Fijian Prime Minister Sitiveni Rabuka held talks with his Papua New Guinea counterpart James Marape "
        "on Tuesday, a day after he landed in Port Moresby for a three-day official visit."
    )
    visits = [e for e in extract(Document(text=text, published=dt.date(2025, 8, 19))) if isinstance(e, Visit)]
    assert [v.when.value for v in visits] == ["2025-08-18/2025-08-20"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("India will host the BRICS summit next year.", "India"),
        ("Beijing hosted a ministerial meeting with the Latin American States in May.", "Beijing"),
        ("They discussed the summit of the Organization of Turkic States, which Uzbekistan will host in "
         "November.", "Uzbekistan"),
        ("They discussed the second China-Central Asia Summit, which Kazakhstan will host in Astana in June.",
         "Astana"),
    ],
)
def test_a_gathering_without_a_place_of_its_own_is_held_where_its_host_is(text: str, place: str) -> None:
    events = extract(Document(text=text, published=dt.date(2025, 5, 10)))
    assert [(e.kind, e.location.name if e.location else None) for e in events] == [("summit", place)]


def test_a_second_round_of_the_story_s_talks_is_another_meeting_counted_from_the_first() -> None:
    text = (
        "Iranian Foreign Minister Abbas Araghchi and US special envoy Steve Witkoff held talks in Muscat on "
        "April 12. A second round followed in Rome a week later."
    )
    events = extract(Document(text=text, published=dt.date(2025, 5, 3)))
    rounds = [(e.when.value, e.location.name if e.location else None, e.countries) for e in events]
    assert rounds == [("2025-04-12", "Muscat", ("IRN", "USA")), ("2025-04-19", "Rome", ("IRN", "USA"))]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tokayev arrived in Beijing on Monday. Two days later, he met Xi Jinping.", "2025-04-30"),
        ("Tokayev met Xi Jinping in Beijing on Monday, two days later than planned.", "2025-04-28"),
        ("Tokayev arrived in Beijing in early April. Two days later, he met Xi Jinping.", None),
    ],
)
def test_an_amount_of_days_later_counts_from_the_day_written_just_before(text: str, day: str | None) -> None:
    events = extract(Document(text=text, published=dt.date(2025, 5, 3)))
    meetings = [e for e in events if isinstance(e, Meeting)]
    assert [m.when.value if m.when.precision is Precision.DAY else None for m in meetings] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Polish Foreign Minister Radoslaw Sikorski hosted his counterparts from France, Germany, Italy and "
        "Spain in Warsaw on Monday.",
        "Foreign ministers of the Nordic-Baltic Eight met in Reykjavik on Monday.",
    ],
)
def test_a_meeting_of_ministers_of_several_states_or_of_their_group_is_a_summit(text: str) -> None:
    events = extract(Document(text=text, published=dt.date(2025, 5, 13)))
    assert [(e.kind, e.when.value) for e in events] == [("summit", "2025-05-12")]


def test_a_meeting_of_a_body_s_plus_format_is_a_summit() -> None:
    text = "Anwar Ibrahim attended the BRICS Plus meeting in Kazan on Monday."
    assert ("summit", "2025-05-12") in kinds_and_dates(text, dt.date(2025, 5, 13))
    assert "meeting" not in {kind for kind, _ in kinds_and_dates(text, dt.date(2025, 5, 13))}


def test_a_meeting_the_ministers_last_held_is_not_the_undated_meeting_of_the_story() -> None:
    text = (
        "MINSK - Belarusian Foreign Minister Maxim Ryzhenkov met Hungarian Foreign Minister Peter Szijjarto "
        "on Tuesday. The ministers last met in Budapest in June 2024."
    )
    meetings = sorted(e.when.value for e in extract(Document(text=text)) if isinstance(e, Meeting))
    assert meetings == ["2024-06", "XXXX-XX-XX"]


def test_what_a_participle_of_saying_reports_does_not_make_the_meeting_before_it_planned() -> None:
    text = "Macron, for his part, left Monday's meeting with Trump saying the U.S. would back a force."
    events = extract(Document(text=text, published=dt.date(2025, 2, 26)))
    meetings = [e for e in events if isinstance(e, Meeting)]
    assert [(m.when.value, m.status) for m in meetings] == [("2025-02-24", Status.HAPPENED)]


def test_a_letter_proposing_negotiations_is_no_event() -> None:
    text = "Trump, who wrote to Khamenei in March proposing negotiations, said military action is possible."
    assert extract(Document(text=text, published=dt.date(2025, 5, 3))) == []


def test_an_event_on_the_eve_of_a_summit_dates_the_summit_a_day_later() -> None:
    text = (
        "Nepal's prime minister met Chinese President Xi Jinping in Tianjin on August 30, on the eve of the "
        "Shanghai Cooperation Organisation summit."
    )
    events = extract(Document(text=text, published=dt.date(2025, 9, 10)))
    dates = sorted((e.kind, e.when.value) for e in events)
    assert dates == [("meeting", "2025-08-30"), ("summit", "2025-08-31")]


def test_a_spokeswoman_reporting_talks_at_a_briefing_and_her_ministry_take_no_part_in_them() -> None:
    text = (
        "Russian Foreign Minister Sergey Lavrov will hold talks with his Uzbek counterpart Bakhtiyor Saidov "
        "in Moscow on April 17, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing "
        "on Tuesday."
    )
    events = extract(Document(text=text, published=dt.date(2025, 4, 15)))
    meetings = [[p.name for p in e.participants] for e in events if isinstance(e, Meeting)]
    assert meetings == [["Sergey Lavrov", "Bakhtiyor Saidov"]]


def test_a_possessive_event_with_a_new_counterpart_is_a_new_event() -> None:
    text = (
        "Prime Minister Fumio Kishida was to hold talks with Kazakh President Kassym-Jomart Tokayev. "
        "His talks with Uzbek President Shavkat Mirziyoyev will not take place either."
    )
    meetings = events_of_kind(text, dt.date(2024, 8, 9), "meeting")
    assert len(meetings) == 2


def test_an_institution_announcing_a_trip_after_the_fact_is_a_dated_statement_by_its_spokesman() -> None:
    text = (
        "MOSCOW (AFP) – Vladimir Putin will travel to Mongolia on Tuesday, the Kremlin said Friday.\n\n"
        "Kremlin spokesman Dmitry Peskov told reporters that Putin would hold talks in Ulaanbaatar."
    )
    statements = events_of_kind(text, dt.date(2024, 8, 30), "statement")
    assert [s.when.value for s in statements] == ["2024-08-30"]
    assert "Dmitry Peskov" in {p.name for p in statements[0].participants}


def test_a_leader_speaking_of_his_own_plans_makes_no_statement() -> None:
    text = "Mexican President Claudia Sheinbaum said she hoped to travel to Brasília soon."
    assert [e.kind for e in extract(Document(text=text))] == ["visit"]


def test_an_announced_agreement_is_an_agreement() -> None:
    text = "India and China announced on Monday an agreement on patrolling arrangements along their border."
    (event,) = extract(Document(text=text, published=dt.date(2024, 10, 22)))
    assert (event.kind, event.when.value) == ("agreement", "2024-10-21")


def test_people_greeted_from_afar_take_no_part() -> None:
    text = (
        "ABU DHABI, 12th March, 2024 (WAM) -- President Sheikh Mohamed bin Zayed Al Nahyan today received "
        "Olzhas Bektenov, Prime Minister of the Republic of Kazakhstan, and asked him to convey his "
        "greetings to President Kassym-Jomart Tokayev."
    )
    (meeting,) = [e for e in extract(Document(text=text)) if e.kind == "meeting"]
    assert {p.name for p in meeting.people} == {"Mohamed bin Zayed Al Nahyan", "Olzhas Bektenov"}


def test_a_leader_named_without_a_country_holds_office_where_the_story_is_filed() -> None:
    text = (
        "NAIROBI – Last week, President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed. "
        "The two leaders later witnessed the signing of seven agreements."
    )
    agreements = events_of_kind(text, dt.date(2024, 3, 4), "agreement")
    assert {p.name for p in agreements[0].people} == {"William Ruto", "Abiy Ahmed"}
    assert set(agreements[0].countries) == {"KEN", "ETH"}


def test_an_event_an_event_follows_is_an_earlier_event_of_its_own() -> None:
    text = (
        "ABU DHABI, 12th March, 2024 (WAM) -- President Mohamed bin Zayed Al Nahyan today received Olzhas "
        "Bektenov, Prime Minister of Kazakhstan. The meeting follows the session of the UAE-Kazakhstan Joint "
        "Intergovernmental Commission held in Astana in November 2023."
    )
    meetings = {e.when.value: e for e in extract(Document(text=text)) if e.kind == "meeting"}
    assert set(meetings) == {"2024-03-12", "2023-11"}
    assert meetings["2024-03-12"].location is not None and meetings["2024-03-12"].location.name == "Abu Dhabi"
    assert set(meetings["2023-11"].countries) == {"ARE", "KAZ"}


def test_someone_met_after_with_is_not_the_subject_of_the_next_verb() -> None:
    text = (
        "KAZAN, Russia, Oct 22 (Reuters) - President Vladimir Putin held talks with Chinese President Xi "
        "Jinping on Tuesday and met Indian Prime Minister Narendra Modi and South African President Cyril "
        "Ramaphosa."
    )
    pairs = {frozenset(p.name for p in e.people) for e in extract(Document(text=text)) if e.kind == "meeting"}
    assert pairs == {
        frozenset({"Vladimir Putin", "Xi Jinping"}),
        frozenset({"Vladimir Putin", "Narendra Modi"}),
        frozenset({"Vladimir Putin", "Cyril Ramaphosa"}),
    }


KISHIDA = (
    "TOKYO, Aug. 9 (Kyodo) -- Prime Minister Fumio Kishida on Friday cancelled a planned trip to Central "
    "Asia, where he was to attend the first summit of the Central Asia plus Japan Dialogue.\n\n"
    "Kishida had been scheduled to visit Kazakhstan from Friday to Saturday, holding talks with President "
    "Kassym-Jomart Tokayev in Astana and attending the summit there on Saturday.\n\n"
    "He was then to pay a visit to Uzbekistan on Sunday and Monday."
)


def test_what_a_traveller_was_to_do_on_a_called_off_trip_is_called_off() -> None:
    events = extract(Document(text=KISHIDA, published=dt.date(2024, 8, 9)))
    assert {e.kind for e in events} == {"visit", "meeting", "summit"}
    assert all(e.status is Status.CANCELLED for e in events)


def test_two_days_joined_by_to_or_and_are_the_days_of_a_visit_even_in_a_past_tense_report() -> None:
    visits = {
        e.host_country: e.when.value
        for e in extract(Document(text=KISHIDA, published=dt.date(2024, 8, 9)))
        if isinstance(e, Visit)
    }
    assert visits == {"KAZ": "2024-08-09/2024-08-10", "UZB": "2024-08-11/2024-08-12"}


def test_the_day_a_trip_was_called_off_is_not_the_day_of_the_trip() -> None:
    text = "Prime Minister Fumio Kishida on Friday cancelled a planned trip to Kazakhstan."
    (visit,) = extract(Document(text=text, published=dt.date(2024, 8, 9)))
    assert visit.status is Status.CANCELLED and not visit.when.is_known


def test_a_word_of_calling_off_is_the_event_word_s_it_takes_as_object_or_stands_next_to() -> None:
    met = (
        "Chinese Foreign Minister Wang Yi and Pakistani Foreign Minister Ishaq Dar met in Islamabad on "
        "Thursday where they decided to cancel the visit of Chinese President Xi Jinping."
    )
    statuses = {e.kind: e.status for e in extract(Document(text=met, published=dt.date(2014, 9, 5)))}
    assert statuses == {"meeting": Status.HAPPENED, "visit": Status.CANCELLED}
    followed = (
        "Following consultations between the governments of China and Pakistan, the visit of Chinese "
        "President Xi Jinping has been cancelled."
    )
    (meeting,) = events_of_kind(followed, dt.date(2014, 9, 5), "meeting")
    assert meeting.status is Status.HAPPENED


def test_putting_off_reaches_across_its_object_and_the_days_before_it_are_not_the_event_s() -> None:
    text = (
        "Following the earthquake of August 8, Prime Minister Fumio Kishida has decided to postpone his "
        "attendance at the Central Asia plus Japan Dialogue Summit in Astana."
    )
    (summit,) = events_of_kind(text, dt.date(2024, 8, 9), "summit")
    assert summit.status is Status.CANCELLED and not summit.when.is_known


def test_what_a_statement_tells_of_is_put_off_not_the_statement() -> None:
    text = (
        "The Spain-Portugal summit, which was scheduled to take place in Huelva on June 26, has been "
        "postponed until the autumn, the Spanish foreign ministry announced on Tuesday."
    )
    (statement,) = events_of_kind(text, dt.date(2025, 6, 11), "statement")
    assert statement.status is Status.HAPPENED


def test_a_plan_told_as_standing_after_a_trip_was_called_off_still_stands() -> None:
    text = (
        "Secretary of State Mike Pompeo on Tuesday cancelled a visit to Germany. Pompeo is expected to hold "
        "talks with Russian Foreign Minister Sergey Lavrov in Sochi on May 14."
    )
    (meeting,) = events_of_kind(text, dt.date(2019, 5, 7), "meeting")
    assert meeting.status is Status.PLANNED
    announced = (
        "President Donald Trump's planned visit to Ireland has been postponed. The press secretary said that "
        "the president would travel to Paris as previously announced."
    )
    statuses = {e.host_country: e.status for e in events_of_kind(announced, dt.date(2018, 9, 12), "visit")}
    assert statuses == {"IRL": Status.CANCELLED, "FRA": Status.PLANNED}


def test_the_speaker_named_after_a_quote_takes_no_part_in_the_events_quoted() -> None:
    text = (
        '"President Hu Jintao will hold talks in Washington next week," White House press secretary '
        "Scott McClellan said."
    )
    (meeting,) = events_of_kind(text, dt.date(2005, 9, 4), "meeting")
    assert [p.name for p in meeting.people] == ["Hu Jintao"]


def test_a_spokesperson_announcing_a_visit_makes_a_statement_even_undated() -> None:
    text = (
        "President Recep Tayyip Erdogan's visit to Pakistan has been postponed, Foreign Office spokesperson "
        "Mohammad Faisal said."
    )
    (statement,) = events_of_kind(text, None, "statement")
    assert [p.name for p in statement.people] == ["Mohammad Faisal"]
    attributed = "President Xi Jinping will visit Pakistan, the foreign ministry said."
    assert not events_of_kind(attributed, None, "statement")


def test_a_source_named_after_its_verb_announces_what_comes_before_it() -> None:
    text = (
        "President of Uzbekistan Shavkat Mirziyoyev will pay a state visit to Turkey on October 25, said the "
        "Uzbek president's press service."
    )
    assert events_of_kind(text, None, "statement")


def test_a_state_body_named_with_its_state_after_it_announces_for_that_state() -> None:
    text = (
        "Earlier, the Ministry of Foreign Affairs of the Kyrgyz Republic also announced that President Sadyr "
        "Japarov would pay a visit to Turkey."
    )
    (statement,) = events_of_kind(text, None, "statement")
    assert [(p.name, p.country) for p in statement.participants] == [
        ("Ministry of Foreign Affairs of the Kyrgyz Republic", "KGZ")
    ]


def test_japan_s_chief_cabinet_secretary_speaks_for_the_government() -> None:
    text = (
        "Japanese Prime Minister Yoshihide Suga's visit to the United States has been postponed, Chief "
        "Cabinet Secretary Katsunobu Kato said."
    )
    (statement,) = events_of_kind(text, None, "statement")
    assert [p.name for p in statement.people] == ["Katsunobu Kato"]


def test_a_day_right_after_the_verb_of_saying_is_the_announcement_s_without_that() -> None:
    text = "The White House said on Saturday it cancelled a planned visit by Chinese President Hu Jintao."
    (statement,) = events_of_kind(text, dt.date(2005, 9, 4), "statement")
    assert statement.when.value == "2005-09-03"
    # with no publication date the day cannot be resolved, but the announcement still has one of its own
    assert events_of_kind(text, None, "statement")


def test_an_ambassador_telling_of_a_visit_announces_it() -> None:
    text = (
        "Prime Minister Karim Massimov will pay an official visit to China, Chinese Ambassador Zhang Hanhui "
        "told an expert forum on Wednesday."
    )
    (statement,) = events_of_kind(text, dt.date(2015, 9, 16), "statement")
    assert statement.when.value == "2015-09-16"


def test_a_relative_clause_about_the_subject_neither_dates_nor_plans_the_main_event() -> None:
    text = (
        "VIENTIANE, Laos (AP) — On the sidelines on Wednesday, Malaysian Prime Minister Anwar Ibrahim, whose "
        "country takes over the bloc's rotating chairmanship next year, met Philippine President Ferdinand "
        "Marcos Jr. to discuss maritime security."
    )
    (meeting,) = extract(Document(text=text, published=dt.date(2024, 10, 9)))
    assert (meeting.when.value, meeting.status) == ("2024-10-09", Status.HAPPENED)
    assert {p.name for p in meeting.people} == {"Anwar Ibrahim", "Ferdinand Marcos Jr"}


def test_a_summit_is_held_by_the_body_named_next_and_attended_by_those_expected_to_attend() -> None:
    text = (
        "VIENTIANE, Laos (AP) — Southeast Asian leaders opened their three-day annual summit in Laos on "
        "Wednesday. The Association of Southeast Asian Nations has struggled to make progress on Myanmar.\n\n"
        "The 18-nation East Asia Summit on Friday will bring together leaders of the U.S. and Russia. "
        "U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov are both expected "
        "to attend."
    )
    summits = events_of_kind(text, dt.date(2024, 10, 9), "summit")
    assert summits[0].when.value == "2024-10-09/2024-10-11"
    assert "Association of Southeast Asian Nations" in {p.name for p in summits[0].participants}
    assert {"Antony Blinken", "Sergey Lavrov"} <= {p.name for p in summits[1].participants}


def test_a_capitalized_summit_word_without_a_body_is_of_the_series_named_before_with_its_body() -> None:
    text = (
        "The EU foreign ministers met in Brussels on Monday. The leaders also recalled their meeting on the "
        "margins of the NATO Summit in The Hague in June, and the Prime Minister said the UK would fully "
        "support Türkiye's preparations to host next year's Summit in Ankara."
    )
    summits = events_of_kind(text, dt.date(2025, 10, 20), "summit")
    ankara = [s for s in summits if s.location is not None and s.location.name == "Ankara"]
    assert [[p.name for p in s.participants] for s in ankara] == [["North Atlantic Treaty Organization"]]


def test_a_summit_no_sentence_gives_a_body_is_held_by_the_body_whose_summit_the_title_names() -> None:
    text = (
        "Allied leaders are meeting in The Hague for a summit shortened to a single working session at the "
        "insistence of Washington."
    )
    document = Document(text=text, published=dt.date(2025, 6, 25), title="NATO summit in The Hague - live")
    summits = [e for e in extract(document) if e.kind == "summit"]
    assert [[p.name for p in s.participants] for s in summits] == [["North Atlantic Treaty Organization"]]
    untitled = [e for e in extract(Document(text=text, published=dt.date(2025, 6, 25))) if e.kind == "summit"]
    assert all(not s.participants for s in untitled)


def test_the_previous_occurrence_of_the_story_summit_is_held_by_its_body() -> None:
    text = (
        "TOKYO - Japan and Pacific island nations agreed Thursday to strengthen maritime cooperation, "
        "wrapping up a three-day summit in Tokyo hosted by Prime Minister Fumio Kishida.\n\n"
        "Leaders of 18 members of the Pacific Islands Forum adopted a joint action plan at the 10th Pacific "
        "Islands Leaders Meeting.\n\n"
        "Kishida met Cook Islands Prime Minister Mark Brown. The leaders' meeting is held every three years. "
        "The previous gathering in 2021 took place online due to the coronavirus pandemic."
    )
    summits = events_of_kind(text, dt.date(2024, 7, 18), "summit")
    earlier = [s for s in summits if s.when.value == "2021"]
    assert [[p.name for p in s.participants] for s in earlier] == [["Pacific Islands Forum"]]


def test_the_previous_call_of_the_callers_is_another_call_between_them() -> None:
    text = (
        "Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan. Their previous telephone "
        "conversation took place on 25 August."
    )
    calls = events_of_kind(text, dt.date(2025, 10, 17), "call")
    assert [(c.when.value, sorted(p.name for p in c.participants)) for c in calls] == [
        ("XXXX-XX-XX", ["Recep Tayyip Erdogan", "Vladimir Putin"]),
        ("2025-08-25", ["Recep Tayyip Erdogan", "Vladimir Putin"]),
    ]


def test_neither_the_source_nor_a_spokesperson_is_one_of_the_two_sides() -> None:
    text = (
        "Russian Foreign Ministry spokeswoman Maria Zakharova said Iranian Foreign Minister Abbas Araghchi "
        "will visit Moscow next week for talks with Sergey Lavrov. According to Zakharova, the two sides "
        "will also look at preparations for the next meeting of the regional platform."
    )
    events = extract(Document(text=text, published=dt.date(2025, 11, 19)))
    assert [e.kind for e in events if "Maria Zakharova" in {p.name for p in e.participants}] == ["statement"]


def test_a_series_of_meetings_dates_the_meetings_listed_next_one_per_named_minister() -> None:
    text = (
        "New York, 25 September 2024 – Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov held a "
        "series of bilateral meetings on 24 September.\n\n"
        "The Minister met with the foreign ministers of Hungary, Malaysia and Oman – Péter Szijjártó, "
        "Mohamad Hasan and Sayyid Badr Albusaidi."
    )
    meetings = extract(Document(text=text))
    assert all(m.kind == "meeting" and m.when.value == "2024-09-24" for m in meetings)
    counterparts = {(p.name, p.country) for m in meetings for p in m.people if p.name != "Bakhtiyor Saidov"}
    assert counterparts == {
        ("Péter Szijjártó", "HUN"),
        ("Mohamad Hasan", "MYS"),
        ("Badr Albusaidi", "OMN"),
    }


def test_a_dated_agreement_that_names_no_party_is_between_those_the_story_is_about() -> None:
    text = (
        "The European Union and Kazakhstan signed their first Partnership and Cooperation Agreement in "
        "January 1995. The legal backbone of today's ties is the Enhanced Partnership and Cooperation "
        "Agreement (EPCA), signed in Astana on December 21, 2015."
    )
    agreements = events_of_kind(text, dt.date(2024, 3, 1), "agreement")
    assert [a.when.value for a in agreements] == ["1995-01", "2015-12-21"]
    assert "European Union" in {p.name for p in agreements[1].participants}


def test_the_seat_of_an_international_body_speaks_for_it() -> None:
    text = "Brussels signed an investment agreement with Kazakhstan on Friday."
    (agreement,) = extract(Document(text=text, published=dt.date(2025, 4, 5)))
    assert "European Union" in {p.name for p in agreement.participants}
    assert "BEL" not in agreement.countries


def test_this_month_in_a_story_datelined_without_a_year_is_the_datelines_month() -> None:
    text = "MOSCOW, Oct. 3 /TASS/. Sergey Lavrov is expected to travel to Astana later this month."
    (visit,) = extract(Document(text=text))
    assert (visit.kind, visit.when.value, visit.status) == ("visit", "XXXX-10", Status.PLANNED)


def test_a_postponed_visit_is_called_off_and_dated_by_when_it_was_scheduled() -> None:
    text = (
        "French President Emmanuel Macron has postponed his state visit to Germany, which had been scheduled "
        "for early July, because of riots in France."
    )
    (visit,) = extract(Document(text=text, published=dt.date(2023, 7, 2)))
    assert (visit.status, visit.when.value) == (Status.CANCELLED, "2023-07")


def test_state_bodies_announce_and_attributions_take_no_part() -> None:
    text = (
        "Chinese Premier Li Qiang is set to visit Australia next week, Australia's foreign ministry "
        "announced on Thursday.\n\nTurkish President Recep Tayyip Erdogan held phone talks with Russian "
        "President Vladimir Putin on Monday, the Turkish presidency said."
    )
    events = extract(Document(text=text, published=dt.date(2024, 6, 6)))
    statement = next(e for e in events if e.kind == "statement")
    assert [p.name for p in statement.participants] == ["Ministry of Foreign Affairs of Australia"]
    call = next(e for e in events if e.kind == "call")
    assert {p.name for p in call.participants} == {"Recep Tayyip Erdogan", "Vladimir Putin"}


def test_a_pronoun_subject_takes_part_with_the_counterpart_it_meets() -> None:
    text = (
        "Indonesian Foreign Minister Retno Marsudi paid a working visit to Tokyo on Tuesday, where she met "
        "her Japanese counterpart Yoko Kamikawa."
    )
    meeting = next(
        e for e in extract(Document(text=text, published=dt.date(2024, 2, 21))) if e.kind == "meeting"
    )
    assert {p.name for p in meeting.people} == {"Retno Marsudi", "Yoko Kamikawa"}
    assert meeting.when.value == "2024-02-20"


def test_a_subject_whose_office_has_a_portfolio_meets_each_counterpart_apart() -> None:
    text = (
        "Secretary of State Marco Rubio met separately today with Polish Foreign Minister Radosław Sikorski, "
        "Turkish Foreign Minister Hakan Fidan, and Estonian Foreign Minister Margus Tsahkna."
    )
    meetings = extract(Document(text=text, published=dt.date(2025, 4, 4)))
    assert sorted(tuple(p.name for p in m.people) for m in meetings) == [
        ("Marco Rubio", "Hakan Fidan"),
        ("Marco Rubio", "Margus Tsahkna"),
        ("Marco Rubio", "Radosław Sikorski"),
    ]


def test_a_meeting_title_agrees_in_number_with_who_holds_the_talks() -> None:
    one = extract(
        Document(
            text="URUMQI, June 25 -- Ma Xingrui, Secretary of the Party Committee of XUAR, "
            "held talks on Tuesday on investment cooperation with Kazakhstan.",
            published=dt.date(2024, 6, 27),
        )
    )
    assert any(event.title.endswith(" holds talks") for event in one), [e.title for e in one]


def test_his_office_announcing_a_trip_is_the_leaders_office_and_the_announcement_happened() -> None:
    text = (
        "OTTAWA — Prime Minister Mark Carney will travel to Mexico City on Wednesday for a two-day visit, "
        "his office announced Monday."
    )
    events = extract(Document(text=text, published=dt.date(2025, 9, 15)))
    (statement,) = [e for e in events if e.kind == "statement"]
    assert [p.name for p in statement.participants] == ["Office of the Prime Minister of Canada"]
    assert (statement.when.value, statement.status) == ("2025-09-15", Status.HAPPENED)


def test_the_kremlin_announcing_is_a_body_speaking_not_a_place() -> None:
    text = (
        "MOSCOW, April 3 - Lao President Thongloun Sisoulith will travel to Moscow next month, "
        "the Kremlin announced on Thursday."
    )
    events = extract(Document(text=text, published=dt.date(2025, 4, 3)))
    (statement,) = [e for e in events if e.kind == "statement"]
    assert [p.name for p in statement.participants] == ["Kremlin"]
    assert statement.status is Status.HAPPENED


def test_a_states_foreign_ministry_is_named_as_its_ministry_of_foreign_affairs() -> None:
    text = "Colombia's Foreign Ministry confirmed on Wednesday that Gabriela Sommerfeld will visit Bogota."
    names = {m.entity.name for m in find_mentions(text) if m.kind == "organization" and m.entity is not None}
    assert "Ministry of Foreign Affairs of Colombia" in names


def test_a_joint_commission_of_two_states_written_in_lower_case_is_a_body() -> None:
    text = "Attaf said the Algerian-Mauritanian joint commission would meet in Algiers in May."
    (meeting,) = extract(Document(text=text, published=dt.date(2025, 2, 27)))
    assert meeting.kind == "meeting" and meeting.status is Status.PLANNED
    assert [p.name for p in meeting.participants] == ["Algerian-Mauritanian joint commission"]
    assert set(meeting.countries) == {"DZA", "MRT"}


def test_a_person_later_named_by_the_last_two_of_three_names_is_that_person() -> None:
    text = (
        "Gabonese President Brice Clotaire Oligui Nguema opened the summit on Thursday. "
        "On the sidelines of the summit, Oligui Nguema held talks with Congolese President "
        "Denis Sassou Nguesso."
    )
    events = extract(Document(text=text, published=dt.date(2025, 6, 5)))
    (meeting,) = [e for e in events if e.kind == "meeting"]
    assert {p.name for p in meeting.participants} == {"Brice Clotaire Oligui Nguema", "Denis Sassou Nguesso"}


def test_a_person_later_named_by_the_first_two_of_three_names_is_that_person() -> None:
    text = (
        "Prime Minister Abiy Ahmed held talks with President Hassan Sheikh Mohamud on Saturday. "
        "President Hassan Sheikh's visit to Addis Ababa in January had opened a new chapter."
    )
    events = extract(Document(text=text, published=dt.date(2025, 2, 16)))
    (visit,) = [e for e in events if e.kind == "visit"]
    assert [p.name for p in visit.participants] == ["Hassan Sheikh Mohamud"]


def test_talks_held_before_meeting_someone_else_are_a_meeting_of_their_own() -> None:
    text = (
        "Lithuanian President Gitanas Nauseda received Luxembourg Prime Minister Luc Frieden on Wednesday. "
        "Before meeting the President, Prime Minister Frieden held talks with Prime Minister Inga Ruginiene."
    )
    events = extract(Document(text=text, published=dt.date(2025, 10, 8)))
    meetings = [{p.name for p in e.participants} for e in events if e.kind == "meeting"]
    assert {"Luc Frieden", "Inga Ruginiene"} in meetings and len(meetings) == 2


def test_the_bloc_is_the_body_of_states_not_the_agency_named_more_often() -> None:
    text = (
        "LIBREVILLE, June 5 (Xinhua) -- Leaders of the Economic Community of Central African States (ECCAS) "
        "met in Libreville on Thursday, Xinhua learned. Xinhua reporters said the hall was full. "
        "The bloc's Council of Ministers met on Tuesday to prepare the summit."
    )
    mentions = find_mentions(text)
    (bloc,) = [m for m in mentions if text[m.start : m.end] == "The bloc"]
    assert bloc.entity is not None and bloc.entity.name == "Economic Community of Central African States"


def test_a_body_of_states_meeting_on_its_own_holds_a_summit() -> None:
    text = (
        "The Economic Community of Central African States (ECCAS) has eleven members. "
        "The bloc's Council of Ministers met on Tuesday."
    )
    events = extract(Document(text=text, published=dt.date(2025, 6, 5)))
    assert [(e.kind, e.when.value) for e in events] == [("summit", "2025-06-03")]


def test_a_plan_word_of_the_next_event_word_leaves_the_event_before_it_happened() -> None:
    text = (
        "Portuguese Foreign Minister Paulo Rangel and his Cape Verdean counterpart "
        "Jose Filipe Moraes Tavares held a videoconference on May 26 to prepare the next summit."
    )
    events = extract(Document(text=text, published=dt.date(2025, 5, 29)))
    (call,) = [e for e in events if e.kind == "call"]
    assert (call.when.value, call.status) == ("2025-05-26", Status.HAPPENED)


def test_a_summit_between_two_leaders_with_a_future_verb_after_it_is_their_planned_meeting() -> None:
    text = (
        "The summit between Portuguese Prime Minister Luis Montenegro and Cape Verde's Prime Minister "
        "Ulisses Silva will take place in Praia in July, according to the ministry."
    )
    (event,) = extract(Document(text=text, published=dt.date(2025, 5, 29)))
    assert (event.kind, event.when.value, event.status) == ("meeting", "2025-07", Status.PLANNED)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Prime Ministers Luis Montenegro and Ulisses Silva held the Portugal-Cape Verde summit.", "meeting"),
        ("The China-Japan-South Korea summit opened in Seoul on Monday.", "summit"),
    ],
)
def test_a_summit_of_two_states_written_together_is_their_meeting(text: str, kind: str) -> None:
    kinds = [e.kind for e in extract(Document(text=text, published=dt.date(2025, 5, 29)))]
    assert kinds == [kind]


def test_a_second_verb_joined_by_and_meets_its_own_object_not_the_first_verbs() -> None:
    text = (
        "Finnish Speaker Jussi Halla-aho paid a courtesy call on Estonian Prime Minister Kristen Michal "
        "and met members of the Riigikogu Foreign Affairs Committee."
    )
    events = extract(Document(text=text, published=dt.date(2025, 9, 12)))
    meetings = [{p.name for p in e.participants} for e in events if e.kind == "meeting"]
    assert len(meetings) == 2 and {"Jussi Halla-aho", "Kristen Michal"} in meetings


def test_a_first_name_of_someone_named_before_that_opens_another_name_is_not_that_person() -> None:
    text = (
        "Attaf met Mauritanian President Mohamed Ghazouani on Thursday. "
        "Attaf held talks with his Mauritanian counterpart, Mohamed Salem Merzoug, on energy."
    )
    second = text.index("Mohamed Salem")
    mentions = [m for m in find_mentions(text) if m.kind == "person" and m.start == second]
    assert all(m.entity is None or m.entity.name != "Mohamed Ghazouani" for m in mentions)


def test_a_counterpart_holds_the_office_of_the_person_whose_counterpart_they_are() -> None:
    text = (
        "WINDHOEK, May 14 (Reuters) - Foreign Minister Ronald Lamola met President Netumbo Nandi-Ndaitwah "
        "on Wednesday. On Tuesday he held talks with his Namibian counterpart on border trade."
    )
    events = extract(Document(text=text, published=dt.date(2025, 5, 14)))
    talks = [e for e in events if e.kind == "meeting" and e.when.value == "2025-05-13"]
    assert len(talks) == 1
    assert "Netumbo Nandi-Ndaitwah" not in [p.name for p in talks[0].participants]
    assert set(talks[0].countries) == {"ZAF", "NAM"}


def test_a_body_named_by_the_last_words_of_its_longer_name_is_that_body() -> None:
    text = (
        "The Morocco-Gambia Joint Commission met in 2024. "
        "The last session of the Joint Commission was held in Rabat in 2018."
    )
    bodies = [m.entity.name for m in find_mentions(text) if m.kind == "organization" and m.entity is not None]
    assert bodies == ["Morocco-Gambia Joint Commission", "Morocco-Gambia Joint Commission"]


def test_a_role_with_words_before_its_state_refers_back_to_the_person() -> None:
    text = (
        "Ghanaian President John Dramani Mahama met Bola Tinubu. "
        "In January the newly inaugurated Ghanaian leader made a one-day trip to Nigeria."
    )
    roles = [m for m in find_mentions(text) if m.role]
    assert [m.entity.name for m in roles if m.entity is not None] == ["John Dramani Mahama"]


def test_a_role_with_a_state_gives_that_state_to_the_person_of_its_rank_whose_state_is_unknown() -> None:
    text = (
        "Foreign Minister Oana Toiu travelled to Lisbon on Tuesday. "
        "On Wednesday, the Romanian minister is due to travel to Madrid."
    )
    roles = [m.entity for m in find_mentions(text) if m.role and m.entity is not None]
    assert [(e.name, e.country) for e in roles] == [("Oana Toiu", "ROU")]


def test_travelling_on_after_a_meeting_is_the_subject_s_trip_not_the_host_s() -> None:
    text = (
        "LIMA, March 3 (Reuters) - Chilean Foreign Minister Alberto van Klaveren held talks with Peruvian "
        "Foreign Minister Elmer Schialer on Monday. He is scheduled to meet President Dina Boluarte on "
        "Tuesday before travelling on to Quito on Wednesday."
    )
    visits = [e for e in extract(Document(text=text, published=dt.date(2025, 3, 3))) if isinstance(e, Visit)]
    assert [([p.name for p in v.participants], v.countries, v.when.value) for v in visits] == [
        (["Alberto van Klaveren"], ("CHL", "ECU"), "2025-03-05")
    ]


def test_a_guest_received_as_visiting_is_met_and_is_the_visitor() -> None:
    text = "Xi Jinping met visiting Kazakh President Kassym-Jomart Tokayev in Beijing on Friday."
    events = extract(Document(text=text, published=dt.date(2025, 6, 14)))
    meeting = next(e for e in events if isinstance(e, Meeting))
    visit = next(e for e in events if isinstance(e, Visit))
    assert {p.name for p in meeting.participants} == {"Xi Jinping", "Kassym-Jomart Tokayev"}
    assert visit.visitor is not None and visit.visitor.name == "Kassym-Jomart Tokayev"


def test_guests_only_called_the_visiting_ministers_make_a_meeting_and_no_visit_of_the_host() -> None:
    text = "Prime Minister Narendra Modi received the visiting ministers jointly on Friday evening."
    events = extract(Document(text=text, published=dt.date(2025, 6, 7)))
    assert [e.kind for e in events] == ["meeting"]
    assert events[0].when.value == "2025-06-06"


def test_a_pronoun_subject_meeting_two_named_leaders_meets_each_of_them() -> None:
    text = (
        "On the sidelines, Xi held a string of bilateral meetings. He met Kazakhstan's President "
        "Kassym-Jomart Tokayev and Kyrgyzstan's Sadyr Japarov on Sunday."
    )
    events = extract(Document(text=text, published=dt.date(2025, 9, 1)))
    pairs = [{p.name for p in e.participants} for e in events if isinstance(e, Meeting)]
    assert pairs == [{"Xi Jinping", "Kassym-Jomart Tokayev"}, {"Xi Jinping", "Sadyr Japarov"}]


def test_a_stay_that_lasts_until_a_later_day_spans_from_the_arrival_to_that_day() -> None:
    text = (
        "Indian Prime Minister Narendra Modi arrived in Hanoi on Monday for an official visit "
        "that lasts until Thursday."
    )
    visits = events_of_kind(text, dt.date(2024, 3, 5), "visit")
    assert [v.when.value for v in visits] == ["2024-03-04/2024-03-07"]


def test_the_span_a_deal_runs_over_does_not_date_its_signing() -> None:
    text = "Boeing signed a $10 billion agreement with Uzbekistan Airways over the next decade."
    found = kinds_and_dates(text, dt.date(2025, 11, 7))
    assert [kind for kind, _ in found] == ["agreement"]
    assert all(not date.startswith("2035") for _, date in found)


def test_documents_listed_each_with_its_own_date_are_signed_apart() -> None:
    listed = (
        "Russia and Uzbekistan signed the Treaty on Strategic Partnership in 2004 and the Treaty on "
        "Allied Relations in November 2005."
    )
    found = sorted(kinds_and_dates(listed, dt.date(2025, 4, 1)))
    assert found == [("agreement", "2004"), ("agreement", "2005-11")]
    then_met = "Russia and Uzbekistan signed the Treaty on Strategic Partnership in 2004 and met in 2005."
    assert ("agreement", "2005") not in kinds_and_dates(then_met, dt.date(2025, 4, 1))


def test_bilateral_meetings_with_the_leaders_of_listed_states_are_one_meeting_with_each() -> None:
    text = (
        "President Xi will also have bilateral meetings with the leaders of Kyrgyzstan, Tajikistan and "
        "Uzbekistan on the sidelines of the summit."
    )
    day = dt.date(2025, 6, 12)
    meetings = events_of_kind(text, day, "meeting")
    assert sorted(m.countries for m in meetings) == [("CHN", "KGZ"), ("CHN", "TJK"), ("CHN", "UZB")]
    jointly = "President Xi will hold talks with the leaders of Kyrgyzstan and Tajikistan together."
    joint = [e for e in extract(Document(text=jointly, published=day)) if e.kind == "meeting"]
    assert len(joint) <= 1


def test_a_traveller_s_first_trip_since_a_date_tells_of_their_trip_then() -> None:
    own = (
        "Putin arrived in Dushanbe on Wednesday for a state visit, his first trip to Tajikistan "
        "since June 2022."
    )
    assert ("visit", "2022-06") in kinds_and_dates(own, dt.date(2025, 10, 9))
    anyone = "Biden arrived in Hanoi on Sunday, the first visit by a U.S. president since 2016."
    assert ("visit", "2016") not in kinds_and_dates(anyone, dt.date(2023, 9, 11))


@pytest.mark.parametrize(
    ("text", "body", "parent"),
    [
        (
            "The Council of Foreign Ministers of the Organization of Turkic States met in Baku on Friday.",
            "Council of Foreign Ministers of the Organization of Turkic States",
            "Organization of Turkic States",
        ),
        (
            "The Council of Heads of State of the Shanghai Cooperation Organization met in Astana on July 4.",
            "Council of Heads of State of the Shanghai Cooperation Organization",
            "Shanghai Cooperation Organization",
        ),
    ],
)
def test_a_council_of_a_known_organization_meeting_is_a_summit_of_both(
    text: str, body: str, parent: str
) -> None:
    (event,) = extract(Document(text=text, published=dt.date(2024, 7, 10)))
    assert event.kind == "summit"
    assert [p.name for p in event.participants] == [body, parent]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Aliyev and Pashinyan last met on the sidelines of the European Political Community summit in "
            "Tirana in May.",
            "European Political Community",
        ),
        ("Leaders of the East African Community met in Arusha on Friday.", "East African Community"),
    ],
)
def test_a_summit_named_by_a_body_of_states_has_the_body_as_participant(text: str, body: str) -> None:
    events = extract(Document(text=text, published=dt.date(2025, 7, 10)))
    (summit,) = [e for e in events if e.kind == "summit"]
    assert body in [p.name for p in summit.participants]


def test_a_summit_named_with_capitals_is_a_standing_format_that_takes_part_in_it() -> None:
    text = (
        "Mirziyoyev and Berdimuhamedov last met in Astana in August 2024 on the sidelines of the "
        "Consultative Meeting of the Heads of State of Central Asia."
    )
    events = extract(Document(text=text, published=dt.date(2025, 2, 18)))
    (summit,) = [e for e in events if e.kind == "summit"]
    names = [p.name for p in summit.participants]
    assert "Consultative Meeting of the Heads of State of Central Asia" in names


def test_a_summit_word_opening_a_sentence_names_no_format() -> None:
    text = "Summit meetings of the leaders of Kazakhstan, Kyrgyzstan and Tajikistan took place in Astana."
    events = extract(Document(text=text, published=dt.date(2025, 2, 18)))
    assert all("Summit meetings" not in p.name for e in events for p in e.participants)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "ULAANBAATAR, Feb 20 -- Foreign Minister Battsetseg Batmunkh will visit Seoul on March 3-5, the "
            "Ministry of Foreign Affairs reported on Thursday.",
            "Ministry of Foreign Affairs of Mongolia",
        ),
        (
            "Tokayev will pay a state visit to Russia on November 11-12, the Kremlin press service said "
            "on Friday.",
            "Kremlin press service",
        ),
    ],
)
def test_an_office_announcing_a_visit_is_named_as_written_with_its_state(text: str, speaker: str) -> None:
    events = extract(Document(text=text, published=dt.date(2025, 2, 20)))
    (statement,) = [e for e in events if isinstance(e, Statement)]
    assert [p.name for p in statement.participants] == [speaker]


def test_a_body_named_again_in_lower_case_by_its_last_words_is_that_body() -> None:
    text = (
        "The 12th meeting of the China-Kazakhstan Cooperation Committee was held in Beijing on Tuesday. "
        "The 13th meeting of the cooperation committee will be held in Astana next year."
    )
    events = extract(Document(text=text, published=dt.date(2024, 11, 27)))
    planned = [e for e in events if e.status is Status.PLANNED]
    assert [e.kind for e in planned] == ["meeting"]
    assert [p.name for p in planned[0].participants] == ["China-Kazakhstan Cooperation Committee"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Lavrov attended a meeting of the CIS Council of Foreign Ministers in Minsk.",
            "CIS Council of Foreign Ministers",
        ),
        (
            "The AU Assembly of Heads of State and Government opened.",
            "AU Assembly of Heads of State and Government",
        ),
    ],
)
def test_whom_a_council_or_assembly_gathers_is_part_of_its_name(text: str, body: str) -> None:
    bodies = [m.entity.name for m in find_mentions(text) if m.kind == "organization" and m.entity is not None]
    assert body in bodies


def test_a_portfolio_written_before_a_name_holds_no_body() -> None:
    text = "Saied received Algerian Minister of Foreign Affairs and National Community Abroad Ahmed Attaf."
    assert [(m.kind, text[m.start : m.end]) for m in find_mentions(text) if m.kind != "country"] == [
        ("person", "Saied"),
        ("person", "Ahmed Attaf"),
    ]


def test_the_two_countries_are_the_two_states_the_story_names_most() -> None:
    text = (
        "BUENOS AIRES — Argentine President Javier Milei received Chile's president-elect José Antonio Kast "
        "at the Casa Rosada on Tuesday. Kast said Chile wants closer ties with Argentina.\n\n"
        "The two countries settled the Beagle Channel dispute with the Treaty of Peace and Friendship signed "
        "in the Vatican on November 29, 1984."
    )
    treaties = events_of_kind(text, dt.date(2025, 12, 16), "agreement")
    assert [(t.when.value, set(t.countries) >= {"ARG", "CHL"}) for t in treaties] == [("1984-11-29", True)]


def test_a_summit_two_states_want_to_see_held_is_a_wish_not_an_event() -> None:
    text = (
        "PORT VILA — Vanuatu's Prime Minister Jotham Napat and Solomon Islands Prime Minister Jeremiah "
        "Manele met in Port Vila on Tuesday.\n\n"
        "Manele also held talks with Napat on the Melanesian Spearhead Group, whose leaders' summit the two "
        "countries want to see held before the end of the year."
    )
    assert "summit" not in {e.kind for e in extract(Document(text=text, published=dt.date(2025, 10, 21)))}


def test_words_of_address_alone_refer_to_the_one_last_addressed_so_not_the_one_named_most() -> None:
    text = (
        "His Royal Highness Prince Mohammed bin Salman, Crown Prince and Prime Minister, received a call "
        "from President Pezeshkian. His Royal Highness the Crown Prince thanked him. Mohammed bin Salman "
        "said relations were strong.\n\n"
        "Last month, His Royal Highness Prince Khalid bin Salman, Minister of Defense, visited Tehran. "
        "During the visit, His Royal Highness also held talks with Foreign Minister Abbas Araghchi.\n\n"
        "Araghchi had been received by His Royal Highness the Crown Prince in Riyadh last October."
    )
    events = extract(Document(text=text, published=dt.date(2025, 5, 6)))
    meetings = [sorted(p.name for p in e.participants) for e in events if e.kind == "meeting"]
    assert ["Abbas Araghchi", "Khalid bin Salman"] in meetings
    assert ["Abbas Araghchi", "Mohammed bin Salman"] in meetings


def test_the_sender_of_a_letter_handed_over_is_no_visitor() -> None:
    text = (
        "Saudi Defence Minister Prince Khalid bin Salman visited Tehran last month and handed Supreme Leader "
        "Ali Khamenei a letter from King Salman, the most senior Saudi visit to Iran in decades."
    )
    visits = [e for e in extract(Document(text=text, published=dt.date(2025, 5, 1))) if isinstance(e, Visit)]
    assert {v.visitor.name if v.visitor else None for v in visits} == {"Khalid bin Salman"}


def test_a_trilateral_summit_with_a_leader_is_no_meeting_of_two() -> None:
    text = (
        "Marcos and Kishida last met in Washington in April for the first trilateral summit with United "
        "States President Joe Biden."
    )
    summits = events_of_kind(text, dt.date(2024, 7, 8), "summit")
    assert [sorted(p.name for p in s.participants) for s in summits] == [
        ["Ferdinand Marcos Jr", "Fumio Kishida", "Joe Biden"]
    ]


def test_he_after_a_speaker_reporting_someone_else_is_the_one_reported() -> None:
    text = (
        "Foreign ministry spokeswoman Hua Chunying said Chinese President Xi Jinping would be in Kazakhstan "
        "from July 2 to 4. He will then travel to Dushanbe for a state visit to Tajikistan from July 4 to 6."
    )
    events = extract(Document(text=text, published=dt.date(2024, 6, 28)))
    visits = [e for e in events if isinstance(e, Visit)]
    assert [v.visitor.name if v.visitor else None for v in visits] == ["Xi Jinping", "Xi Jinping"]


def test_he_after_a_speaker_is_the_speaker_not_one_named_after_a_preposition_and_title() -> None:
    text = (
        '"Our defence industry is part of the supply chain," the Secretary General Mark Rutte said at the '
        "press conference with Minister Hakan Fidan. He also visited the headquarters of the Turkish defence "
        "company Aselsan, where he was briefed on air defence systems.\n\n"
        "Tourism and Sports Minister Yerbol Myrzabossynov traveled to Beijing. On Thursday, he met Chinese "
        "Minister of Culture and Tourism Sun Yeli."
    )
    events = extract(Document(text=text, published=dt.date(2026, 1, 15)))
    visits = [e for e in events if isinstance(e, Visit)]
    assert [v.visitor.name if v.visitor else None for v in visits] == ["Mark Rutte", "Yerbol Myrzabossynov"]
    meetings = [e for e in events if e.kind == "meeting" and "Sun Yeli" in {p.name for p in e.participants}]
    assert [sorted(p.name for p in m.participants) for m in meetings] == [
        ["Sun Yeli", "Yerbol Myrzabossynov"]
    ]


def test_a_capital_announcing_speaks_and_the_spokesperson_after_it_made_the_same_statement() -> None:
    text = (
        "Chinese President Xi Jinping will travel to Astana next week to attend the SCO summit, Beijing "
        "announced on Friday. Foreign ministry spokeswoman Hua Chunying said Xi would be in Kazakhstan from "
        "July 2 to 4."
    )
    events = extract(Document(text=text, published=dt.date(2024, 6, 28)))
    statements = [e for e in events if isinstance(e, Statement)]
    assert [[p.name for p in s.participants] for s in statements] == [["Beijing", "Hua Chunying"]]
    assert statements[0].when.value == "2024-06-28"


def test_a_visit_by_someone_of_a_state_named_by_its_adjective_is_another_visit_from_that_state() -> None:
    text = (
        "Omani Foreign Minister Badr Albusaidi received Lebanese Foreign Minister Youssef Rajji, who is on "
        "an official visit to Muscat, on Monday. The last visit by a Lebanese foreign minister to Muscat "
        "took place in 2019."
    )
    events = extract(Document(text=text, published=dt.date(2025, 10, 29)))
    visits = [e for e in events if isinstance(e, Visit)]
    assert [(v.when.value, v.countries) for v in visits][-1] == ("2019", ("LBN", "OMN"))
    assert len(visits) == 2


def test_a_name_after_comma_and_with_its_own_verb_opens_another_meeting_not_a_counterpart() -> None:
    text = (
        "Speaker Koshanov is in China on an official goodwill visit from April 5 to 9. Vice President Han "
        "Zheng met with him on Monday, and Chairman Zhao Leji held talks with him on Tuesday."
    )
    events = extract(Document(text=text, published=dt.date(2026, 4, 8)))
    meetings = [e for e in events if isinstance(e, Meeting)]
    assert len(meetings) == 2
    assert not any({"Han Zheng", "Zhao Leji"} <= {p.name for p in m.participants} for m in meetings)


def test_a_verb_joined_by_comma_and_without_a_subject_of_its_own_has_the_subject_before() -> None:
    text = (
        "On Monday, Foreign Minister Penny Wong met Prime Minister Christopher Luxon in Wellington, and held "
        "talks with Deputy Prime Minister Winston Peters."
    )
    events = extract(Document(text=text, published=dt.date(2025, 3, 4)))
    meetings = [e for e in events if isinstance(e, Meeting)]
    assert [{p.name for p in m.participants} for m in meetings] == [
        {"Penny Wong", "Christopher Luxon"},
        {"Penny Wong", "Winston Peters"},
    ]


def test_a_congress_ending_the_office_of_a_holder_named_after_a_comma_is_no_gathering() -> None:
    text = (
        "At a meeting with the Chairman of the National People's Congress, Zhao Leji, President Tokayev "
        "said trade would grow."
    )
    events = extract(Document(text=text, published=dt.date(2025, 3, 4)))
    assert [(e.kind, {p.name for p in e.participants}) for e in events] == [
        ("meeting", {"Zhao Leji", "Kassym-Jomart Tokayev"})
    ]


def test_credentials_from_the_ambassadors_of_several_states_are_one_meeting_not_a_summit() -> None:
    text = "President Tokayev accepted credentials from the new ambassadors of six states in Astana."
    events = extract(Document(text=text, published=dt.date(2025, 3, 4)))
    assert [e.kind for e in events] == ["meeting"]


def test_a_summit_numbered_apart_is_another_of_the_series_not_the_one_told_before() -> None:
    text = (
        "Mongolia hosted the third Mongolia-Central Asia summit in Ulaanbaatar on Friday. President "
        "Khurelsukh recalled that the first summit in Tashkent last year had set the agenda."
    )
    events = extract(Document(text=text, published=dt.date(2025, 6, 7)))
    summits = [e for e in events if e.kind == "summit"]
    assert [(s.when.value, s.location.name if s.location else None) for s in summits] == [
        ("2025-06-06", "Ulaanbaatar"),
        ("2024", "Tashkent"),
    ]


def test_the_host_named_later_in_the_sentence_takes_part_in_the_summit() -> None:
    text = "The first summit was held online on January 27, 2022, and was hosted by Prime Minister Modi."
    events = extract(Document(text=text, published=dt.date(2025, 6, 7)))
    assert [(e.kind, [p.name for p in e.participants]) for e in events] == [("summit", ["Narendra Modi"])]


def test_the_two_after_the_two_top_diplomats_are_the_same_two_ministers() -> None:
    text = (
        "US Secretary of State Antony Blinken will hold talks with Russian Foreign Minister Sergey Lavrov on "
        "May 14 in Sochi. He could "
        "also be received by President Vladimir Putin. It will be the second meeting between the two top "
        "diplomats this month. The two met in Finland on Monday."
    )
    events = extract(Document(text=text, published=dt.date(2024, 5, 8)))
    finland = [e for e in events if e.location is not None and e.location.name == "Finland"]
    assert [{p.name for p in e.participants} for e in finland] == [{"Antony Blinken", "Sergey Lavrov"}]


def test_a_state_in_brackets_after_a_town_is_no_acronym_of_a_body() -> None:
    mentions = find_mentions("We just had a broad meeting in Puerto Iguazu (Argentina).")
    assert not [m for m in mentions if m.kind == "organization"]


def test_an_acronym_names_the_body_its_initials_spell_not_the_offices_before_it() -> None:
    text = (
        "Chairman of the Senate of Kazakhstan Maulen Ashimbayev and Chairman of the Standing Committee of "
        "the National People's Congress (NPC) of China Zhao Leji held talks in Beijing on Nov. 20."
    )
    bodies = [m.entity.name for m in find_mentions(text) if m.kind == "organization" and m.entity]
    assert "National People's Congress" in bodies
    assert not [name for name in bodies if "Ashimbayev" in name]
    (talks,) = extract(Document(text=text, published=dt.date(2024, 11, 21)))
    assert {p.name for p in talks.participants} >= {"Maulen Ashimbayev", "Zhao Leji"}
    names = [p.name for p in talks.participants]
    assert not [name for name in names if "Ashimbayev" in name and name != "Maulen Ashimbayev"]


def test_the_portfolio_of_an_office_is_no_person_named_after_it() -> None:
    text = (
        "Ambassador Tamim Khallaf, the Official Spokesperson and Director of Public Diplomacy at the "
        "Ministry of Foreign Affairs, stated that the meeting addressed relations."
    )
    people = [text[m.start : m.end] for m in find_mentions(text) if m.kind == "person"]
    assert people == ["Tamim Khallaf"]


def test_an_official_met_in_another_state_is_of_that_state_not_of_the_dateline() -> None:
    text = (
        "YEREVAN, Nov 4, 2025 (AFP) - Iran's top diplomat Abbas Araghchi held talks in Yerevan on Tuesday "
        "with his Armenian counterpart Ararat Mirzoyan.\n\n"
        "Araghchi flies to Tbilisi on Wednesday for talks with Foreign Minister Maka Botchorishvili, "
        "Foreign Minister Spokesman Karen Petrosyan said."
    )
    events = extract(Document(text=text, published=dt.date(2025, 11, 4)))
    tbilisi = [e for e in events if e.kind == "meeting" and e.location and e.location.name == "Tbilisi"]
    assert [set(e.countries) for e in tbilisi] == [{"GEO", "IRN"}]


def test_he_opening_two_sentences_in_a_row_is_the_same_person() -> None:
    text = (
        "Chilean President Gabriel Boric is in Peru on a state visit. He met today with President Dina "
        "Boluarte in Lima. He also visited Bolivia on Monday."
    )
    events = extract(Document(text=text, published=dt.date(2024, 5, 8)))
    bolivia = [e for e in events if e.location is not None and e.location.name == "Bolivia"]
    assert [[p.name for p in e.participants] for e in bolivia] == [["Gabriel Boric"]]


def test_the_foreign_ministers_of_a_region_meeting_for_consultations_are_a_summit() -> None:
    text = "The foreign ministers of the Nordic countries will arrive in Tokyo on Monday for consultations."
    events = extract(Document(text=text, published=dt.date(2024, 5, 8)))
    assert [(e.kind, len(e.countries) >= 5) for e in events] == [("summit", True)]


def test_the_speaker_after_a_closing_quotation_reports_the_meeting_and_takes_no_part() -> None:
    text = (
        '"The two leaders agreed it was best not to have a meeting in Tokyo next week," government '
        "spokesman Kenji Sato said in a statement."
    )
    events = extract(Document(text=text, published=dt.date(2024, 5, 8)))
    assert not any("Kenji Sato" in {p.name for p in e.participants} for e in events if e.kind == "meeting")


def test_his_in_a_phrase_opening_the_sentence_is_the_subject_named_after_it() -> None:
    text = (
        "President Ruto met President Tinubu in Nairobi on Monday. During his visit to Kenya, Nigerian "
        "President Bola Tinubu also toured a factory."
    )
    events = extract(Document(text=text, published=dt.date(2024, 5, 8)))
    visits = [e for e in events if isinstance(e, Visit)]
    assert [([p.name for p in v.participants], v.location.name if v.location else None) for v in visits] == [
        (["Bola Tinubu"], "Kenya")
    ]


def test_those_named_after_where_attended_the_summit_before_it() -> None:
    text = (
        "The tour follows a summit in Astana in June, where Chinese President Xi Jinping and the leaders of "
        "the region signed a treaty."
    )
    events = extract(Document(text=text, published=dt.date(2025, 11, 18)))
    summits = [e for e in events if e.kind == "summit"]
    assert [[p.name for p in s.participants] for s in summits] == [["Xi Jinping"]]


def test_a_summit_in_a_country_and_one_in_its_city_on_the_same_day_are_one_summit() -> None:
    text = "Leaders of the SCO held a summit in Uzbekistan on Friday. SCO leaders met in Samarkand on Friday."
    events = extract(Document(text=text, published=dt.date(2024, 10, 14)))
    assert [(e.kind, e.when.value) for e in events] == [("summit", "2024-10-11")]


def test_the_capital_of_a_state_is_its_capital_city() -> None:
    text = "President Anna Berg held talks with Minister Jan Novak in the capital of Kazakhstan today."
    (event,) = extract(Document(text=text, published=dt.date(2024, 5, 22)))
    assert event.location is not None and event.location.name == "Astana"


def test_the_day_a_later_event_is_scheduled_for_does_not_date_the_call_before_it() -> None:
    text = (
        "President Anna Berg held a telephone conversation with President Jan Novak. During the telephone "
        "talk the sides stressed the importance of the upcoming business forum in Aktau scheduled for May 30."
    )
    calls = events_of_kind(text, dt.date(2024, 5, 20), "call")
    assert [c.when.value for c in calls] == ["XXXX-XX-XX"]


def test_a_day_before_ahead_of_dates_the_meeting_not_the_summit_ahead() -> None:
    text = "President Anna Berg met on Monday with President Jan Novak ahead of the Nordic-Baltic Summit."
    summits = events_of_kind(text, dt.date(2024, 5, 22), "summit")
    assert [s.when.value for s in summits] == ["XXXX-XX-XX"]


def test_an_event_told_prior_to_a_summit_took_place_where_the_summit_did() -> None:
    text = (
        "The leaders of the Nordic states held a summit in Oslo on Monday. "
        "Prior to the summit, Prime Minister Anna Berg met President Jan Novak."
    )
    meetings = events_of_kind(text, dt.date(2024, 5, 22), "meeting")
    assert [m.location.name if m.location else None for m in meetings] == ["Oslo"]


def test_talks_with_the_hosts_of_a_trip_to_two_states_are_each_in_its_hosts_state() -> None:
    text = (
        "German Chancellor Jan Berg will visit Kazakhstan and Uzbekistan from September 15 to 17. "
        "He will hold bilateral talks with the presidents of Kazakhstan and Uzbekistan."
    )
    meetings = events_of_kind(text, dt.date(2023, 9, 1), "meeting")
    assert sorted(m.location.name for m in meetings if m.location) == ["Kazakhstan", "Uzbekistan"]


def test_the_day_a_visit_is_postponed_until_is_its_new_date() -> None:
    text = "Prime Minister Anna Berg's visit to Norway has been postponed until mid-June, her office said."
    (visit,) = events_of_kind(text, dt.date(2021, 4, 2), "visit")
    assert visit.when.value == "2021-06"


def test_a_day_written_before_another_noun_names_that_noun_not_the_trip() -> None:
    text = "President Anna Berg will travel to Dublin on a trip including a Nov. 11 ceremony in Paris."
    (visit,) = events_of_kind(text, dt.date(2018, 9, 12), "visit")
    assert not visit.when.is_known


def test_the_time_of_an_announcement_does_not_date_the_trip_it_announces() -> None:
    text = "Earlier this month, the ministry announced President Anna Berg would travel to Ireland."
    (visit,) = events_of_kind(text, dt.date(2018, 9, 12), "visit")
    assert not visit.when.is_known


def test_a_time_after_a_participle_phrase_set_off_by_commas_dates_the_event_before_it() -> None:
    text = "The 12th summit of the Nordic Council, chaired by Norway, opens today at the palace in Oslo."
    (summit,) = events_of_kind(text, dt.date(2024, 7, 4), "summit")
    assert summit.when.value == "2024-07-04"


def test_a_day_naming_an_accord_after_by_the_is_its_signing_not_a_deadline() -> None:
    text = "The sites are covered by the May 3 accord signed by Foreign Minister Anna Berg and Jan Novak."
    (agreement,) = events_of_kind(text, dt.date(2021, 5, 20), "agreement")
    assert agreement.when.value == "2021-05-03"


def test_a_year_joined_to_a_name_does_not_date_the_visit() -> None:
    text = "President Anna Berg confirmed her readiness to visit Kazakhstan and open EXPO-2017."
    (visit,) = events_of_kind(text, dt.date(2017, 5, 14), "visit")
    assert not visit.when.is_known


def test_a_day_at_the_top_of_an_undated_article_is_no_publication_date_for_events_told_as_past() -> None:
    text = (
        "March 1, 2025 — President Anna Berg met Foreign Minister Jan Novak in Oslo.\n\n"
        "July 2-4 — President Anna Berg paid a state visit to Norway."
    )
    (visit,) = events_of_kind(text, None, "visit")
    assert visit.when.value == "2025-07-02/2025-07-04" and visit.status is Status.HAPPENED


def test_talks_joined_by_and_to_a_signing_in_a_city_took_place_there() -> None:
    text = "President Anna Berg met Prime Minister Jan Novak on Monday and signed two agreements in Oslo."
    (meeting,) = events_of_kind(text, dt.date(2024, 5, 22), "meeting")
    assert meeting.location is not None and meeting.location.name == "Oslo"


def test_talks_named_without_people_are_those_of_their_own_sentence_before_the_next() -> None:
    text = (
        "President Erdoğan and President Berdimuhamedov attended a signing ceremony at the presidential "
        "palace, following bilateral talks. Minister of Foreign Affairs Mevlüt Çavuşoğlu and Minister of "
        "National Defense Hulusi Akar also attended the ceremony."
    )
    events = extract(Document(text=text, published=dt.date(2021, 11, 28)))
    (meeting,) = [e for e in events if e.kind == "meeting"]
    assert [p.name for p in meeting.participants] == ["Recep Tayyip Erdogan", "Berdimuhamedov"]


def test_a_day_of_saying_without_that_dates_the_saying_not_the_plan() -> None:
    text = "President Ivan Petrov said on Monday he would meet King Hussein of Jordan on Thursday."
    (meeting,) = extract(Document(text=text, published=dt.date(1990, 8, 14)))
    assert (meeting.when.value, meeting.status) == ("1990-08-16", Status.PLANNED)


def test_meetings_of_someone_with_several_people_are_one_with_each() -> None:
    text = (
        "President Sadyr Japarov will pay a state visit to Russia next week. During the visit, it is also "
        "planned to hold bilateral meetings of the head of state with Prime Minister Mikhail Mishustin, "
        "Federation Council Chairwoman Valentina Matviyenko and State Duma Chairman Vyacheslav Volodin."
    )
    events = extract(Document(text=text, published=dt.date(2023, 2, 20)))
    meetings = [
        [p.name for p in e.participants if isinstance(p, Person)] for e in events if e.kind == "meeting"
    ]
    assert meetings == [
        ["Sadyr Japarov", "Mikhail Mishustin"],
        ["Sadyr Japarov", "Valentina Matviyenko"],
        ["Sadyr Japarov", "Vyacheslav Volodin"],
    ]


def test_visiting_the_country_is_visiting_the_state_named_before() -> None:
    text = (
        "Russian President Vladimir Putin will visit Japan on 15 December, the first such trip in a decade. "
        "Putin last visited the country in 2005."
    )
    events = extract(Document(text=text, published=dt.date(2016, 12, 13)))
    assert [(e.when.value, e.title) for e in events] == [
        ("2016-12-15", "Vladimir Putin to visit Japan"),
        ("2005", "Vladimir Putin visits Japan"),
    ]


def test_a_speaker_after_the_verb_makes_one_statement_of_what_is_announced() -> None:
    text = (
        "Kazakhstan and China will sign ten agreements next week, announced Foreign Ministry spokesperson "
        "Aibek Smadiyarov on Monday."
    )
    events = extract(Document(text=text, published=dt.date(2024, 5, 21)))
    (statement,) = [e for e in events if e.kind == "statement"]
    assert (statement.when.value, statement.status, statement.title) == (
        "2024-05-20",
        Status.HAPPENED,
        "Aibek Smadiyarov: announces agreements",
    )


def test_consultations_defined_with_an_acronym_are_a_meeting_not_a_body() -> None:
    text = "India and Indonesia held the sixth round of Foreign Office Consultations (FOC) on June 25."
    assert kinds_and_dates(text, dt.date(2020, 6, 27)) == [("meeting", "2020-06-25")]


def test_talks_in_the_days_of_a_visit_told_as_under_way_are_in_its_city() -> None:
    text = (
        "Russian President Vladimir Putin is continuing his visit to Tashkent. On Monday, he is scheduled to "
        "hold negotiations with Uzbekistan's President Shavkat Mirziyoyev."
    )
    events = extract(Document(text=text, published=dt.date(2024, 5, 27)))
    (meeting,) = [e for e in events if e.kind == "meeting"]
    assert meeting.when.value == "2024-05-27"
    assert meeting.location is not None and meeting.location.name == "Tashkent"


def test_a_summit_first_told_by_the_summit_with_its_states_place_and_days_is_an_event() -> None:
    text = "The summit of China, Japan and South Korea will be held in Tokyo on 19 and 20 December."
    (summit,) = events_of_kind(text, dt.date(2016, 12, 14), "summit")
    assert summit.when.value == "2016-12-19/2016-12-20"
    assert set(summit.countries) == {"CHN", "JPN", "KOR"}
    assert summit.location is not None and summit.location.name == "Tokyo"
    assert isinstance(summit, Summit) and summit.name == "The summit of China, Japan and South Korea"


def test_an_office_named_nowhere_in_the_story_is_held_by_that_year_holder() -> None:
    (visit,) = events_of_kind("Poland's president visited Prague on Monday.", dt.date(1999, 5, 12), "visit")
    assert [p.name for p in visit.participants] == ["Aleksander Kwasniewski"]
    assert visit.when.value == "1999-05-10"


def test_an_office_that_changed_hands_that_year_or_a_former_holder_names_no_one() -> None:
    # Bush left and Obama came in 2009; 'the former president' is not whoever holds the office now
    for text, published in [
        ("The American president met the Polish president in Warsaw on Monday.", dt.date(2009, 5, 12)),
        ("The former Polish president met the Czech premier in Warsaw on Monday.", dt.date(2012, 9, 12)),
    ]:
        (meeting,) = events_of_kind(text, published, "meeting")
        assert "Barack Obama" not in {p.name for p in meeting.participants}
        assert "Bronislaw Komorowski" not in {p.name for p in meeting.participants}


def _places(text: str, published: dt.date) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            event.kind,
            event.location.name if event.location else None,
            event.location.country if event.location else None,
        )
        for event in extract(Document(text=text, published=published))
    ]


def test_a_town_the_gazetteer_lacks_is_the_place_where_a_place_is_expected() -> None:
    places = _places(
        "Milei is due in Foz do Iguaçu on Saturday for the Mercosur summit.", dt.date(2025, 12, 16)
    )
    assert ("summit", "Foz do Iguaçu", "BRA") in places
    assert _places("Petro hosted Lula in Santa Marta on Sunday.", dt.date(2025, 12, 16)) == [
        ("meeting", "Santa Marta", "COL")
    ]


def test_a_building_named_after_a_town_and_a_persons_possessive_are_no_towns() -> None:
    mentions = find_mentions("The ministers met at Lincoln Center. In Hamilton's view the talks failed.")
    assert not [m for m in mentions if m.kind == "place"]


def test_a_leg_still_to_come_of_a_visit_under_way_does_not_place_its_talks() -> None:
    text = (
        "NEW DELHI, Dec 16 (PTI) Prime Minister Narendra Modi held talks with visiting Sri Lankan President "
        "Anura Kumara Dissanayake on Monday. Dissanayake, who arrived on Sunday on a three-day state visit, "
        "also met President Droupadi Murmu. Dissanayake is scheduled to travel to Bodh Gaya in Bihar on "
        "Tuesday before returning to Colombo."
    )
    places = _places(text, dt.date(2024, 12, 16))
    assert all(place != "Bodh Gaya" for kind, place, _country in places if kind == "meeting")


def test_the_two_chiefs_are_those_of_the_states_the_sentence_names_through_a_person() -> None:
    text = (
        "MANILA - Defense Secretary Gilberto Teodoro Jr. and his Japanese counterpart, Minister of Defense "
        "Shinjiro Koizumi, agreed on Friday to expand joint exercises.\n\n"
        "The two defense chiefs met at Camp Aguinaldo in Quezon City, in the first meeting between them "
        "since Koizumi took office in October. Koizumi flew in on Thursday evening from Hanoi, where he had "
        "attended talks with Vietnamese Defense Minister Phan Van Giang earlier that day."
    )
    meetings = [
        e for e in extract(Document(text=text, published=dt.date(2025, 12, 5))) if isinstance(e, Meeting)
    ]
    assert {p.name for p in meetings[0].participants} == {"Gilberto Teodoro Jr", "Shinjiro Koizumi"}


def test_a_first_trip_said_to_have_been_to_a_place_is_a_visit_there() -> None:
    text = (
        "Sri Lankan President Anura Kumara Dissanayake took office in September. "
        "His first trip abroad as president was to New Delhi from December 15 to 17."
    )
    events = extract(Document(text=text, published=dt.date(2025, 6, 27)))
    (visit,) = [e for e in events if isinstance(e, Visit)]
    assert visit.location is not None and visit.location.name == "New Delhi"
    assert visit.when.value == "2024-12-15/2024-12-17"


def test_the_next_trilateral_meeting_stays_a_summit_after_bilateral_talks_on_its_margins() -> None:
    text = (
        "Turkish Foreign Minister Hakan Fidan on Tuesday hosted his Azerbaijani and Georgian counterparts in "
        "Trabzon for the 11th trilateral meeting of the three countries' foreign ministers. Before the "
        "trilateral session, Fidan held separate bilateral talks with Azerbaijan's Jeyhun Bayramov and "
        "Georgia's Maka Botchorishvili. Fidan said the next trilateral meeting would take place in "
        "Azerbaijan in 2027."
    )
    events = extract(Document(text=text, published=dt.date(2026, 2, 11)))
    (next_one,) = [e for e in events if e.when.value == "2027"]
    assert isinstance(next_one, Summit)


def test_the_iranian_honorific_seyed_is_no_part_of_the_name() -> None:
    text = "Foreign Minister Seyed Abbas Araghchi will travel to Ashgabat on Wednesday."
    people = [m.entity.name for m in find_mentions(text) if m.kind == "person" and m.entity is not None]
    assert people == ["Abbas Araghchi"]


def test_a_presidency_release_names_its_own_president_by_office_alone() -> None:
    text = (
        "The President of the Republic spoke this morning by telephone with Mr Narendra Modi, Prime Minister "
        "of the Republic of India. The President of the Republic confirmed that he would pay a state visit "
        "to India from 17 to 20 February."
    )
    outlet = "Élysée - Présidence de la République"
    document = Document(text=text, published=dt.date(2026, 1, 16), outlet=outlet)
    visits = [e for e in extract(document) if isinstance(e, Visit)]
    assert [[p.name for p in visit.participants] for visit in visits] == [["Emmanuel Macron"]]


def test_the_president_of_the_republic_in_a_news_agency_story_is_no_one() -> None:
    text = "The President of the Republic confirmed that he would pay a state visit to India on 17 February."
    assert not extract(Document(text=text, published=dt.date(2026, 1, 16), outlet="Reuters"))


def test_a_visit_named_again_with_a_date_years_apart_is_an_earlier_visit() -> None:
    text = (
        "President Emmanuel Macron will pay a state visit to India from 17 to 20 February. Macron recalled "
        "the welcome he had received during his state visit to India in January 2024."
    )
    visits = events_of_kind(text, dt.date(2026, 1, 16), "visit")
    assert [v.when.value for v in visits] == ["2026-02-17/2026-02-20", "2024-01"]


def test_a_date_after_another_event_word_does_not_part_a_mention_from_its_event() -> None:
    text = (
        "MOSCOW, April 3 - Lao President Thongloun Sisoulith will travel to Moscow next month and will hold "
        "talks with Russian President Vladimir Putin, the Kremlin announced on Thursday.\n\n"
        "The two leaders discussed the visit during a telephone conversation on Thursday, Kremlin spokesman "
        "Dmitry Peskov told reporters."
    )
    visits = events_of_kind(text, dt.date(2025, 4, 3), "visit")
    assert [v.when.value for v in visits] == ["2025-05"]


def test_bilateral_talks_the_day_before_a_summit_are_not_that_summit() -> None:
    text = (
        "Prime Minister Narendra Modi will host the AI Impact Summit in New Delhi on 19 and 20 February. "
        "Modi and President Emmanuel Macron will hold their bilateral talks in New Delhi on 18 February."
    )
    kinds = kinds_and_dates(text, dt.date(2026, 1, 16))
    assert ("meeting", "2026-02-18") in kinds
    assert ("summit", "2026-02-19/2026-02-20") in kinds


def test_a_meeting_in_the_week_of_a_visit_told_by_its_week_is_in_the_visit_city() -> None:
    text = (
        "Tourism Minister Yerbol Myrzabossynov traveled to Beijing last week to launch promotional events. "
        "On Thursday, he met Chinese Minister of Culture and Tourism Sun Yeli."
    )
    (meeting,) = events_of_kind(text, dt.date(2025, 2, 17), "meeting")
    assert meeting.when.value == "2025-02-13"
    assert meeting.location is not None and meeting.location.name == "Beijing"


def test_a_meeting_the_day_after_a_visitor_is_told_to_be_in_a_city_is_there() -> None:
    text = (
        "HANOI, April 22 (Reuters) - Swedish Foreign Minister Maria Malmer Stenergard is in Hanoi for talks "
        "with Vietnamese officials.\n\nShe is scheduled to meet Prime Minister Pham Minh Chinh on Wednesday."
    )
    meetings = events_of_kind(text, dt.date(2025, 4, 22), "meeting")
    planned = [m for m in meetings if m.when.value == "2025-04-23"]
    assert [m.location.name if m.location else None for m in planned] == ["Hanoi"]


TRILATERAL = (
    "Turkish Foreign Minister Hakan Fidan on Tuesday hosted his Azerbaijani and Georgian counterparts in "
    "Trabzon for the 11th trilateral meeting of the three countries' foreign ministers. Before the "
    "trilateral session, Fidan held separate bilateral talks with Azerbaijan's Jeyhun Bayramov and "
    "Georgia's Maka Botchorishvili. The trilateral mechanism was launched in the same city: its first "
    "meeting was held in Trabzon in June 2012. The previous meeting was hosted by Georgia in Tbilisi in "
    "2024."
)


def test_an_earlier_occurrence_of_a_summit_series_is_a_summit_not_talks_on_its_margins() -> None:
    summits = events_of_kind(TRILATERAL, dt.date(2026, 2, 11), "summit")
    assert {s.when.value for s in summits} == {"2026-02-10", "2012-06", "2024"}


def test_the_first_meeting_of_a_series_dates_no_talks_of_the_story() -> None:
    meetings = events_of_kind(TRILATERAL, dt.date(2026, 2, 11), "meeting")
    assert meetings and all(m.when.value != "2012-06" for m in meetings)


def test_a_participle_after_its_noun_is_dated_by_its_own_time_not_the_clause_before() -> None:
    text = (
        "The United States handed the canal over to Panama at the end of 1999 under treaties signed by "
        "President Jimmy Carter and Panamanian leader Omar Torrijos in 1977."
    )
    assert kinds_and_dates(text, dt.date(2025, 1, 30)) == [("agreement", "1977")]


def test_the_day_a_tour_of_several_states_begins_is_no_leg_of_it() -> None:
    text = (
        "WASHINGTON (AP) — Secretary of State Marco Rubio will travel to Panama, El Salvador, Costa Rica and "
        "Guatemala on a trip that begins Saturday, the State Department said Thursday. Rubio will hold talks "
        "with Salvadoran President Nayib Bukele in El Salvador on Monday."
    )
    visits = events_of_kind(text, dt.date(2025, 1, 30), "visit")
    assert len(visits) == 4
    assert all(v.when.value != "2025-02-01" for v in visits)


def test_a_building_named_alike_in_several_capitals_is_the_one_in_the_dateline_state() -> None:
    text = (
        "MINSK, 26 June (BelTA) – Belarusian President Aleksandr Lukashenko met with President of Kazakhstan "
        "Kassym-Jomart Tokayev at the Palace of Independence on 26 June."
    )
    (meeting,) = events_of_kind(text, dt.date(2025, 6, 26), "meeting")
    assert meeting.location is not None and meeting.location.name == "Minsk"


BELTA = (
    "MINSK, 26 June (BelTA) – Belarusian President Aleksandr Lukashenko met with President of Kazakhstan "
    "Kassym-Jomart Tokayev on 26 June, BelTA learned from the press service of the Belarusian leader.\n\n"
    "The forum opened in Minsk on Thursday and will close on Friday.\n\n"
    "Aleksandr Lukashenko and Kassym-Jomart Tokayev last met in Moscow on 9 May.\n\n"
    "Earlier in the day, Aleksandr Lukashenko held talks with President of Kyrgyzstan Sadyr Japarov."
)


def test_earlier_in_the_day_is_not_a_background_day_nor_a_day_still_ahead() -> None:
    meetings = events_of_kind(BELTA, dt.date(2025, 6, 26), "meeting")
    (japarov,) = [m for m in meetings if any(p.name == "Sadyr Japarov" for p in m.participants)]
    assert japarov.when.value == "2025-06-26"


def test_the_agency_of_the_dateline_named_again_takes_part_in_nothing() -> None:
    events = extract(Document(text=BELTA, published=dt.date(2025, 6, 26)))
    assert all(p.name != "BelTA" for e in events for p in e.participants)


def test_an_intergovernmental_summit_of_two_states_is_their_meeting() -> None:
    text = (
        "Giorgia Meloni and Recep Tayyip Erdogan today co-chaired the fourth Italy-Türkiye "
        "Intergovernmental Summit in Rome."
    )
    assert kinds_and_dates(text, dt.date(2025, 4, 29)) == [("meeting", "2025-04-29")]


def test_an_intergovernmental_summit_told_without_its_states_is_still_a_meeting_of_two() -> None:
    text = (
        "Giorgia Meloni and Recep Tayyip Erdogan met in Rome today. The previous Intergovernmental Summit "
        "was held in Ankara in July 2022. President Meloni accepted President Erdoğan's invitation to hold "
        "the next Intergovernmental Summit in Türkiye in 2026."
    )
    assert sorted(kinds_and_dates(text, dt.date(2025, 4, 29))) == [
        ("meeting", "2022-07"),
        ("meeting", "2025-04-29"),
        ("meeting", "2026"),
    ]


def test_someone_received_the_same_day_is_another_meeting_than_the_ceremony_before() -> None:
    text = (
        "Head of State Kassym-Jomart Tokayev received the credentials of the newly appointed ambassadors of "
        "Germany and India.\n\nThe same day, the Head of State received Minister of Foreign Affairs of "
        "Mongolia Battsetseg Batmunkh."
    )
    meetings = events_of_kind(text, dt.date(2025, 5, 5), "meeting")
    assert len(meetings) == 2


def test_an_office_of_a_body_set_off_by_commas_names_its_holder() -> None:
    text = (
        "On September 22, the chairman of China National Nuclear Corporation (CNNC), Yu Jianfeng, signed a "
        "roadmap in Astana. The next morning, President Kassym-Jomart Tokayev received Yu at the Akorda."
    )
    people = {m.entity.name for m in find_mentions(text, 2025) if m.kind == "person" and m.entity}
    assert "Yu Jianfeng" in people


def test_on_that_occasion_is_the_day_of_the_event_told_before() -> None:
    text = (
        "The last visit to Tripoli by an Italian minister dates back to 17 July 2024, when Prime Minister "
        "Giorgia Meloni took part in a forum promoted by Abdulhamid Dbeibah. On that occasion Meloni also "
        "had a bilateral meeting with Libyan Prime Minister Abdulhamid Dbeibah."
    )
    meetings = events_of_kind(text, dt.date(2025, 5, 15), "meeting")
    assert [m.when.value for m in meetings] == ["2024-07-17"]


def test_talks_held_ahead_of_a_ceremony_happened() -> None:
    text = "Ahead of the ceremony, El-Sisi held separate talks with Italian Prime Minister Giorgia Meloni."
    (meeting,) = events_of_kind(text, dt.date(2024, 3, 17), "meeting")
    assert meeting.status is Status.HAPPENED


def test_a_meeting_a_speaker_says_would_be_held_is_planned() -> None:
    text = (
        "Ilham Aliyev met Serbian President Aleksandar Vucic in Baku on Monday. He noted that the second "
        "meeting of the Azerbaijan-Serbia High-Level Strategic Cooperation Council would be held in Belgrade "
        "later this year."
    )
    events = extract(Document(text=text, published=dt.date(2025, 5, 12)))
    council = [e for e in events if e.when.value == "2025"]
    assert [e.status for e in council] == [Status.PLANNED]


def test_a_plan_its_maker_called_off_later_in_the_sentence_is_cancelled() -> None:
    text = (
        "Prime Minister Fumio Kishida was to hold the inaugural Central Asia plus Japan summit in Astana in "
        "August 2024, but he called off the trip at the last minute after an earthquake warning."
    )
    (summit,) = events_of_kind(text, dt.date(2025, 12, 19), "summit")
    assert summit.status is Status.CANCELLED


def test_a_visit_that_would_not_take_place_is_cancelled() -> None:
    text = (
        "The Polish Foreign Ministry said a visit to Warsaw by Hungarian Foreign Minister Peter Szijjarto, "
        "planned for Wednesday, would not take place."
    )
    (visit,) = events_of_kind(text, dt.date(2025, 5, 12), "visit")
    assert visit.status is Status.CANCELLED


def test_a_visit_someone_was_to_pay_but_called_off_is_cancelled() -> None:
    text = "Prime Minister Fumio Kishida was to visit Kazakhstan in August 2024, but he called off the trip."
    (visit,) = events_of_kind(text, dt.date(2025, 12, 19), "visit")
    assert visit.status is Status.CANCELLED


def test_a_meeting_the_next_day_told_in_the_past_happened() -> None:
    text = (
        "Donald Trump announced on May 13 that he would lift US sanctions on Syria, and the next day met "
        "Syrian President Ahmed al-Sharaa in Riyadh."
    )
    meetings = events_of_kind(text, dt.date(2025, 6, 20), "meeting")
    assert [(m.when.value, m.status) for m in meetings] == [("2025-05-14", Status.HAPPENED)]


def test_a_city_named_after_its_state_is_the_city() -> None:
    text = "President Bernardo Arévalo met Belizean Prime Minister John Briceño in Belize City on Thursday."
    (meeting,) = events_of_kind(text, dt.date(2025, 3, 14), "meeting")
    assert meeting.location is not None and meeting.location.name == "Belize City"


def test_talks_ahead_of_a_signing_ceremony_are_where_the_signing_was() -> None:
    text = (
        "President Abdel-Fattah El-Sisi and European Commission President Ursula von der Leyen signed on "
        "Sunday a joint declaration at a ceremony held at the Ittihadiya Presidential Palace in Cairo.\n\n"
        "Ahead of the ceremony, El-Sisi held separate talks with Italian Prime Minister Giorgia Meloni."
    )
    (meeting,) = events_of_kind(text, dt.date(2024, 3, 17), "meeting")
    assert meeting.location is not None and meeting.location.name == "Cairo"


def test_his_majesty_is_the_king_not_the_crown_prince_named_after_him() -> None:
    text = (
        "His Majesty King Abdullah II opened the conference. His Royal Highness Crown Prince Al Hussein bin "
        "Abdullah II attended the opening session. On the sidelines of the conference, His Majesty met with "
        "President Abdel Fattah El-Sisi."
    )
    people = [
        (text[m.start : m.end], m.entity.name)
        for m in find_mentions(text, 2024)
        if m.kind == "person" and m.entity is not None
    ]
    assert people[-2] == ("His Majesty", "Abdullah II")


def test_a_date_of_what_a_mention_is_said_to_be_does_not_part_it_from_its_event() -> None:
    text = (
        "Uzbekistan and the Asian Development Bank (ADB) signed a $500 million policy-based loan agreement "
        "on Wednesday. The ADB loan is the second tranche of a programme approved by the bank's board in "
        "2023."
    )
    assert kinds_and_dates(text, dt.date(2024, 5, 16)) == [("agreement", "2024-05-15")]


@pytest.mark.parametrize(
    "text",
    [
        "ABU DHABI, 22nd April, 2024 (WAM) -- President Mohamed bin Zayed today received Sultan Haitham bin "
        "Tarik of Oman, who arrived in the country earlier in the day on a two-day state visit.",
        "ABU DHABI, 22nd April, 2024 (WAM) -- President Mohamed bin Zayed received Sultan Haitham bin Tarik "
        "of Oman at Qasr Al Watan.\n\nHis Highness had earlier welcomed the Sultan at the Presidential "
        "Airport upon his arrival in the UAE on a two-day state visit.",
    ],
)
def test_a_visit_of_some_days_dated_by_its_arrival_s_day_covers_those_days(text: str) -> None:
    (visit,) = events_of_kind(text, dt.date(2024, 4, 22), "visit")
    assert visit.when.value == "2024-04-22/2024-04-23"


@pytest.mark.parametrize(
    "text",
    [
        "After the talks in Chisinau, Ukrainian Foreign Minister Andrii Sybiha held a video call with "
        "Romanian Foreign Minister Emil Hurezeanu.",
        "In a phone call with Donald Trump in January, Crown Prince Mohammed bin Salman pledged to expand "
        "Saudi investment in the US.",
    ],
)
def test_a_call_joins_the_callers_places_and_has_none_of_its_own(text: str) -> None:
    (call,) = events_of_kind(text, dt.date(2025, 5, 13), "call")
    assert call.location is None


def test_a_place_after_a_comma_and_in_holds_the_one_before_and_is_no_second_meeting() -> None:
    text = (
        "Foreign Minister Lars Rasmussen met Iceland's Thorgerdur Gunnarsdottir in Tórshavn, in the Faroe "
        "Islands."
    )
    (meeting,) = extract(Document(text=text, published=dt.date(2025, 5, 20)))
    assert meeting.location is not None and meeting.location.name == "Tórshavn"


def test_the_prime_ministers_of_a_region_meeting_hold_a_summit_dated_by_its_day_not_its_season() -> None:
    text = "The Nordic prime ministers will hold their summer meeting in Oslo on 16 June."
    assert kinds_and_dates(text, dt.date(2025, 5, 20)) == [("summit", "2025-06-16")]


def test_an_event_verb_after_to_in_a_heading_is_still_to_come() -> None:
    text = (
        "Baltic foreign ministers to meet Polish Foreign Minister Radoslaw Sikorski in Warsaw\n\n"
        "The talks will focus on Ukraine, officials said."
    )
    meetings = events_of_kind(text, dt.date(2025, 5, 12), "meeting")
    assert [m.status for m in meetings] == [Status.PLANNED]


def test_a_meeting_a_past_trip_was_made_for_happened_on_the_weekday_before() -> None:
    text = "Russian Foreign Minister Sergey Lavrov travelled to Astana to meet Tokayev on Monday."
    (meeting,) = events_of_kind(text, dt.date(2025, 5, 21), "meeting")
    assert (meeting.when.value, meeting.status) == ("2025-05-19", Status.HAPPENED)


def test_a_place_before_the_conjunct_of_an_event_noun_is_the_earlier_conjunct_s() -> None:
    text = (
        "Ramaphosa and Lula discussed the G20 Leaders' Summit, which South Africa will host in Johannesburg "
        "on 22 and 23 November, and the BRICS summit that Brazil hosts in Rio de Janeiro in July."
    )
    places = {
        e.when.value: e.location.name
        for e in events_of_kind(text, dt.date(2025, 3, 4), "summit")
        if e.location
    }
    assert places == {"2025-11-22/2025-11-23": "Johannesburg", "2025-07": "Rio de Janeiro"}


def test_the_two_leaders_in_a_paragraph_naming_no_state_are_the_pair_the_story_is_about() -> None:
    text = (
        "Japanese Prime Minister Shigeru Ishiba and Philippine President Ferdinand Marcos Jr. signed a "
        "reciprocal access agreement on Monday.\n\n"
        "Marcos arrived in Tokyo on Sunday. He is scheduled to meet Emperor Naruhito on Thursday.\n\n"
        "A planned summit with U.S. President Donald Trump was cancelled last week.\n\n"
        "The two leaders last met in Vientiane in October."
    )
    (meeting,) = [e for e in events_of_kind(text, dt.date(2025, 3, 10), "meeting") if e.location]
    assert {p.name for p in meeting.participants} == {"Shigeru Ishiba", "Ferdinand Marcos Jr"}


def test_a_summit_with_a_leader_takes_no_body_from_the_sentence_next_to_it() -> None:
    text = (
        "A planned trilateral summit with U.S. President Donald Trump was cancelled last week. "
        "Ishiba and Marcos last met in Vientiane in October on the sidelines of the ASEAN summit."
    )
    summits = events_of_kind(text, dt.date(2025, 3, 10), "summit")
    cancelled = [s for s in summits if s.status is Status.CANCELLED]
    assert cancelled and not any(isinstance(p, Organization) for p in cancelled[0].participants)


def test_membership_of_a_party_body_written_as_an_office_makes_the_body_no_participant() -> None:
    text = (
        "On April 21, 2025, Member of the Political Bureau of the CPC Central Committee and Foreign Minister "
        "Wang Yi held talks with Egyptian Foreign Minister Badr Abdelatty in Beijing."
    )
    (meeting,) = events_of_kind(text, dt.date(2025, 4, 22), "meeting")
    assert [p.name for p in meeting.participants] == ["Wang Yi", "Badr Abdelatty"]


def test_those_joined_to_the_visitor_as_subjects_travel_too_but_not_the_host() -> None:
    travelling = (
        "European Council President António Costa and European Commission President Ursula von der Leyen "
        "will travel to Uzbekistan in April."
    )
    (visit,) = events_of_kind(travelling, dt.date(2025, 6, 12), "visit")
    assert [p.name for p in visit.participants] == ["António Costa", "Ursula von der Leyen"]
    hosting = "During Xi's state visit to Kazakhstan, Tokayev and Xi signed a treaty on Monday."
    (visit,) = events_of_kind(hosting, dt.date(2025, 6, 18), "visit")
    assert visit.participants[0].name == "Xi Jinping"


def test_meeting_again_is_another_meeting_of_those_who_met_before() -> None:
    text = (
        "US Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov in Riyadh on Tuesday. "
        "They agreed to meet again in Washington next month."
    )
    meetings = events_of_kind(text, dt.date(2025, 11, 20), "meeting")
    assert [(m.when.value, m.status.value, [p.name for p in m.participants]) for m in meetings] == [
        ("2025-11-18", "happened", ["Marco Rubio", "Sergey Lavrov"]),
        ("2025-12", "planned", ["Marco Rubio", "Sergey Lavrov"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Officials gathered for the annual Trade and Investment Council in Astana.",
        "Officials gathered for the 12th Trade and Investment Council in Astana.",
    ],
)
def test_a_body_named_after_the_and_a_word_keeps_the_words_joined_by_and(text: str) -> None:
    bodies = [text[m.start : m.end] for m in find_mentions(text) if m.kind == "organization"]
    assert bodies == ["Trade and Investment Council"]


def test_a_gathering_told_in_the_background_is_no_setting_of_the_story_s_own_meeting() -> None:
    text = (
        "Mercosur and EFTA leaders signed their free trade agreement on Tuesday at a summit in Rio de "
        "Janeiro. Negotiators had held their last round of talks at a summit in Buenos Aires on July 2. "
        "On the sidelines of the summit, Brazilian Foreign Minister Mauro Vieira and Swiss Economy Minister "
        "Guy Parmelin held a bilateral meeting."
    )
    (meeting,) = events_of_kind(text, dt.date(2025, 9, 17), "meeting")
    assert (meeting.when.value, meeting.location.name if meeting.location else None) == (
        "2025-09-16",
        "Rio de Janeiro",
    )
