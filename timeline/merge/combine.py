"""One event out of the reports of one happening.

Every field of the merged event is a function of what the reports say,
never of the order they come in, and merging an already merged event with
more reports gives what merging all the reports at once gives:

- `id` is the anchor report's: the one published first (a document
  without a date counts from the latest happening it reports as past; with
  none, it comes last), ties broken by the smaller id. Later reports
  therefore never change it.
- `title` is worded for the merged status ("visits", not "to visit"): it
  is the title of the first published report that gives that status, ties
  broken by the smaller title. A merged event's status attribution names
  the documents that gave its status, so its own title counts from the
  first of those, and merging again picks what merging at once picks.
- `sources` are all the reports' sources, earliest publication first.
- `attributions` say which documents gave which date, place, status and
  participant; a field with two values in them is a visible conflict.
- `when` is the date most reports agree with, the most precise of those:
  2024-05-20 over 2024-05 over 2024; a year-less ``XXXX-02-09`` takes its
  year from a dated report of the same event.
- `status`: cancelled if any report says so, else happened if any report
  says so, else planned; the announcement stays among the sources.
- `participants` under canonical names, one per person or organization;
  `countries` and `related` are the union of the reports'.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

from timeline.merge.assembly import assembler
from timeline.merge.facts import parse_when_text, reported_place, when_text
from timeline.merge.linking import is_country_name, yearless
from timeline.merge.names import canonical_participant, is_person_key, participant_key
from timeline.model import (
    Agreement,
    Amount,
    Attribution,
    Call,
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
    When,
    cameo_for,
    country_name,
)

_NOTHING: Mapping[str, dt.date] = MappingProxyType({})
# Attributions hold plain strings taken from checked reports (see `assembly`).
_attribution = assembler(Attribution)
_STATUSES = {status.value: status for status in Status}
_STATUS_STRENGTH = {Status.PLANNED: 0, Status.HAPPENED: 1, Status.CANCELLED: 2}

# Unknown publication last, then the earliest publication, then the id.
AnchorKey = tuple[bool, dt.date, str]


def anchor_key(event: Event, inferred: Mapping[str, dt.date] = _NOTHING) -> AnchorKey:
    """Order of reports for choosing the anchor: earliest publication first, then smallest id.

    `inferred` gives documents without a publication date the day they
    cannot have been published before (`published_no_earlier`); a document
    with neither comes last.
    """
    sources = event.sources
    if len(sources) == 1:  # a report read from one sentence: the common case, kept quick
        source = sources[0]
        published = source.published or (inferred.get(source.document) if inferred else None)
        return (published is None, published or dt.date.min, event.id)
    first: dt.date | None = None
    for source in sources:
        published = source.published or inferred.get(source.document)
        if published is not None and (first is None or published < first):
            first = published
    return (first is None, first or dt.date.min, event.id)


# Past this many events, sorting on one flat string per key beats comparing tuples of dates.
_FLAT_SORT = 64


def _flat(key: AnchorKey) -> str:
    """An anchor key as a string that sorts as the key does (the day as a fixed-width ordinal)."""
    return f"{key[0]:d}{key[1].toordinal():07d}{key[2]}"


def canonical_order(events: Sequence[Event], inferred: Mapping[str, dt.date] = _NOTHING) -> list[Event]:
    """Events by `anchor_key`; reports that tie on it (equal ids) by their whole content."""
    return [events[index] for index in canonical_positions(events, inferred)]


def canonical_positions(events: Sequence[Event], inferred: Mapping[str, dt.date] = _NOTHING) -> list[int]:
    """The positions of `events` in `canonical_order`."""
    if len(events) > _FLAT_SORT:
        flat = [_flat_anchor(event, inferred) for event in events]
        order = sorted(range(len(events)), key=flat.__getitem__)
        ordered = [flat[index] for index in order]
        if any(map(operator.eq, ordered, ordered[1:])):  # reports that tie on their key (equal ids)
            keys = [anchor_key(event, inferred) for event in events]
            order.sort(key=lambda index: (keys[index], repr(events[index])))
        return order
    keys = [anchor_key(event, inferred) for event in events]
    order = sorted(range(len(events)), key=keys.__getitem__)
    if len({event.id for event in events}) < len(keys):  # keys can only tie on equal ids
        order.sort(key=lambda index: (keys[index], repr(events[index])))
    return order


_UNDATED = "1" + f"{dt.date.min.toordinal():07d}"


def _flat_anchor(event: Event, inferred: Mapping[str, dt.date]) -> str:
    """`_flat` of the event's `anchor_key`, without the tuple for a report read from one sentence."""
    sources = event.sources
    if len(sources) != 1:
        return _flat(anchor_key(event, inferred))
    source = sources[0]
    published = source.published or (inferred.get(source.document) if inferred else None)
    if published is None:
        return _UNDATED + event.id
    return _day_prefix(published) + event.id


