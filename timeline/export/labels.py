"""The English wording of the human-readable exports, read from ``data/labels.json``.

`date_label` says a date at exactly its precision ("May 2023", "week 21 of
2024", "9 February, year unknown"); the other helpers name kinds, statuses
and the captions the exports share.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from importlib import resources
from typing import Any

from timeline.model import Precision, When

_POINT = re.compile(
    r"""^(?P<year>\d{4}|XXXX)
    (?:-(?:
        W(?P<week>\d{2}|XX)(?:-(?P<weekpart>WE|[1-7]|X))?
      | (?P<season>SP|SU|FA|WI)
      | Q(?P<quarter>[1-4X])
      | H(?P<half>[12X])
      | (?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX)(?:T(?P<time>.+))?)?
    ))?$""",
    re.VERBOSE,
)
_CLOCK = re.compile(r"^\d{2}(?::\d{2}){0,2}$")


@functools.cache
def _labels() -> dict[str, Any]:
    text = resources.files("timeline.export").joinpath("data/labels.json").read_text("utf-8")
    labels: dict[str, Any] = json.loads(text)
    return labels


def label_examples() -> list[dict[str, Any]]:
    """The (value, modifier, label) examples the data file carries; each is a test."""
    examples: list[dict[str, Any]] = _labels()["examples"]
    return examples


def caption(key: str, **values: object) -> str:
    """A caption of the exports (``Participants``, ``published {date}``, ...), filled in."""
    template: str = _labels()["captions"][key]
    return template.format(**values) if values else template


def count_label(count: int, noun: str) -> str:
    """``1 event``, ``20 events``, ``5 documents``: `noun` is ``event`` or ``document``."""
    return caption(f"one_{noun}") if count == 1 else caption(f"{noun}s_count", count=count)


def summary_label(events: int, documents: int) -> str:
    """``20 events from 5 documents.``"""
    said = {"events": count_label(events, "event"), "documents": count_label(documents, "document")}
    return caption("summary", **said)


def kind_label(kind: str) -> str:
    """``Meeting`` for ``meeting``; an unknown kind is shown as it is."""
    kinds: dict[str, str] = _labels()["kinds"]
    return kinds.get(kind, kind)


def status_label(status_value: str) -> str:
    statuses: dict[str, str] = _labels()["statuses"]
    return statuses.get(status_value, status_value)


def month_name(month: int) -> str:
    names: list[str] = _labels()["months"]
    return names[month - 1]


def _pattern(key: str, **values: object) -> str:
    template: str = _labels()["patterns"][key]
    return template.format(**values)


def _day(day: int, month: int, year: int) -> str:
    return _pattern("day", day=day, month=month_name(month), year=year)


@functools.lru_cache(maxsize=4096)
def day_label(day: dt.date) -> str:
    """One calendar day in words: ``20 May 2024``."""
    return _day(day.day, day.month, day.year)


def date_label(when: When) -> str:
    """`when` in words at exactly its precision, with its modifier ("early 2011")."""
    label = _range_label(when) if when.is_range else _point_label(when)
    if when.modifier is None:
        return label
    template: str = _labels()["modifiers"][when.modifier]
    return template.format(date=label)


def _range_label(when: When) -> str:
    first_value, _, last_value = when.value.partition("/")
    first, last = When.from_timex(first_value), When.from_timex(last_value)
    if (
        first.precision is Precision.DAY
        and last.precision is Precision.DAY
        and first.start is not None
        and last.start is not None
        and first.start.year == last.start.year
    ):
        start, end = first.start, last.start
        if start.month == end.month:
            return _pattern(
                "day_range_same_month",
                first_day=start.day,
                last_day=end.day,
                month=month_name(start.month),
                year=start.year,
            )
        return _pattern(
            "day_range_same_year",
            first_day=start.day,
            first_month=month_name(start.month),
            last_day=end.day,
            last_month=month_name(end.month),
            year=start.year,
        )
    return _pattern("range", first=_point_label(first), last=_point_label(last))


def _point_label(when: When) -> str:
    labels = _labels()
    references: dict[str, str] = labels["references"]
    if when.value in references:
        return references[when.value]
    unknown: str = labels["unknown"]
    start = when.start
    if start is None:
        return _partial_label(when.value) or unknown
    precision = when.precision
    match = _POINT.match(when.value)
    if precision is Precision.DECADE:
        return _pattern("decade", decade=start.year // 10 if start.year > 1 else 0)
    if precision is Precision.CENTURY:
        return _pattern("century", century=start.year // 100 if start.year > 1 else 0)
    if match is None:  # a year is all that is left
        return str(start.year)
    parts = match.groupdict()
    if precision in (Precision.DAY, Precision.TIME):
        day = _day(start.day, start.month, start.year)
        time = parts["time"]
        if precision is Precision.TIME and time is not None:
            times: dict[str, str] = labels["times_of_day"]
            return _pattern("time", date=day, time=times.get(time, time) if not _CLOCK.match(time) else time)
        return day
    if precision is Precision.WEEK:
        week = int(parts["week"] or 0)
        key = "weekend" if parts["weekpart"] == "WE" else "week"
        return _pattern(key, week=week, year=parts["year"])
    if precision is Precision.MONTH:
        return _pattern("month", month=month_name(start.month), year=start.year)
    if precision is Precision.SEASON:
        season = parts["season"] or ""
        if season == "WI":
            return _pattern("winter", year=start.year, next_year_short=f"{(start.year + 1) % 100:02d}")
        seasons: dict[str, str] = labels["seasons"]
        return _pattern("season", season=seasons[season], year=start.year)
    if precision is Precision.QUARTER:
        return _pattern("quarter", quarter=parts["quarter"], year=start.year)
    if precision is Precision.HALF:
        return _pattern(f"half_{parts['half']}", year=start.year)
    return str(start.year)


def _partial_label(value: str) -> str | None:
    """A date whose days are not pinned down but of which something is known."""
    match = _POINT.match(value)
    if match is None:
        return None
    parts = match.groupdict()
    month = parts["month"]
    known_month = month is not None and "X" not in month
    if "X" not in parts["year"]:
        year = int(parts["year"])
        within = _pattern("month", month=month_name(int(month or 1)), year=year) if known_month else str(year)
        return _pattern("partly_known", date=within)
    day = parts["day"]
    if known_month and day is not None and "X" not in day:
        partial = _pattern("day_without_year", day=int(day), month=month_name(int(month or 1)))
    elif known_month:
        partial = month_name(int(month or 1))
    elif parts["season"] is not None:
        seasons: dict[str, str] = _labels()["seasons"]
        partial = seasons[parts["season"]]
    else:
        return None
    return _pattern("year_unknown", date=partial)
