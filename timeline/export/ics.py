"""Timelines as iCalendar (RFC 5545) files that calendar clients import.

One VEVENT per event with a known date, as an all-day event over the days
its date covers (DTEND exclusive, as RFC 5545 says for VALUE=DATE):

- A day-precision date is that day; a multi-day visit spans its days.
- A coarser date (week, month, season, quarter, half, year, decade) spans
  every day it covers, and the summary says the precision, e.g.
  ``Talks on energy (May 2023)``; with ``IcsOptions(coarse_dates=CoarseDates.LEAVE_OUT)``
  such events are left out instead. A time of day or a modifier ("about",
  "early") is shown in the summary the same way.
- An unknown date (``XXXX-02-09``, ``FUTURE_REF``, ...) is never placed on a
  made-up day: the event is left out, and `IcsExport` counts it.

The identity and version of each VEVENT come from the event alone, so that
re-importing an updated calendar updates events instead of duplicating them:

- ``UID`` is the event id (a second event with the same id gets ``-2``,
  ``-3``... in timeline order, since a UID must be unique in a calendar).
- ``SEQUENCE`` is the number of distinct reports (sources, told apart by
  document and offsets) beyond the first. Merging only ever adds reports, so
  SEQUENCE never goes down and grows whenever a new report changed the event.
- ``DTSTAMP`` is midnight UTC of the newest publication date among the
  event's reports (from the source, else from the timeline's record of its
  document), but never earlier than 1970-01-01T00:00:00Z, which is also the
  stamp of an event no dated report tells of. It never moves backwards as
  reports are added, and identical input gives byte-identical files.

Free text (summary, description, location, categories, the calendar name)
goes through icalendar's typed values (``vText``, ``vCategory``), which
escape ``\\``, ``;``, ``,`` and line breaks, so no text can add or close a
component. The lines are assembled and folded here rather than by
icalendar's component tree, which is several times slower on large
timelines; the result is the same RFC 5545 text, folded at 75 octets
without splitting a UTF-8 character or a backslash escape.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Iterable, Mapping

import attrs
from icalendar import vCategory, vDate, vDatetime, vInt, vText, vUri

from timeline.export.facts import EventFacts, country_text, event_facts
from timeline.export.labels import caption
from timeline.export.text import clean_text
from timeline.model import DocumentRef, Event, Precision, Status, Timeline

PRODID = "-//timeline//timeline diplomatic events//EN"
UNDATED_STAMP = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# libical (Evolution, GNOME) takes any date after the year 3000 for an invalid time, so the
# exclusive DTEND of the last day a calendar can hold is 3000-12-31.
LAST_DAY = dt.date(3000, 12, 30)

_STATUS = {Status.HAPPENED: b"CONFIRMED", Status.PLANNED: b"TENTATIVE", Status.CANCELLED: b"CANCELLED"}
_DAY_PRECISIONS = (Precision.DAY, Precision.TIME)
_FOLD_AT = 75
_CRLF = b"\r\n"


class CoarseDates(enum.Enum):
    """What to do with events dated coarser than a day (a week, a month, a year...)."""

    SPAN = "span"
    """An all-day event over every day the date covers, the precision shown in the summary."""
    LEAVE_OUT = "leave-out"
    """Leave the event out of the calendar (counted in `IcsExport.coarse_dates`)."""


@attrs.frozen(slots=True, kw_only=True)
class IcsOptions:
    """How a timeline becomes a calendar.

    `calendar_name` is shown by clients as the calendar's name (``NAME`` and
    ``X-WR-CALNAME``); `coarse_dates` is the policy for dates coarser than a day,
    a `CoarseDates` or its value (``"span"``, ``"leave-out"``).
    """

    calendar_name: str = "Timeline"
    # A policy's name ("leave-out") is accepted too; any other string is refused, not read as the default.
    coarse_dates: CoarseDates = attrs.field(default=CoarseDates.SPAN, converter=CoarseDates)


@attrs.frozen(slots=True, kw_only=True)
class IcsExport:
    """A calendar and what went into it.

    `data` is the .ics file; `written` counts its VEVENTs; the other counts
    are events left out: `unknown_dates` (no known day), `coarse_dates`
    (left out by `CoarseDates.LEAVE_OUT`) and `out_of_range` (a date that
    ends after `LAST_DAY`, 3000-12-30, which libical cannot read).
    """

    data: bytes
    written: int
    unknown_dates: int
    coarse_dates: int
    out_of_range: int

    @property
    def left_out(self) -> int:
        """Events of the timeline that are not in the calendar."""
        return self.unknown_dates + self.coarse_dates + self.out_of_range


def event_sequence(event: Event) -> int:
    """The SEQUENCE of `event`: its distinct reports beyond the first."""
    reports = {(source.document, source.start, source.end) for source in event.sources}
    return max(len(reports) - 1, 0)


def event_stamp(event: Event, documents: Mapping[str, DocumentRef] | None = None) -> dt.datetime:
    """The DTSTAMP of `event`: midnight UTC of its newest report's publication date, or the epoch."""
    documents = documents or {}
    dates = []
    for source in event.sources:
        document = documents.get(source.document)
        published = source.published or (document.published if document is not None else None)
        if published is not None:
            dates.append(published)
    if not dates:
        return UNDATED_STAMP
    newest = max(dates)
    return max(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.UTC), UNDATED_STAMP)