@functools.lru_cache(maxsize=65536)
def _day_prefix(day: dt.date) -> str:
    # a corpus spans a few thousand publication days: each is written once
    return f"0{day.toordinal():07d}"


def _source_order(source: Source) -> tuple[object, ...]:
    return (
        source.published is None,
        source.published or dt.date.min,
        source.document,
        source.start,
        source.end,
        source.evidence,
        source.url or "",
        source.outlet or "",
    )


def _participant_preference(participant: Participant) -> tuple[object, ...]:
    """The fullest description of one actor wins (a title and a country over none)."""
    if isinstance(participant, Person):
        return (
            0,
            participant.title is not None,
            participant.country is not None,
            len(participant.title or ""),
            participant.title or "",
            participant.country or "",
            participant.name,
        )
    return (
        1,
        participant.acronym is not None,
        participant.country is not None,
        participant.international,
        len(participant.name),
        participant.name,
        participant.acronym or "",
        participant.country or "",
    )


def _fullest_text(values: Sequence[str | None]) -> str | None:
    present = [value for value in values if value]
    return max(present, key=lambda value: (len(value), value)) if present else None


def _actors(event: Event) -> tuple[Participant, ...]:
    """The participants, with a visit's visitor among them."""
    if isinstance(event, Visit) and event.visitor is not None and event.visitor not in event.participants:
        return (*event.participants, event.visitor)
    return event.participants


def _place_variants(event: Event) -> Place | None:
    if event.location is not None:
        return event.location
    if isinstance(event, Visit) and event.host_country is not None:
        return _host_place(event.host_country)
    return None


@functools.cache
def _host_place(code: str) -> Place:
    """The country a visit goes to, as a place (a value: one per country serves every visit)."""
    return Place(name=country_name(code), country=code)


def choose_when(support: Mapping[str, int]) -> When:
    """The date that most reports agree with, the most precise among those.

    `support` maps each reported date (as `when_text` writes it) to the
    number of documents that gave it.
    """
    return _chosen_when(tuple(sorted(support.items())))


@functools.lru_cache(maxsize=65536)
def _chosen_when(support: tuple[tuple[str, int], ...]) -> When:
    # many happenings are reported with the same dates at the same precisions: each choice is made once
    reported = {text: parse_when_text(text) for text, _count in support}
    if _all_agree(reported.values()):
        # the common case: every date agrees with every other, so only precision and support count
        counts_of = dict(support)
        text = min(
            reported,
            key=lambda text: (
                reported[text].precision.rank,
                not reported[text].is_known,
                -counts_of[text],
                text,
            ),
        )
        return reported[text]
    candidates = dict(reported)
    for filled in _years_filled_in(list(reported.values())):
        candidates.setdefault(when_text(filled), filled)
    month_days = {text: yearless(when) for text, when in candidates.items()}
    counts = dict(support)

    def agreeing(text: str, when: When) -> int:
        month_day = month_days[text]
        total = 0
        for other_text, count in support:
            other_month_day = month_days[other_text]
            if month_day is not None and other_month_day is not None:
                agrees = month_day == other_month_day
            else:
                agrees = when.compatible(reported[other_text])
            if agrees:
                total += count
        return total

    def preference(item: tuple[str, When]) -> tuple[object, ...]:
        text, when = item
        return (-agreeing(text, when), when.precision.rank, not when.is_known, -counts.get(text, 0), text)

    return min(candidates.items(), key=preference)[1]


