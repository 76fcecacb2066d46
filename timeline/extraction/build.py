"""Merged candidates to the model's typed events: id, title, CAMEO code, participants, source."""

from __future__ import annotations

import re

from timeline.extraction.dedupe import Group
from timeline.extraction.mentions import Entity
from timeline.model import (
    Agreement,
    Call,
    Document,
    Event,
    Meeting,
    Other,
    Person,
    Source,
    Statement,
    Status,
    Summit,
    Visit,
    cameo_for,
    content_id,
    country_name,
)


def event_id(group: Group, document: Document) -> str:
    lead = group.lead
    first = group.members[0]
    return content_id(
        lead.kind, document.id, str(first.trigger.start), str(first.trigger.end), lead.split_key
    )


def to_event(group: Group, document: Document, related: tuple[str, ...]) -> Event:
    """The typed event a group of candidates reports."""
    lead = group.lead
    sentence = lead.sentence
    source = Source(
        document=document.id,
        evidence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        url=document.url,
        outlet=document.outlet,
        published=document.published,
    )
    participants = tuple(_participant(entity) for entity in lead.people)
    cameo = lead.cameo if lead.cameo and lead.status is not Status.PLANNED else None
    common = {
        "id": event_id(group, document),
        "title": _title(group),
        "when": lead.when,
        "status": lead.status,
        "participants": _unique_participants(participants),
        "countries": tuple(lead.countries),
        "location": lead.location,
        "sources": (source,),
        "related": related,
    }
    event: Event
    if lead.kind == "meeting":
        event = Meeting(**common, cameo=cameo or cameo_for(Meeting, lead.status))  # type: ignore[arg-type]
    elif lead.kind == "visit":
        visitor = lead.visitor.participant() if lead.visitor is not None else None
        event = Visit(
            **common,  # type: ignore[arg-type]
            cameo=cameo_for(Visit, lead.status),
            visitor=visitor if isinstance(visitor, Person) else None,
            host_country=lead.host_country,
            visit_type=lead.visit_type,
        )
    elif lead.kind == "agreement":
        event = Agreement(
            **common,  # type: ignore[arg-type]
            cameo=cameo or cameo_for(Agreement, lead.status),
            instrument=lead.instrument,
            parties=tuple(lead.countries),
            amount=lead.amount,
        )
    elif lead.kind == "summit":
        event = Summit(**common, cameo=cameo_for(Summit, lead.status), name=lead.name)  # type: ignore[arg-type]
    elif lead.kind == "call":
        event = Call(**common, cameo=cameo_for(Call, lead.status), medium=lead.medium)  # type: ignore[arg-type]
    elif lead.kind == "statement":
        event = Statement(**common, cameo=cameo_for(Statement, lead.status), label=lead.label)  # type: ignore[arg-type]
    else:
        event = Other(**common, cameo=cameo or cameo_for(Other, lead.status), label=lead.label or "milestone")  # type: ignore[arg-type]
    return event


def _participant(entity: Entity) -> Person | object:
    return entity.participant()


def _unique_participants(participants: tuple[object, ...]) -> tuple[object, ...]:
    seen: list[object] = []
    for participant in participants:
        if participant not in seen:
            seen.append(participant)
    return tuple(seen)


def _short(entity: Entity) -> str:
    if entity.kind == "organization" and entity.acronym:
        return entity.acronym
    return entity.name


def _names(entities: list[Entity]) -> str:
    names = [_short(e) for e in entities]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _countries_text(codes: list[str]) -> str:
    names = []
    for code in codes:
        try:
            names.append(country_name(code))
        except ValueError:
            names.append(code)
    return " and ".join(names[:2])


def _title(group: Group) -> str:
    lead = group.lead
    people = [e for e in lead.people if e.kind == "person"] or list(lead.people)
    planned = lead.status is Status.PLANNED
    cancelled = lead.status is Status.CANCELLED
    actors = _names(people) if people else _countries_text(lead.countries)
    if lead.kind == "meeting":
        if len(people) >= 2:
            title = f"{_short(people[0])} meets {_names(people[1:])}"
        else:
            one_side = len(people) == 1 or (not people and len(lead.countries) == 1)
            title = f"{actors} {'holds' if one_side else 'hold'} talks" if actors else "Talks"
        if planned:
            title = re.sub(
                r" (?:meets|holds? talks)",
                lambda m: " to meet" if "meet" in m[0] else " to hold talks",
                title,
            )
    elif lead.kind == "visit":
        guests = [c for c in lead.countries if c != lead.host_country]
        if lead.visitor is not None:
            visitor = _short(lead.visitor)
        else:  # 'a visit of a Kazakh Senate speaker to China': the host does not visit itself
            visitor = _countries_text(guests) if not people and guests else actors
        host = _countries_text([lead.host_country]) if lead.host_country else "abroad"
        title = f"{visitor} {'to visit' if planned else 'visits'} {host}"
        if cancelled:
            title = f"{visitor}'s visit to {host} cancelled"
    elif lead.kind == "agreement":
        what = lead.instrument or "agreement"
        sides = _countries_text(lead.countries) if lead.countries else actors
        title = f"{sides} {'to sign' if planned else 'sign'} {what}" if sides else f"{what} signed"
        if lead.amount is not None and lead.instrument and "loan" in lead.instrument.lower():
            title = f"{sides}: {what}" if sides else what
    elif lead.kind == "summit":
        title = lead.name or "Summit"
        if lead.location is not None:
            title += f" in {lead.location.name}"
    elif lead.kind == "call":
        title = f"{_names(people)} speak by phone" if len(people) >= 2 else f"{actors} phone call"
    elif lead.kind == "statement":
        title = f"{actors}: {lead.label}" if actors else (lead.label or "Statement")
    else:
        title = lead.label or "Milestone"
        if lead.countries:
            title = f"{_countries_text(lead.countries)}: {title}"
    if cancelled and lead.kind != "visit":
        title += " (cancelled)"
    return title[:1].upper() + title[1:]
