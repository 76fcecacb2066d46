"""What the human-readable exports say about an event, as plain one-line texts.

iCalendar, Markdown and TimelineJS show the same facts in the same order;
each escapes these texts in its own syntax. All text is already cleaned
(`clean_text`) and every link checked (`link_url`).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping

import attrs

from timeline.export.labels import caption, date_label, day_label, kind_label, status_label
from timeline.export.text import clean_text, link_url
from timeline.model import (
    Agreement,
    Call,
    DocumentRef,
    Event,
    Other,
    Participant,
    Person,
    Place,
    Source,
    Statement,
    Status,
    Summit,
    Visit,
    country_name,
    is_country_code,
)


@attrs.frozen(slots=True, kw_only=True)
class SourceFacts:
    """One report of an event: who published it, when, where, and its words."""

    outlet: str
    published: dt.date | None
    url: str | None
    evidence: str

    @property
    def published_label(self) -> str | None:
        return None if self.published is None else day_label(self.published)


@attrs.frozen(slots=True, kw_only=True)
class EventFacts:
    """The readable facts of one event.

    `status` is ``None`` for an event that happened (the normal case) and the
    status word otherwise; `details` holds the kind's own fields as
    (caption, text) pairs.
    """

    title: str
    kind: str
    date: str
    status: str | None
    place: str | None
    participants: tuple[str, ...]
    details: tuple[tuple[str, str], ...]
    sources: tuple[SourceFacts, ...]


@functools.lru_cache(maxsize=512)
def country_text(code: str) -> str:
    """The common English name of an ISO 3166-1 alpha-3 code."""
    return country_name(code)


def _country(code: str | None) -> str | None:
    return None if code is None else country_text(code)


@functools.lru_cache(maxsize=16384)  # the same people take part in many events
def participant_text(participant: Participant) -> str:
    """``Wang Yi (Foreign Minister, China)``, ``Sunwah Group (Hong Kong)``."""
    name = clean_text(participant.name)
    if isinstance(participant, Person):
        notes = [clean_text(participant.title or ""), _country(participant.country) or ""]
    else:
        notes = [clean_text(participant.acronym or ""), _country(participant.country) or ""]
        if participant.international:
            notes.append(caption("international"))
    notes = [note for note in notes if note]
    return f"{name} ({', '.join(notes)})" if notes else name


@functools.lru_cache(maxsize=16384)
def place_text(place: Place | None) -> str | None:
    """``Astana, Kazakhstan``, or just the name when it is the country itself."""
    if place is None:
        return None
    name = clean_text(place.name)
    country = _country(place.country)
    return name if country is None or country == name else f"{name}, {country}"


def _party(party: str) -> str:
    """A signatory by its country's name when it is given as an alpha-3 code."""
    return country_text(party) if is_country_code(party) else clean_text(party)


def _details(event: Event) -> list[tuple[str, str]]:
    found: list[tuple[str, str | None]] = []
    if isinstance(event, Visit):
        visitor = participant_text(event.visitor) if event.visitor is not None else None
        found += [
            (caption("visitor"), visitor),
            (caption("host_country"), _country(event.host_country)),
            (caption("visit_type"), event.visit_type),
        ]
    elif isinstance(event, Agreement):
        amount = None
        if event.amount is not None:
            amount = event.amount.text or f"{event.amount.value:g} {event.amount.currency}"
        found += [
            (caption("instrument"), event.instrument),
            (caption("parties"), "; ".join(_party(party) for party in event.parties)),
            (caption("amount"), amount),
        ]
    elif isinstance(event, Summit):
        found.append((caption("summit"), event.name))
    elif isinstance(event, Call):
        found.append((caption("medium"), event.medium))
    elif isinstance(event, Statement | Other):
        found.append((caption("label"), event.label))
    for field, values in event.conflicts.items():
        said = [clean_text(value) for value in values]
        subject = caption(f"disagreement_{field}")
        found.append((caption("disagreement", field=subject), "; ".join(value for value in said if value)))
    return [(name, clean_text(text)) for name, text in found if text and clean_text(text)]


def _source_facts(source: Source, documents: Mapping[str, DocumentRef]) -> SourceFacts:
    document = documents.get(source.document)
    outlet = source.outlet or (document.outlet if document is not None else None)
    published = source.published or (document.published if document is not None else None)
    url = source.url or (document.url if document is not None else None)
    outlet_text = clean_text(outlet or "") or caption("no_outlet", document=clean_text(source.document))
    return SourceFacts(
        outlet=outlet_text, published=published, url=link_url(url), evidence=clean_text(source.evidence)
    )


def event_title(event: Event) -> str:
    """The event's title on one line; its kind when the title is blank."""
    return clean_text(event.title) or kind_label(event.kind)


def event_facts(event: Event, documents: Mapping[str, DocumentRef] | None = None) -> EventFacts:
    """The readable facts of `event`; `documents` (by id) fill in what a source leaves out."""
    documents = documents or {}
    return EventFacts(
        title=event_title(event),
        kind=kind_label(event.kind),
        date=date_label(event.when),
        status=None if event.status is Status.HAPPENED else status_label(event.status.value),
        place=place_text(event.location),
        participants=tuple(participant_text(p) for p in event.participants),
        details=tuple(_details(event)),
        sources=tuple(_source_facts(source, documents) for source in event.sources),
    )
