"""iCalendar export: placement by precision, identity and version, escaping, determinism."""

from __future__ import annotations

import datetime as dt
import re

import attrs
import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.export.fixtures import sample_timeline
from tests.export.strategies import hostile_events
from timeline import Meeting, Source, Status, Timeline, Visit, When
from timeline.export.facts import event_facts
from timeline.export.ics import (
    LAST_DAY,
    UNDATED_STAMP,
    CoarseDates,
    IcsOptions,
    event_description,
    event_sequence,
    event_stamp,
    event_summary,
    export_ics,
    to_ics,
)
from timeline.export.labels import kind_label
from timeline.export.text import clean_text

CONTENT_LINE = re.compile(rb"^[A-Z][A-Z0-9-]*[;:]")


def vevents(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    assert not calendar.errors
    found = list(calendar.walk("VEVENT"))
    for component in found:
        assert not component.errors, component.errors
    return found


def only(event: object, **options: object) -> icalendar.Event:
    (component,) = vevents(to_ics([event], IcsOptions(**options)))  # type: ignore[arg-type]
    return component


def meeting(value: str, **fields: object) -> Meeting:
    return Meeting(id="ev-1", title="Talks", when=When.from_timex(value), **fields)  # type: ignore[arg-type]


def test_a_day_is_an_all_day_event_with_an_exclusive_end() -> None:
    component = only(meeting("2024-05-20"))
    assert component.decoded("DTSTART") == dt.date(2024, 5, 20)
    assert component.decoded("DTEND") == dt.date(2024, 5, 21)
    assert str(component["SUMMARY"]) == "Talks"
    assert b"DTSTART;VALUE=DATE:20240520" in to_ics([meeting("2024-05-20")])


def test_a_multi_day_visit_spans_its_days() -> None:
    visit = Visit(id="ev-v", title="State visit", when=When.from_timex("2024-07-02/2024-07-04"))
    component = only(visit)
    assert (component.decoded("DTSTART"), component.decoded("DTEND")) == (
        dt.date(2024, 7, 2),
        dt.date(2024, 7, 5),
    )
    assert str(component["SUMMARY"]) == "State visit"


@pytest.mark.parametrize(
    ("value", "first", "after_last", "shown"),
    [
        ("2023-05", dt.date(2023, 5, 1), dt.date(2023, 6, 1), "May 2023"),
        ("2023-SU", dt.date(2023, 6, 1), dt.date(2023, 9, 1), "summer 2023"),
        ("2024-Q1", dt.date(2024, 1, 1), dt.date(2024, 4, 1), "Q1 2024"),
        ("2024-W21", dt.date(2024, 5, 20), dt.date(2024, 5, 27), "week 21 of 2024"),
        ("2013", dt.date(2013, 1, 1), dt.date(2014, 1, 1), "2013"),
        ("199", dt.date(1990, 1, 1), dt.date(2000, 1, 1), "the 1990s"),
    ],
)
def test_a_coarse_date_spans_what_it_covers_and_says_its_precision(
    value: str, first: dt.date, after_last: dt.date, shown: str
) -> None:
    component = only(meeting(value))
    assert (component.decoded("DTSTART"), component.decoded("DTEND")) == (first, after_last)
    assert str(component["SUMMARY"]) == f"Talks ({shown})"


def test_a_modifier_or_a_time_of_day_is_shown_in_the_summary() -> None:
    loan = Meeting(id="ev-1", title="Loan", when=When.from_timex("2011", "START"))
    assert str(only(loan)["SUMMARY"]) == "Loan (early 2011)"
    assert str(only(meeting("2024-05-20T15:00"))["SUMMARY"]) == "Talks (20 May 2024, 15:00)"


def test_coarse_dates_can_be_left_out_and_are_counted() -> None:
    events = [meeting("2024-05-20"), attrs.evolve(meeting("2023-05"), id="ev-2")]
    export = export_ics(events, IcsOptions(coarse_dates=CoarseDates.LEAVE_OUT))
    assert (export.written, export.coarse_dates, export.left_out) == (1, 1, 1)
    assert [str(c["UID"]) for c in vevents(export.data)] == ["ev-1"]


def test_the_coarse_dates_policy_may_be_named_and_a_wrong_name_is_refused() -> None:
    events = [meeting("2024-05-20"), attrs.evolve(meeting("2023-05"), id="ev-2")]
    assert export_ics(events, IcsOptions(coarse_dates="leave-out")).coarse_dates == 1
    with pytest.raises(ValueError, match="leave_out"):
        IcsOptions(coarse_dates="leave_out")


@pytest.mark.parametrize("value", ["XXXX-02-09", "FUTURE_REF", "PAST_REF", "XXXX-XX-XX", "2024-XX-XX"])
def test_unknown_dates_are_left_out_and_counted_never_placed(value: str) -> None:
    export = export_ics([meeting(value), attrs.evolve(meeting("2024-05-20"), id="ev-2")])
    assert (export.written, export.unknown_dates, export.left_out) == (1, 1, 1)
    assert [str(c["UID"]) for c in vevents(export.data)] == ["ev-2"]


def test_dates_libical_cannot_read_are_left_out_and_counted() -> None:
    export = export_ics([meeting("3001-01-01"), attrs.evolve(meeting("3000-12-30"), id="ev-2")])
    assert (export.written, export.out_of_range) == (1, 1)
    assert dt.date(3000, 12, 30) == LAST_DAY


def test_status_maps_to_confirmed_tentative_cancelled() -> None:
    statuses = {status: str(only(meeting("2024-05-20", status=status))["STATUS"]) for status in Status}
    assert statuses == {
        Status.HAPPENED: "CONFIRMED",
        Status.PLANNED: "TENTATIVE",
        Status.CANCELLED: "CANCELLED",
    }


def test_uid_is_the_event_id_and_stays_unique() -> None:
    events = [meeting("2024-05-20"), meeting("2024-05-21"), attrs.evolve(meeting("2024-05-22"), id="ev-1-2")]
    assert [str(c["UID"]) for c in vevents(to_ics(events))] == ["ev-1", "ev-1-2", "ev-1-2-2"]


def _source(document: str, published: dt.date | None, start: int = 0) -> Source:
    return Source(document=document, evidence="said", start=start, end=start + 4, published=published)


def test_sequence_counts_reports_beyond_the_first() -> None:
    one = meeting("2024-05-20", sources=(_source("a", None),))
    assert event_sequence(meeting("2024-05-20")) == 0
    assert event_sequence(one) == 0
    assert event_sequence(attrs.evolve(one, sources=(*one.sources, _source("a", None)))) == 0
    assert event_sequence(attrs.evolve(one, sources=(*one.sources, _source("b", None)))) == 1
    assert event_sequence(attrs.evolve(one, sources=(*one.sources, _source("a", None, 50)))) == 1


def test_dtstamp_is_the_newest_report_date_but_never_before_the_epoch() -> None:
    undated = meeting("2024-05-20", sources=(_source("a", None),))
    assert event_stamp(undated) == UNDATED_STAMP == dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    dated = attrs.evolve(
        undated, sources=(_source("a", dt.date(2024, 5, 21)), _source("b", dt.date(2024, 6, 1)))
    )
    assert event_stamp(dated) == dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
    assert b"DTSTAMP:20240601T000000Z" in to_ics([dated])
    documents = sample_timeline().documents
    from_document = attrs.evolve(undated, sources=(_source(documents[0].id, None),))
    assert event_stamp(from_document, {d.id: d for d in documents}).date() == documents[0].published
    assert event_stamp(attrs.evolve(undated, sources=(_source("a", dt.date(1921, 5, 21)),))) == UNDATED_STAMP


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from("abc"), st.integers(0, 3), st.none() | st.dates()), max_size=6),
    st.tuples(st.sampled_from("abcd"), st.integers(0, 3), st.none() | st.dates()),
)
def test_adding_a_report_never_lowers_sequence_or_dtstamp(
    reports: list[tuple[str, int, dt.date | None]], added: tuple[str, int, dt.date | None]
) -> None:
    before = meeting("2024-05-20", sources=tuple(_source(d, p, s) for d, s, p in reports))
    after = attrs.evolve(before, sources=(*before.sources, _source(added[0], added[2], added[1])))
    assert event_sequence(after) >= event_sequence(before)
    assert event_stamp(after) >= event_stamp(before)