def _all_agree(whens: Iterable[When]) -> bool:
    """Whether no date is year-less and the known dates share a day (then each agrees with each)."""
    latest_start: dt.date | None = None
    earliest_end: dt.date | None = None
    for when in whens:
        if when.start is None or when.end is None:
            if yearless(when) is not None:
                return False
            continue
        if latest_start is None or when.start > latest_start:
            latest_start = when.start
        if earliest_end is None or when.end < earliest_end:
            earliest_end = when.end
    return latest_start is None or earliest_end is None or latest_start <= earliest_end


def _years_filled_in(whens: Sequence[When]) -> list[When]:
    """Year-less days given the year of a dated report that contains exactly one such day."""
    filled = []
    for partial in whens:
        month_day = yearless(partial)
        if month_day is None:
            continue
        month, day = month_day
        if day is None:
            continue
        for dated in whens:
            if dated.start is None or dated.end is None or dated.start.year != dated.end.year:
                continue
            try:
                candidate = dt.date(dated.start.year, month, day)
            except ValueError:  # 29 February in a common year
                continue
            if dated.start <= candidate <= dated.end:
                filled.append(When.from_timex(candidate.isoformat(), partial.modifier))
    return filled


def _choose_location(events: Sequence[Event], support: Mapping[str, int]) -> Place | None:
    if not support:
        return None
    # a city or venue says more than the country a visit went to
    name = min(support, key=lambda value: (is_country_name(value), -support[value], value))
    variants = [place for place in map(_place_variants, events) if place is not None and place.name == name]
    if not variants:
        return Place(name=name)
    return max(variants, key=lambda place: (place.country is not None, place.country or ""))


def _merged_status(statuses: Sequence[Status]) -> Status:
    return max(statuses, key=_STATUS_STRENGTH.__getitem__)


def _merged_cameo(kind: type[Event], cameos: Iterable[str], status: Status) -> str:
    planned_code = cameo_for(kind, Status.PLANNED)
    codes = set(cameos)
    if status is not Status.PLANNED and planned_code != kind.default_cameo:
        codes.discard(planned_code)
    return min(codes) if codes else cameo_for(kind, status)


def _kind_fields(kind: type[Event], events: Sequence[Event]) -> Mapping[str, Any]:
    """The fields only some kinds have: the fullest value any report gives."""
    fields = _KIND_FIELDS.get(kind)
    return fields(events) if fields is not None else _NO_FIELDS


_NO_FIELDS: Mapping[str, Any] = MappingProxyType({})


def _visit_fields(events: Sequence[Event]) -> dict[str, Any]:
    visits = [e for e in events if isinstance(e, Visit)]
    visitors = [_identity(v.visitor)[1] for v in visits if v.visitor is not None]
    hosts = sorted({v.host_country for v in visits if v.host_country})
    types = sorted({v.visit_type for v in visits if v.visit_type})
    return {
        "visitor": max(visitors, key=_participant_preference) if visitors else None,
        "host_country": hosts[0] if hosts else None,
        "visit_type": types[0] if types else None,
    }


def _agreement_fields(events: Sequence[Event]) -> dict[str, Any]:
    agreements = [e for e in events if isinstance(e, Agreement)]
    amounts = [a.amount for a in agreements if a.amount is not None]
    return {
        "instrument": _fullest_text([a.instrument for a in agreements]),
        "parties": tuple(sorted({party for a in agreements for party in a.parties})),
        "amount": max(amounts, key=_amount_order) if amounts else None,
    }


def _summit_fields(events: Sequence[Event]) -> dict[str, Any]:
    return {"name": _fullest_text([e.name for e in events if isinstance(e, Summit)])}


def _call_fields(events: Sequence[Event]) -> dict[str, Any]:
    media = sorted({e.medium for e in events if isinstance(e, Call) and e.medium})
    return {"medium": media[0] if media else None}


def _statement_fields(events: Sequence[Event]) -> dict[str, Any]:
    return {"label": _fullest_text([e.label for e in events if isinstance(e, Statement)])}


def _other_fields(events: Sequence[Event]) -> dict[str, Any]:
    return {"label": _fullest_text([e.label for e in events if isinstance(e, Other)])}


_KIND_FIELDS: dict[type[Event], Callable[[Sequence[Event]], dict[str, Any]]] = {
    Visit: _visit_fields,
    Agreement: _agreement_fields,
    Summit: _summit_fields,
    Call: _call_fields,
    Statement: _statement_fields,
    Other: _other_fields,
}


