"""Ordinary words and numbers that are not time expressions."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import find_times

REFERENCE = dt.date(2024, 5, 21)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Officials may visit the site.", id="modal may"),
        pytest.param("May I add one thing?", id="modal May at the start of a sentence"),
        pytest.param("Prime Minister Theresa May said so.", id="May as a surname"),
        pytest.param("Protesters march to the square.", id="march as a verb"),
        pytest.param("March on, the general ordered.", id="March as a verb at the start of a sentence"),
        pytest.param(
            "The Sun reported it; Sun Yat-sen University and Wed Corp agreed.", id="Sun and Wed in names"
        ),
        pytest.param("Jan Egeland spoke to reporters.", id="Jan as a name"),
        pytest.param("He won a second term in office.", id="a second"),
        pytest.param("It is one of the largest projects.", id="one of"),
        pytest.param("The bank lent $2.6 billion to the company.", id="money"),
        pytest.param("A 220-megawatt plant opened.", id="220-megawatt"),
        pytest.param("They signed nine projects.", id="nine projects"),
        pytest.param("The airline runs 11 international routes.", id="11 international routes"),
        pytest.param("The pipeline is 1,700km long.", id="1,700km"),
        pytest.param("The pipeline is 2,024 km long.", id="a year-like number with a comma"),
        pytest.param("Security Council Resolution 1325 was cited.", id="Resolution 1325"),
        pytest.param("Trade grew by 2024%.", id="percentage with a year-like number"),
        pytest.param("Trade grew 15 percent, or 20%.", id="percentages"),
        pytest.param("Call +7 7172 74 56 78 or (202) 555-2024.", id="phone numbers"),
        pytest.param("Flight 1984 landed at Gate 2015.", id="numbers that name things"),
        pytest.param("He is a 44-year-old engineer, 52 years old.", id="ages"),
        pytest.param("His car was seen in the weeks before the shooting.", id="the weeks before an event"),
        pytest.param("Guterres met Putin on the last day of the summit.", id="the last day of an event"),
        pytest.param("He visited Damascus after the fall of the Assad regime.", id="the fall of a regime"),
        pytest.param("Markets reported a sharp fall in prices.", id="a fall in prices"),
        pytest.param("Iraq imports about three-quarters of its food.", id="three-quarters"),
        pytest.param("Prices fall as spring rains come.", id="fall as a verb, spring as a noun"),
        pytest.param(
            "It raised its quarterly dividend; the Party daily Granma said so.", id="set words as adjectives"
        ),
        pytest.param("It saves $500 million a year and adds 700 seats a week.", id="rates"),
        pytest.param("Sales rise 8.5% annually; it makes 10,000 units annually.", id="rates told by adverbs"),
        pytest.param("The case is for today's youth what the war was for theirs.", id="today's youth"),
        pytest.param("Fathers in today's world have rights.", id="today's world"),
        pytest.param("I would have chosen the people of tomorrow.", id="the people of tomorrow"),
        pytest.param("For the people of Poland, high noon has come.", id="high noon, an idiom"),
        pytest.param("He met Deputy Director Yu Jun. They talked.", id="Jun, a given name"),
        pytest.param("They met on the Independence Day of Kazakhstan.", id="another Independence Day"),
        pytest.param("India's Independence Day parade was held.", id="another Independence Day, possessive"),
        pytest.param('Baker said on ABC\'s "This Week" that talks failed.', id="a show named This Week"),
        pytest.param("He said on CBS's ''60 Minutes'' that he would stay.", id="a show named 60 Minutes"),
        pytest.param("USA Today reported it first.", id="a newspaper named Today"),
        pytest.param("Turnout was low, with 4 in the morning queue.", id="a count before a part of the day"),
        pytest.param("A still from the film High Noon was shown.", id="a film named High Noon"),
        pytest.param("60 Minutes reported the story first.", id="60 Minutes first"),
        pytest.param("He gave the 60 Minutes interview.", id="a show named 60 Minutes after the"),
        pytest.param("The kingdom pursues Saudi Vision 2030 reforms.", id="a year ending the name of a plan"),
        pytest.param("He set up a venture called Orion 1980, making toys.", id="a year ending a firm name"),
    ],
)
def test_no_time_expression(text: str) -> None:
    assert [(m.text, m.value) for m in find_times(text, REFERENCE)] == []


def test_a_count_after_a_date_and_and_is_no_second_day() -> None:
    found = find_times("Voting ended on May 2 and 25 delegates were elected.", REFERENCE)
    assert [m.text for m in found] == ["May 2"]


@pytest.mark.parametrize(
    "text",
    [
        "He was soon released and appeared in court.",
        "The trickle of cash from Miami soon became a flood.",
    ],
)
def test_soon_told_in_the_past_tense_is_no_time_ahead_of_the_reference(text: str) -> None:
    assert find_times(text, REFERENCE) == []


@pytest.mark.parametrize(
    "text",
    [
        "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
        "Voting ends at 8 p.m. local time (1600 GMT).",
    ],
)
def test_a_time_restated_in_another_zone_is_no_second_time(text: str) -> None:
    assert len([m for m in find_times(text, REFERENCE) if m.type == "TIME"]) == 1


def test_a_year_before_a_time_zone_is_a_time_of_day() -> None:
    assert [(m.text, m.type) for m in find_times("A second blast came at 1630 GMT.", REFERENCE)] == [
        ("1630 GMT", "TIME")
    ]


def test_the_day_before_an_event_told_by_a_clause_is_no_day_before_the_last_date() -> None:
    # the day is named from the event that follows, not from Nov. 3
    found = find_times("He was last seen Nov. 3, the day before authorities issued a warrant.", REFERENCE)
    assert [m.text for m in found] == ["Nov. 3"]


def test_the_past_before_a_count_is_no_vague_past() -> None:
    found = find_times("It caused violence for the past three summers.", REFERENCE)
    assert "the past" not in [m.text for m in found]


def test_a_time_restated_in_a_zone_is_no_year() -> None:
    found = find_times("The vote closed at 8:30 a.m. EDT (1230 GMT) Tuesday.", REFERENCE)
    assert "1230" not in [m.text for m in found]


def test_months_and_weekdays_are_still_found_next_to_these_words() -> None:
    found = find_times("In May, officials may meet; Sun. Jan. 7 was cold.", REFERENCE)
    assert [m.text for m in found] == ["May", "Sun. Jan. 7"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders To Meet Next Week\nThe leaders will meet in Astana.", "Next Week"),
        ("Today, the leaders met in Astana.", "Today"),
        ('He said: "Tomorrow we vote."', "Tomorrow"),
        ("They met on Monday. Next Week the talks go on.", "Next Week"),
    ],
)
def test_capitalized_times_in_headlines_and_at_sentence_starts_are_found(text: str, expected: str) -> None:
    assert expected in [m.text for m in find_times(text, REFERENCE)]
