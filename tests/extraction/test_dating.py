"""How extracted events are dated and whether they happened: spans, years, lists and announcements."""

from __future__ import annotations

import datetime as dt

from tests.extraction.test_extract import events_of_kind, kinds_and_dates
from timeline.extraction import extract
from timeline.model import Document


def test_a_visit_from_one_weekday_to_a_later_one_under_way_ends_on_the_coming_weekday() -> None:
    text = "Kazakh Prime Minister Olzhas Bektenov is on an official visit to China from Sunday to Wednesday."
    # told on Tuesday: Sunday is past, Wednesday still to come
    assert ("visit", "2024-11-24/2024-11-27") in kinds_and_dates(text, dt.date(2024, 11, 26))


def test_an_arrival_for_a_stay_of_days_spans_them_and_the_next_stop_announced_is_planned() -> None:
    text = (
        "Chinese Foreign Minister Wang Yi arrived in Kazakhstan on Thursday for a three-day visit and is "
        "expected to leave for Tashkent on Sunday, a Chinese diplomat said."
    )
    visits = events_of_kind(text, dt.date(2025, 4, 26), "visit")
    found = sorted((v.countries[-1], v.when.value, v.status.value) for v in visits)
    assert found == [("KAZ", "2025-04-24/2025-04-26", "happened"), ("UZB", "2025-04-27", "planned")]


def test_a_visit_under_way_that_runs_through_a_weekday_spans_from_the_arrival_to_it() -> None:
    text = (
        "Chinese leader Xi Jinping arrived in Kazakhstan on Monday for a summit with Central Asian "
        "leaders.\n\n"
        "Xi is on a state visit to Kazakhstan that runs through Wednesday."
    )
    visits = events_of_kind(text, dt.date(2025, 6, 16), "visit")
    assert [(v.when.value, v.status.value) for v in visits] == [("2025-06-16/2025-06-18", "happened")]


def test_the_day_a_visit_will_conclude_closes_the_stay_begun_by_the_arrival() -> None:
    text = (
        "The Uzbek leader arrived in Seoul on 23 September and was met by the Minister of Foreign Affairs "
        "of Korea Cho Hyun.\n\nThe state visit will conclude on 25 September."
    )
    text = "President Shavkat Mirziyoyev is in Korea on a state visit.\n\n" + text
    visits = events_of_kind(text, dt.date(2025, 9, 24), "visit")
    assert [v.when.value for v in visits] == ["2025-09-23/2025-09-25"]


def test_a_visit_told_by_its_first_day_lasts_until_its_visitor_is_told_to_go_home() -> None:
    text = (
        "The President of Liberia, Joseph Nyuma Boakai, arrived in Abidjan on Wednesday, November 26, 2025, "
        "for a state visit.\n\nBoakai will travel to Yamoussoukro on Friday, November 28, 2025, where he "
        "will lay a wreath, before returning to Monrovia on Saturday, November 29, 2025."
    )
    visits = events_of_kind(text, dt.date(2025, 11, 27), "visit")
    assert visits[0].when.value == "2025-11-26/2025-11-29"


def test_leaving_the_city_of_an_earlier_stop_does_not_end_the_stay_that_follows() -> None:
    text = (
        "Chinese President Xi Jinping arrived in Dushanbe on Wednesday for a state visit to Tajikistan.\n\n"
        "Xi will leave Astana on Friday after the summit."
    )
    visits = events_of_kind(text, dt.date(2024, 7, 3), "visit")
    assert [v.when.value for v in visits] == ["2024-07-03"]


def test_a_future_of_another_subject_after_and_leaves_the_event_before_it_done() -> None:
    text = (
        "President Kassym-Jomart Tokayev and Chinese leader Xi Jinping spoke by phone in January, and "
        "Tokayev is expected to travel to the Chinese city of Xi'an next month."
    )
    calls = events_of_kind(text, dt.date(2023, 4, 12), "call")
    assert [(c.when.value, c.status.value) for c in calls] == [("2023-01", "happened")]


def test_a_planned_event_in_a_season_already_over_is_in_the_next_year() -> None:
    text = "Kazakh President Kassym-Jomart Tokayev will visit China in the spring."
    assert ("visit", "2025-SP") in kinds_and_dates(text, dt.date(2024, 12, 4))


