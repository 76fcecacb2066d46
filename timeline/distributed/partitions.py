"""What the workers run: pure functions of one partition or one group.

Nothing here knows about Dask. Each function takes the plain data of one
partition (documents, numbered events, the facts of one block, the events
of one group) and returns plain data, so that any engine can run it and
the single-machine merge's own steps do all the deciding.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path

import attrs

from timeline.documents import read_documents
from timeline.errors import DocumentError
from timeline.extraction import extract
from timeline.merge.blocking import BlockKey, blocking_keys
from timeline.merge.combine import AnchorKey, anchor_key, combine
from timeline.merge.facts import Fact
from timeline.merge.linking import VagueLink
from timeline.merge.merging import (
    Group,
    Match,
    block_candidates,
    block_links,
    coarsened_facts,
    document_slots,
    facts_of_units,
    inferred_dates,
    vague_units,
    year_less_keys,
)
from timeline.model import Document, DocumentRef, Event

# The documents whose reports one unit combines (empty for a merged event, which is compared as it is).
DocumentKey = tuple[str, ...]
Inferred = Mapping[str, dt.date]


@attrs.frozen(slots=True, kw_only=True)
class SeenDocument:
    """A document as read on a worker: enough for the client to find duplicates and list it."""

    ref: DocumentRef
    digest: str
    origin: str | None
    reports: int
    extracted: bool


@attrs.frozen(slots=True, kw_only=True)
class ExtractedPart:
    """One partition's documents and the reports extracted from them.

    `inferred` is `inferred_dates` of these reports; `document_keys` the
    documents whose reports are here (to find a document in several
    partitions); `related` every event a report links to.
    """

    reports: tuple[Event, ...]
    inferred: dict[str, dt.date]
    document_keys: frozenset[DocumentKey]
    related: frozenset[str]
    documents: tuple[SeenDocument, ...]
    failure: tuple[str, str] | None = None

    def summary(self) -> ExtractedPart:
        """Everything but the reports themselves: what the client needs."""
        return attrs.evolve(self, reports=())


@attrs.frozen(slots=True, kw_only=True)
class UnitsPart:
    """One partition's reports merged within each document, as `merge` begins (`document_slots`).

    Each of the partition's inputs is a slot, in `canonical_order`; `units`
    are the events that take the slots' places, `unit_slots` the slot of
    each; `slot_anchors` and `unit_anchors` are their `anchor_key`;
    `absorbed` maps the id of each report combined into another's event to
    the id it now goes by; `year_less` are `year_less_keys` of the units' facts,
    `vague` the `vague_units` among `units` and `cited` the (unit, document)
    pairs of their facts.
    """

    units: tuple[Event, ...]
    slots: tuple[Event, ...]
    unit_slots: tuple[int, ...]
    slot_anchors: tuple[AnchorKey, ...]
    unit_anchors: tuple[AnchorKey, ...]
    absorbed: tuple[tuple[str, str], ...]
    year_less: frozenset[BlockKey]
    vague: tuple[int, ...]
    cited: tuple[tuple[int, str], ...]

    def summary(self) -> UnitsPart:
        """Everything but the events themselves: what the client needs to number and link."""
        return attrs.evolve(self, units=(), slots=())


@attrs.frozen(slots=True, kw_only=True)
class GroupResult:
    """One group's merged event, and its rebuilt facts when they differ from its reports' facts."""

    members: Group
    event: Event | None
    coarsened: tuple[Fact, ...] | None


def text_digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def read_part(paths: Iterable[str], published: dt.date | None, skip: Collection[Path] = ()) -> ExtractedPart:
    """Read the files or folders `paths` (folders without the files in `skip`) and extract their documents.

    A document whose id was already read in this partition is skipped as
    `read_documents` skips it; the client finds duplicates across
    partitions (and two texts under one id) from `documents`.
    """
    documents: list[tuple[Document, str | None]] = []
    try:
        for path in paths:
            read = read_documents([path], published=published, skip=skip)
            documents.extend((document, path) for document in read)
    except DocumentError as error:
        return _failed(error)
    return extract_part(documents, deduplicate=True)


def extract_documents(documents: Iterable[Document]) -> ExtractedPart:
    """Extract the documents of one partition of a bag, every copy as `timeline.build` does."""
    return extract_part([(document, None) for document in documents], deduplicate=False)


def merge_part(events: Iterable[Event]) -> ExtractedPart:
    """The events of one partition of a bag, to be merged."""
    return _part(list(events), ())


def _failed(error: DocumentError) -> ExtractedPart:
    # DocumentError does not survive pickling (its constructor takes two arguments): send its parts
    return ExtractedPart(
        reports=(),
        inferred={},
        document_keys=frozenset(),
        related=frozenset(),
        documents=(),
        failure=(error.source, error.problem),
    )


def extract_part(documents: Sequence[tuple[Document, str | None]], *, deduplicate: bool) -> ExtractedPart:
    """Extract `documents`; with `deduplicate`, a document id seen before in the partition is skipped."""
    seen: dict[str, str] = {}
    reports: list[Event] = []
    records: list[SeenDocument] = []
    for document, origin in documents:
        digest = text_digest(document.text)
        repeated = deduplicate and document.id in seen
        found = [] if repeated else extract(document)
        seen.setdefault(document.id, digest)
        reports.extend(found)
        records.append(
            SeenDocument(
                ref=document.ref, digest=digest, origin=origin, reports=len(found), extracted=not repeated
            )
        )
    return _part(reports, records)


def _part(reports: Sequence[Event], documents: Sequence[SeenDocument]) -> ExtractedPart:
    return ExtractedPart(
        reports=tuple(reports),
        inferred=inferred_dates(reports),
        document_keys=frozenset(document_key(report) for report in reports) - {()},
        related=frozenset(target for report in reports for target in report.related),
        documents=tuple(documents),
    )


def document_key(event: Event) -> DocumentKey:
    """The documents an unmerged report comes from; merged events (with attributions) have none."""
    if event.attributions:
        return ()
    return tuple(sorted({source.document for source in event.sources}))


def units_part(part: ExtractedPart, inferred: Inferred, left_out: frozenset[DocumentKey]) -> UnitsPart:
    """The part's reports, but those of the documents `left_out`, merged within each document."""
    reports = [report for report in part.reports if document_key(report) not in left_out]
    slots, absorbed = document_slots(reports, inferred)
    units = [unit for _slot, found in slots for unit in found]
    facts = facts_of_units(enumerate(units), inferred)
    return UnitsPart(
        units=tuple(units),
        slots=tuple(slot for slot, _found in slots),
        unit_slots=tuple(index for index, (_slot, found) in enumerate(slots) for _unit in found),
        slot_anchors=tuple(anchor_key(slot, inferred) for slot, _found in slots),
        unit_anchors=tuple(anchor_key(unit, inferred) for unit in units),
        absorbed=tuple(absorbed.items()),
        year_less=frozenset(year_less_keys(facts)),
        vague=tuple(vague_units(facts)),
        cited=tuple(dict.fromkeys((fact.unit, fact.doc) for fact in facts if fact.doc)),
    )