def test_calendar_name_and_x_wr_calname_are_escaped_text() -> None:
    data = to_ics([], IcsOptions(calendar_name="Kazakhstan; China, 2024\nBEGIN:VEVENT"))
    assert b"NAME:Kazakhstan\\; China\\, 2024\\nBEGIN:VEVENT\r\n" in data
    assert b"X-WR-CALNAME:Kazakhstan\\; China\\, 2024\\nBEGIN:VEVENT\r\n" in data
    assert data.count(b"BEGIN:VEVENT") == 2  # only inside the two escaped names, never at a line start
    assert not re.search(rb"(^|\r\n)BEGIN:VEVENT", data)


def test_the_sample_calendar_carries_location_categories_description_and_url() -> None:
    timeline = sample_timeline()
    components = {str(c["UID"]): c for c in vevents(to_ics(timeline))}
    meeting_ = components["ev-tokayev-wang-2024-05-20"]
    assert str(meeting_["LOCATION"]) == "Astana, Kazakhstan"
    assert [str(c) for c in meeting_["CATEGORIES"].cats] == ["Meeting", "China", "Kazakhstan"]
    description = str(meeting_["DESCRIPTION"])
    assert (
        "Participants: Kassym-Jomart Tokayev (President, Kazakhstan); Wang Yi (Foreign Minister, China)"
        in (description)
    )
    assert (
        "Xinhua (via english.www.gov.cn), published 21 May 2024: https://english.www.gov.cn/" in description
    )
    assert "“Kazakh President Kassym-Jomart Tokayev on Monday met here" in description
    assert str(meeting_["URL"]).startswith("https://english.www.gov.cn/news/202405/21/")
    visit = components["ev-xi-state-visit-kaz-2024-07"]
    assert int(visit["SEQUENCE"]) == 1
    # announced, then reported as it happened: the normal course of a visit, not a disagreement
    assert "Reports disagree" not in str(visit["DESCRIPTION"])
    relations = components["ev-relations-1992"]
    assert "Reports disagree on the date: 1991; 1992-01-03" in str(relations["DESCRIPTION"])


