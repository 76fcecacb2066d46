"""The steps of `merge`, run as Dask tasks over partitions of a corpus.

1. Each partition is read (files through `read_documents`) and extracted
   (`ExtractedPart`); the client finds duplicate documents and combines
   the partitions' `inferred_dates`.
2. Each document's reports are merged within it (`UnitsPart`); the client
   gathers only anchor keys (date and id of each input and unit) and
   numbers the units as `merge` orders them.
3. Facts are shuffled by blocking key; each block links its facts on a
   worker (`block_links`); the client joins the links in `Clusters`
   (`join_links`: the precise pairs of unit numbers, then the ranked vague
   links).
4. The events of each group of several are shuffled to one worker and
   combined there; an event alone in its group is finished where it is.
   Groups whose merged event is coarser than its reports are settled as
   `merge` settles them: their rebuilt facts are matched against the
   blocks on the workers, and the client replays the joins.
5. The merged events come back to the client, in `Timeline` order, to be
   written.
"""

# Dask's collections are untyped; the calls into them are the only untyped ones here.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import contextlib
import datetime as dt
import operator
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import dask.bag as db
from dask.base import compute, persist
from dask.delayed import Delayed, delayed

from timeline.distributed.partitions import (
    DocumentKey,
    ExtractedPart,
    GroupResult,
    UnitsPart,
    block_entries,
    block_matches,
    block_of,
    combine_alone,
    combine_group,
    document_key,
    extract_documents,
    links_of_blocks,
    merge_part,
    number_units,
    read_part,
    route_to_group,
    tie_breakers,
    units_part,
)
from timeline.distributed.reading import work_items
from timeline.distributed.settling import Place, unit_numbers
from timeline.errors import DocumentError
from timeline.merge.blocking import BlockKey
from timeline.merge.combine import AnchorKey
from timeline.merge.facts import Fact
from timeline.merge.merging import (
    Clusters,
    Group,
    Match,
    final_ids,
    in_timeline_order,
    join_links,
    settle,
    shared_documents,
)
from timeline.model import Document, DocumentRef, Event, Timeline


@attrs.frozen(slots=True, kw_only=True)
class DistributedBuild:
    """A timeline built on Dask, with the number of reports extracted before merging."""

    timeline: Timeline
    reports: int


def build_distributed(
    documents: db.Bag | str | Path | Iterable[str | Path],
    *,
    published: dt.date | None = None,
    partitions: int | None = None,
    progress: bool = False,
    skip: Iterable[str | Path] = (),
) -> Timeline:
    """The timeline `timeline.build` gives for the same documents, built with Dask.

    `documents` is a `dask.bag.Bag` of `Document` objects (every one is
    extracted, as `timeline.build` does), or paths, folders and glob
    patterns of ``.txt``, ``.md`` and ``.jsonl`` files, read as
    `timeline.read_documents` reads them (`published` is the date of
    documents that state none; `partitions` the number of pieces the files
    are read in, by default at most 100; folders are searched without the
    files in `skip`, such as the last build's outputs). Runs on the active
    ``distributed.Client`` if there is one, else on Dask's default
    scheduler; `progress` draws Dask's progress bars on standard error.
    Raises `DocumentError` for a file that cannot be read.
    """
    return run_build(
        documents, published=published, partitions=partitions, progress=progress, skip=skip
    ).timeline


def run_build(
    documents: db.Bag | str | Path | Iterable[str | Path],
    *,
    published: dt.date | None = None,
    partitions: int | None = None,
    progress: bool = False,
    skip: Iterable[str | Path] = (),
) -> DistributedBuild:
    """`build_distributed`, also telling how many reports were extracted."""
    engine = _Engine(progress)
    if isinstance(documents, db.Bag):
        source = _Source(bag=documents, to_part=_extracted, selects=_DocumentOf)
        merged = _Merge(engine, documents.map_partitions(_extracted), regroup=source).run()
    else:
        paths = [documents] if isinstance(documents, str | Path) else list(documents)
        skipped = tuple(Path(file).resolve() for file in skip)
        items = work_items(paths, skipped)
        if not items:
            return DistributedBuild(timeline=Timeline(), reports=0)
        files = db.from_sequence(items, npartitions=min(partitions, len(items)) if partitions else None)
        merged = _Merge(engine, files.map_partitions(_read_extracted, published, skipped), regroup=None).run()
    timeline = Timeline(events=merged.events, documents=merged.documents)
    return DistributedBuild(timeline=timeline, reports=merged.reports)