def tie_breakers(part: UnitsPart, slots: Iterable[int]) -> list[tuple[int, str]]:
    """The full text (`repr`) of the inputs of `slots`, which orders inputs that tie on their anchor."""
    return [(slot, repr(part.slots[slot])) for slot in slots]


def number_units(part: UnitsPart, numbers: Sequence[int]) -> list[tuple[int, Event]]:
    """The part's units with their global unit numbers."""
    return list(zip(numbers, part.units, strict=True))


BlockEntry = tuple[BlockKey, int, int, Fact]


def block_entries(
    numbered: Iterable[tuple[int, Event]], inferred: Inferred, year_less: set[BlockKey]
) -> list[BlockEntry]:
    """Every fact of every unit under each of its blocking keys (with its place in `merge`'s fact list)."""
    return [
        (key, unit, index, fact)
        for unit, event in numbered
        for index, fact in enumerate(facts_of_units([(unit, event)], inferred))
        for key in blocking_keys(fact, year_less)
    ]


def block_of(grouped: tuple[BlockKey, Sequence[BlockEntry]]) -> tuple[BlockKey, tuple[Fact, ...]]:
    """One block's facts in the order `merge` lists them: by unit, then by fact."""
    key, entries = grouped
    return key, tuple(fact for _key, _unit, _index, fact in sorted(entries, key=lambda entry: entry[1:3]))


def links_of_blocks(
    blocks: Iterable[tuple[BlockKey, tuple[Fact, ...]]],
) -> list[tuple[list[tuple[int, int]], list[VagueLink]]]:
    """The links of each block (`block_links`), each block apart from the others."""
    return [block_links(block) for _key, block in blocks]


def block_matches(
    blocks: Iterable[tuple[BlockKey, tuple[Fact, ...]]], fresh: Sequence[Fact], year_less: set[BlockKey]
) -> list[tuple[tuple[int, int], list[Match]]]:
    """`block_candidates` among the blocks held here; each (fact, key) pair lives in one block only."""
    return list(block_candidates(dict(blocks), fresh, year_less).items())


def route_to_group(
    numbered: Iterable[tuple[int, Event]], roots: Mapping[int, int] | Sequence[int]
) -> list[tuple[int, int, Event]]:
    """Each unit of a group of several under the group's root; the others (root -1 or none) are left out."""
    routed = []
    for unit, event in numbered:
        root = roots.get(unit, -1) if isinstance(roots, Mapping) else roots[unit]
        if root >= 0:
            routed.append((root, unit, event))
    return routed


def combine_alone(
    numbered: Iterable[tuple[int, Event]],
    roots: Sequence[int],
    new_ids: Mapping[str, str],
    inferred: Inferred,
) -> list[GroupResult]:
    """The events of the units that are groups on their own (root -1), combined where they are."""
    return [
        GroupResult(members=(unit,), event=combine([event], new_ids, inferred), coarsened=None)
        for unit, event in numbered
        if roots[unit] < 0
    ]


def combine_group(
    grouped: tuple[int, Sequence[tuple[int, int, Event]]],
    new_ids: Mapping[str, str],
    inferred: Inferred,
    *,
    check_only: bool,
) -> GroupResult:
    """One group's event as `merge` makes it, and its facts where they are coarser than its reports'.

    `new_ids` holds the final id of every `related` target that has one.
    """
    _root, entries = grouped
    ordered = sorted(entries, key=lambda entry: entry[1])
    members = tuple(unit for _root, unit, _event in ordered)
    event = combine([event for _root, _unit, event in ordered], new_ids, inferred)
    reported = facts_of_units([(unit, report) for _root, unit, report in ordered], inferred)
    return GroupResult(
        members=members,
        event=None if check_only else event,
        coarsened=coarsened_facts(event, members, reported, inferred),
    )
