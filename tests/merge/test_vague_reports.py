"""A vague report (no day: a year, a month, ``XXXX-05-18``, no date) joins at most one happening."""

from __future__ import annotations

import datetime as dt
import random

from tests.merge.reports import report
from timeline import merge, to_json
from timeline.model import Event, Status, Visit

D = dt.date
LEADERS = ("Kassym-Jomart Tokayev", "Xi Jinping")


def meeting(id: str, when: str, doc: str, published: dt.date | None, **fields: object) -> Event:
    return report("meeting", id, when=when, doc=doc, published=published, people=LEADERS, **fields)


def sources_of(events: list[Event]) -> dict[str, set[str]]:
    return {event.id: {source.document for source in event.sources} for event in events}


def test_a_year_less_date_between_two_meetings_a_year_apart_keeps_them_two_events() -> None:
    reports = [
        meeting("ev-2023", "2023-05-18", "astana-2023", D(2023, 5, 18)),
        meeting("ev-2024", "2024-05-18", "astana-2024", D(2024, 5, 18)),
        meeting("ev-vague", "XXXX-05-18", "weekly", D(2024, 5, 20)),
    ]
    merged = merge(reports)
    # the report written two days after the second meeting is about that one
    assert sources_of(merged) == {"ev-2023": {"astana-2023"}, "ev-2024": {"astana-2024", "weekly"}}
    assert {event.id: event.when.value for event in merged} == {
        "ev-2023": "2023-05-18",
        "ev-2024": "2024-05-18",
    }


def test_a_bare_year_joins_only_the_meeting_nearest_its_publication() -> None:
    reports = [
        meeting("ev-may", "2024-05-18", "may", D(2024, 5, 18)),
        meeting("ev-july", "2024-07-03", "july", D(2024, 7, 3)),
        meeting("ev-year", "2024", "review", D(2024, 7, 5)),
    ]
    merged = merge(reports)
    assert sources_of(merged) == {"ev-may": {"may"}, "ev-july": {"july", "review"}}


def test_an_undated_report_that_fits_two_meetings_joins_one() -> None:
    reports = [
        meeting("ev-first", "2024-05-18", "first", D(2024, 5, 18)),
        meeting("ev-second", "2024-06-01", "second", D(2024, 6, 1)),
        meeting("ev-undated", "XXXX-XX-XX", "undated", D(2024, 6, 2)),
    ]
    merged = merge(reports)
    assert len(merged) == 2
    assert sources_of(merged)["ev-second"] == {"second", "undated"}


def test_two_vague_reports_attached_to_different_meetings_do_not_join_them() -> None:
    reports = [
        meeting("ev-may", "2024-05-18", "may", D(2024, 5, 18)),
        meeting("ev-july", "2024-07-03", "july", D(2024, 7, 3)),
        meeting("ev-in-may", "2024-05", "monthly-may", D(2024, 5, 31)),
        meeting("ev-this-year", "2024", "yearly", D(2024, 7, 4)),
    ]
    merged = merge(reports)
    assert sources_of(merged) == {"ev-may": {"may", "monthly-may"}, "ev-july": {"july", "yearly"}}


def test_vague_reports_without_a_precise_one_still_merge_together() -> None:
    reports = [
        meeting("ev-month", "2024-05", "monthly", D(2024, 5, 31)),
        meeting("ev-year", "2024", "yearly", D(2024, 6, 2)),
    ]
    [event] = merge(reports)
    assert event.when.value == "2024-05"


def test_a_vague_report_still_joins_the_single_happening_it_matches() -> None:
    announced = report(
        "visit",
        "ev-announced",
        when="FUTURE_REF",
        doc="mfa",
        published=D(2024, 6, 20),
        people=("Xi Jinping",),
        status=Status.PLANNED,
        host_country="KAZ",
    )
    arrived = report(
        "visit",
        "ev-arrived",
        when="2024-07-02",
        doc="arrival",
        published=D(2024, 7, 2),
        people=("Xi Jinping",),
        host_country="KAZ",
    )
    [visit] = merge([announced, arrived])
    assert isinstance(visit, Visit) and visit.status is Status.HAPPENED
    assert {source.document for source in visit.sources} == {"mfa", "arrival"}
    [met] = merge(
        [meeting("ev-day", "2024-05-18", "daily", D(2024, 5, 18)), meeting("ev-md", "XXXX-05-18", "w", None)]
    )
    assert met.when.value == "2024-05-18"  # the year-less date takes the year of the dated report


def test_the_choice_of_a_vague_report_does_not_depend_on_order_and_holds_when_merged_again() -> None:
    reports = [
        meeting("ev-2023", "2023-05-18", "astana-2023", D(2023, 5, 18)),
        meeting("ev-2024", "2024-05-18", "astana-2024", D(2024, 5, 18)),
        meeting("ev-vague", "XXXX-05-18", "weekly", D(2024, 5, 20)),
        meeting("ev-year", "2024", "yearly", D(2024, 12, 30), status=Status.HAPPENED),
        meeting("ev-undated", "XXXX-XX-XX", "undated", None),
    ]
    once = merge(reports)
    for seed in range(5):
        shuffled = list(reports)
        random.Random(seed).shuffle(shuffled)
        assert to_json(merge(shuffled)) == to_json(once)
    assert merge(once) == once
    assert len(once) == 3