def test_a_tour_after_which_a_trip_will_come_was_made_in_the_last_such_month() -> None:
    text = (
        "Chinese President Xi Jinping will travel to Kazakhstan next week. It will be Xi's second trip "
        "abroad this year, after a tour of France and Serbia in May."
    )
    found = [
        (e.countries, e.when.value, e.status.value)
        for e in extract(Document(text=text, published=dt.date(2024, 6, 28)))
        if e.kind == "visit" and "FRA" in e.countries
    ]
    assert found == [(("CHN", "FRA"), "2024-05", "happened")]


def test_a_later_sentence_of_a_timeline_entry_happened_on_the_date_the_entry_opens_with() -> None:
    text = (
        "Here are the key moments in the relationship.\n\n"
        "Sept. 14, 2022 — Xi makes Nur-Sultan the first stop of his first trip abroad. He and Tokayev "
        "hold talks at the Akorda."
    )
    assert sorted(kinds_and_dates(text, dt.date(2025, 6, 20))) == [
        ("meeting", "2022-09-14"),
        ("visit", "2022-09-14"),
    ]


def test_a_time_word_inside_the_event_s_own_words_neither_dates_nor_plans_it() -> None:
    text = (
        "Kosherbayev, Wang Yi discuss upcoming contacts by phone\n\n"
        "Kazakh Foreign Minister Yermek Kosherbayev held a telephone conversation on Friday with Chinese "
        "Foreign Minister Wang Yi."
    )
    calls = events_of_kind(text, dt.date(2025, 3, 8), "call")
    assert [(c.when.value, c.status.value) for c in calls] == [("2025-03-07", "happened")]


def test_the_day_something_was_said_does_not_date_what_was_said() -> None:
    text = (
        "Foreign Ministry spokesman Aibek Smadiyarov told reporters on Monday that Chinese Premier Li Qiang "
        "will visit Kazakhstan later this year."
    )
    found = [e.when.value for e in extract(Document(text=text, published=dt.date(2025, 9, 24)))]
    assert "2025" in found and "2025-09-29" not in found


def test_a_verb_in_the_past_tense_after_a_future_joined_by_and_happened() -> None:
    text = (
        "The two heads of state announced that China and Kazakhstan will build a permanent comprehensive "
        "strategic partnership and signed a joint statement of the two countries."
    )
    found = [
        e.status.value
        for e in extract(Document(text=text, published=dt.date(2023, 5, 17)))
        if e.kind == "agreement"
    ]
    assert found == ["happened"]
    passive = "Kazakhstan and China said the treaty on good-neighbourliness will be signed in May."
    found = [e.status.value for e in extract(Document(text=passive, published=dt.date(2025, 4, 1)))]
    assert "happened" not in found


def test_a_year_in_an_event_s_name_and_a_month_in_a_person_s_name_date_nothing() -> None:
    text = (
        "ABU DHABI, 14th January, 2025 (WAM) -- President Sheikh Mohamed bin Zayed Al Nahyan received "
        "Kassym-Jomart Tokayev, who is on a working visit to take part in Abu Dhabi Sustainability Week 2025."
    )
    assert ("meeting", "2025-01-14") in kinds_and_dates(text, dt.date(2025, 1, 14))
    named = (
        "Alibek Bakayev also met with Director General of the Department of European-Central Asian Affairs "
        "of the Ministry of Foreign Affairs of China Yu Jun."
    )
    assert all(not date.endswith("-06") for _, date in kinds_and_dates(named, dt.date(2024, 3, 14)))


def test_a_summit_of_days_told_to_end_on_its_day_ends_then() -> None:
    lead = (
        "President Lee Jae-myung held talks with Vietnamese President Luong Cuong on the sidelines of the "
        "APEC summit in Gyeongju on Saturday, as the two-day gathering drew to a close."
    )
    assert ("summit", "2025-10-31/2025-11-01") in kinds_and_dates(lead, dt.date(2025, 11, 1))
    later = (
        "Chinese leader Xi Jinping opened the main session of a two-day summit of the Shanghai Cooperation "
        "Organization on Monday.\n\nThe summit ends later Monday with the adoption of a declaration."
    )
    assert ("summit", "2025-08-31/2025-09-01") in kinds_and_dates(later, dt.date(2025, 9, 1))


def test_a_range_of_years_is_a_period_and_dates_no_meeting() -> None:
    text = (
        "Earlier, on 20 February, the foreign ministers Murat Nurtleu and Bakhtiyor Saidov met in Tashkent "
        "to review the roadmap for 2025–2026."
    )
    assert ("meeting", "2025-02-20") in kinds_and_dates(text, dt.date(2025, 3, 4))


