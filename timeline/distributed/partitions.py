"""What the workers run: pure functions of one partition or one group.

Nothing here knows about Dask. Each function takes the plain data of one
partition (documents, numbered events, the facts of one block, the events
of one group) and returns plain data, so that any engine can run it and
the single-machine merge's own steps do all the deciding.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

import attrs

from timeline.documents import read_documents
from timeline.errors import DocumentError
from timeline.extraction import extract
from timeline.merge.blocking import BlockKey, blocking_keys
from timeline.merge.combine import anchor_key, canonical_order, combine
from timeline.merge.facts import Fact, facts_of
from timeline.merge.linking import same_happening
from timeline.merge.merging import Clusters, _may_coarsen, link_blocks, merge_within_document
from timeline.model import Document, DocumentRef, Event

AnchorKey = tuple[bool, dt.date, str]
Group = tuple[int, ...]
# The documents whose reports one unit combines (empty for a merged event, which is compared as it is).
DocumentKey = tuple[str, ...]


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
    """One partition's documents, extracted and merged within each document.

    `units` are the events that take part in the merge across documents
    (the reports of one document that tell of one happening already
    combined); `absorbed` maps, per document key, the id of each report
    combined into another's event to the id it now goes by.
    """

    units: tuple[Event, ...]
    anchors: tuple[AnchorKey, ...]
    unit_documents: tuple[DocumentKey, ...]
    related: frozenset[str]
    absorbed: tuple[tuple[DocumentKey, str, str], ...]
    documents: tuple[SeenDocument, ...]
    failure: tuple[str, str] | None = None

    def summary(self) -> ExtractedPart:
        """Everything but the events themselves: what the client needs to number and link."""
        return attrs.evolve(self, units=())


@attrs.frozen(slots=True, kw_only=True)
class GroupResult:
    """One group's merged event, and its rebuilt facts when they differ from its reports' facts."""

    members: Group
    event: Event | None
    coarsened: tuple[Fact, ...] | None


def text_digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def read_part(paths: Iterable[str], published: dt.date | None) -> ExtractedPart:
    """Read the files or folders `paths` and extract their documents.

    A document whose id was already read in this partition is skipped as
    `read_documents` skips it; the client finds duplicates across
    partitions (and two texts under one id) from `documents`.
    """
    documents: list[tuple[Document, str | None]] = []
    try:
        for path in paths:
            documents.extend((document, path) for document in read_documents([path], published=published))
    except DocumentError as error:
        return _failed(error)
    return extract_part(documents, deduplicate=True)


def extract_documents(documents: Iterable[Document]) -> ExtractedPart:
    """Extract the documents of one partition of a bag, every copy as `timeline.build` does."""
    return extract_part([(document, None) for document in documents], deduplicate=False)


def merge_part(events: Iterable[Event]) -> ExtractedPart:
    """The events of one partition of a bag, merged within each document as `merge` begins."""
    units, keys, absorbed = merge_documents(list(events))
    return _part(units, keys, absorbed, ())


def _failed(error: DocumentError) -> ExtractedPart:
    # DocumentError does not survive pickling (its constructor takes two arguments): send its parts
    return ExtractedPart(
        units=(),
        anchors=(),
        unit_documents=(),
        related=frozenset(),
        absorbed=(),
        documents=(),
        failure=(error.source, error.problem),
    )


def extract_part(documents: Sequence[tuple[Document, str | None]], *, deduplicate: bool) -> ExtractedPart:
    """Extract `documents` and merge the reports of each document, as `merge` begins."""
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
    units, keys, absorbed = merge_documents(reports)
    return _part(units, keys, absorbed, records)


def _part(
    units: Sequence[Event],
    keys: Sequence[DocumentKey],
    absorbed: Sequence[tuple[DocumentKey, str, str]],
    documents: Sequence[SeenDocument],
) -> ExtractedPart:
    return ExtractedPart(
        units=tuple(units),
        anchors=tuple(anchor_key(unit) for unit in units),
        unit_documents=tuple(keys),
        related=frozenset(target for unit in units for target in unit.related),
        absorbed=tuple(absorbed),
        documents=tuple(documents),
    )


def document_key(event: Event) -> DocumentKey:
    """The documents an unmerged report comes from; merged events (with attributions) have none."""
    if event.attributions:
        return ()
    return tuple(sorted({source.document for source in event.sources}))


def merge_documents(
    reports: Sequence[Event],
) -> tuple[list[Event], list[DocumentKey], list[tuple[DocumentKey, str, str]]]:
    """The reports of each document combined (`merge_within_document`), in the order `merge` uses."""
    by_document: dict[DocumentKey, list[Event]] = defaultdict(list)
    units: list[Event] = []
    keys: list[DocumentKey] = []
    for event in canonical_order(reports):
        key = document_key(event)
        if key:
            by_document[key].append(event)
        else:
            units.append(event)
            keys.append(key)
    absorbed: list[tuple[DocumentKey, str, str]] = []
    for key, group in by_document.items():
        if len(group) == 1:
            found = group
        else:
            found, new_ids = merge_within_document(group)
            absorbed.extend((key, old, new) for old, new in new_ids.items())
        units.extend(found)
        keys.extend([key] * len(found))
    return units, keys, absorbed


def tie_breakers(part: ExtractedPart, positions: Iterable[int]) -> list[tuple[int, str]]:
    """The full text (`repr`) of the units at `positions`, which order units that tie on their anchor."""
    return [(position, repr(part.units[position])) for position in positions]


def number_units(part: ExtractedPart, numbers: Sequence[int | None]) -> list[tuple[int, Event]]:
    """The part's units with their global unit numbers; units numbered None are left out."""
    return [(number, unit) for number, unit in zip(numbers, part.units, strict=True) if number is not None]