def event_summary(event: Event, facts: EventFacts | None = None) -> str:
    """The SUMMARY of `event`: its title, plus its date when that is not simply a day."""
    facts = facts or event_facts(event)
    when = event.when
    if when.precision is Precision.DAY and when.modifier is None:
        return facts.title
    return f"{facts.title} ({facts.date})"


def event_description(facts: EventFacts) -> str:
    """The DESCRIPTION: kind, date, status, place, participants, details and every source."""
    heading = " · ".join(part for part in (facts.kind, facts.date, facts.status) if part)
    lines = [heading]
    if facts.place:
        lines.append(f"{caption('place')}: {facts.place}")
    if facts.participants:
        lines.append(f"{caption('participants')}: {'; '.join(facts.participants)}")
    lines.extend(f"{name}: {text}" for name, text in facts.details)
    if facts.sources:
        lines.append(f"{caption('sources')}:")
    for number, source in enumerate(facts.sources, start=1):
        published = source.published_label
        said = source.outlet + (f", {caption('published', date=published)}" if published else "")
        lines.append(f"{number}. {said}" + (f": {source.url}" if source.url else ""))
        if source.evidence:
            lines.append(f"   “{source.evidence}”")
    return "\n".join(lines)


def _fold(line: bytes) -> bytes:
    """RFC 5545 folding at 75 octets, never inside a UTF-8 character or a backslash escape."""
    if len(line) <= _FOLD_AT:
        return line
    pieces = []
    limit = _FOLD_AT
    while len(line) > limit:
        cut = limit
        while line[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: back off to the character's start
            cut -= 1
        backslashes = 0
        while backslashes < cut and line[cut - 1 - backslashes] == 0x5C:
            backslashes += 1
        if backslashes % 2:
            cut -= 1
        pieces.append(line[:cut])
        line = line[cut:]
        limit = _FOLD_AT - 1  # a continuation line starts with a space
    pieces.append(line)
    return b"\r\n ".join(pieces)


def _text(value: str) -> bytes:
    # icalendar 7.3's vText reads a literal backslash-N as a newline; escape the pieces around it.
    return b"\\\\N".join(vText(piece).to_ical() for piece in value.split("\\N"))


# Days, numbers, links, places and categories recur from event to event: caching their encoding
# keeps 100,000 events within seconds.
# (icalendar 7.3 leaves the to_ical of its date types unannotated.)
@functools.lru_cache(maxsize=65536)
def _day(day: dt.date) -> bytes:
    return bytes(vDate(day).to_ical())  # type: ignore[no-untyped-call]


@functools.lru_cache(maxsize=65536)
def _midnight_utc(day: dt.date) -> bytes:
    moment = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    return bytes(vDatetime(moment).to_ical())  # type: ignore[no-untyped-call]


@functools.lru_cache(maxsize=16384)
def _recurring_text(value: str) -> bytes:
    return _text(value)


@functools.lru_cache(maxsize=16384)
def _uri(url: str) -> bytes:
    return vUri(url).to_ical()


@functools.lru_cache(maxsize=1024)
def _integer(number: int) -> bytes:
    return vInt(number).to_ical()


@functools.lru_cache(maxsize=16384)
def _categories(names: tuple[str, ...]) -> bytes:
    return bytes(vCategory(list(names)).to_ical())


def _vevent(
    event: Event, first: dt.date, last: dt.date, uid: str, documents: Mapping[str, DocumentRef]
) -> list[bytes]:
    facts = event_facts(event, documents)
    categories = [facts.kind, *(country_text(code) for code in event.countries)]
    lines = [
        b"BEGIN:VEVENT",
        b"UID:" + _text(uid),
        b"DTSTAMP:" + _midnight_utc(event_stamp(event, documents).date()),
        b"SEQUENCE:" + _integer(event_sequence(event)),
        b"DTSTART;VALUE=DATE:" + _day(first),
        b"DTEND;VALUE=DATE:" + _day(last + dt.timedelta(days=1)),
        b"SUMMARY:" + _text(event_summary(event, facts)),
        b"STATUS:" + _STATUS[event.status],
        b"TRANSP:TRANSPARENT",
        b"CATEGORIES:" + _categories(tuple(dict.fromkeys(categories))),
    ]
    if facts.place:
        lines.append(b"LOCATION:" + _recurring_text(facts.place))
    lines.append(b"DESCRIPTION:" + _text(event_description(facts)))
    url = next((source.url for source in facts.sources if source.url), None)
    if url is not None:
        lines.append(b"URL:" + _uri(url))
    lines.append(b"END:VEVENT")
    return lines


def export_ics(
    events_or_timeline: Timeline | Iterable[Event], options: IcsOptions | None = None
) -> IcsExport:
    """The calendar of a timeline (or of bare events), with counts of what was left out."""
    options = options or IcsOptions()
    timeline = Timeline.of(events_or_timeline)
    documents = timeline.documents_by_id
    name = _text(options.calendar_name)
    lines = [
        b"BEGIN:VCALENDAR",
        b"VERSION:2.0",
        b"PRODID:" + _text(PRODID),
        b"CALSCALE:GREGORIAN",
        b"NAME:" + name,
        b"X-WR-CALNAME:" + name,
    ]
    used_uids: set[str] = set()
    written = unknown = coarse = out_of_range = 0
    for event in timeline.events:
        when = event.when
        if when.start is None or when.end is None:
            unknown += 1
            continue
        if options.coarse_dates is CoarseDates.LEAVE_OUT and when.precision not in _DAY_PRECISIONS:
            coarse += 1
            continue
        if when.end > LAST_DAY:
            out_of_range += 1
            continue
        uid = _unique(event.id, used_uids)
        lines.extend(_vevent(event, when.start, when.end, uid, documents))
        written += 1
    lines.append(b"END:VCALENDAR")
    data = _CRLF.join(_fold(line) for line in lines) + _CRLF
    return IcsExport(
        data=data, written=written, unknown_dates=unknown, coarse_dates=coarse, out_of_range=out_of_range
    )


def to_ics(events_or_timeline: Timeline | Iterable[Event], options: IcsOptions | None = None) -> bytes:
    """The .ics file of a timeline; `export_ics` also says which events were left out."""
    return export_ics(events_or_timeline, options).data


def _unique(event_id: str, used: set[str]) -> str:
    base = clean_text(event_id) or "event"
    uid, number = base, 1
    while uid in used:
        number += 1
        uid = f"{base}-{number}"
    used.add(uid)
    return uid


__all__ = [
    "LAST_DAY",
    "PRODID",
    "UNDATED_STAMP",
    "CoarseDates",
    "IcsExport",
    "IcsOptions",
    "event_description",
    "event_sequence",
    "event_stamp",
    "event_summary",
    "export_ics",
    "to_ics",
]