def test_a_visit_during_which_a_planned_meeting_is_held_is_as_planned_and_dated() -> None:
    text = (
        "The presidents of Kazakhstan and Uzbekistan agreed to hold the fifth meeting of the Supreme "
        "Interstate Council in Astana in the second half of the year, during the state visit of President "
        "Shavkat Mirziyoyev to Kazakhstan."
    )
    found = [
        (e.when.value, e.status.value)
        for e in extract(Document(text=text, published=dt.date(2025, 3, 4)))
        if e.kind == "visit"
    ]
    assert found == [("2025-H2", "planned")]


def test_a_press_release_headed_by_its_city_date_and_clock_time_is_dated_by_them() -> None:
    text = (
        "Astana, 5 May 2025, 14:20\n\n"
        "Head of State Kassym-Jomart Tokayev received the credentials of the newly appointed ambassadors.\n\n"
        '"Last year, Chancellor Olaf Scholz paid an official visit to Astana," the Head of State said.'
    )
    assert ("visit", "2024") in kinds_and_dates(text)


def test_what_is_ahead_after_an_event_is_the_next_event_not_the_one_before() -> None:
    text = (
        "The 14th session of the Ethiopia-Djibouti Joint Ministerial Commission opened on Wednesday with a "
        "meeting of senior officials, ahead of the ministerial session on Friday."
    )
    found = [e.when.value for e in extract(Document(text=text, published=dt.date(2025, 6, 26)))]
    assert "2025-07-02" not in found


def test_he_after_a_spokeswoman_s_announcement_is_the_one_she_spoke_of() -> None:
    text = (
        "Foreign ministry spokeswoman Hua Chunying said President Xi Jinping would be in Kazakhstan from "
        "July 2 to 4. He will then travel to Dushanbe for a state visit to Tajikistan from July 4 to 6."
    )
    visits = events_of_kind(text, dt.date(2024, 6, 28), "visit")
    visitors = {(v.visitor.name if v.visitor else None, v.when.value) for v in visits}
    assert ("Xi Jinping", "2024-07-04/2024-07-06") in visitors


def test_a_planned_visit_named_again_without_tense_or_date_is_that_visit() -> None:
    text = (
        "At the invitation of Premier Li Qiang, Prime Minister of Kazakhstan Olzhas Bektenov will pay an "
        "official visit to China from April 12 to 15.\n\n"
        "CCTV: Could you share more details about the Kazakh Prime Minister Olzhas Bektenov's visit?"
    )
    visits = events_of_kind(text, dt.date(2026, 4, 8), "visit")
    assert [(v.when.value, v.status.value) for v in visits] == [("2026-04-12/2026-04-15", "planned")]


def test_the_day_of_a_signing_during_a_visit_is_not_the_visit_s_date() -> None:
    text = (
        "On June 17, during Xi's state visit to Astana, he and President Kassym-Jomart Tokayev signed a "
        "Treaty on Permanent Good-Neighborliness."
    )
    found = kinds_and_dates(text, dt.date(2025, 7, 1))
    assert ("agreement", "2025-06-17") in found
    assert ("visit", "2025-06-17") not in found


def test_a_long_since_clause_bounds_its_time_but_a_clause_with_its_own_verb_does_not() -> None:
    text = (
        "Putin would also meet Azerbaijani President Ilham Aliyev, their first face-to-face talks since "
        "relations soured over the crash of an Azerbaijan Airlines passenger jet in December 2024."
    )
    assert all(date != "2024-12" for _, date in kinds_and_dates(text, dt.date(2025, 10, 9)))


def test_a_later_leg_of_a_stay_in_the_same_country_is_part_of_it() -> None:
    text = (
        "TIANJIN, China (AP) — Russian President Vladimir Putin, who arrived in Tianjin on Sunday, met Uzbek "
        "President Shavkat Mirziyoyev on Monday.\n\n"
        "Putin will travel on to Beijing, where he will hold talks with Xi Jinping on Tuesday and attend a "
        "military parade on Wednesday."
    )
    visits = events_of_kind(text, dt.date(2025, 9, 1), "visit")
    assert [(v.when.value, v.status.value) for v in visits] == [("2025-08-31/2025-09-03", "happened")]


def test_a_document_to_be_signed_is_planned() -> None:
    text = (
        "Chinese Foreign Minister Wang Yi said the ministers of China and Kazakhstan had agreed on the main "
        "documents to be signed at the summit."
    )
    found = [(e.kind, e.status.value) for e in extract(Document(text=text, published=dt.date(2025, 4, 26)))]
    assert found == [("agreement", "planned")]


