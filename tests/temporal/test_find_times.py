"""`find_times`: spans, types, values and the reasons it gives, on any text."""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.strategies import days
from timeline import TimeMention, find_times
from timeline.model import Precision, When

WORDS = st.sampled_from(
    [
        "May",
        "may",
        "20",
        "2024",
        "Monday",
        "last",
        "week",
        "the",
        "next",
        "three",
        "days",
        "ago",
        "early",
        "2011",
        "Feb.",
        "9",
        ",",
        ".",
        "will",
        "met",
        "on",
        "in",
        "quarter",
        "third",
        "a",
        "year",
        "earlier",
        "-",
        "mid",
        "8:50",
        "p.m.",
        "today",
        "recently",
        "$",
        "1,700",
        "%",
        "every",
        "Sun",
        "March",
        "over",
    ]
)
texts = st.lists(WORDS, max_size=30).map(" ".join) | st.text(max_size=200)


@settings(max_examples=150, deadline=None)
@given(text=texts, reference=st.none() | days)
def test_any_text_gives_consistent_mentions(text: str, reference: dt.date | None) -> None:
    mentions = find_times(text, reference)
    previous_end = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end, "mentions overlap or are out of order"
        previous_end = mention.end
        assert mention.type in ("DATE", "TIME", "DURATION", "SET")
        assert mention.rule
        if mention.type in ("DATE", "TIME"):
            day_of_a_part = re.fullmatch(r"(.*)T(?:MO|AF|EV|NI|DT)", mention.value)
            value = day_of_a_part.group(1) if day_of_a_part else mention.value
            assert mention.when == When.from_timex(value, mention.mod)
        else:
            assert mention.when is None


@settings(max_examples=60, deadline=None)
@given(text=texts)
def test_without_a_reference_nothing_depends_on_today(text: str) -> None:
    later = [(m.text, m.value) for m in find_times(text, None)]
    assert later == [(m.text, m.value) for m in find_times(text, None)]
    for mention in find_times(text, None):
        if mention.when is not None and mention.when.is_known:
            # known only from a year written in the text: in the mention or in a date it counts from
            # ("2024 ... a year earlier")
            read = text[: mention.end]
            assert any(ch.isdigit() for ch in read) or "nineteen" in read.lower()


def test_a_mention_is_a_frozen_value() -> None:
    mention = find_times("on May 20, 2024", None)[0]
    assert isinstance(mention, TimeMention)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mention.value = "2025"  # type: ignore[misc]


def test_the_seed_dateline_story() -> None:
    text = "ASTANA, May 20 -- Kazakh President Kassym-Jomart Tokayev on Monday met here with Wang Yi."
    found = {m.text: m for m in find_times(text, dt.date(2024, 5, 21))}
    assert found["May 20"].value == "2024-05-20"
    monday = found["Monday"]
    assert monday.value == "2024-05-20"
    assert monday.when is not None and monday.when.precision is Precision.DAY
    assert "past tense ('met')" in monday.rule


@pytest.mark.parametrize(
    ("text", "value", "mod", "type_"),
    [
        ("early 2011", "2011", "START", "DATE"),
        ("mid-2023", "2023", "MID", "DATE"),
        ("late May", "2024-05", "END", "DATE"),
        ("the end of the year", "2024", "END", "DATE"),
        ("earlier this year", "2024", "START", "DATE"),
        ("in the first quarter", "2024-Q1", None, "DATE"),
        ("this autumn", "2024-FA", None, "DATE"),
        ("two years ago", "2022", None, "DATE"),
        ("the day before yesterday", "2024-05-19", None, "DATE"),
        ("a decade", "P1DE", None, "DURATION"),
        ("weekly", "P1W", None, "SET"),
        ("tonight", "2024-05-21TNI", None, "TIME"),
        ("the 1990s", "199", None, "DATE"),
        ("on the 14th", "2024-05-14", None, "DATE"),
    ],
)
def test_relative_expressions(text: str, value: str, mod: str | None, type_: str) -> None:
    mention = find_times(f"It happened {text}.", dt.date(2024, 5, 21))[-1]
    assert (mention.value, mention.mod, mention.type) == (value, mod, type_), mention.rule


