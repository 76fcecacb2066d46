"""Timelines as Knight Lab TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html).

Each event with a known date is one slide. Its dates carry only the parts
its precision knows: a year-only event is ``{"year": 2013}``, a month
``{"year": 2023, "month": 5}``, a season, quarter, half or decade spans
from its first to its last month or year, a day range spans its days; the
slide's ``display_date`` says the date in words ("summer 2023", "early
2011"). Events with an unknown date (year-less, vague) are left out.

TimelineJS renders ``headline`` and ``text`` as HTML, so every value from
the data is HTML-escaped, and links are only ever checked http(s) URLs.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from timeline.export.facts import EventFacts, event_facts
from timeline.export.labels import caption, summary_label
from timeline.export.text import clean_text
from timeline.model import DocumentRef, Event, Precision, Timeline, When

_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,100}$")
_CLOCK = re.compile(r"T(\d{2})(?::(\d{2}))?")
# Dates known to the month that span several months: shown from their first to their last month.
_MONTH_SPANS = (Precision.SEASON, Precision.QUARTER, Precision.HALF)


@attrs.frozen(slots=True, kw_only=True)
class TimelineJsOptions:
    """How a timeline becomes a TimelineJS slide show: `title` is the headline of its title slide."""

    title: str = "Timeline"


def _date(when: When, *, last: bool = False) -> dict[str, Any] | None:
    """The TimelineJS date of the first (or last) day of `when`, with the parts its precision knows."""
    day = when.end if last else when.start
    if day is None:
        return None
    precision = when.precision
    if precision in (Precision.YEAR, Precision.DECADE, Precision.CENTURY):
        return {"year": day.year}
    if precision in (Precision.MONTH, *_MONTH_SPANS):
        return {"year": day.year, "month": day.month}
    date: dict[str, Any] = {"year": day.year, "month": day.month, "day": day.day}
    clock = _CLOCK.search(when.value)
    if precision is Precision.TIME and clock is not None and not when.is_range:
        date["hour"] = int(clock[1])
        if clock[2] is not None:
            date["minute"] = int(clock[2])
    return date


def _span(when: When) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Start and end dates of a slide; no end when the start says it all (a day, a month, a year)."""
    if when.is_range:
        first_value, _, last_value = when.value.partition("/")
        return _date(When.from_timex(first_value)), _date(When.from_timex(last_value), last=True)
    start = _date(when)
    spans = when.precision in (Precision.WEEK, Precision.DECADE, Precision.CENTURY, *_MONTH_SPANS)
    return start, _date(when, last=True) if spans else None


def _paragraph(text: str) -> str:
    return f"<p>{text}</p>"


def escape(text: str) -> str:
    """`text` as HTML text (quotes stay as they are: they only matter in attributes)."""
    return html.escape(text, quote=False)


def _body(facts: EventFacts) -> str:
    """The slide's text as HTML, every value escaped."""
    parts = [_paragraph(" · ".join(escape(part) for part in (facts.kind, facts.place, facts.status) if part))]
    if facts.participants:
        names = "; ".join(escape(name) for name in facts.participants)
        parts.append(_paragraph(f"{escape(caption('participants'))}: {names}"))
    parts += [_paragraph(f"{escape(name)}: {escape(text)}") for name, text in facts.details]
    if facts.sources:
        items = []
        for source in facts.sources:
            outlet = escape(source.outlet)
            said = f'<a href="{html.escape(source.url)}">{outlet}</a>' if source.url else outlet
            if source.published_label:
                said += ", " + escape(caption("published", date=source.published_label))
            if source.evidence:
                said += f": “{escape(source.evidence)}”"
            items.append(f"<li>{said}</li>")
        parts.append(_paragraph(escape(caption("sources")) + ":") + "<ul>" + "".join(items) + "</ul>")
    return "".join(parts)


def _unique_id(event_id: str, used: set[str]) -> str:
    """An id TimelineJS can use in the page's URL and as an HTML id: the event id when it is plain."""
    if _SAFE_ID.match(event_id):
        base = event_id
    else:
        base = "ev-" + hashlib.sha256(event_id.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    unique, number = base, 1
    while unique in used:
        number += 1
        unique = f"{base}-{number}"
    used.add(unique)
    return unique


def _slide(event: Event, unique_id: str, documents: Mapping[str, DocumentRef]) -> dict[str, Any] | None:
    start, end = _span(event.when)
    if start is None:
        return None
    facts = event_facts(event, documents)
    slide: dict[str, Any] = {"start_date": {**start, "display_date": facts.date}}
    if end is not None:
        slide["end_date"] = end
    slide.update(
        {
            "display_date": facts.date,
            "text": {"headline": escape(facts.title), "text": _body(facts)},
            "group": facts.kind,
            "unique_id": unique_id,
            "autolink": False,
        }
    )
    return slide


def timelinejs_data(
    events_or_timeline: Timeline | Iterable[Event], options: TimelineJsOptions | None = None
) -> dict[str, Any]:
    """The TimelineJS JSON object of a timeline (or of bare events); unknown dates are left out."""
    options = options or TimelineJsOptions()
    timeline = Timeline.of(events_or_timeline)
    documents = timeline.documents_by_id
    used: set[str] = set()
    slides = []
    for event in timeline.events:
        if event.when.start is not None:
            slide = _slide(event, _unique_id(event.id, used), documents)
            if slide is not None:
                slides.append(slide)
    summary = summary_label(len(timeline.events), len(timeline.documents))
    title = clean_text(options.title) or caption("timeline")
    return {
        "title": {"text": {"headline": escape(title), "text": _paragraph(escape(summary))}},
        "events": slides,
        "scale": "human",
    }


def to_timelinejs(
    events_or_timeline: Timeline | Iterable[Event], options: TimelineJsOptions | None = None
) -> str:
    """The TimelineJS JSON text of a timeline (or of bare events)."""
    data = timelinejs_data(events_or_timeline, options)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
