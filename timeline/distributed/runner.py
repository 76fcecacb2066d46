"""The steps of `merge`, run as Dask tasks over partitions of a corpus.

1. Each partition is read (files through `read_documents`) and extracted,
   and each document's reports are merged within it (`ExtractedPart`).
2. The client gathers only anchor keys (date and id of each unit), finds
   duplicate documents, and numbers the units in anchor order.
3. Facts are shuffled by blocking key; each block links its facts on a
   worker (`link_blocks`); the client joins the links (pairs of unit
   numbers) in `Clusters`.
4. Events are shuffled by group and each group is combined on a worker.
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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import dask.bag as db
from dask.base import compute, persist
from dask.delayed import Delayed, delayed

from timeline.distributed.partitions import (
    AnchorKey,
    ExtractedPart,
    Group,
    GroupResult,
    block_entries,
    block_matches,
    block_of,
    combine_group,
    extract_documents,
    links_of_blocks,
    number_units,
    read_part,
    route_to_group,
    tie_breakers,
)
from timeline.distributed.reading import work_items
from timeline.distributed.settling import (
    Coarsened,
    Place,
    final_ids,
    in_timeline_order,
    settle,
    unit_numbers,
)
from timeline.errors import DocumentError
from timeline.merge.facts import Fact
from timeline.merge.merging import Clusters
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
) -> Timeline:
    """The timeline `timeline.build` gives for the same documents, built with Dask.

    `documents` is a `dask.bag.Bag` of `Document` objects (every one is
    extracted, as `timeline.build` does), or paths, folders and glob
    patterns of ``.txt``, ``.md`` and ``.jsonl`` files, read as
    `timeline.read_documents` reads them (`published` is the date of
    documents that state none; `partitions` the number of pieces the files
    are read in). Runs on the active ``distributed.Client`` if there is
    one, else on Dask's default scheduler; `progress` draws Dask's
    progress bars on standard error.
    """
    return run_build(documents, published=published, partitions=partitions, progress=progress).timeline


def run_build(
    documents: db.Bag | str | Path | Iterable[str | Path],
    *,
    published: dt.date | None = None,
    partitions: int | None = None,
    progress: bool = False,
) -> DistributedBuild:
    """`build_distributed`, also telling how many reports were extracted."""
    engine = _Engine(progress)
    if isinstance(documents, db.Bag):
        return _Build(engine, documents.map_partitions(_extracted), documents=documents).run()
    paths = [documents] if isinstance(documents, str | Path) else list(documents)
    items = work_items(paths)
    if not items:
        return DistributedBuild(timeline=Timeline(), reports=0)
    files = db.from_sequence(items, npartitions=min(partitions or len(items), len(items)))
    return _Build(engine, files.map_partitions(_read_extracted, published), documents=None).run()


def _read_extracted(paths: Iterable[str], published: dt.date | None) -> list[ExtractedPart]:
    return [read_part(paths, published)]


def _extracted(documents: Iterable[Document]) -> list[ExtractedPart]:
    return [extract_documents(documents)]


def _first(items: Sequence[ExtractedPart]) -> ExtractedPart:
    return items[0]


def _summary(part: ExtractedPart) -> ExtractedPart:
    return part.summary()


def _event(result: GroupResult) -> Event | None:
    return result.event


def _is_coarsened(result: GroupResult) -> bool:
    return result.coarsened is not None


def _coarsened(result: GroupResult) -> tuple[Group, tuple[Fact, ...]]:
    assert result.coarsened is not None
    return result.members, result.coarsened


@attrs.frozen(slots=True)
class _HasId:
    """Picklable filter: documents whose id is one of `ids`."""

    ids: frozenset[str]

    def __call__(self, document: Document) -> bool:
        return document.id in self.ids


class _Engine:
    """Runs collections on the active distributed client, else on Dask's default scheduler."""

    def __init__(self, progress: bool) -> None:
        self.client = _active_client()
        self.progress = progress

    @contextlib.contextmanager
    def _reporting(self) -> Iterator[None]:
        if not self.progress:
            yield
            return
        if self.client is None:
            from dask.diagnostics.progress import ProgressBar

            with ProgressBar(out=sys.stderr):
                yield
            return
        # distributed's text bar writes to standard output, which belongs to the command's results
        with contextlib.redirect_stdout(sys.stderr):
            yield

    def persist(self, collections: list[Any]) -> list[Any]:
        with self._reporting():
            if self.client is None:
                return list(persist(*collections))
            persisted: list[Any] = self.client.persist(collections)
            if self.progress:
                from distributed import progress

                progress(*persisted)
                sys.stdout.write("\n")
            return persisted

    def compute(self, collections: list[Any]) -> list[Any]:
        if self.client is None:
            with self._reporting():
                return list(compute(*collections))
        return [collection.compute() for collection in self.persist(collections)]

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


