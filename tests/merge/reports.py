"""Hand-built reports for the merge tests: a few lines per report, like the extractor's output."""

from __future__ import annotations

import datetime as dt
import itertools

from timeline.model import (
    Agreement,
    Call,
    Event,
    Meeting,
    Organization,
    Other,
    Person,
    Place,
    Source,
    Statement,
    Status,
    Summit,
    Visit,
    When,
)

_offsets = itertools.count(0, 100)

KINDS: dict[str, type[Event]] = {
    "meeting": Meeting,
    "visit": Visit,
    "agreement": Agreement,
    "summit": Summit,
    "call": Call,
    "statement": Statement,
    "other": Other,
}


def report(
    kind: str,
    id: str,
    *,
    when: str = "XXXX-XX-XX",
    doc: str,
    published: dt.date | None = None,
    people: tuple[str, ...] = (),
    organizations: tuple[str, ...] = (),
    countries: tuple[str, ...] = (),
    place: str | None = None,
    status: Status = Status.HAPPENED,
    title: str | None = None,
    related: tuple[str, ...] = (),
    start: int | None = None,
    outlet: str | None = None,
    **fields: object,
) -> Event:
    """One report as the extractor gives it: one source sentence in one document."""
    offset = next(_offsets) if start is None else start
    participants = tuple(Person(name=name) for name in people) + tuple(
        Organization(name=name) for name in organizations
    )
    cls = KINDS[kind]
    return cls(  # type: ignore[call-arg]
        id=id,
        title=title or f"{kind} {id}",
        when=When.from_timex(when),
        status=status,
        participants=participants,
        countries=countries,
        location=Place(name=place) if place else None,
        sources=(
            Source(
                document=doc,
                evidence=f"sentence of {id}",
                start=offset,
                end=offset + 50,
                published=published,
                outlet=outlet,
            ),
        ),
        related=related,
        **fields,
    )
