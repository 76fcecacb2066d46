"""The publication date of an article, read from its own text.

The places a text states its date (a "Published" or "Updated" line, a
dateline, a date under the byline) and their order of trust are data in
``data/published.toml``; see the notes there for why a page's own
"Published"/"Updated" date wins over the dateline.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from importlib import resources
from typing import Any

import attrs

from timeline.model import When
from timeline.temporal import dates
from timeline.temporal.finder import find_times
from timeline.temporal.tense import Direction

_YEARLESS_DAY = re.compile(r"XXXX-\d\d-\d\d")
# a year, or a month or day of a year, written above a dateline gives it its year
_YEAR_OR_DATE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


@attrs.frozen(slots=True, kw_only=True)
class PublishedDate:
    """A document date read from the text: the date, the kind of line it came from, and where it is."""

    when: When
    source: str
    start: int
    end: int
    text: str


@attrs.frozen(slots=True, kw_only=True, eq=False)
class _Source:
    name: str
    pattern: re.Pattern[str]
    examples: tuple[tuple[str, str], ...]


@functools.cache
def _config() -> tuple[int, re.Pattern[str], tuple[_Source, ...]]:
    text = resources.files("timeline.temporal").joinpath("data/published.toml").read_text("utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    sources = tuple(
        _Source(
            name=source["name"],
            pattern=re.compile(source["pattern"]),
            examples=tuple((example["text"], example["value"]) for example in source.get("examples", ())),
        )
        for source in data["sources"]
    )
    return int(data["header_chars"]), re.compile(data["year_lines"]), sources


def source_examples() -> list[tuple[str, str, str]]:
    """(source name, text, expected value) for every example in the data."""
    return [(source.name, text, value) for source in _config()[2] for text, value in source.examples]


def _first_date(text: str, start: int, end: int) -> tuple[When, int, int] | None:
    """The first day (or year-less day) written in ``text[start:end]``."""
    for mention in find_times(text[start:end]):
        when = mention.when
        # a time of day alone ('Updated: 22:06') names no day
        if when is not None and (
            (when.start is not None and when.precision.rank <= 1) or _YEARLESS_DAY.match(mention.value)
        ):
            return When.from_timex(mention.value[:10]), start + mention.start, start + mention.end
    return None


def find_published(text: str) -> PublishedDate | None:
    """The document date the text states, the kind of line it came from and its span; None if none."""
    header_chars, _year_lines, sources = _config()
    header = text[:header_chars]
    found: list[tuple[_Source, When, int, int]] = []
    for source in sources:
        for match in source.pattern.finditer(header):
            date = _first_date(header, match.start("date"), match.end("date"))
            if date is not None:
                found.append((source, *date))
                break
    if not found:
        return None
    source, when, start, end = found[0]
    if when.start is None:
        when = _complete_year(header, when, start, [w for _, w, _, _ in found[1:] if w.start is not None])
    return PublishedDate(when=when, source=source.name, start=start, end=end, text=text[start:end])


def _complete_year(header: str, when: When, position: int, full_dates: list[When]) -> When:
    """A year-less dateline completed with the year of another header date, or of a year above it."""
    month, day = int(when.value[5:7]), int(when.value[8:10])
    if full_dates and full_dates[0].start is not None:
        year = dates.year_near(full_dates[0].start, month, day, Direction.PAST)
    else:
        year_lines = "\n".join(line.group() for line in _config()[1].finditer(header, position))
        years = [
            m.value[:4]
            for m in find_times(header[:position] + "\n" + year_lines)
            if _YEAR_OR_DATE.fullmatch(m.value)
        ]
        year = int(years[0]) if years else None
    if year is None:
        return when
    try:
        return When.day(dt.date(year, month, day))
    except ValueError:
        return when


def detect_published(text: str) -> When | None:
    """The document date the text states (a published/updated line, a dateline, a byline date), or None."""
    found = find_published(text)
    return None if found is None else found.when
