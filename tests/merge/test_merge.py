"""Merging reports into one event per real-world happening, built by hand without the extractor."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.merge.reports import report
from tests.strategies import events as any_events
from tests.strategies import events_of
from timeline import merge, to_json
from timeline.merge.combine import _combine_all, _combine_reports, combine
from timeline.model import (
    EVENT_KINDS,
    Agreement,
    Event,
    Meeting,
    Organization,
    Other,
    Person,
    Source,
    Status,
    Summit,
    Visit,
    When,
)

D = dt.date


def by_id(events: list[Event]) -> dict[str, Event]:
    return {event.id: event for event in events}


def attribution(event: Event, field: str) -> dict[str, tuple[str, ...]]:
    return {a.value: a.documents for a in event.attributions if a.field == field}


# --- one event per happening -------------------------------------------------------------------


def test_three_outlets_reporting_one_meeting_give_one_event_with_every_source() -> None:
    reports = [
        report(
            "meeting",
            "ev-xinhua",
            when="2024-05-20",
            doc="xinhua",
            published=D(2024, 5, 20),
            people=("Kassym-Jomart Tokayev", "Wang Yi"),
            countries=("KAZ", "CHN"),
            place="Astana",
        ),
        report(
            "meeting",
            "ev-kazinform",
            when="2024-05-20",
            doc="kazinform",
            published=D(2024, 5, 21),
            people=("Tokayev", "Wang Yi"),
            countries=("KAZ", "CHN"),
        ),
        report(
            "meeting",
            "ev-times",
            when="2024-05-20",
            doc="astana-times",
            published=D(2024, 5, 22),
            people=("President Tokayev", "Chinese Foreign Minister Wang Yi"),
            countries=("KAZ",),
        ),
    ]
    [event] = merge(reports)
    assert {source.document for source in event.sources} == {"xinhua", "kazinform", "astana-times"}
    assert [source.published for source in event.sources] == [D(2024, 5, 20), D(2024, 5, 21), D(2024, 5, 22)]
    assert event.id == "ev-xinhua" and event.title == reports[0].title
    assert event.countries == ("CHN", "KAZ")
    assert event.location is not None and event.location.name == "Astana"


def test_an_article_that_mentions_one_event_twice_gives_one_event() -> None:
    reports = [
        report(
            "meeting",
            "ev-1",
            when="2024-05-20",
            doc="d",
            published=D(2024, 5, 21),
            people=("Tokayev", "Wang Yi"),
        ),
        report("meeting", "ev-2", doc="d", published=D(2024, 5, 21), people=("Tokayev", "Wang Yi")),
    ]
    [event] = merge(reports)
    assert event.when.value == "2024-05-20" and len(event.sources) == 2


def test_the_anchor_is_the_first_published_report_and_unknown_dates_come_last() -> None:
    reports = [
        report(
            "call",
            "ev-a",
            when="2024-03",
            doc="undated",
            people=("Xi Jinping", "Tokayev"),
            status=Status.PLANNED,
        ),
        report(
            "call",
            "ev-z",
            when="2024-03-01",
            doc="late",
            published=D(2024, 3, 2),
            people=("Xi Jinping", "Tokayev"),
        ),
        report(
            "call",
            "ev-y",
            when="2024-03-01",
            doc="early",
            published=D(2024, 3, 1),
            people=("Xi Jinping", "Tokayev"),
        ),
    ]
    [event] = merge(reports)
    assert event.id == "ev-y"


def test_an_undated_article_counts_as_published_after_what_it_reports() -> None:
    # the seeds' undated article announces a visit and reports a statement of 1 July
    announcement = report(
        "visit",
        "ev-z-announced",
        when="FUTURE_REF",
        doc="undated",
        status=Status.PLANNED,
        people=("Xi Jinping", "Tokayev"),
        host_country="KAZ",
    )
    statement = report("statement", "ev-statement", when="2024-07-01", doc="undated", people=("Mao Ning",))
    arrival = report(
        "visit",
        "ev-a-arrived",
        when="2024-07-02",
        doc="arrival",
        published=D(2024, 7, 3),
        people=("Xi Jinping", "Tokayev"),
        host_country="KAZ",
    )
    visits = [event for event in merge([announcement, statement, arrival]) if event.kind == "visit"]
    assert [event.id for event in visits] == ["ev-z-announced"]
    assert visits[0].status is Status.HAPPENED


# --- provenance, precision, conflicts ----------------------------------------------------------


def test_attributions_say_which_documents_gave_date_place_status_and_each_participant() -> None:
    reports = [
        report(
            "meeting",
            "ev-1",
            when="2024-05-20",
            doc="d1",
            published=D(2024, 5, 21),
            people=("Tokayev", "Wang Yi"),
            place="Astana",
        ),
        report(
            "meeting",
            "ev-2",
            when="2024-05-20",
            doc="d2",
            published=D(2024, 5, 25),
            people=("Kassym Jomart Tokayev", "Wang Yi", "Murat Nurtleu"),
            place="Akorda",
        ),
        report(
            "meeting",
            "ev-3",
            when="2024-05",
            doc="d3",
            published=D(2024, 6, 2),
            people=("Tokayev", "Wang Yi"),
        ),
    ]
    [event] = merge(reports)
    assert attribution(event, "when") == {"2024-05-20": ("d1", "d2"), "2024-05": ("d3",)}
    assert attribution(event, "location") == {"Astana": ("d1",), "Akorda": ("d2",)}
    assert attribution(event, "status") == {"happened": ("d1", "d2", "d3")}
    assert attribution(event, "participant") == {
        "Kassym-Jomart Tokayev": ("d1", "d2", "d3"),
        "Wang Yi": ("d1", "d2", "d3"),
        "Murat Nurtleu": ("d2",),
    }


def test_the_most_precise_consistent_date_wins() -> None:
    reports = [
        report(
            "meeting",
            f"ev-{value}",
            when=value,
            doc=f"d-{value}",
            published=D(2024, 6, 1),
            people=("Tokayev", "Wang Yi"),
        )
        for value in ("2024", "2024-05", "2024-05-20")
    ]
    [event] = merge(reports)
    assert event.when.value == "2024-05-20"
    assert sorted(attribution(event, "when")) == ["2024", "2024-05", "2024-05-20"]


def test_a_year_less_date_takes_its_year_from_a_dated_report() -> None:
    reports = [
        report("meeting", "ev-undated", when="XXXX-02-09", doc="no-date", people=("Tokayev", "Cai Guanxian")),
        report(
            "meeting",
            "ev-dated",
            when="2026-02-09",
            doc="dated",
            published=D(2026, 2, 10),
            people=("Tokayev", "Cai Guanxian"),
        ),
    ]
    [event] = merge(reports)
    assert event.when.value == "2026-02-09"


def test_a_year_less_date_and_a_month_give_the_day() -> None:
    reports = [
        report("meeting", "ev-undated", when="XXXX-02-09", doc="no-date", people=("Tokayev", "Cai Guanxian")),
        report(
            "meeting",
            "ev-dated",
            when="2026-02-09",
            doc="dated",
            published=D(2026, 2, 10),
            people=("Tokayev", "Cai Guanxian"),
        ),
        report(
            "meeting",
            "ev-month",
            when="2026-02",
            doc="monthly",
            published=D(2026, 3, 1),
            people=("Tokayev", "Cai Guanxian"),
        ),
    ]
    [event] = merge(reports)
    assert event.when.value == "2026-02-09"


def test_a_one_off_milestone_with_two_years_merges_and_shows_the_conflict() -> None:
    label = "establishment of diplomatic relations"
    reports = [
        report(
            "other",
            "ev-1991",
            when="1991",
            doc="d1",
            published=D(2024, 1, 3),
            countries=("KAZ", "CHN"),
            label=label,
        ),
        report(
            "other",
            "ev-1992",
            when="1992",
            doc="d2",
            published=D(2024, 1, 5),
            countries=("KAZ", "CHN"),
            label=label,
        ),
        report(
            "other",
            "ev-tjk",
            when="1992",
            doc="d3",
            published=D(2024, 1, 5),
            countries=("TJK", "CHN"),
            label=label,
        ),
    ]
    merged = by_id(merge(reports))
    assert set(merged) == {"ev-1991", "ev-tjk"}
    event = merged["ev-1991"]
    assert isinstance(event, Other)
    assert set(event.conflicts["when"]) == {"1991", "1992"}
    assert attribution(event, "when") == {"1991": ("d1",), "1992": ("d2",)}


def test_meetings_with_conflicting_dates_stay_apart() -> None:
    reports = [
        report(
            "meeting",
            "ev-20",
            when="2024-05-20",
            doc="d1",
            published=D(2024, 5, 28),
            people=("Tokayev", "Wang Yi"),
        ),
        report(
            "meeting",
            "ev-27",
            when="2024-05-27",
            doc="d2",
            published=D(2024, 5, 28),
            people=("Tokayev", "Wang Yi"),
        ),
    ]
    assert len(merge(reports)) == 2


# --- planned, happened, cancelled --------------------------------------------------------------


def announcement_and_visit() -> list[Event]:
    return [
        report(
            "visit",
            "ev-announced",
            when="FUTURE_REF",
            doc="mfa",
            published=D(2024, 7, 1),
            people=("Xi Jinping", "Tokayev"),
            countries=("CHN", "KAZ"),
            status=Status.PLANNED,
            visitor=None,
            host_country="KAZ",
        ),
        report(
            "visit",
            "ev-arrived",
            when="2024-07-02/2024-07-03",
            doc="arrival",
            published=D(2024, 7, 3),
            people=("Xi",),
            countries=("CHN", "KAZ"),
            place="Astana",
            host_country="KAZ",
        ),
    ]


def test_a_planned_visit_and_the_report_that_it_happened_are_one_happened_event() -> None:
    [event] = merge(announcement_and_visit())
    assert isinstance(event, Visit)
    assert event.status is Status.HAPPENED
    assert event.when.value == "2024-07-02/2024-07-03"
    assert {source.document for source in event.sources} == {"mfa", "arrival"}
    assert event.id == "ev-announced"
    assert event.cameo == "042"
    assert attribution(event, "status") == {"planned": ("mfa",), "happened": ("arrival",)}


def test_the_merged_title_is_worded_as_the_report_that_gives_the_merged_status() -> None:
    announcement, visit = announcement_and_visit()
    announcement = attrs.evolve(announcement, title="Xi Jinping to visit Kazakhstan")
    visit = attrs.evolve(visit, title="Xi Jinping visits Kazakhstan")
    [at_once] = merge([announcement, visit])
    [announced] = merge([announcement])
    [later] = merge([announced, visit])
    assert at_once.title == later.title == "Xi Jinping visits Kazakhstan"
    assert at_once.id == later.id == "ev-announced"
    assert at_once == later


def test_a_vague_plan_does_not_match_a_visit_before_the_announcement_or_to_another_country() -> None:
    announcement, _ = announcement_and_visit()
    before = report(
        "visit",
        "ev-before",
        when="2024-06-10",
        doc="earlier",
        published=D(2024, 6, 11),
        people=("Xi Jinping",),
        host_country="KAZ",
    )
    elsewhere = report(
        "visit",
        "ev-tjk",
        when="2024-07-04",
        doc="dushanbe",
        published=D(2024, 7, 5),
        people=("Xi Jinping",),
        host_country="TJK",
    )
    next_year = report(
        "visit",
        "ev-next",
        when="2025-07-02",
        doc="next",
        published=D(2025, 7, 3),
        people=("Xi Jinping",),
        host_country="KAZ",
    )
    assert len(merge([announcement, before, elsewhere, next_year])) == 4


def test_a_cancellation_makes_the_planned_visit_cancelled() -> None:
    announcement, _ = announcement_and_visit()
    cancelled = report(
        "visit",
        "ev-off",
        when="FUTURE_REF",
        doc="off",
        published=D(2024, 7, 2),
        people=("Xi Jinping", "Tokayev"),
        status=Status.CANCELLED,
        host_country="KAZ",
    )
    [event] = merge([announcement, cancelled])
    assert event.status is Status.CANCELLED
    assert event.id == "ev-announced"


def test_an_article_tells_a_meeting_that_happened_apart_from_one_called_off() -> None:
    held = report(
        "meeting", "ev-held", when="2025-05-20", doc="undated", people=("Emomali Rahmon", "Tokayev")
    )
    called_off = report(
        "meeting", "ev-off", doc="undated", people=("Rahmon", "Tokayev"), status=Status.CANCELLED
    )
    merged = merge([held, called_off])
    assert {(event.id, event.status) for event in merged} == {
        ("ev-held", Status.HAPPENED),
        ("ev-off", Status.CANCELLED),
    }
    assert merge(merged) == merged


def test_a_merged_undated_article_still_counts_as_published_after_what_it_reports() -> None:
    # the article's held meeting (2025-05-20) keeps its called-off one from reaching back to a
    # report of June 2024, whether the article's reports are merged once or twice
    article = [
        report("meeting", "ev-a", when="2024-05-20", doc="undated", people=("Rahmon",)),
        report("meeting", "ev-b", when="2024-05-20", doc="undated", people=("Rahmon",)),
        report("meeting", "ev-held", when="2025-05-20", doc="undated", people=("Rahmon", "Tokayev")),
        report("meeting", "ev-off", doc="undated", people=("Rahmon", "Tokayev"), status=Status.CANCELLED),
    ]
    june = report("meeting", "ev-june", doc="june", published=D(2024, 6, 12), people=("Rahmon", "Tokayev"))
    once = merge([*article, june])
    assert merge(once) == once
    assert [event.sources for event in once if event.id == "ev-june"] == [june.sources]


def test_an_undated_article_whose_held_and_called_off_meetings_merge_elsewhere_keeps_its_day() -> None:
    # a third report joins the article's held and called-off meetings of one day: the merged event
    # gives the article two statuses but one date, which still tells when the article was written
    together = ("Rahmon", "Tokayev")
    reports = [
        report("meeting", "ev-a", when="2024-05-20", doc="undated", people=("Rahmon",)),
        report("meeting", "ev-held", when="2025-05-20", doc="undated", people=together),
        report(
            "meeting", "ev-off", when="2025-05-20", doc="undated", people=together, status=Status.CANCELLED
        ),
        report(
            "meeting", "ev-told", when="2025-05-20", doc="next-day", published=D(2025, 5, 21), people=together
        ),
        report(
            "meeting", "ev-xi-off", doc="undated", people=("Rahmon", "Xi Jinping"), status=Status.CANCELLED
        ),
        report("meeting", "ev-xi", doc="june", published=D(2024, 6, 12), people=("Rahmon", "Xi Jinping")),
    ]
    once = merge(reports)
    assert len(next(event for event in once if event.id == "ev-held").sources) == 3
    assert merge(once) == once


# --- actor identity -----------------------------------------------------------------------------


def test_spellings_of_one_leader_are_one_person_under_the_canonical_name() -> None:
    reports = [
        report(
            "meeting",
            "ev-1",
            when="2023-05-18",
            doc="d1",
            published=D(2023, 5, 19),
            people=("Tokaev", "Imamali Rahman"),
        ),
        report(
            "meeting",
            "ev-2",
            when="2023-05-18",
            doc="d2",
            published=D(2023, 5, 19),
            people=("Kassym Jomart Tokayev", "Emomali Rahmon"),
        ),
        report(
            "meeting",
            "ev-3",
            when="2023-05-18",
            doc="d3",
            published=D(2023, 5, 20),
            people=("President Tokayev", "Rahmon"),
        ),
    ]
    [event] = merge(reports)
    assert [person.name for person in event.people] == ["Emomali Rahmon", "Kassym-Jomart Tokayev"]
    assert {person.country for person in event.people} == {"KAZ", "TJK"}


def test_an_unknown_name_spelled_with_a_hyphen_is_the_same_person() -> None:
    reports = [
        report(
            "meeting",
            "ev-1",
            when="2024-02-09",
            doc="d1",
            published=D(2024, 2, 9),
            people=("Tokayev", "Zou Jiayi"),
        ),
        report(
            "meeting",
            "ev-2",
            when="2024-02-09",
            doc="d2",
            published=D(2024, 2, 10),
            people=("Tokayev", "AIIB President Zou Jia-yi"),
        ),
    ]
    [event] = merge(reports)
    assert len(event.people) == 2


# --- distinct events stay apart -----------------------------------------------------------------


def test_the_same_two_leaders_a_year_apart_are_two_events() -> None:
    reports = [
        report(
            "meeting",
            "ev-2023",
            when="2023-07-04",
            doc="d1",
            published=D(2023, 7, 4),
            people=("Xi Jinping", "Tokayev"),
        ),
        report(
            "meeting",
            "ev-2024",
            when="2024-07-04",
            doc="d2",
            published=D(2024, 7, 4),
            people=("Xi Jinping", "Tokayev"),
        ),
        report("meeting", "ev-undated", doc="d3", published=D(2024, 7, 5), people=("Xi", "Tokaev")),
    ]
    merged = by_id(merge(reports))
    assert set(merged) == {"ev-2023", "ev-2024"}
    assert len(merged["ev-2024"].sources) == 2


def test_one_leader_meeting_two_people_on_one_day_gives_two_meetings() -> None:
    reports = [
        report(
            "meeting",
            "ev-cai",
            when="2026-02-09",
            doc="d1",
            published=D(2026, 2, 10),
            people=("Kassym-Jomart Tokayev", "Cai Guanxian"),
            organizations=("Sunwah Group",),
            place="Astana",
        ),
        report(
            "meeting",
            "ev-zou",
            when="2026-02-09",
            doc="d1",
            published=D(2026, 2, 10),
            people=("Tokayev", "Zou Jiayi"),
            organizations=("Asian Infrastructure Investment Bank (AIIB)",),
            place="Astana",
        ),
        report(
            "meeting",
            "ev-zou-2",
            when="2026-02-09",
            doc="d2",
            published=D(2026, 2, 11),
            people=("Tokayev", "Zou Jiayi"),
            organizations=("AIIB",),
        ),
    ]
    merged = by_id(merge(reports))
    assert set(merged) == {"ev-cai", "ev-zou"}
    assert {source.document for source in merged["ev-zou"].sources} == {"d1", "d2"}


def test_a_meeting_and_the_agreement_signed_at_it_stay_two_linked_events() -> None:
    reports = [
        report(
            "meeting",
            "ev-meet-1",
            when="2024-05-20",
            doc="d1",
            published=D(2024, 5, 20),
            people=("Tokayev", "Zou Jiayi"),
            related=("ev-sign-1",),
        ),
        report(
            "agreement",
            "ev-sign-1",
            when="2024-05-20",
            doc="d1",
            published=D(2024, 5, 20),
            people=("Tokayev", "Zou Jiayi"),
            related=("ev-meet-1",),
            instrument="framework agreement",
        ),
        report(
            "meeting",
            "ev-meet-0",
            when="2024-05-20",
            doc="d0",
            published=D(2024, 5, 19),
            people=("Tokayev", "Zou Jiayi"),
        ),
        report(
            "agreement",
            "ev-sign-0",
            when="2024-05-20",
            doc="d0",
            published=D(2024, 5, 19),
            people=("Tokayev", "Zou Jiayi"),
            instrument="Partnership Framework Agreement",
        ),
    ]
    merged = by_id(merge(reports))
    assert set(merged) == {"ev-meet-0", "ev-sign-0"}
    assert isinstance(merged["ev-meet-0"], Meeting) and isinstance(merged["ev-sign-0"], Agreement)
    assert merged["ev-meet-0"].related == ("ev-sign-0",)
    assert merged["ev-sign-0"].related == ("ev-meet-0",)


def test_two_summits_in_one_city_stay_apart() -> None:
    reports = [
        report(
            "summit",
            "ev-sco",
            when="2024-07-04",
            doc="d1",
            published=D(2024, 7, 4),
            place="Astana",
            name="SCO summit",
            organizations=("Shanghai Cooperation Organisation",),
        ),
        report(
            "summit",
            "ev-sco-2",
            when="2024-07-04",
            doc="d2",
            published=D(2024, 7, 5),
            place="Astana",
            name="SCO Summit",
            countries=("KAZ", "CHN", "RUS"),
        ),
        report(
            "summit",
            "ev-cica",
            when="2024-07-03",
            doc="d3",
            published=D(2024, 7, 3),
            place="Astana",
            name="CICA summit",
        ),
        report(
            "summit",
            "ev-astana-forum",
            when="2024-05-10",
            doc="d4",
            published=D(2024, 5, 10),
            place="Astana",
            name="Astana International Forum",
        ),
    ]
    merged = by_id(merge(reports))
    assert set(merged) == {"ev-sco", "ev-cica", "ev-astana-forum"}
    sco = merged["ev-sco"]
    assert isinstance(sco, Summit) and len(sco.sources) == 2


def test_two_loans_of_one_year_with_different_amounts_stay_apart() -> None:
    from timeline.model import Amount

    reports = [
        report(
            "agreement",
            "ev-loan-1",
            when="2011",
            doc="d1",
            countries=("KAZ", "CHN"),
            instrument="loan",
            amount=Amount(value=1.7e9, currency="USD", text="$1.7 billion"),
        ),
        report(
            "agreement",
            "ev-loan-2",
            when="2011",
            doc="d1",
            countries=("KAZ", "CHN"),
            instrument="loan",
            amount=Amount(value=5e9, currency="USD", text="$5 billion"),
        ),
    ]
    assert len(merge(reports)) == 2


def test_two_meetings_told_apart_in_one_sentence_stay_apart() -> None:
    reports = [
        report(
            "meeting",
            "ev-xian",
            when="2023",
            doc="d",
            people=("Xi Jinping", "Tokayev"),
            place="Xi'an",
            start=10,
        ),
        report("meeting", "ev-beijing", when="2023", doc="d", people=("Xi Jinping", "Tokayev"), start=10),
    ]
    assert len(merge(reports)) == 2


# --- JSON ---------------------------------------------------------------------------------------


def test_merged_events_write_valid_json() -> None:
    import json

    import jsonschema

    from timeline.export import schema

    text = to_json(merge(announcement_and_visit()))
    jsonschema.Draft202012Validator(schema()).validate(json.loads(text))


# --- one report ---------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_events)
@example(  # an organization and a person written alike ("Gazprom," and a Mr "Gazprom,") stay two actors
    Meeting(
        id="ev-0",
        title="",
        when=When.from_timex("1920"),
        participants=(Organization(name="Gazprom,"), Person(name="Gazprom,")),
        sources=(Source(document="0", evidence="", start=0, end=0),),
    )
)
def test_a_single_report_combines_as_any_group_does(event: Event) -> None:
    report_only = attrs.evolve(event, attributions=())
    assert combine([report_only], {}) == _combine_all([report_only], {})


def _one_sentence(event: Event) -> Event:
    return attrs.evolve(event, attributions=(), sources=event.sources[:1])


@st.composite
def groups_of_one_sentence_reports(draw: st.DrawFn) -> tuple[list[Event], dict[str, str], dict[str, dt.date]]:
    """Reports of one kind read from one sentence each, the ids merging renamed, the inferred dates."""
    kind = draw(st.sampled_from(list(EVENT_KINDS.values())))
    reports = [
        _one_sentence(event)
        for event in draw(st.lists(events_of(kind).filter(lambda event: bool(event.sources)), min_size=2))
    ]
    documents = sorted({report.sources[0].document for report in reports})
    targets = sorted({target for report in reports for target in report.related} | {r.id for r in reports})
    renamed = draw(st.dictionaries(st.sampled_from(targets), st.sampled_from(targets), max_size=3))
    inferred = draw(st.dictionaries(st.sampled_from(documents), st.dates(), max_size=2))
    return reports, renamed, inferred


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(groups_of_one_sentence_reports())
def test_reports_of_one_sentence_each_combine_as_any_group_does(
    group: tuple[list[Event], dict[str, str], dict[str, dt.date]],
) -> None:
    reports, renamed, inferred = group
    quick = _combine_reports(reports, renamed, inferred)
    general = _combine_all(reports, renamed, inferred)
    assert quick == general
    assert repr(quick) == repr(general)


def _council_summit(id: str, doc: str, name: str) -> Event:
    return report(
        "summit",
        id,
        when="2024-07-04",
        doc=doc,
        published=D(2024, 7, 2),
        status=Status.PLANNED,
        name=name,
        organizations=("Shanghai Cooperation Organization",),
    )


def test_reports_naming_one_summit_of_a_body_their_own_ways_merge() -> None:
    reports = [
        _council_summit("ev-council", "d1", "24th meeting of the Council of Heads of State"),
        _council_summit("ev-hosted", "d2", "summit hosted by Kazakhstan"),
    ]
    (merged,) = merge(reports)
    assert len(merged.sources) == 2


def test_numbered_sessions_of_one_body_stay_apart() -> None:
    reports = [
        _council_summit("ev-24th", "d1", "24th meeting of the Council of Heads of State"),
        _council_summit("ev-25th", "d2", "25th meeting of the Council of Heads of State"),
    ]
    assert {e.id for e in merge(reports)} == {"ev-24th", "ev-25th"}


def test_sessions_numbered_in_words_stay_apart_from_those_in_digits() -> None:
    reports = [
        _council_summit("ev-words", "d1", "Twenty-fourth meeting of the Council of Heads of State"),
        _council_summit("ev-digits", "d2", "25th meeting of the Council of Heads of State"),
        _council_summit("ev-same", "d3", "24th meeting of the Council of Heads of State"),
    ]
    sizes = sorted(len(event.sources) for event in merge(reports))
    assert sizes == [1, 2]
    (alone,) = [event for event in merge(reports) if len(event.sources) == 1]
    assert alone.id == "ev-digits"


def test_reports_dating_one_summit_by_different_sessions_merge() -> None:
    """Outlets date a two-day summit by the day they report; a summit days later is another one."""
    reports = [
        report(
            "summit",
            "ev-g7-opening",
            when="2025-06-16",
            doc="d1",
            published=D(2025, 6, 16),
            place="Kananaskis",
            name="G7 summit",
        ),
        report(
            "summit",
            "ev-g7-close",
            when="2025-06-17",
            doc="d2",
            published=D(2025, 6, 17),
            place="Kananaskis",
            name="G7 Summit",
        ),
        report(
            "summit", "ev-later", when="2025-06-20", doc="d3", published=D(2025, 6, 20), place="Kananaskis"
        ),
    ]
    merged = by_id(merge(reports))
    assert set(merged) == {"ev-g7-opening", "ev-later"}
    assert len(merged["ev-g7-opening"].sources) == 2