def _persons_first(key: str) -> tuple[bool, str]:
    return (not is_person_key(key), key)


def _in_persons_first_order(participants: Mapping[str, Participant]) -> tuple[Participant, ...]:
    """The participants by key, persons first."""
    keys = sorted(participants)
    # Where the smallest key is a person's, no other key sorts among the persons' (they all begin
    # with "p:"): the plain order is already right, without a key function per key.
    if keys and not is_person_key(keys[0]):
        keys.sort(key=_persons_first)
    return tuple([participants[key] for key in keys])


def _amount_order(amount: Amount) -> tuple[float, str, str]:
    return (amount.value, amount.currency, amount.text)


@functools.lru_cache(maxsize=262144)
def _identity(participant: Participant) -> tuple[str, Participant]:
    """The key of a participant and the participant under its canonical name."""
    return participant_key(participant), canonical_participant(participant)


def combine(
    events: Sequence[Event], new_ids: Mapping[str, str], inferred: Mapping[str, dt.date] = _NOTHING
) -> Event:
    """The one event that the reports `events` (all of one kind) describe.

    `new_ids` maps the id of every merged input to the id of the event it
    ended up in, so that `related` links follow their targets; `inferred`
    is as for `anchor_key`.
    """
    if len(events) == 1 and not events[0].attributions:
        return _combine_report(events[0], new_ids)
    if all(not event.attributions and len(event.sources) == 1 for event in events):
        return _combine_reports(events, new_ids, inferred)
    return _combine_all(events, new_ids, inferred)


def _combine_report(event: Event, new_ids: Mapping[str, str]) -> Event:
    """`combine` of one report: the same result, without the work of weighing reports."""
    kind = type(event)
    participants, names = _canonical_actors(_actors(event))
    sources = event.sources
    if len(sources) == 1:
        documents: tuple[str, ...] = (sources[0].document,)
    else:
        documents = tuple(sorted({source.document for source in sources}))
    attributions: tuple[Attribution, ...] = ()
    when = event.when
    if documents:
        text = when_text(when)
        when = parse_when_text(text)
        place = reported_place(event)
        said = [_attribution(field="when", value=text, documents=documents)]
        if place is not None:
            said.append(_attribution(field="location", value=place, documents=documents))
        said.append(_attribution(field="status", value=event.status.value, documents=documents))
        said.extend(_attribution(field="participant", value=name, documents=documents) for name in names)
        attributions = tuple(said)
    related = event.related
    if related:
        renamed = {new_ids.get(target, target) for target in related}
        renamed.discard(event.id)
        related = tuple(sorted(renamed))
    return assembler(kind)(
        id=event.id,
        title=event.title,
        when=when,
        status=event.status,
        participants=participants,
        countries=event.countries,
        # one report's place is the one it names (a visit's host country as a place)
        location=_place_variants(event) if documents else None,
        sources=sources,
        cameo=_report_cameo(kind, event.cameo, event.status),
        related=related,
        attributions=attributions,
        **_kind_fields(kind, (event,)),
    )


# The first publication a title of the merged status was given, then the title.
TitleKey = tuple[bool, dt.date, str]


def _status_title(ordered: Sequence[Event], status: Status, inferred: Mapping[str, dt.date]) -> str:
    """The title of the first published report that gives `status` (see the module documentation)."""
    best: TitleKey | None = None
    for event in ordered:
        if event.status is not status:
            continue
        key = _title_key(event, inferred)
        if best is None or key < best:
            best = key
    return best[2] if best is not None else ordered[0].title


def _title_key(event: Event, inferred: Mapping[str, dt.date]) -> TitleKey:
    """When `event`'s title was first given: its earliest document, or for a merged event the earliest
    of the documents that gave its status (the reports its title was chosen from)."""
    sources = event.sources
    if len(sources) == 1 and not event.attributions:  # a report read from one sentence: the common case
        published = sources[0].published or inferred.get(sources[0].document)
        return (published is None, published or dt.date.min, event.title)
    documents: Collection[str] = {source.document for source in sources}
    for attribution in event.attributions:
        if attribution.field == "status" and attribution.value == event.status.value:
            documents = attribution.documents
    first: dt.date | None = None
    for source in sources:
        if source.document in documents:
            published = source.published or inferred.get(source.document)
            if published is not None and (first is None or published < first):
                first = published
    return (first is None, first or dt.date.min, event.title)