def test_a_date_before_and_belongs_to_the_earlier_verb_even_when_the_later_one_names_no_year() -> None:
    text = (
        "CAIRO, April 22 (KUNA) -- President Al-Sisi received the Amir. The Kuwaiti-Egyptian Joint Higher "
        "Committee last convened in Kuwait in 2019, and President Al-Sisi is expected to meet the Amir in "
        "Cairo later this year."
    )
    dates = [value for kind, value in kinds_and_dates(text) if kind == "meeting"]
    assert "2019" not in dates


def test_a_meeting_in_an_as_clause_takes_the_day_of_the_main_clause_not_a_target_year() -> None:
    text = (
        "BRASILIA, May 6 (Reuters) - Brazilian President Luiz Inacio Lula da Silva and his Uruguayan "
        "counterpart Yamandu Orsi pledged on Tuesday to push the Mercosur trade bloc to finalise its pending "
        "trade agreements this year, as the two leftist leaders met in Brasilia on Orsi's first state "
        "visit abroad since taking office in March."
    )
    assert ("meeting", "2025-05-06") in kinds_and_dates(text, dt.date(2025, 5, 6))


def test_a_year_less_timeline_entry_takes_the_year_of_an_earlier_entry_even_one_without_events() -> None:
    text = (
        "Here is how the dispute escalated.\n\n"
        "**March 1, 2025** - A Venezuelan navy patrol boat approaches a vessel.\n\n"
        "**March 27** - US Secretary of State Marco Rubio visits Georgetown and meets President Irfaan Ali. "
        "The two governments sign a memorandum of understanding on security cooperation.\n\n"
        "**May 1** - The court grants Guyana's request."
    )
    events = extract(Document(text=text, published=dt.date(2025, 5, 2)))
    assert {(e.kind, e.when.value, e.status.value) for e in events} >= {
        ("visit", "2025-03-27", "happened"),
        ("agreement", "2025-03-27", "happened"),
    }


SCHEDULE = """Chancellor Friedrich Merz will have the following public appointments in the coming week:

Monday, 8 December 2025

The Chancellor will travel to London, where he will meet Prime Minister Keir Starmer.

Tuesday, 9 December 2025

10.30 a.m. The Chancellor will receive Greek Prime Minister Kyriakos Mitsotakis in Berlin.

Wednesday, 10 December 2025

The Chancellor will travel to Oslo for talks with Prime Minister Jonas Gahr Støre.
"""


def test_a_schedule_divided_by_days_dates_each_section_by_its_day_heading() -> None:
    found = kinds_and_dates(SCHEDULE, dt.date(2025, 12, 5))
    assert ("visit", "2025-12-08") in found and ("visit", "2025-12-10") in found
    # a time of day under a heading is on the heading's day, not the day of publication
    meetings = events_of_kind(SCHEDULE, dt.date(2025, 12, 5), "meeting")
    receptions = [e for e in meetings if "Berlin" in str(e.location)]
    assert [e.when.value for e in receptions] == ["2025-12-09"]


def test_a_single_date_line_heads_no_section_but_two_divide_a_digest_by_days() -> None:
    talks = (
        "Wednesday, 3 July 2024\n\nPresident Kassym-Jomart Tokayev held talks with Chinese President "
        "Xi Jinping in Astana, the Akorda said.\n"
    )
    assert kinds_and_dates(talks, dt.date(2024, 7, 5)) == [("meeting", "XXXX-XX-XX")]
    digest = talks + "\nThursday, 4 July 2024\n\nXi Jinping attended the SCO summit in Astana.\n"
    assert ("meeting", "2024-07-03") in kinds_and_dates(digest, dt.date(2024, 7, 5))


KEY_DATES = """Key dates

3 March 2022 - Application
Sandu signs Moldova's application for EU membership in Chisinau.

4 July 2025 - First summit
Costa, von der Leyen and Sandu hold the first EU-Moldova summit in Chisinau.

What comes next

Sandu has said she will travel to Brussels after the election.
"""


def test_a_timeline_entry_under_a_day_and_title_line_is_of_that_day_until_another_section_begins() -> None:
    found = kinds_and_dates(KEY_DATES, dt.date(2025, 9, 26))
    assert ("summit", "2025-07-04") in found
    # 'What comes next' closes the last entry: the plan after it has no day of its own
    assert ("visit", "XXXX-XX-XX") in found


