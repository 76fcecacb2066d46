"""What one document says about an event, in the form the merger compares.

A `Fact` is one document's account of one event: its date, status, place
and actors as keys that ignore spelling. A raw report gives one fact per
document it cites; an already merged event gives back one fact per
document from its attributions, so merging merged events compares the
same facts as merging the reports they came from.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple, TypeVar

from timeline.gazetteer import find_country, find_place, name_key
from timeline.merge.names import participant_key, person_key
from timeline.model import (
    Agreement,
    Event,
    Other,
    Person,
    Precision,
    Statement,
    Status,
    Summit,
    Visit,
    When,
    country_name,
)

_T = TypeVar("_T")
_MONTH_RANK = Precision.MONTH.rank
_WHEN_TEXT = re.compile(r"^(?P<value>\S+)(?: \((?P<modifier>[A-Z_]+)\))?$")


class Fact(NamedTuple):
    """One document's account of one event (`unit` is the input event's position)."""

    unit: int
    kind: str
    doc: str
    published: dt.date | None
    when: When
    status: Status
    place: str | None
    actors: frozenset[str]
    countries: frozenset[str]
    sentences: frozenset[tuple[int, int]]
    label: str | None
    amount: tuple[float, str] | None

    @property
    def account(self) -> tuple[object, ...]:
        """Everything the document says, without where it is said or which input it came from."""
        return self[1:9] + self[10:]

    @property
    def content(self) -> tuple[object, ...]:
        """Everything but the input it came from."""
        return self[1:]


def when_text(when: When) -> str:
    """A date as attributions write it: the TIMEX3 value, then the modifier in brackets."""
    return str(when)


@functools.lru_cache(maxsize=65536)
def parse_when_text(text: str) -> When:
    """The `When` that `when_text` wrote (an unreadable value counts as unknown)."""
    match = _WHEN_TEXT.match(text)
    if match is None:
        return When.unknown()
    try:
        return When.from_timex(match.group("value"), match.group("modifier"))
    except ValueError:
        return When.unknown()


@functools.lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    """The place a name denotes, as ``city|country``; ``|country`` for a whole country.

    Venues resolve to their city (``Akorda`` -> Astana) and old names to the
    current one (``Nur-Sultan``); the country part is empty where unknown.
    """
    place = find_place(name)
    if place is not None:
        return f"{name_key(place.name).replace(' ', '')}|{place.country or ''}"
    country = find_country(name)
    if country is not None:
        return f"|{country}"
    return f"{name_key(name).replace(' ', '')}|"


@functools.lru_cache(maxsize=65536)
def label_key(label: str) -> str:
    """A spelling-insensitive key of a label, name or instrument."""
    return name_key(label)


def reported_place(event: Event) -> str | None:
    """Where a report puts the event: its location, else the country a visit goes to."""
    if event.location is not None:
        return event.location.name
    if isinstance(event, Visit) and event.host_country is not None:
        return country_name(event.host_country)
    return None


def event_label(event: Event) -> str | None:
    """The words that name what happened, for the kinds that carry them."""
    if isinstance(event, Other | Statement):
        return event.label
    if isinstance(event, Summit):
        return event.name
    if isinstance(event, Agreement):
        return event.instrument
    return None


_COUNTRY_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def _country_set(codes: tuple[str, ...]) -> frozenset[str]:
    # Most events share a handful of country sets; one frozenset each saves memory at scale.
    found = _COUNTRY_SETS.get(codes)
    if found is None:
        found = _COUNTRY_SETS.setdefault(codes, frozenset(codes))
    return found


def _documents(event: Event) -> dict[str, tuple[dt.date | None, frozenset[tuple[int, int]]]]:
    """Each cited document with its publication date and the spans of its sentences."""
    published: dict[str, dt.date | None] = {}
    spans: dict[str, set[tuple[int, int]]] = {}
    for source in event.sources:
        earlier = published.get(source.document)
        if source.document not in published or (
            source.published is not None and (earlier is None or source.published < earlier)
        ):
            published[source.document] = source.published
        spans.setdefault(source.document, set()).add((source.start, source.end))
    for attribution in event.attributions:
        for document in attribution.documents:
            published.setdefault(document, None)
            spans.setdefault(document, set())
    return {doc: (published[doc], frozenset(spans[doc])) for doc in sorted(published)}


def facts_of(event: Event, unit: int) -> list[Fact]:
    """The facts `event` holds: one per document (per date and status a document gave)."""
    if not event.attributions and len(event.sources) == 1:
        return [_report_fact(event, unit)]
    named = event_label(event)
    amount = (
        (event.amount.value, event.amount.currency)
        if isinstance(event, Agreement) and event.amount is not None
        else None
    )
    countries = _country_set(event.countries)
    keys = {participant.name: participant_key(participant) for participant in event.participants}
    documents = _documents(event) or {"": (None, frozenset())}

    kind = event.kind
    label = label_key(named) if named else None

    def fact(
        doc: str,
        published: dt.date | None,
        sentences: frozenset[tuple[int, int]],
        when: When,
        status: Status,
        place: str | None,
        actors: frozenset[str],
    ) -> Fact:
        return Fact(
            unit, kind, doc, published, when, status, place, actors, countries, sentences, label, amount
        )

    if not event.attributions:
        actors = frozenset(keys.values())
        if isinstance(event, Visit) and event.visitor is not None:
            actors |= {participant_key(event.visitor)}
        named_place = reported_place(event)
        place = place_key(named_place) if named_place else None
        return [
            fact(doc, published, sentences, event.when, event.status, place, actors)
            for doc, (published, sentences) in documents.items()
        ]

    said: dict[tuple[str, str], list[str]] = {}
    for attribution in event.attributions:
        for document in attribution.documents:
            said.setdefault((attribution.field, document), []).append(attribution.value)
    facts = []
    for doc, (published, sentences) in documents.items():
        names = said.get(("participant", doc), [])
        actors = frozenset(keys.get(name) or person_key(name) for name in names)
        places = said.get(("location", doc), [])
        place = min(place_key(name) for name in places) if places else None
        whens = [parse_when_text(text) for text in said.get(("when", doc), [])] or [event.when]
        statuses = [Status(text) for text in said.get(("status", doc), []) if _is_status(text)]
        for when in _unique(whens):
            for status in _unique(statuses or [event.status]):
                facts.append(fact(doc, published, sentences, when, status, place, actors))
    return facts


@functools.lru_cache(maxsize=65536)
def _one_span(start: int, end: int) -> frozenset[tuple[int, int]]:
    # sentences sit at the same few offsets in many articles: one set each saves memory at scale
    return frozenset(((start, end),))


def _report_fact(event: Event, unit: int) -> Fact:
    """The one fact of a report read from one sentence (the common case, kept quick)."""
    source = event.sources[0]
    # most participants are people: their key straight from the name
    actors = frozenset(
        [
            person_key(participant.name) if type(participant) is Person else participant_key(participant)
            for participant in event.participants
        ]
    )
    if isinstance(event, Visit) and event.visitor is not None:
        actors |= {participant_key(event.visitor)}
    named_place = reported_place(event)
    named = event_label(event)
    return tuple.__new__(
        Fact,
        (
            unit,
            event.kind,
            source.document,
            source.published,
            event.when,
            event.status,
            place_key(named_place) if named_place else None,
            actors,
            _country_set(event.countries),
            _one_span(source.start, source.end),
            label_key(named) if named else None,
            (event.amount.value, event.amount.currency)
            if isinstance(event, Agreement) and event.amount is not None
            else None,
        ),
    )


def published_no_earlier(facts: Iterable[Fact]) -> dict[str, dt.date]:
    """For documents without a publication date, the day they cannot have been published before.

    An article is published after the latest happening it reports as past
    (dated at least to the month); an undated article's "will visit soon"
    is then tied to that day as it would be to a publication date.
    """
    bounds: dict[str, dt.date] = {}
    for fact in facts:
        when = fact.when
        if (
            fact.published is None
            and fact.doc
            and fact.status is Status.HAPPENED
            and when.end is not None
            and when.precision.rank <= _MONTH_RANK
        ):
            known = bounds.get(fact.doc)
            if known is None or when.end > known:
                bounds[fact.doc] = when.end
    return bounds


def dated(fact: Fact, bounds: Mapping[str, dt.date]) -> Fact:
    """`fact` with its document's earliest possible publication day where the date is unknown."""
    if fact.published is None and fact.doc in bounds:
        return fact._replace(published=bounds[fact.doc])
    return fact


def _is_status(text: str) -> bool:
    return text in Status._value2member_map_


def _unique(items: Iterable[_T]) -> list[_T]:
    return list(dict.fromkeys(items))