def _in_order(documents: set[str]) -> tuple[str, ...]:
    return tuple(sorted(documents)) if len(documents) > 1 else tuple(documents)


def _canonical_actors(actors: tuple[Participant, ...]) -> tuple[tuple[Participant, ...], tuple[str, ...]]:
    """One participant per actor under its canonical name (the fullest description), persons first,
    and their names in order."""
    participants: dict[str, Participant] = {}
    for participant in actors:
        key, canonical = _identity(participant)
        known = participants.get(key)
        if known is None or (
            known != canonical and _participant_preference(canonical) > _participant_preference(known)
        ):
            participants[key] = canonical
    chosen = _in_persons_first_order(participants)
    return chosen, tuple(sorted({participant.name for participant in chosen}))


_REPORT_CAMEOS: dict[tuple[type[Event], str, Status], str] = {}


def _report_cameo(kind: type[Event], cameo: str, status: Status) -> str:
    """`_merged_cameo` of one report (a few kinds, codes and statuses: each worked out once)."""
    found = _REPORT_CAMEOS.get((kind, cameo, status))
    if found is None:
        found = _REPORT_CAMEOS.setdefault((kind, cameo, status), _merged_cameo(kind, (cameo,), status))
    return found


def _combine_all(
    events: Sequence[Event], new_ids: Mapping[str, str], inferred: Mapping[str, dt.date] = _NOTHING
) -> Event:
    ordered = canonical_order(events, inferred) if len(events) > 1 else list(events)
    anchor = ordered[0]
    kind = type(anchor)

    participants: dict[str, Participant] = {}
    # what each document said (the attributions of a merged event, or what a single report says),
    # field by field in the order the attributions list them
    said_when: dict[str, set[str]] = {}
    said_status: dict[str, set[str]] = {}
    said_location: dict[str, set[str]] = {}
    said: dict[str, dict[str, set[str]]] = {
        "when": said_when,
        "location": said_location,
        "status": said_status,
        "participant": {},
    }
    # a report names each actor under its key (a person and an organization may share a name)
    named_by_key: dict[str, set[str]] = {}
    merged: list[Event] = []
    for event in ordered:
        sources = event.sources
        documents: Collection[str] = ()
        if event.attributions:
            merged.append(event)
        elif len(sources) == 1:
            documents = (sources[0].document,)
        elif sources:
            documents = {source.document for source in sources}
        for participant in _actors(event):
            key, canonical = _identity(participant)
            known = participants.get(key)
            if known is None or (
                known is not canonical
                and known != canonical
                and _participant_preference(canonical) > _participant_preference(known)
            ):
                participants[key] = canonical
            if documents:
                named_by_key.setdefault(key, set()).update(documents)
        if not documents:
            continue
        said_when.setdefault(when_text(event.when), set()).update(documents)
        said_status.setdefault(event.status.value, set()).update(documents)
        place = reported_place(event)
        if place is not None:
            said_location.setdefault(place, set()).update(documents)
    named = said["participant"]
    for key, documents in named_by_key.items():
        named.setdefault(participants[key].name, set()).update(documents)
    # a merged event's participants under the names chosen now, which every event's names give
    names: dict[str, str] = {}
    if merged:
        for event in ordered:
            for participant in _actors(event):
                key, canonical = _identity(participant)
                names[participant.name] = key
                names[canonical.name] = key
    for event in merged:
        for attribution in event.attributions:
            if not attribution.documents:
                continue
            value = attribution.value
            if attribution.field == "participant" and value in names:
                value = participants[names[value]].name
            said[attribution.field].setdefault(value, set()).update(attribution.documents)

    dates = said["when"]
    if len(dates) == 1:
        when = parse_when_text(next(iter(dates)))
    else:
        when = choose_when({value: len(docs) for value, docs in dates.items()}) if dates else anchor.when
    statuses = [_STATUSES[value] for value in said_status if value in _STATUSES]
    status = _merged_status(statuses or [event.status for event in ordered])
    if len(ordered) == 1:
        sources = anchor.sources
    else:
        sources = tuple(sorted({source for event in ordered for source in event.sources}, key=_source_order))
    attributions = tuple(
        _attribution(field=field, value=value, documents=_in_order(documents))
        for field, values in said.items()
        for value, documents in (sorted(values.items()) if len(values) > 1 else values.items())
    )
    related = {new_ids.get(target, target) for event in ordered for target in event.related}
    related.discard(anchor.id)
    places = {value: len(docs) for value, docs in said["location"].items()}
    return assembler(kind)(
        id=anchor.id,
        title=_status_title(ordered, status, inferred),
        when=when,
        status=status,
        participants=_in_persons_first_order(participants),
        countries=anchor.countries
        if len(ordered) == 1
        else tuple(sorted({c for e in ordered for c in e.countries})),
        location=_choose_location(ordered, places),
        sources=sources,
        cameo=_merged_cameo(kind, (event.cameo for event in ordered), status),
        related=tuple(sorted(related)),
        attributions=attributions,
        **_kind_fields(kind, ordered),
    )