def merge_distributed(events: db.Bag, *, progress: bool = False) -> list[Event]:
    """`timeline.merge` of the events in a `dask.bag.Bag`, merged with Dask: the same events, in order."""
    source = _Source(bag=events, to_part=_merged_part, selects=_ReportOf)
    return _Merge(_Engine(progress), events.map_partitions(_merged_part), regroup=source).run().events


def _read_extracted(
    paths: Iterable[str], published: dt.date | None, skip: Collection[Path]
) -> list[ExtractedPart]:
    return [read_part(paths, published, skip)]


def _extracted(documents: Iterable[Document]) -> list[ExtractedPart]:
    return [extract_documents(documents)]


def _merged_part(events: Iterable[Event]) -> list[ExtractedPart]:
    return [merge_part(events)]


def _as_list(items: Iterable[Any]) -> list[Any]:
    return list(items)


def _first(items: Sequence[ExtractedPart]) -> ExtractedPart:
    return items[0]


def _summary(part: ExtractedPart | UnitsPart) -> ExtractedPart | UnitsPart:
    return part.summary()


def _event(result: GroupResult) -> Event | None:
    return result.event


def _is_coarsened(result: GroupResult) -> bool:
    return result.coarsened is not None


def _coarsened(result: GroupResult) -> tuple[Group, tuple[Fact, ...]]:
    assert result.coarsened is not None
    return result.members, result.coarsened


@attrs.frozen(slots=True)
class _DocumentOf:
    """Picklable filter: documents whose reports have one of `keys`."""

    keys: frozenset[DocumentKey]

    def __call__(self, document: Document) -> bool:
        return (document.id,) in self.keys


@attrs.frozen(slots=True)
class _ReportOf:
    """Picklable filter: reports from one of the documents `keys`."""

    keys: frozenset[DocumentKey]

    def __call__(self, event: Event) -> bool:
        return document_key(event) in self.keys


@attrs.frozen(slots=True, kw_only=True)
class _Source:
    """The bag a merge started from, to gather the reports of a document found in several partitions."""

    bag: db.Bag
    to_part: Callable[[Iterable[Any]], list[ExtractedPart]]
    selects: Callable[[frozenset[DocumentKey]], Callable[[Any], bool]]


@attrs.frozen(slots=True, kw_only=True)
class _Merged:
    events: list[Event]
    documents: list[DocumentRef]
    reports: int


class _Engine:
    """Runs collections on the active distributed client, else on Dask's default scheduler."""

    def __init__(self, progress: bool) -> None:
        self.client = _active_client()
        self.progress = progress

    @contextlib.contextmanager
    def _reporting(self, step: str) -> Iterator[None]:
        if not self.progress or not step:
            yield
            return
        print(f"timeline: {step}", file=sys.stderr)
        if self.client is None:
            from dask.diagnostics.progress import ProgressBar

            with ProgressBar(out=sys.stderr):
                yield
            return
        # distributed's text bar writes to standard output, which belongs to the command's results
        with contextlib.redirect_stdout(sys.stderr):
            yield

    def persist(self, collections: list[Any], step: str = "") -> list[Any]:
        """The collections computed and kept in the workers' memory, for the steps that follow.

        A `step` named gets a progress bar (when progress is shown).
        """
        # a bag's partitions may be lazy iterators, which a persisted collection would hand out only once
        collections = [
            collection.map_partitions(_as_list) if isinstance(collection, db.Bag) else collection
            for collection in collections
        ]
        with self._reporting(step):
            if self.client is None:
                return list(persist(*collections))
            persisted: list[Any] = self.client.persist(collections)
            self._show(persisted, step)
            return persisted

    def compute(self, collections: list[Any], step: str = "") -> list[Any]:
        """The collections' results, brought to the client (a progress bar for a named `step`)."""
        with self._reporting(step):
            if self.client is None:
                return list(compute(*collections))
            futures = self.client.compute(collections)
            self._show(futures, step)
            gathered: list[Any] = self.client.gather(futures)
            return gathered

    def _show(self, futures: list[Any], step: str) -> None:
        if self.progress and step:
            from distributed import progress

            progress(*futures)
            sys.stdout.write("\n")

    def share(self, value: object) -> Delayed:
        """`value` as one task input, sent once rather than with every task."""
        shared: Delayed = delayed(value, pure=True, traverse=False)
        return shared


def _active_client() -> Any:
    try:
        from distributed import default_client
    except ImportError:
        return None
    try:
        return default_client()
    except ValueError:
        return None