def test_identical_input_gives_identical_bytes_in_any_event_order() -> None:
    timeline = sample_timeline()
    shuffled = Timeline(events=list(reversed(timeline.events)), documents=list(reversed(timeline.documents)))
    assert to_ics(timeline) == to_ics(timeline) == to_ics(shuffled)


def assert_well_formed(data: bytes, written: int) -> None:
    text = data.decode("utf-8")
    assert (
        data.endswith(b"\r\n")
        and "\n" not in text.replace("\r\n", "")
        and "\r" not in text.replace("\r\n", "")
    )
    lines = data.split(b"\r\n")[:-1]
    for line in lines:
        assert len(line) <= 75
        assert line.startswith(b" ") or CONTENT_LINE.match(line), line
    assert lines.count(b"BEGIN:VEVENT") == lines.count(b"END:VEVENT") == written
    assert lines.count(b"BEGIN:VCALENDAR") == lines.count(b"END:VCALENDAR") == 1


@settings(max_examples=120, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(hostile_events(), max_size=4))
def test_hostile_text_round_trips_and_never_adds_structure(items: list) -> None:
    timeline = Timeline(events=items)
    export = export_ics(timeline)
    assert_well_formed(export.data, export.written)
    components = vevents(export.data)
    placed = [
        e
        for e in timeline.events
        if e.when.start is not None and e.when.end is not None and e.when.end <= LAST_DAY
    ]
    assert len(components) == export.written == len(placed)
    for event, component in zip(placed, components, strict=True):
        facts = event_facts(event)
        summary, description = str(component["SUMMARY"]), str(component["DESCRIPTION"])
        assert summary == event_summary(event, facts)
        assert summary.startswith(clean_text(event.title) or kind_label(event.kind))
        assert description == event_description(facts)
        for source in event.sources:
            assert clean_text(source.evidence) in description
