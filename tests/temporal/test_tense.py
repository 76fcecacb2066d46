"""Weekdays and dates without a year point the way the clause's verb says, and the rule says why."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import find_times
from timeline.temporal.tense import Direction, tense_at

WEDNESDAY = dt.date(2024, 5, 22)


def weekday_direction(sentence: str, weekday: str = "Monday") -> Direction:
    """The direction the sentence gives to the first mention of `weekday`."""
    start = sentence.index(weekday)
    return tense_at(sentence, start, start + len(weekday), "weekday").direction


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("The ministers met on Monday.", Direction.PAST),
        ("The ministers will meet on Monday.", Direction.FUTURE),
        ("The ministers'll meet on Monday.", Direction.FUTURE),
        ("The ministers are going to meet on Monday.", Direction.FUTURE),
        ("The president plans to visit on Monday.", Direction.FUTURE),
        ("The president is expected to arrive on Monday.", Direction.FUTURE),
        ("The summit is scheduled to open on Monday.", Direction.FUTURE),
        ("The summit will be held on Monday.", Direction.FUTURE),
        ("The group has scheduled a news conference on Monday.", Direction.FUTURE),
        ("Exiles planned a large demonstration on Monday.", Direction.FUTURE),
        ("The upcoming talks on Monday matter.", Direction.FUTURE),
        ("The three-day visit ends on Monday.", Direction.FUTURE),
        ("The forum opens on Monday in Astana.", Direction.FUTURE),
        ("The ultimatum expires at midnight on Monday.", Direction.FUTURE),
        ("The ultimatum expired at midnight on Monday.", Direction.PAST),
        ("The president travels to Moscow on Monday.", Direction.FUTURE),
        ("The team returns home on Monday.", Direction.FUTURE),
        ("Parliament reconvenes on Monday.", Direction.FUTURE),
        ("The two leaders meet separately on Monday with the envoy.", Direction.FUTURE),
        ("Talks resume Monday in Geneva.", Direction.FUTURE),
        ("The union threatened to strike on Monday.", Direction.FUTURE),
        ("Elections take place on Monday.", Direction.FUTURE),
        ("The vote took place on Monday.", Direction.PAST),
        ("Voters go to the polls on Monday.", Direction.FUTURE),
        ("Voters did not go to the polls on Monday.", Direction.PAST),
        ("The alliance decided to admit the three countries on Monday.", Direction.FUTURE),
        ("The two leaders failed to meet on Monday.", Direction.PAST),
        ("The two leaders did not meet on Monday.", Direction.PAST),
        ("The annual meet on Monday drew crowds.", Direction.PAST),
        ("The president is visiting Astana on Monday.", Direction.NEAR),
        ("On Monday, the president signed the law.", Direction.PAST),
        ("The deal was signed on Monday.", Direction.PAST),
        ("Talks on Monday.", Direction.PAST),
        ("In a phone call on Monday, the crown prince pledged to invest more.", Direction.PAST),
        ("On Monday, the two sides agreed to meet again.", Direction.PAST),
        ("On Monday, the president is expected to visit Astana.", Direction.FUTURE),
    ],
)
def test_direction_from_the_governing_verb(sentence: str, direction: Direction) -> None:
    assert weekday_direction(sentence) is direction


def test_a_cue_in_another_sentence_does_not_count() -> None:
    text = "They will sign it later. Talks on Monday."
    start = text.index("Monday")
    assert tense_at(text, start, start + 6, "weekday").cue is None


@pytest.mark.parametrize(
    ("sentence", "value", "reason"),
    [
        ("The ministers met on Monday.", "2024-05-20", "past tense ('met')"),
        ("The ministers will meet on Monday.", "2024-05-27", "future ('will')"),
        ("The president is visiting Astana on Friday.", "2024-05-24", "present tense"),
        ("The forum opened on June 25.", "2023-06-25", "past tense ('opened')"),
        ("The forum will open on June 25.", "2024-06-25", "future ('will')"),
        ("It extended the offer until May 10.", "2025-05-10", "future ('until')"),
        ("Leaders met last Monday.", "2024-05-20", "weekday -1 week"),
        ("Leaders will meet next Monday.", "2024-05-27", "weekday +1 week"),
    ],
)
def test_the_rule_names_the_direction_and_why(sentence: str, value: str, reason: str) -> None:
    mention = find_times(sentence, WEDNESDAY)[-1]
    assert mention.value == value
    assert reason in mention.rule


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Members had filed their reports by Wednesday.", Direction.PAST),
        ("Until Wednesday, they had not called him a suspect.", Direction.PAST),
        ("Members will file their reports by Wednesday.", Direction.FUTURE),
        ("The offer runs until Wednesday.", Direction.FUTURE),
        ("The offer had been due to expire Wednesday.", Direction.PAST),
        ("The offer is due to expire Wednesday.", Direction.FUTURE),
        ("The sale, which had been expected, is a plan to pay the loan by Wednesday.", Direction.FUTURE),
    ],
)
def test_by_and_until_point_back_in_the_past_perfect(sentence: str, direction: Direction) -> None:
    assert weekday_direction(sentence, "Wednesday") is direction


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("The offer had been scheduled to expire at midnight Wednesday.", Direction.PAST),
        ("The offer previously had been scheduled to expire at midnight Wednesday.", Direction.PAST),
        ("They had originally planned to vote on Wednesday.", Direction.PAST),
        ("The offer is scheduled to expire at midnight Wednesday.", Direction.FUTURE),
        ("They have planned to vote on Wednesday.", Direction.FUTURE),
    ],
)
def test_a_plan_told_in_the_past_perfect_was_for_a_day_behind(sentence: str, direction: Direction) -> None:
    assert weekday_direction(sentence, "Wednesday") is direction


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("They would look for ways to get around Monday's ruling.", Direction.PAST),
        ("The plan will follow Monday's declaration.", Direction.PAST),
        ("Monday's vote will decide it.", Direction.FUTURE),
        ("Delegates gathered ahead of Monday's vote.", Direction.FUTURE),
        ("He left Monday's meeting saying they would back a force.", Direction.PAST),
    ],
)
def test_a_possessive_weekday_takes_no_tense_from_the_verb_before_it(
    sentence: str, direction: Direction
) -> None:
    assert weekday_direction(sentence) is direction


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Smith will meet Acme Corp. executives on Monday.", Direction.FUTURE),
        ("The envoy will visit U.S. bases on Monday.", Direction.FUTURE),
        ("Rates will rise 2.5 percent on Monday.", Direction.FUTURE),
        ("Smith will resign. Jones took over on Monday.", Direction.PAST),
    ],
)
def test_an_abbreviation_or_a_decimal_point_does_not_end_the_clause(
    sentence: str, direction: Direction
) -> None:
    assert weekday_direction(sentence) is direction


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Hundreds died in the blasts next to the embassies on Monday.", Direction.PAST),
        ("Jones will succeed him on Monday.", Direction.FUTURE),
        ("On Monday, the Science and Technology Council plans to meet.", Direction.FUTURE),
        ("On Monday, the council met and plans to meet again.", Direction.PAST),
    ],
)
def test_words_that_only_look_like_cues_are_none(sentence: str, direction: Direction) -> None:
    assert weekday_direction(sentence) is direction


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("The ministers held a videoconference on Monday to prepare the next summit.", Direction.PAST),
        ("The envoys met on Monday to discuss their upcoming talks.", Direction.PAST),
        ("The upcoming visit on Monday is his first.", Direction.FUTURE),
        ("They talked on Monday about next steps.", Direction.PAST),
        ("The leaders will talk on Monday about the next summit.", Direction.FUTURE),
    ],
)
def test_a_future_word_describing_a_noun_after_the_date_tells_of_another_event(
    sentence: str, direction: Direction
) -> None:
    assert weekday_direction(sentence) is direction


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ('"The father will leave at dawn (4 a.m. EDT Monday)," Castro said.', Direction.FUTURE),
        ("The father left at dawn (4 a.m. EDT Monday), Castro said.", Direction.PAST),
        ("The talks (which ended Monday) will resume.", Direction.PAST),
    ],
)
def test_a_date_restated_in_brackets_takes_the_tense_around_them(sentence: str, direction: Direction) -> None:
    assert weekday_direction(sentence) is direction


def test_a_quote_typed_as_two_apostrophes_ends_the_clause() -> None:
    sentence = "``The father will leave on Monday,'' Castro said."
    assert weekday_direction(sentence) is Direction.FUTURE


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("The president will travel to Jordan on Monday, the White House said.", Direction.FUTURE),
        ("Parliament is expected to vote on Monday, a spokesman told reporters.", Direction.FUTURE),
        ("The talks failed on Monday, officials said.", Direction.PAST),
        ("On Monday, officials said the talks had failed.", Direction.PAST),
    ],
)
def test_an_attribution_after_a_comma_does_not_date_the_clause_it_reports(
    sentence: str, direction: Direction
) -> None:
    assert weekday_direction(sentence) is direction


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("The pope meets his predecessor on Monday at Castel Gandolfo.", Direction.FUTURE),
        ("Voters go to the polls on Monday.", Direction.FUTURE),
        ("The envoy is due in Baghdad on Monday.", Direction.FUTURE),
        ("The bank might reopen on Monday.", Direction.FUTURE),
        ("The bank may reopen on Monday.", Direction.FUTURE),
        ("The vote is on Monday.", Direction.FUTURE),
        ("In May they met on Monday.", Direction.PAST),
        ("He could have met them on Monday.", Direction.PAST),
        ("Neither could be located on Monday in their hometown.", Direction.PAST),
        ("In August, after reciprocal leader visits, they met on Monday.", Direction.PAST),
    ],
)
def test_a_timetable_in_the_present_simple_or_a_modal_of_what_is_to_come_is_ahead(
    sentence: str, direction: Direction
) -> None:
    assert weekday_direction(sentence) is direction


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The court ordered him to appear on Feb. 10.", "2013-02-10"),
        ("He subpoenaed the boy to testify before the committee on Feb. 10, so he stays.", "2013-02-10"),
        ("The court ordered him on Feb. 10 to appear.", "2012-02-10"),
        ("The court heard him on Feb. 10.", "2012-02-10"),
    ],
)
def test_what_a_past_order_asks_for_lies_on_either_side(sentence: str, value: str) -> None:
    assert find_times(sentence, dt.date(2013, 1, 7))[0].value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He will take part in the summit hosted by India on 19 February.", "2013-02-19"),
        ("Leaders will attend the forum chaired by Kazakhstan on Feb. 10.", "2013-02-10"),
        ("The talks, hosted by Qatar on Feb. 10, ended without a deal.", "2012-02-10"),
        ("The accord signed by the two ministers on Feb. 10 covers energy.", "2012-02-10"),
    ],
)
def test_a_participle_naming_its_agent_dates_only_a_clause_without_another_verb(
    sentence: str, value: str
) -> None:
    assert find_times(sentence, dt.date(2013, 1, 7))[0].value == value


def test_a_date_between_a_participle_and_its_agent_is_the_participle_s() -> None:
    sentence = "They would appeal the decision, announced Wednesday by the commissioner, that he must return."
    assert find_times(sentence, dt.date(2000, 1, 6))[0].value == "2000-01-05"


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("It was reported that on Monday the minister will fly to Rome.", Direction.FUTURE),
        ("Officials said that on Monday the envoy left Rome.", Direction.PAST),
        ("The minister flew to Rome on that Monday.", Direction.PAST),
    ],
)
def test_a_verb_of_saying_before_that_does_not_govern_the_clause_that_opens(
    sentence: str, direction: Direction
) -> None:
    assert weekday_direction(sentence) is direction


def test_a_year_less_date_in_a_reported_clause_takes_its_verb() -> None:
    sentence = "It was reported earlier that on September 11-12 the president will visit Rome."
    assert find_times(sentence, dt.date(2019, 8, 16))[0].value == "2019-09-11/2019-09-12"


def test_a_verb_after_where_tells_of_what_was_done_there_not_of_the_day() -> None:
    sentence = "The envoys had met at the ministry on Monday where they decided to postpone the trip."
    assert weekday_direction(sentence) is Direction.PAST