def test_ranges_are_one_mention_when_they_share_a_month_and_two_otherwise() -> None:
    one = find_times("The forum runs July 2–3, 2024.", None)
    assert [(m.text, m.value) for m in one] == [("July 2–3, 2024", "2024-07-02/2024-07-03")]
    two = find_times("from 2021 to 2023, between May and June", dt.date(2024, 8, 1))
    assert [m.value for m in two] == ["2021", "2023", "2024-05", "2024-06"]


@pytest.mark.parametrize(
    "text",
    [
        "Xi’s visit to Tajikistan will be the first in five years.",
        "Tokayev noted that Kazakhstan was the first country Zou visited after assuming office.",
        "It was the first.",
        "The case went to the 11th Circuit, the 14th and 15th such appeals.",
        "It is the 39th anniversary of the treaty.",
    ],
)
def test_an_ordinal_without_a_month_or_a_date_context_is_not_a_date(text: str) -> None:
    assert [m.text for m in find_times(text, dt.date(2024, 5, 21)) if m.type == "DATE"] == []


def test_an_ordinal_where_a_date_is_expected_is_a_day_of_the_month() -> None:
    found = find_times("The talks ended on the 14th, and resume by the 3rd.", dt.date(2024, 5, 21))
    assert [(m.text, m.value) for m in found] == [("the 14th", "2024-05-14"), ("the 3rd", "2024-06-03")]


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("The agreement was signed on Sunday evening.", "TIME", "2024-05-26TEV"),
        ("The agreement was signed late Sunday night.", "DATE", "2024-05-26"),
        ("The agreement was signed on Sunday morning in Tashkent.", "DATE", "2024-05-26"),
        ("The agreement was signed yesterday evening.", "TIME", "2024-05-26TEV"),
    ],
)
def test_a_part_of_a_day_happens_on_the_day(text: str, type_: str, value: str) -> None:
    (mention,) = find_times(text, dt.date(2024, 5, 27))
    assert (mention.type, mention.value) == (type_, value)
    assert mention.when == When.from_timex("2024-05-26", mention.mod)
    assert mention.when.precision is Precision.DAY


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The forum runs July 2–3, 2024.", "July 2–3, 2024", "2024-07-02/2024-07-03"),
        ("The forum runs July 2-4.", "July 2-4", "2024-07-02/2024-07-04"),
        ("The forum runs from July 2 to 6.", "from July 2 to 6", "2024-07-02/2024-07-06"),
        ("The forum runs 2–3 July.", "2–3 July", "2024-07-02/2024-07-03"),
        ("The forum runs July 30-August 2.", "July 30-August 2", "2024-07-30/2024-08-02"),
    ],
)
def test_a_stretch_of_days_is_one_mention_with_a_range_value(text: str, span: str, value: str) -> None:
    (mention,) = find_times(text, dt.date(2024, 6, 20))
    assert (mention.text, mention.value, mention.type) == (span, value, "DATE")
    assert mention.when is not None and mention.when.start is not None and mention.when.end is not None
    assert (mention.when.start.isoformat(), mention.when.end.isoformat()) == tuple(value.split("/"))


def test_a_year_ago_in_a_report_on_a_quarter_is_that_quarter_a_year_before() -> None:
    text = (
        "Net income rose 12% in the third quarter. The company also sold its unit in 1990. "
        "Revenue was $4 billion, up from $3.5 billion a year ago."
    )
    found = {m.text: m for m in find_times(text, dt.date(1989, 10, 26))}
    assert found["a year ago"].value == "1988-Q3"
    assert "quarter last mentioned (1989-Q3)" in found["a year ago"].rule
    assert find_times("He left two years ago.", dt.date(1989, 10, 26))[0].value == "1987"


def test_a_year_earlier_after_the_months_of_a_report_is_their_year_before() -> None:
    text = (
        "Net rose in the third quarter to $9 million from $7 million a year earlier. "
        "For the nine months, net rose to $30 million from $20 million a year earlier. "
        "In the quarter, sales rose to $90 million from $80 million a year ago."
    )
    values = [m.value for m in find_times(text, dt.date(1989, 10, 26)) if m.text.startswith("a year")]
    assert values == ["1988-Q3", "1988", "1988-Q3"]


def test_a_letter_longer_in_lower_case_keeps_the_offsets() -> None:
    text = "İstanbul hosted the talks on Monday, and İzmir on Tuesday."
    mentions = find_times(text, dt.date(2024, 5, 22))
    assert [text[m.start : m.end] for m in mentions] == ["Monday", "Tuesday"]
