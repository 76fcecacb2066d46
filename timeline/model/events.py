"""Typed diplomatic events, one class per kind on a shared `Event` base."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from typing import ClassVar

import attrs

from timeline.model.actors import Organization, Participant, Person, Place
from timeline.model.countries import check_country_code, check_country_codes
from timeline.model.urls import check_url
from timeline.model.when import InvalidTimexError, When


class Status(enum.Enum):
    """Whether an event took place, is still to come, or was called off."""

    HAPPENED = "happened"
    PLANNED = "planned"
    CANCELLED = "cancelled"


@attrs.frozen(slots=True, kw_only=True)
class Source:
    """One report of an event: the document and the words that report it.

    `start` and `end` are character offsets of `evidence` (the sentence) in
    the document's text, end exclusive.
    """

    document: str
    evidence: str
    start: int
    end: int
    url: str | None = attrs.field(default=None, validator=check_url)
    outlet: str | None = None
    published: dt.date | None = None


@attrs.frozen(slots=True, kw_only=True)
class Attribution:
    """Which documents gave a field of a merged event which value.

    `field` is ``when``, ``location``, ``status`` or ``participant``; two
    attributions of one field with different values are a visible conflict.
    """

    field: str
    value: str
    documents: tuple[str, ...]


@attrs.frozen(slots=True, kw_only=True)
class Amount:
    """A sum of money as stated, e.g. ``$1.7 billion``."""

    value: float
    currency: str
    text: str


def _sorted_unique(codes: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(sorted(set(codes)))


def content_id(*facts: str) -> str:
    """A short id that depends only on the given facts, on every run and machine."""
    digest = hashlib.sha256("\x1f".join(facts).encode("utf-8", "surrogatepass")).hexdigest()
    return "ev-" + digest[:16]


@attrs.frozen(slots=True, kw_only=True)
class Event:
    """What every event has. Use one of the subclasses, one per kind.

    `id` is content-derived and stable; `sources` holds one `Source` per
    report; `related` holds ids of linked events (an agreement signed at a
    meeting); `attributions` records, after merging, which documents gave
    the date, place, status and each participant.
    """

    kind: ClassVar[str] = "event"
    default_cameo: ClassVar[str] = "040"

    id: str
    title: str
    when: When = attrs.field(factory=When.unknown)
    status: Status = Status.HAPPENED
    participants: tuple[Participant, ...] = ()
    countries: tuple[str, ...] = attrs.field(
        default=(), converter=_sorted_unique, validator=check_country_codes
    )
    location: Place | None = None
    sources: tuple[Source, ...] = ()
    cameo: str = attrs.field()
    related: tuple[str, ...] = attrs.field(default=(), converter=_sorted_unique)
    attributions: tuple[Attribution, ...] = ()

    @cameo.default
    def _cameo_for_kind(self) -> str:
        return cameo_for(type(self), self.status)

    @property
    def people(self) -> tuple[Person, ...]:
        return tuple(p for p in self.participants if isinstance(p, Person))

    @property
    def organizations(self) -> tuple[Organization, ...]:
        return tuple(p for p in self.participants if isinstance(p, Organization))

    @property
    def conflicts(self) -> dict[str, tuple[str, ...]]:
        """Fields to which reports gave contradicting values, with those values.

        Dates conflict when they cannot be the same day (1991 and 1992; not
        2024-05 and 2024-05-20); places when they are named differently; a
        status when one report says it happened and another that it was
        called off (planned then happened is the normal course of events).
        """
        values: dict[str, list[str]] = {}
        for attribution in self.attributions:
            found = values.setdefault(attribution.field, [])
            if attribution.value not in found:
                found.append(attribution.value)
        conflicts: dict[str, tuple[str, ...]] = {}
        dates = values.get("when", [])
        if any(not _dates_compatible(a, b) for a in dates for b in dates):
            conflicts["when"] = tuple(dates)
        if len(values.get("location", [])) > 1:
            conflicts["location"] = tuple(values["location"])
        if {Status.HAPPENED.value, Status.CANCELLED.value} <= set(values.get("status", [])):
            conflicts["status"] = tuple(values["status"])
        return conflicts


def _dates_compatible(first: str, second: str) -> bool:
    """Whether two reported dates (as ``str(When)``) can be the same day; unreadable ones must be equal."""
    try:
        return When.from_text(first).compatible(When.from_text(second))
    except InvalidTimexError:
        return first == second


@attrs.frozen(slots=True, kw_only=True)
class Meeting(Event):
    """Talks, a reception, a bilateral meeting."""

    kind: ClassVar[str] = "meeting"
    default_cameo: ClassVar[str] = "040"


@attrs.frozen(slots=True, kw_only=True)
class Visit(Event):
    """A trip by `visitor` to `host_country`; one event per trip."""

    kind: ClassVar[str] = "visit"
    default_cameo: ClassVar[str] = "042"

    visitor: Person | None = None
    host_country: str | None = attrs.field(default=None, validator=check_country_code)
    visit_type: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Agreement(Event):
    """The signing of an agreement, memorandum, treaty, contract or loan."""

    kind: ClassVar[str] = "agreement"
    default_cameo: ClassVar[str] = "057"

    instrument: str | None = None
    parties: tuple[str, ...] = ()
    amount: Amount | None = None


@attrs.frozen(slots=True, kw_only=True)
class Summit(Event):
    """A multilateral summit, forum or conference session."""

    kind: ClassVar[str] = "summit"
    default_cameo: ClassVar[str] = "043"

    name: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Call(Event):
    """A phone or video call."""

    kind: ClassVar[str] = "call"
    default_cameo: ClassVar[str] = "041"

    medium: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Statement(Event):
    """A formal announcement that is itself the news."""

    kind: ClassVar[str] = "statement"
    default_cameo: ClassVar[str] = "010"

    label: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Other(Event):
    """A dated diplomatic milestone, such as the establishment of relations."""

    kind: ClassVar[str] = "other"
    default_cameo: ClassVar[str] = "050"

    label: str


EVENT_KINDS: dict[str, type[Event]] = {
    cls.kind: cls for cls in (Meeting, Visit, Agreement, Summit, Call, Statement, Other)
}

# CAMEO 036 "express intent to meet or negotiate" codes an announced meeting or visit.
_CAMEO_PLANNED = "036"


def cameo_for(kind: type[Event], status: Status) -> str:
    """The CAMEO code an event of this kind and status gets by default."""
    if status is Status.PLANNED and kind in (Meeting, Visit, Summit, Call):
        return _CAMEO_PLANNED
    return kind.default_cameo