class _Merge:
    def __init__(self, engine: _Engine, extracted: db.Bag, *, regroup: _Source | None) -> None:
        """`extracted` holds one `ExtractedPart` per partition.

        With `regroup`, the reports of a document found in several
        partitions are merged together, as `merge` does; without it,
        documents are read from files and a document read twice is kept
        once, as `read_documents` keeps it.
        """
        self.engine = engine
        self.regroup = regroup
        self.parts: list[Delayed] = [delayed(_first)(part) for part in extracted.to_delayed()]
        self.units: list[Delayed] = []

    def run(self) -> _Merged:
        engine = self.engine
        self.parts = engine.persist(self.parts, "reading and extracting")
        summaries: list[ExtractedPart] = engine.compute([delayed(_summary)(part) for part in self.parts])
        for summary in summaries:
            if summary.failure is not None:
                raise DocumentError(*summary.failure)
        refs, reports, dropped = self._documents(summaries)
        if self.regroup is not None:
            dropped = self._regroup(self.regroup, summaries)
        inferred: dict[str, dt.date] = {}
        for summary in summaries:
            for document, day in summary.inferred.items():
                if document not in inferred or day > inferred[document]:
                    inferred[document] = day
        related = frozenset(target for summary in summaries for target in summary.related)
        shared_inferred = engine.share(inferred)

        left_out: dict[int, set[DocumentKey]] = defaultdict(set)
        for index, key in dropped:
            left_out[index].add(key)
        self.units = engine.persist(
            [
                delayed(units_part)(part, shared_inferred, frozenset(left_out[index]))
                for index, part in enumerate(self.parts)
            ],
            "merging each document's reports",
        )
        self.parts = []
        counts: list[UnitsPart] = engine.compute([delayed(_summary)(part) for part in self.units])
        slot_anchors: dict[Place, AnchorKey] = {}
        unit_slots: dict[Place, Place] = {}
        absorbed: dict[str, str] = {}
        year_less: set[BlockKey] = set()
        for index, count in enumerate(counts):
            slot_anchors.update(((index, slot), anchor) for slot, anchor in enumerate(count.slot_anchors))
            unit_slots.update(((index, unit), (index, slot)) for unit, slot in enumerate(count.unit_slots))
            absorbed.update(count.absorbed)
            year_less |= count.year_less
        numbers = unit_numbers(slot_anchors, unit_slots, self._tie_breakers)
        sizes = [len(count.unit_slots) for count in counts]
        del slot_anchors, unit_slots
        anchors: list[AnchorKey] = [(False, dt.date.min, "")] * len(numbers)
        for (index, unit), number in numbers.items():
            anchors[number] = counts[index].unit_anchors[unit]
        vague = [numbers[(index, unit)] for index, count in enumerate(counts) for unit in count.vague]
        documents = shared_documents(
            (numbers[(index, unit)], document)
            for index, count in enumerate(counts)
            for unit, document in count.cited
        )
        del counts

        numbered = db.from_delayed(
            [
                delayed(number_units)(part, [numbers[(index, unit)] for unit in range(size)])
                for index, (part, size) in enumerate(zip(self.units, sizes, strict=True))
            ]
        )
        [self.numbered] = engine.persist([numbered])
        self.units = []
        shared_year_less = engine.share(year_less)
        entries = self.numbered.map_partitions(block_entries, shared_inferred, shared_year_less)
        blocks = entries.groupby(operator.itemgetter(0), shuffle="tasks").map(block_of)
        [self.blocks] = engine.persist([blocks], "comparing reports block by block")
        [links] = engine.compute([self.blocks.map_partitions(links_of_blocks)])
        clusters = Clusters(len(anchors), vague, documents)
        join_links(
            clusters,
            (pair for precise, _vague in links for pair in precise),
            (link for _precise, found in links for link in found),
        )

        def combined(clusters: Clusters) -> tuple[db.Bag, list[tuple[Group, tuple[Fact, ...]]]]:
            renamed = final_ids(anchors.__getitem__, clusters.groups(), absorbed)
            wanted = {target: renamed[target] for target in related if target in renamed}
            return self._combine_all(clusters, wanted, shared_inferred)

        results, first_coarsened = combined(clusters)
        # settling's first round combines every group: that is the pass just made
        precomputed = [first_coarsened]

        def combine_round(groups: list[Group]) -> list[tuple[Group, tuple[Fact, ...]]]:
            return precomputed.pop() if precomputed else self._coarsened_of(groups, shared_inferred)

        def candidates(fresh: list[Fact]) -> dict[tuple[int, int], list[Match]]:
            task = self.blocks.map_partitions(block_matches, engine.share(fresh), shared_year_less)
            [found] = engine.compute([task])
            return dict(found)

        if first_coarsened and settle(clusters, combine_round, candidates, year_less):
            results, _ = combined(clusters)
        self.blocks = self.numbered = None
        [events] = engine.compute([results.map(_event)], "gathering the merged events")
        return _Merged(events=in_timeline_order(list(events)), documents=refs, reports=reports)

    def _documents(
        self, summaries: Sequence[ExtractedPart]
    ) -> tuple[list[DocumentRef], int, set[tuple[int, DocumentKey]]]:
        """The documents' refs in reading order, the reports extracted, and the copies to leave out.

        Read from files, a document read again is left out and two texts
        under one id are an error, as in `read_documents`; a bag's
        documents are all kept, as `timeline.build` keeps them.
        """
        refs: list[DocumentRef] = []
        reports = 0
        dropped: set[tuple[int, DocumentKey]] = set()
        digests: dict[str, str] = {}
        for index, summary in enumerate(summaries):
            for document in summary.documents:
                document_id = document.ref.id
                earlier = digests.get(document_id) if self.regroup is None else None
                if earlier is None:
                    digests[document_id] = document.digest
                    refs.append(document.ref)
                    reports += document.reports
                elif earlier != document.digest:
                    problem = f"two different documents share the id {document_id!r}"
                    raise DocumentError(document.origin or document_id, problem)
                elif document.extracted:
                    dropped.add((index, (document_id,)))
        return refs, reports, dropped

    def _regroup(self, source: _Source, summaries: list[ExtractedPart]) -> set[tuple[int, DocumentKey]]:
        """Reports of one document found in several partitions, merged again together.

        `merge` combines all the reports of a document at once, so those
        (rare: a bag holding one article twice) are brought into one extra
        partition and the partitions' own results for them are left out.
        """
        partitions_of: dict[DocumentKey, set[int]] = defaultdict(set)
        for index, summary in enumerate(summaries):
            for key in summary.document_keys:
                partitions_of[key].add(index)
        repeated = frozenset(key for key, found in partitions_of.items() if len(found) > 1)
        if not repeated:
            return set()
        together = source.bag.filter(source.selects(repeated)).repartition(1).map_partitions(source.to_part)
        [extra] = self.engine.persist([delayed(_first)(together.to_delayed()[0])])
        self.parts.append(extra)
        [summary] = self.engine.compute([delayed(_summary)(extra)])
        summaries.append(attrs.evolve(summary, documents=()))
        return {(index, key) for key in repeated for index in partitions_of[key]}

    def _tie_breakers(self, places: list[Place]) -> dict[Place, str]:
        by_part: dict[int, list[int]] = defaultdict(list)
        for index, position in places:
            by_part[index].append(position)
        found = self.engine.compute(
            [delayed(tie_breakers)(self.units[index], positions) for index, positions in by_part.items()]
        )
        return {
            (index, position): text
            for index, texts in zip(by_part, found, strict=True)
            for position, text in texts
        }

    def _combine_all(
        self, clusters: Clusters, new_ids: dict[str, str], inferred: Delayed
    ) -> tuple[db.Bag, list[tuple[Group, tuple[Fact, ...]]]]:
        """Every group combined on the workers, and the coarsened ones' rebuilt facts.

        A unit alone in its group is combined where it is; the units of
        larger groups are shuffled to one worker per group. `new_ids` holds
        the final id of every `related` target that merging renames.
        """
        roots = array("q", [-1]) * len(clusters)
        for group in clusters.groups():
            if len(group) > 1:
                for unit in group:
                    roots[unit] = group[0]
        shared_roots, shared_ids = self.engine.share(roots), self.engine.share(new_ids)
        alone = self.numbered.map_partitions(combine_alone, shared_roots, shared_ids, inferred)
        together = self._combined(shared_roots, shared_ids, inferred, check_only=False)
        [results] = self.engine.persist([db.concat([alone, together])], "combining each happening's reports")
        [coarsened] = self.engine.compute([results.filter(_is_coarsened).map(_coarsened)])
        return results, sorted(coarsened)

    def _combined(self, roots: Delayed, new_ids: Delayed, inferred: Delayed, *, check_only: bool) -> db.Bag:
        """The groups of several units in `roots` combined, one worker per group."""
        routed = self.numbered.map_partitions(route_to_group, roots)
        grouped = routed.groupby(operator.itemgetter(0), shuffle="tasks")
        combined: db.Bag = grouped.map(combine_group, new_ids, inferred, check_only=check_only)
        return combined

    def _coarsened_of(self, groups: list[Group], inferred: Delayed) -> list[tuple[Group, tuple[Fact, ...]]]:
        roots = {unit: members[0] for members in groups for unit in members}
        results = self._combined(self.engine.share(roots), self.engine.share({}), inferred, check_only=True)
        [coarsened] = self.engine.compute([results.filter(_is_coarsened).map(_coarsened)])
        return sorted(coarsened)