def _combine_reports(
    events: Sequence[Event], new_ids: Mapping[str, str], inferred: Mapping[str, dt.date]
) -> Event:
    """`_combine_all` of reports read from one sentence each (the common group): the same result,
    each report's document taken once instead of as a collection, with no merged event to read."""
    ordered = canonical_order(events, inferred)
    anchor = ordered[0]
    kind = type(anchor)
    participants: dict[str, Participant] = {}
    named_by_key: dict[str, set[str]] = {}
    said_when: dict[str, set[str]] = {}
    said_status: dict[str, set[str]] = {}
    said_location: dict[str, set[str]] = {}
    sources: set[Source] = set()
    for event in ordered:
        source = event.sources[0]
        sources.add(source)
        document = source.document
        for participant in _actors(event):
            key, canonical = _identity(participant)
            known = participants.get(key)
            if known is None:
                participants[key] = canonical
                named_by_key[key] = {document}
                continue
            if (
                known is not canonical
                and known != canonical
                and _participant_preference(canonical) > _participant_preference(known)
            ):
                participants[key] = canonical
            named_by_key[key].add(document)
        text = when_text(event.when)
        found = said_when.get(text)
        if found is None:
            said_when[text] = {document}
        else:
            found.add(document)
        found = said_status.get(event.status.value)
        if found is None:
            said_status[event.status.value] = {document}
        else:
            found.add(document)
        place = reported_place(event)
        if place is not None:
            found = said_location.get(place)
            if found is None:
                said_location[place] = {document}
            else:
                found.add(document)
    named: dict[str, set[str]] = {}
    for key, documents in named_by_key.items():
        name = participants[key].name
        found = named.get(name)
        if found is None:
            named[name] = documents
        else:
            found.update(documents)
    if len(said_when) == 1:
        when = parse_when_text(next(iter(said_when)))
    else:
        when = choose_when({value: len(documents) for value, documents in said_when.items()})
    strongest = _merged_status([_STATUSES[value] for value in said_status])
    attributions: list[Attribution] = []
    for field, values in (
        ("when", said_when),
        ("location", said_location),
        ("status", said_status),
        ("participant", named),
    ):
        for value, documents in sorted(values.items()) if len(values) > 1 else values.items():
            attributions.append(_attribution(field=field, value=value, documents=_in_order(documents)))
    related = {new_ids.get(target, target) for event in ordered for target in event.related}
    related.discard(anchor.id)
    cameos = {event.cameo for event in ordered}
    return assembler(kind)(
        id=anchor.id,
        title=_status_title(ordered, strongest, inferred),
        when=when,
        status=strongest,
        participants=_in_persons_first_order(participants),
        countries=tuple(sorted({code for event in ordered for code in event.countries})),
        location=_choose_location(ordered, {value: len(docs) for value, docs in said_location.items()}),
        sources=tuple(sorted(sources, key=_source_order)),
        cameo=_report_cameo(kind, cameos.pop(), strongest)
        if len(cameos) == 1
        else _merged_cameo(kind, cameos, strongest),
        related=tuple(sorted(related)) if related else (),
        attributions=tuple(attributions),
        **_kind_fields(kind, ordered),
    )
