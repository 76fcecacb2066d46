"""TimelineJS export: dates at their precision, unknown dates left out, HTML-escaped text."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.export.fixtures import hostile_timeline, sample_timeline
from tests.export.strategies import hostile_events, shuffled_hostile_timeline
from timeline import Meeting, Status, Timeline, TimelineJsOptions, When, to_timelinejs
from timeline.export.facts import event_facts
from timeline.export.timelinejs import timelinejs_data

SCHEMA = json.loads((Path(__file__).parent / "timelinejs.schema.json").read_text("utf-8"))


def validate(data: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(data)


def only_slide(value: str, modifier: str | None = None) -> dict[str, Any]:
    data = timelinejs_data([Meeting(id="ev-1", title="Talks", when=When.from_timex(value, modifier))])
    validate(data)
    (slide,) = data["events"]
    return slide


@pytest.mark.parametrize(
    ("value", "start", "end", "shown"),
    [
        ("2024-05-20", {"year": 2024, "month": 5, "day": 20}, None, "20 May 2024"),
        (
            "2024-05-20T15:30",
            {"year": 2024, "month": 5, "day": 20, "hour": 15, "minute": 30},
            None,
            "20 May 2024, 15:30",
        ),
        (
            "2024-07-02/2024-07-04",
            {"year": 2024, "month": 7, "day": 2},
            {"year": 2024, "month": 7, "day": 4},
            "2–4 July 2024",
        ),
        (
            "2024-W21",
            {"year": 2024, "month": 5, "day": 20},
            {"year": 2024, "month": 5, "day": 26},
            "week 21 of 2024",
        ),
        ("2023-05", {"year": 2023, "month": 5}, None, "May 2023"),
        ("2023-SU", {"year": 2023, "month": 6}, {"year": 2023, "month": 8}, "summer 2023"),
        ("2024-Q2", {"year": 2024, "month": 4}, {"year": 2024, "month": 6}, "Q2 2024"),
        ("2013", {"year": 2013}, None, "2013"),
        ("199", {"year": 1990}, {"year": 1999}, "the 1990s"),
        ("2023-05/2023-07", {"year": 2023, "month": 5}, {"year": 2023, "month": 7}, "May 2023 – July 2023"),
    ],
)
def test_dates_carry_only_the_parts_their_precision_knows(
    value: str, start: dict[str, int], end: dict[str, int] | None, shown: str
) -> None:
    slide = only_slide(value)
    assert slide["start_date"] == {**start, "display_date": shown}
    assert slide.get("end_date") == end
    assert slide["display_date"] == shown


def test_a_modifier_is_said_in_the_display_date() -> None:
    assert only_slide("2011", "START")["display_date"] == "early 2011"


@pytest.mark.parametrize("value", ["XXXX-02-09", "FUTURE_REF", "PAST_REF", "XXXX-XX-XX", "2024-WXX"])
def test_unknown_dates_are_left_out(value: str) -> None:
    data = timelinejs_data([Meeting(id="ev-1", title="Talks", when=When.from_timex(value))])
    assert data["events"] == []


def test_slides_have_headline_kind_group_and_linked_sources() -> None:
    data = timelinejs_data(sample_timeline(), TimelineJsOptions(title="Kazakhstan & China"))
    validate(data)
    assert data["title"]["text"] == {
        "headline": "Kazakhstan &amp; China",
        "text": "<p>20 events from 6 documents.</p>",
    }
    slides = {slide["unique_id"]: slide for slide in data["events"]}
    assert len(slides) == 17
    visit = slides["ev-xi-visit-tjk-2024-07"]
    assert visit["group"] == "Visit"
    assert visit["text"]["headline"] == "Xi Jinping to visit Tajikistan"
    assert visit["text"]["text"].startswith("<p>Visit · Dushanbe, Tajikistan · planned</p>")
    assert '<a href="https://www.ankasam.org/anka-analizler/' in visit["text"]["text"]
    assert "“Xi's visit to Tajikistan will be the first in five years.”" in visit["text"]["text"]


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        assert all(name == "href" and tag == "a" for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(html_text: str) -> _Html:
    parser = _Html()
    parser.feed(html_text)
    parser.close()
    return parser


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(hostile_events(), max_size=4))
def test_hostile_text_stays_text_and_the_data_fits_the_format(items: list) -> None:
    timeline = Timeline(events=items)
    data = json.loads(to_timelinejs(timeline))
    validate(data)
    dated = [event for event in timeline.events if event.when.start is not None]
    assert len(data["events"]) == len(dated)
    assert len({slide["unique_id"] for slide in data["events"]}) == len(dated)
    for event, slide in zip(dated, data["events"], strict=True):
        facts = event_facts(event)
        headline = parsed(slide["text"]["headline"])
        assert headline.tags == [] and "".join(headline.text) == facts.title
        body = parsed(slide["text"]["text"])
        assert set(body.tags) <= {"p", "ul", "li", "a"}
        for source in facts.sources:
            assert source.evidence in "".join(body.text)


def test_the_fixed_hostile_timelines_fit_the_format() -> None:
    for timeline in (hostile_timeline(), shuffled_hostile_timeline()):
        validate(timelinejs_data(timeline))


def test_identical_input_gives_identical_text() -> None:
    timeline = sample_timeline()
    shuffled = Timeline(events=list(reversed(timeline.events)), documents=timeline.documents)
    assert to_timelinejs(timeline) == to_timelinejs(shuffled)
    assert Status.PLANNED.value in to_timelinejs(timeline)