BlockEntry = tuple[BlockKey, int, int, Fact]


def block_entries(numbered: Iterable[tuple[int, Event]]) -> list[BlockEntry]:
    """Every fact of every unit under each of its blocking keys (with its place in `merge`'s fact list)."""
    return [
        (key, unit, index, fact)
        for unit, event in numbered
        for index, fact in enumerate(facts_of(event, unit))
        for key in blocking_keys(fact)
    ]


def block_of(grouped: tuple[BlockKey, Sequence[BlockEntry]]) -> tuple[BlockKey, tuple[Fact, ...]]:
    """One block's facts in the order `merge` lists them: by unit, then by fact."""
    key, entries = grouped
    return key, tuple(fact for _key, _unit, _index, fact in sorted(entries, key=lambda entry: entry[1:3]))


class _LinkRecorder(Clusters):
    """Clusters that only write down the pairs `link_blocks` joins."""

    def __init__(self) -> None:
        super().__init__(0)
        self.links: list[tuple[int, int]] = []

    def join(self, a: int, b: int) -> bool:
        self.links.append((a, b))
        return True


def links_of_blocks(blocks: Iterable[tuple[BlockKey, tuple[Fact, ...]]]) -> list[tuple[int, int]]:
    """The unit pairs that the blocks link (`link_blocks`), each block apart from the others."""
    recorder = _LinkRecorder()
    link_blocks({key: list(block) for key, block in blocks}, recorder)
    return recorder.links


def block_matches(
    blocks: Iterable[tuple[BlockKey, tuple[Fact, ...]]], fresh: Sequence[Fact]
) -> list[tuple[tuple[int, int], list[int]]]:
    """For each fresh fact and each of its keys held here: the units in that block it may join.

    A unit may join when its fact comes from another document and
    `same_happening` accepts the pair; whether it does join depends on the
    groups at that moment, which the client knows.
    """
    wanted: dict[BlockKey, list[tuple[int, int]]] = defaultdict(list)
    for index, fact in enumerate(fresh):
        for key_index, key in enumerate(blocking_keys(fact)):
            wanted[key].append((index, key_index))
    found: list[tuple[tuple[int, int], list[int]]] = []
    for key, block in blocks:
        for index, key_index in wanted.get(key, ()):
            fact = fresh[index]
            units = [other.unit for other in block if other.doc != fact.doc and same_happening(fact, other)]
            if units:
                found.append(((index, key_index), units))
    return found


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
    numbered: Iterable[tuple[int, Event]], roots: Sequence[int], new_ids: Mapping[str, str]
) -> list[GroupResult]:
    """The events of the units that are groups on their own (root -1), combined where they are."""
    return [
        combine_group((unit, [(unit, unit, event)]), new_ids, bool(new_ids), check_only=False)
        for unit, event in numbered
        if roots[unit] < 0
    ]


def combine_group(
    grouped: tuple[int, Sequence[tuple[int, int, Event]]],
    new_ids: Mapping[str, str],
    any_new_ids: bool,
    *,
    check_only: bool,
) -> GroupResult:
    """One group's event as `merge` makes it, and whether its facts are coarser than its reports'.

    `new_ids` holds the final id of every `related` target that has one;
    `any_new_ids` says whether `merge` has any renamed id at all (then the
    events of groups with related targets are combined with them).
    """
    _root, entries = grouped
    ordered = sorted(entries, key=lambda entry: entry[1])
    members = [event for _root, _unit, event in ordered]
    single = len(members) == 1
    renaming = single or (any_new_ids and any(event.related for event in members))
    event = combine(members, new_ids if renaming else {})
    coarsened = None
    reported = [] if single else [fact for _root, unit, report in ordered for fact in facts_of(report, unit)]
    if reported and _may_coarsen(reported):
        rebuilt = facts_of(event, ordered[0][1])
        if {fact.content for fact in rebuilt} != {fact.content for fact in reported}:
            coarsened = tuple(rebuilt)
    return GroupResult(
        members=tuple(unit for _root, unit, _event in ordered),
        event=None if check_only else event,
        coarsened=coarsened,
    )