def test_a_time_in_a_relative_clause_closed_before_the_event_word_dates_only_that_clause() -> None:
    text = "Türkiye, which became a NATO Ally in 1952, last hosted a NATO Summit in Istanbul in June 2004."
    assert kinds_and_dates(text, dt.date(2026, 1, 15)) == [("summit", "2004-06")]
    # the event told inside the aside keeps the aside's time
    text = "Tokayev, who visited China in 2019, will attend the summit in Astana in July."
    assert kinds_and_dates(text, dt.date(2024, 5, 22)) == [("visit", "2019"), ("summit", "2024-07")]


def test_a_relative_clause_after_an_event_noun_dates_and_plans_it_not_the_event_before_it() -> None:
    text = (
        "NATO Secretary General Mark Rutte visited Ankara on Wednesday and Thursday (14-15 January 2026) for "
        "talks on the preparations for the NATO Summit, which Türkiye will host on 7 and 8 July 2026."
    )
    events = extract(Document(text=text, published=dt.date(2026, 1, 15)))
    found = [(e.kind, e.when.value, e.status.value) for e in events]
    assert found == [
        ("visit", "2026-01-14/2026-01-15", "happened"),
        ("meeting", "2026-01-14/2026-01-15", "happened"),
        ("summit", "2026-07-07/2026-07-08", "planned"),
    ]
    # a period the relative clause names does not date the event
    text = (
        "Tokayev is expected to travel to China at the end of August for the SCO summit in Tianjin, which "
        "China hosts as the organization's chair for 2024–2025."
    )
    assert ("summit", "2025-08") in kinds_and_dates(text, dt.date(2025, 6, 1))


def test_an_event_during_a_visit_told_before_takes_its_month_but_not_its_first_day_nor_the_dateline() -> None:
    text = (
        "Riyadh, May 06, 2025, SPA -- Crown Prince Mohammed bin Salman received a phone call today from "
        "President Masoud Pezeshkian.\n\n"
        "Last month, Defense Minister Khalid bin Salman visited Tehran on April 17. During the visit, he "
        "also held talks with President Pezeshkian.\n\n"
        "Indonesian Defence Minister Prabowo flew to Canberra in August 2024. During that trip, Prabowo and "
        "Australian Defence Minister Richard Marles signed the Defence Cooperation Agreement."
    )
    found = kinds_and_dates(text, dt.date(2025, 5, 6))
    assert ("meeting", "XXXX-XX-XX") in found
    assert ("meeting", "2025-05-06") not in found
    assert ("agreement", "2024-08") in found


def test_a_summit_whose_dates_are_agreed_is_planned() -> None:
    headline = "NATO Allies agree dates for 2026 Summit in Ankara"
    events = extract(Document(text=headline, published=dt.date(2026, 1, 15)))
    assert [(e.kind, e.status.value) for e in events] == [("summit", "planned")]


def test_a_trip_made_later_is_not_dated_by_the_earlier_verb_s_time() -> None:
    text = (
        "Minister Borg made his first visit as Chairperson-in-Office to Kyiv in January 2024, and later "
        "travelled to Chisinau and Baku."
    )
    found = kinds_and_dates(text, dt.date(2024, 12, 6))
    assert found.count(("visit", "2024-01")) == 1
    assert found.count(("visit", "XXXX-XX-XX")) == 2


def test_an_announcement_in_a_timeline_entry_is_not_dated_after_the_report() -> None:
    text = (
        "**February 5, 2025** - US Secretary of State Marco Rubio says he will not attend the meeting.\n\n"
        "**November 7** - The White House press secretary says no US official will attend the Johannesburg "
        "summit."
    )
    statements = events_of_kind(text, dt.date(2025, 11, 21), "statement")
    assert [s.when.value for s in statements] == ["2025-11-07"]


def test_a_day_written_with_its_determiner_before_a_noun_names_that_noun_not_the_event() -> None:
    text = (
        "Macron and Modi reviewed the Horizon 2047 roadmap, adopted in July 2023 during Modi's visit to "
        "Paris as guest of honour of the 14 July parade."
    )
    (agreement,) = events_of_kind(text, dt.date(2026, 1, 16), "agreement")
    assert agreement.when.value == "2023-07"