class _Build:
    def __init__(self, engine: _Engine, extracted: db.Bag, *, documents: db.Bag | None) -> None:
        """`extracted` holds one `ExtractedPart` per partition; `documents` is the bag it came from, if any.

        Documents read from files are deduplicated as `read_documents` does.
        """
        self.engine = engine
        self.documents = documents
        self.deduplicate = documents is None
        self.parts: list[Delayed] = [delayed(_first)(part) for part in extracted.to_delayed()]

    def run(self) -> DistributedBuild:
        engine = self.engine
        self.parts = engine.persist(self.parts)
        summaries: list[ExtractedPart] = engine.compute([delayed(_summary)(part) for part in self.parts])
        for summary in summaries:
            if summary.failure is not None:
                raise DocumentError(*summary.failure)
        refs, reports, dropped = self._documents(summaries)
        if not self.deduplicate:
            dropped = self._regroup_repeated_documents(summaries, dropped)

        anchors: dict[Place, AnchorKey] = {}
        absorbed: list[tuple[str, str]] = []
        for index, summary in enumerate(summaries):
            kept = {key for key in set(summary.unit_documents) if not _dropped(index, key, dropped)}
            units = zip(summary.anchors, summary.unit_documents, strict=True)
            for position, (anchor, key) in enumerate(units):
                if key in kept:
                    anchors[(index, position)] = anchor
            absorbed.extend((old, new) for key, old, new in summary.absorbed if key in kept)
        numbers = unit_numbers(anchors, self._tie_breakers)
        anchors_of = [summary.anchors for summary in summaries]
        unit_ids = [""] * len(numbers)
        for place, number in numbers.items():
            unit_ids[number] = anchors[place][2]
        related = frozenset(target for summary in summaries for target in summary.related)

        numbered = db.from_delayed(
            [
                delayed(number_units)(part, [numbers.get((index, position)) for position in range(size)])
                for index, (part, size) in enumerate(zip(self.parts, map(len, anchors_of), strict=True))
            ]
        )
        [self.numbered] = engine.persist([numbered])
        self.parts = []
        entries = self.numbered.map_partitions(block_entries)
        blocks = entries.groupby(operator.itemgetter(0), shuffle="tasks").map(block_of)
        [self.blocks] = engine.persist([blocks])
        [links] = engine.compute([self.blocks.map_partitions(links_of_blocks)])
        clusters = Clusters(len(unit_ids))
        for a, b in links:
            clusters.join(a, b)

        results, first_coarsened = self._combine_all(clusters, unit_ids, absorbed, related)
        # settling's first round combines every group: that is the pass just made
        precomputed = [first_coarsened]

        def coarsened_of(groups: list[Group]) -> Coarsened:
            return precomputed.pop() if precomputed else self._coarsened_of(groups)

        if first_coarsened and settle(clusters, coarsened_of, self._matches_of):
            results, _ = self._combine_all(clusters, unit_ids, absorbed, related)
        self.blocks = None
        [events] = engine.compute([results.map(_event)])
        timeline = Timeline(events=in_timeline_order(list(events)), documents=refs)
        return DistributedBuild(timeline=timeline, reports=reports)

    def _documents(
        self, summaries: Sequence[ExtractedPart]
    ) -> tuple[list[DocumentRef], int, set[tuple[int, str]]]:
        """The documents' refs in reading order, the reports extracted, and the copies to leave out.

        Read from files, a document read again is left out and two texts
        under one id are an error, as in `read_documents`; a bag's
        documents are all kept, as `timeline.build` keeps them.
        """
        refs: list[DocumentRef] = []
        reports = 0
        dropped: set[tuple[int, str]] = set()
        digests: dict[str, str] = {}
        for index, summary in enumerate(summaries):
            for document in summary.documents:
                document_id = document.ref.id
                earlier = digests.get(document_id) if self.deduplicate else None
                if earlier is None:
                    digests[document_id] = document.digest
                    refs.append(document.ref)
                    reports += document.reports
                elif earlier != document.digest:
                    problem = f"two different documents share the id {document_id!r}"
                    raise DocumentError(document.origin or document_id, problem)
                elif document.extracted:
                    dropped.add((index, document_id))
        return refs, reports, dropped

    def _regroup_repeated_documents(
        self, summaries: list[ExtractedPart], dropped: set[tuple[int, str]]
    ) -> set[tuple[int, str]]:
        """Documents of a bag found in several partitions, extracted again together.

        `merge` combines the reports of every copy of a document at once, so
        the copies (rare: a bag holding one article twice) are brought into
        one extra partition and their partial results are left out.
        """
        partitions_of: dict[str, set[int]] = defaultdict(set)
        for index, summary in enumerate(summaries):
            for document in summary.documents:
                partitions_of[document.ref.id].add(index)
        repeated = frozenset(key for key, found in partitions_of.items() if len(found) > 1)
        if not repeated:
            return dropped
        dropped = dropped | {(index, key) for key in repeated for index in partitions_of[key]}
        assert self.documents is not None
        together = self.documents.filter(_HasId(repeated)).repartition(1)
        [extra] = self.engine.persist([delayed(_first)(together.map_partitions(_extracted).to_delayed()[0])])
        self.parts.append(extra)
        [summary] = self.engine.compute([delayed(_summary)(extra)])
        summaries.append(attrs.evolve(summary, documents=()))
        return dropped

    def _tie_breakers(self, places: list[Place]) -> dict[Place, str]:
        by_part: dict[int, list[int]] = defaultdict(list)
        for index, position in places:
            by_part[index].append(position)
        found = self.engine.compute(
            [delayed(tie_breakers)(self.parts[index], positions) for index, positions in by_part.items()]
        )
        return {
            (index, position): text
            for index, texts in zip(by_part, found, strict=True)
            for position, text in texts
        }

    def _combine_all(
        self,
        clusters: Clusters,
        unit_ids: Sequence[str],
        absorbed: Sequence[tuple[str, str]],
        related: frozenset[str],
    ) -> tuple[db.Bag, Coarsened]:
        """Every group combined on the workers, and the coarsened ones' rebuilt facts."""
        groups = clusters.groups()
        new_ids, any_new_ids = final_ids(unit_ids, groups, absorbed, related)
        roots = array("q", (clusters.find(unit) for unit in range(len(unit_ids))))
        results = self._combined(roots, new_ids, any_new_ids, check_only=False)
        [results] = self.engine.persist([results])
        [coarsened] = self.engine.compute([results.filter(_is_coarsened).map(_coarsened)])
        return results, sorted(coarsened)

    def _combined(
        self,
        roots: Mapping[int, int] | Sequence[int],
        new_ids: Mapping[str, str],
        any_new_ids: bool,
        *,
        check_only: bool,
    ) -> db.Bag:
        routed = self.numbered.map_partitions(route_to_group, self.engine.share(roots))
        grouped = routed.groupby(operator.itemgetter(0), shuffle="tasks")
        combined: db.Bag = grouped.map(
            combine_group, self.engine.share(new_ids), any_new_ids, check_only=check_only
        )
        return combined

    def _coarsened_of(self, groups: list[Group]) -> Coarsened:
        roots = {unit: members[0] for members in groups for unit in members}
        results = self._combined(roots, {}, False, check_only=True)
        [coarsened] = self.engine.compute([results.filter(_is_coarsened).map(_coarsened)])
        return sorted(coarsened)

    def _matches_of(self, fresh: list[Fact]) -> dict[tuple[int, int], list[int]]:
        [found] = self.engine.compute([self.blocks.map_partitions(block_matches, self.engine.share(fresh))])
        return dict(found)


def _dropped(index: int, key: tuple[str, ...], dropped: set[tuple[int, str]]) -> bool:
    return len(key) == 1 and (index, key[0]) in dropped
