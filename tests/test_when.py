"""`When`: TIMEX3 values, the days they cover, ordering and overlap."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import timex_values, whens
from timeline.model import InvalidTimexError, Precision, When

D = dt.date


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2024-05-20", D(2024, 5, 20), D(2024, 5, 20), Precision.DAY),
        ("2024-05", D(2024, 5, 1), D(2024, 5, 31), Precision.MONTH),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), Precision.MONTH),
        ("2024-W21", D(2024, 5, 20), D(2024, 5, 26), Precision.WEEK),
        ("2024-W21-WE", D(2024, 5, 25), D(2024, 5, 26), Precision.WEEK),
        ("2023-SU", D(2023, 6, 1), D(2023, 8, 31), Precision.SEASON),
        ("2023-WI", D(2023, 12, 1), D(2024, 2, 29), Precision.SEASON),
        ("2024-Q1", D(2024, 1, 1), D(2024, 3, 31), Precision.QUARTER),
        ("2024-H2", D(2024, 7, 1), D(2024, 12, 31), Precision.HALF),
        ("2011", D(2011, 1, 1), D(2011, 12, 31), Precision.YEAR),
        ("199", D(1990, 1, 1), D(1999, 12, 31), Precision.DECADE),
        ("19", D(1900, 1, 1), D(1999, 12, 31), Precision.CENTURY),
        ("2024-05-21T08:50", D(2024, 5, 21), D(2024, 5, 21), Precision.TIME),
        ("2024-05-21TMO", D(2024, 5, 21), D(2024, 5, 21), Precision.TIME),
        ("2024-07-02/2024-07-03", D(2024, 7, 2), D(2024, 7, 3), Precision.DAY),
        ("2021/2023", D(2021, 1, 1), D(2023, 12, 31), Precision.YEAR),
        ("XXXX-02-09", None, None, Precision.DAY),
        ("XXXX-05", None, None, Precision.MONTH),
        ("FUTURE_REF", None, None, Precision.UNKNOWN),
        ("PAST_REF", None, None, Precision.UNKNOWN),
        ("XXXX-XX-XX", None, None, Precision.UNKNOWN),
    ],
)
def test_timex_value_gives_covered_days_and_precision(
    value: str, start: dt.date | None, end: dt.date | None, precision: Precision
) -> None:
    when = When.from_timex(value)
    assert (when.value, when.start, when.end, when.precision) == (value, start, end, precision)


def test_modifier_is_kept_beside_the_value() -> None:
    early = When.from_timex("2011", "START")
    assert early.modifier == "START"
    assert str(early) == "2011 (START)"
    assert early.start == D(2011, 1, 1)


@pytest.mark.parametrize(
    "value",
    ["2024-13-01", "2024-02-30", "XXXX-02-30", "May 2024", "", "2024-W54", "0000", "2024-05-20/2024-05-01"],
)
def test_invalid_values_are_rejected(value: str) -> None:
    with pytest.raises(InvalidTimexError):
        When.from_timex(value)


def test_unknown_modifier_is_rejected() -> None:
    with pytest.raises(InvalidTimexError):
        When.from_timex("2024", "SOMETIME")


def test_span_of_one_day_is_that_day() -> None:
    assert When.span(D(2024, 7, 2), D(2024, 7, 2)) == When.day(D(2024, 7, 2))
    assert When.span(D(2024, 7, 2), D(2024, 7, 3)).value == "2024-07-02/2024-07-03"


@given(timex_values, st.none() | st.sampled_from(["START", "END", "APPROX"]))
def test_timex_round_trip(value: str, modifier: str | None) -> None:
    when = When.from_timex(value, modifier)
    assert When.from_timex(when.value, when.modifier) == when
    assert when.value == value


@given(whens)
def test_known_dates_cover_at_least_one_day(when: When) -> None:
    if when.is_known:
        assert when.start is not None and when.end is not None
        assert when.start <= when.end
        assert when.overlaps(when) and when.contains(when)
    else:
        assert when.start is None and when.end is None


def test_unknown_dates_sort_last_and_chronology_first() -> None:
    values = ["FUTURE_REF", "2024-05-20", "XXXX-02-09", "2024", "2023-SU", "2024-05", "1991"]
    ordered = [w.value for w in sorted(When.from_timex(v) for v in values)]
    assert ordered == ["1991", "2023-SU", "2024", "2024-05", "2024-05-20", "XXXX-02-09", "FUTURE_REF"]


@given(st.lists(whens, max_size=8))
def test_sorting_puts_known_dates_in_chronological_order_before_unknown_ones(items: list[When]) -> None:
    known = [w for w in sorted(items) if w.is_known]
    assert [w.start for w in known] == sorted(w.start for w in known if w.start)
    unknown_seen = False
    for when in sorted(items):
        unknown_seen = unknown_seen or not when.is_known
        assert when.is_known is False or not unknown_seen


@given(whens, whens)
def test_overlap_is_symmetric_and_implied_by_containment(a: When, b: When) -> None:
    assert a.overlaps(b) == b.overlaps(a)
    assert a.compatible(b) == b.compatible(a)
    if a.contains(b):
        assert a.overlaps(b)
    if a.overlaps(b):
        assert a.compatible(b)


def test_month_contains_its_days_and_excludes_others() -> None:
    may = When.from_timex("2024-05")
    assert may.contains(When.from_timex("2024-05-20"))
    assert not may.overlaps(When.from_timex("2024-06-01"))
    assert When.from_timex("2024").contains(may)


def test_year_less_date_is_compatible_only_with_its_month_and_day() -> None:
    feb9 = When.from_timex("XXXX-02-09")
    assert feb9.compatible(When.from_timex("2026-02-09"))
    assert feb9.compatible(When.from_timex("2026-02"))
    assert not feb9.compatible(When.from_timex("2026-02-10"))
    assert not feb9.compatible(When.from_timex("2026-03"))
    assert feb9.compatible(When.unknown())


def test_conflicting_years_are_not_compatible() -> None:
    assert not When.from_timex("1991").compatible(When.from_timex("1992"))


@given(whens)
def test_text_form_round_trips(when: When) -> None:
    assert When.from_text(str(when)) == when
