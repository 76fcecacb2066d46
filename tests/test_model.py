"""The event model: ids, countries, CAMEO defaults, conflicts and timeline filters."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline import (
    Attribution,
    Meeting,
    Other,
    Person,
    Place,
    Status,
    Timeline,
    UnknownCountryError,
    Visit,
    When,
)
from timeline.model import cameo_for, content_id


def test_content_id_depends_only_on_the_facts() -> None:
    assert content_id("meeting", "doc-1", "19") == content_id("meeting", "doc-1", "19")
    assert content_id("meeting", "doc-1", "19") != content_id("meeting", "doc-1", "20")
    assert content_id("a", "bc") != content_id("ab", "c")
    assert re.fullmatch(r"ev-[0-9a-f]{16}", content_id("meeting", "doc-1", "19"))


def test_countries_must_be_iso_alpha_3_and_are_kept_sorted() -> None:
    assert Meeting(id="e", title="t", countries=("KAZ", "CHN", "KAZ")).countries == ("CHN", "KAZ")
    with pytest.raises(UnknownCountryError):
        Meeting(id="e", title="t", countries=("KZ",))
    with pytest.raises(UnknownCountryError):
        Person(name="X", country="XXX")


def test_planned_meetings_and_visits_are_coded_as_intent_to_meet() -> None:
    assert Visit(id="e", title="t").cameo == "042"
    assert Visit(id="e", title="t", status=Status.PLANNED).cameo == "036"
    assert cameo_for(Meeting, Status.HAPPENED) == "040"


def conflicting(*values: tuple[str, str]) -> Other:
    return Other(
        id="e",
        title="t",
        label="relations established",
        attributions=tuple(
            Attribution(field=f, value=v, documents=(f"d{i}",)) for i, (f, v) in enumerate(values)
        ),
    )


def test_different_years_are_a_visible_conflict() -> None:
    assert conflicting(("when", "1991"), ("when", "1992")).conflicts == {"when": ("1991", "1992")}


def test_a_more_precise_date_is_no_conflict() -> None:
    assert conflicting(("when", "2011 (START)"), ("when", "2011")).conflicts == {}
    assert conflicting(("when", "2024-05"), ("when", "2024-05-20")).conflicts == {}


def test_planned_then_happened_is_no_conflict_but_happened_and_cancelled_is() -> None:
    assert conflicting(("status", "planned"), ("status", "happened")).conflicts == {}
    assert "status" in conflicting(("status", "happened"), ("status", "cancelled")).conflicts


def test_two_place_names_are_a_conflict() -> None:
    assert conflicting(("location", "Astana"), ("location", "Almaty")).conflicts == {
        "location": ("Astana", "Almaty")
    }


def test_timeline_filters_by_range_country_and_kind() -> None:
    may = Meeting(id="a", title="May talks", when=When.from_timex("2024-05-20"), countries=("KAZ",))
    year = Visit(
        id="b",
        title="2023 visit",
        when=When.from_timex("2023"),
        countries=("CHN",),
        location=Place(name="Astana", country="KAZ"),
    )
    unknown = Meeting(id="c", title="undated", countries=("KAZ",))
    timeline = Timeline(events=[unknown, may, year])
    assert [e.id for e in timeline] == ["b", "a", "c"]
    assert [e.id for e in timeline.filter(since=dt.date(2024, 1, 1))] == ["a"]
    assert [e.id for e in timeline.filter(until=dt.date(2023, 6, 1))] == ["b"]
    assert [e.id for e in timeline.filter(countries=["KAZ"])] == ["a", "c"]
    assert [e.id for e in timeline.filter(kinds=["visit"])] == ["b"]


def test_an_unreadable_reported_date_conflicts_only_with_a_different_one() -> None:
    assert conflicting(("when", "sometime"), ("when", "sometime")).conflicts == {}
    assert conflicting(("when", "sometime"), ("when", "2024")).conflicts == {"when": ("sometime", "2024")}