def test_each_stop_of_a_tour_takes_the_days_a_later_sentence_gives_for_its_country() -> None:
    text = (
        "Prime Minister Narendra Modi will travel to Ghana, Argentina and Namibia from July 2 to 9, the "
        "Ministry of External Affairs announced on Friday.\n\n"
        "In Accra on July 2 and 3, Mr. Modi will hold talks with President John Dramani Mahama.\n\n"
        "The Argentina leg, on July 4 and 5, will include talks with President Javier Milei.\n\n"
        "From Buenos Aires, he will fly on. The tour will conclude in Windhoek on July 9 with talks with "
        "President Netumbo Nandi-Ndaitwah."
    )
    visits = {v.host_country: v.when.value for v in events_of_kind(text, dt.date(2025, 6, 27), "visit")}
    assert visits == {"GHA": "2025-07-02/2025-07-03", "ARG": "2025-07-04/2025-07-05", "NAM": "2025-07-09"}


def test_a_tour_stop_is_not_dated_by_the_day_its_stay_lasts_until() -> None:
    text = (
        "Xi Jinping will travel to Vietnam and Malaysia from April 14 to 17.\n\n"
        "Xi stays in Malaysia until Thursday, after talks with Prime Minister Anwar Ibrahim."
    )
    visits = {v.host_country: v.when.value for v in events_of_kind(text, dt.date(2025, 4, 15), "visit")}
    assert visits["MYS"] == "2025-04-14/2025-04-17"


def test_a_day_inside_a_phrase_of_another_action_after_the_event_does_not_date_it() -> None:
    text = (
        "Vietnamese party chief To Lam will meet Prime Minister Kim Min-seok and visit Busan before "
        "returning home on Sept 26."
    )
    (meeting,) = events_of_kind(text, dt.date(2025, 9, 18), "meeting")
    assert not meeting.when.is_known


def test_an_earlier_visit_in_a_when_clause_after_its_year_is_not_the_visit_under_way() -> None:
    text = (
        "Australian Prime Minister Anthony Albanese arrived in Jakarta this morning. It is a repeat of 2022, "
        "when he also made Jakarta his first bilateral visit, just weeks after taking office in May of "
        "that year."
    )
    visits = sorted(v.when.value for v in events_of_kind(text, dt.date(2025, 5, 15), "visit"))
    assert visits == ["2022", "2025-05-15"]


def test_a_month_not_yet_begun_that_a_past_event_verb_governs_is_last_year_s() -> None:
    text = (
        "Chinese President Xi Jinping and Egyptian President Abdel Fattah El-Sisi met twice, in Beijing in "
        "May and in Kazan in October."
    )
    meetings = events_of_kind(text, dt.date(2025, 4, 22), "meeting")
    assert sorted((m.when.value, m.status.value) for m in meetings) == [
        ("2024-05", "happened"),
        ("2024-10", "happened"),
    ]


def test_a_summit_named_again_with_its_own_days_takes_them_over_its_month() -> None:
    text = (
        "BRUSSELS, June 12 - European Council President António Costa will travel to Uzbekistan in April for "
        "the first EU-Central Asia summit, the EU said on Thursday. The leaders of Kazakhstan and Uzbekistan "
        "are expected to attend the summit in Samarkand on April 3-4."
    )
    (summit,) = events_of_kind(text, dt.date(2025, 6, 12), "summit")
    assert summit.when.value == "2026-04-03/2026-04-04"


def test_a_day_told_of_another_event_during_a_visit_does_not_date_the_visit() -> None:
    text = (
        "Nepali Prime Minister K.P. Sharma Oli flew to Beijing in December 2024. During that visit the two "
        "governments signed the Framework for Belt and Road Cooperation on December 4."
    )
    (visit,) = events_of_kind(text, dt.date(2025, 9, 14), "visit")
    assert visit.when.value == "2024-12"


def test_an_amount_of_time_later_counts_from_the_last_date_told_before_at_the_precision_it_supports() -> None:
    published = dt.date(2026, 1, 12)
    months = "Tokayev visited Moscow in November 2019. Two months later, he was in Beijing on a state visit."
    assert kinds_and_dates(months, published) == [("visit", "2019-11"), ("visit", "2020-01")]
    weeks = "Xi met Putin in Moscow on March 21, 2023. Two weeks later, Xi held talks with Macron in Beijing."
    assert kinds_and_dates(weeks, published) == [("meeting", "2023-03-21"), ("meeting", "2023-04-04")]
    # a year moved by months may be the next one: no date
    year = "Xi met Putin in Moscow in 2023. Six months after that, Xi held talks with Macron in Beijing."
    assert kinds_and_dates(year, published) == [("meeting", "2023"), ("meeting", "XXXX-XX-XX")]
