"""One event per real-world happening, from any number of reports.

`merge` works in steps that are each a pure function, so that a
distributed runner can run them apart and still get the same result:

1. `units_of`: the inputs are sorted by `anchor_key` (earliest
   publication, then id); the reports of one document that tell of one
   happening are combined (`merge_within_document`: an article mentions
   an event twice), and a document's events take the place of its first
   report; a unit's position in that order is its number. A document
   without a publication date is taken as published no earlier than the
   latest happening it reports (`inferred_dates`);
2. `facts_of_units`: one fact per document each unit cites;
3. `blocking_keys`: each fact gets a few keys; only facts sharing a key
   are compared, never all pairs (`year_less_keys` first collects the
   keys of the few year-less dates, which known dates then join);
4. `block_links`: within one block, the pairs of facts from different
   documents that `same_happening` accepts: links of precise facts (a
   day) and ranked links of vague ones (a month, a year, no day);
5. `Clusters`: the links of all blocks joined (union-find, each group
   named by its smallest unit) by `join_links`: every precise link first,
   so a happening found in several blocks is one group whatever order the
   blocks are linked in, then the vague links nearest first, each taken
   only if it does not join two groups that hold a precise fact (a vague
   report joins at most one happening and never chains two); `settle`
   then compares again the merged events that blur their reports;
6. `combine`: each group becomes one event, with the ids of `final_ids`.

Ids. A report's id comes from its content. A merged event takes the id of
its anchor report: the one published first (unknown dates last), ties
broken by the smaller id, so it does not change when later reports of
the same happening arrive, and calendar clients update the event instead
of adding a second one. The title is worded for the merged status: that of
the first published report giving it ("visits" once a report says the
visit happened, not the announcement's "to visit"). The result
depends only on the set of reports: any order gives the same events, and
merging the events of half the documents with the reports of the other
half gives what merging everything at once gives. (That last holds
exactly when, within one document, the reports of one kind agree on who,
where and whether it happened, since a merged event keeps what each
document said, not what each of its sentences said; and when no vague
report fits several happenings, since a report already joined to the only
happening of the first half is not moved to a nearer one reported later.)

Merged events can be merged again: their attributions give back what each
document said, so ``merge(merge(x)) == merge(x)``. Where a merged event
tells the documents' accounts apart less finely than the reports did (a
summit named by one report only), the merged account is compared again
until no two results describe the same happening.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter

from timeline.merge.blocking import BlockKey, blocking_keys
from timeline.merge.combine import AnchorKey, anchor_key, canonical_order, canonical_positions, combine
from timeline.merge.facts import Fact, dated, facts_of, published_no_earlier
from timeline.merge.linking import VagueLink, is_precise, links_in_block, same_happening, vague_link, yearless
from timeline.model import Event, Source


class Clusters:
    """Union-find over unit numbers; every group is named by its smallest member.

    `vague` names the units none of whose facts is precise (`is_precise`),
    and `documents` the documents of the units that share one with another
    unit (`shared_documents`): `attach` never joins two groups that each
    hold a precise fact, nor two groups that cite one document (which told
    them apart).
    """

    def __init__(
        self, size: int, vague: Iterable[int] = (), documents: Mapping[int, frozenset[str]] | None = None
    ) -> None:
        self._parent = list(range(size))
        self._precise = bytearray(b"\x01") * size
        for unit in vague:
            self._precise[unit] = 0
        self._documents = dict(documents or {})

    def __len__(self) -> int:
        return len(self._parent)

    def find(self, unit: int) -> int:
        parent = self._parent
        root = unit
        while parent[root] != root:
            root = parent[root]
        while parent[unit] != root:
            parent[unit], unit = root, parent[unit]
        return root

    def join(self, a: int, b: int) -> bool:
        """Put `a` and `b` in one group; False if they already were."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return False
        low, high = min(root_a, root_b), max(root_a, root_b)
        self._parent[high] = low
        self._precise[low] |= self._precise[high]
        if high in self._documents:
            self._documents[low] = self._documents.get(low, frozenset()) | self._documents.pop(high)
        return True

    def attach(self, a: int, b: int) -> bool:
        """`join` through a vague fact: not when both groups hold a precise fact (two happenings), nor
        when both cite a document (which reported them apart)."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b or (self._precise[root_a] and self._precise[root_b]):
            return False
        documents = self._documents
        if root_a in documents and root_b in documents and documents[root_a] & documents[root_b]:
            return False
        return self.join(root_a, root_b)

    def groups(self) -> list[list[int]]:
        """Every group's members in ascending order, groups by their smallest member."""
        # a unit's parent is never above it (`join` hangs the larger root under the smaller), so in
        # ascending order each unit's root is its parent's, already found; and a group first appears
        # at its root, its smallest member
        parent = self._parent
        roots = list(parent)
        members: dict[int, list[int]] = {}
        for unit, above in enumerate(parent):
            if above == unit:
                members[unit] = [unit]
            else:
                root = roots[unit] = roots[above]
                members[root].append(unit)
        return list(members.values())


def vague_units(facts: Iterable[Fact]) -> list[int]:
    """The units none of whose facts is precise (`is_precise`), in ascending order."""
    units: set[int] = set()
    precise: set[int] = set()
    for fact in facts:
        (precise if is_precise(fact) else units).add(fact.unit)
    return sorted(units - precise)


def shared_documents(cited: Iterable[tuple[int, str]]) -> dict[int, frozenset[str]]:
    """From (unit, document) pairs: the documents of each unit that shares a document with another."""
    first_unit: dict[str, int] = {}
    units_of_document: dict[str, set[int]] = defaultdict(set)
    for unit, document in cited:
        first = first_unit.setdefault(document, unit)
        if first != unit:
            units_of_document[document].update((first, unit))
    shared: dict[int, set[str]] = defaultdict(set)
    for document, units in units_of_document.items():
        for unit in units:
            shared[unit].add(document)
    return {unit: frozenset(documents) for unit, documents in shared.items()}


def join_links(clusters: Clusters, precise: Iterable[tuple[int, int]], vague: Iterable[VagueLink]) -> None:
    """Join the units of every precise link, then take the vague links in rank order (`attach`).

    Precise facts cluster first; each vague report then joins the nearest
    cluster it matches and no other, so that it never chains two
    happenings into one.
    """
    for a, b in precise:
        clusters.join(a, b)
    for _tier, _days, a, b in sorted(vague):
        clusters.attach(a, b)


def merge_within_document(
    reports: Sequence[Event], inferred: Mapping[str, dt.date] | None = None
) -> tuple[list[Event], dict[str, str]]:
    """Stage one: the reports of one document that tell of one happening, combined.

    `reports` are the reports read from one document, in `canonical_order`;
    `inferred` as `published_no_earlier` gives it for the whole corpus.
    Returns the document's events and, for every report absorbed into
    another's event, the id it now goes by.
    """
    inferred = inferred or {}
    facts = [dated(fact, inferred) for unit, event in enumerate(reports) for fact in facts_of(event, unit)]
    clusters = Clusters(len(reports), vague_units(facts))
    precise, vague = links_in_block(facts)
    join_links(clusters, ((facts[i].unit, facts[j].unit) for i, j in precise), vague)
    events: list[Event] = []
    new_ids: dict[str, str] = {}
    for group in clusters.groups():
        members = [reports[unit] for unit in group]
        events.append(members[0] if len(members) == 1 else combine(members, {}, inferred))
        new_ids.update((member.id, members[0].id) for member in members[1:])
    return events, new_ids


Group = tuple[int, ...]
# One round of settling: the given groups combined, and those whose rebuilt facts differ from their
# reports' facts (`coarsened_facts`), in the order given.
CombineRound = Callable[[list[Group]], Iterable[tuple[Group, Sequence[Fact]]]]
# A unit a fact may join, and how the link ranks (`vague_link`; None for two precise facts).
Match = tuple[int, VagueLink | None]
# For fresh facts: under (fact index, key index) of `blocking_keys`, the units of that block the fact
# may join (another document, `same_happening`); units already in the fact's group may be left out.
Candidates = Callable[[list[Fact]], Mapping[tuple[int, int], Sequence[Match]]]


def _documents_of(sources: Iterable[Source]) -> tuple[str, ...]:
    return tuple(sorted({source.document for source in sources}))


def inferred_dates(events: Iterable[Event]) -> dict[str, dt.date]:
    """`published_no_earlier` for the documents of `events` that give no publication date.

    A day per document, the latest of its facts: the dates found for parts
    of a corpus combine by taking the latest per document. A merged event
    tells which dates and which statuses a document gave, not which date
    went with which status: where a document gave several statuses and
    several dates, its dates are left out, so that merging merged events
    infers what merging their reports inferred, never a day one of them did
    not report. (Within one document, reports that happened and reports that
    did not are never one event, so this only arises across documents.)
    """
    return published_no_earlier(
        fact
        for event in events
        if any(source.published is None for source in event.sources)
        for fact in _facts_told_once(event)
    )


def _facts_told_once(event: Event) -> list[Fact]:
    """The facts of `event`, but those of documents to which its attributions give several statuses
    and several dates (which date went with which status is then unknown)."""
    facts = facts_of(event, 0)
    if not event.attributions:
        return facts
    told: dict[tuple[str, str], set[str]] = defaultdict(set)
    for attribution in event.attributions:
        if attribution.field in ("status", "when"):
            for document in attribution.documents:
                told[(attribution.field, document)].add(attribution.value)
    return [
        fact
        for fact in facts
        if len(told.get(("status", fact.doc), ())) <= 1 or len(told.get(("when", fact.doc), ())) <= 1
    ]


def _in_place(
    events: Iterable[Event], inferred: Mapping[str, dt.date]
) -> tuple[list[Event], list[int], dict[int, Sequence[Event]], dict[str, str]]:
    """The inputs as given and their positions in `canonical_order`, the units that take the place of
    each document's reports (by the `id` of the report), and the ids of the reports absorbed within
    their documents."""
    given = list(events)
    order = canonical_positions(given, inferred)
    # the inputs are read in the order given, which is (mostly) the order they were made in: at
    # scale, much quicker than reading them scattered in canonical order
    by_document: dict[object, list[int]] = {}
    for position, event in enumerate(given):
        if not event.attributions:
            sources = event.sources
            if len(sources) == 1:
                key: object = sources[0].document
            else:
                documents = _documents_of(sources)
                key = documents[0] if len(documents) == 1 else documents
            found = by_document.get(key)
            if found is None:
                by_document[key] = [position]
            else:
                found.append(position)
    in_place: dict[int, Sequence[Event]] = {}
    new_ids: dict[str, str] = {}
    rank: dict[int, int] | None = None
    for positions in by_document.values():
        if len(positions) > 1:
            if rank is None:
                rank = {position: number for number, position in enumerate(order)}
            reports = [given[position] for position in sorted(positions, key=rank.__getitem__)]
            found_events, absorbed = merge_within_document(reports, inferred)
            in_place[id(reports[0])] = canonical_order(found_events, inferred)
            in_place.update((id(report), ()) for report in reports[1:])
            new_ids.update(absorbed)
    return given, order, in_place, new_ids


def document_slots(
    events: Iterable[Event], inferred: Mapping[str, dt.date]
) -> tuple[list[tuple[Event, Sequence[Event]]], dict[str, str]]:
    """Step 1: the inputs in `canonical_order`, each with the units that take its place.

    A document's reports are merged within it (`merge_within_document`);
    its events take the place of its first report, and its other reports
    take none, so the order depends on the set of inputs alone. Returns
    the slots and, for every report absorbed into another's event, the id
    it now goes by.
    """
    given, order, in_place, new_ids = _in_place(events, inferred)
    slots = [given[position] for position in order]
    return [(event, in_place.get(id(event), (event,))) for event in slots], new_ids


def units_of(events: Iterable[Event], inferred: Mapping[str, dt.date]) -> tuple[list[Event], dict[str, str]]:
    """The units that take part in the merge across documents, in unit order (`document_slots`)."""
    units, _arrival, new_ids = _arriving_units(events, inferred)
    return units, new_ids


def _arriving_units(
    events: Iterable[Event], inferred: Mapping[str, dt.date]
) -> tuple[list[Event], list[int], dict[str, str]]:
    """`units_of`, with the position among the inputs as given of the slot each unit takes."""
    given, order, in_place, new_ids = _in_place(events, inferred)
    units: list[Event] = []
    arrival: list[int] = []
    for position in order:
        event = given[position]
        found = in_place.get(id(event))
        if found is None:
            units.append(event)
            arrival.append(position)
        else:
            units.extend(found)
            arrival.extend([position] * len(found))
    return units, arrival, new_ids


def facts_of_units(numbered: Iterable[tuple[int, Event]], inferred: Mapping[str, dt.date]) -> list[Fact]:
    """The facts of the units numbered as given, dated by `inferred` where they have no date."""
    facts = [fact for unit, event in numbered for fact in facts_of(event, unit)]
    if inferred:
        facts = [dated(fact, inferred) for fact in facts]
    return facts


def year_less_keys(facts: Iterable[Fact]) -> set[BlockKey]:
    """The blocking keys of the facts whose date has no year (``XXXX-02-09``)."""
    return {key for fact in facts if yearless(fact.when) is not None for key in blocking_keys(fact)}


def block_facts(facts: Iterable[Fact], year_less: set[BlockKey]) -> dict[BlockKey, list[Fact]]:
    """Facts grouped by blocking key."""
    blocks: dict[BlockKey, list[Fact]] = defaultdict(list)
    for fact in facts:
        for key in blocking_keys(fact, year_less):
            blocks[key].append(fact)
    return blocks


def block_links(
    block: Sequence[Fact], groups: Sequence[int] | None = None
) -> tuple[list[tuple[int, int]], list[VagueLink]]:
    """Step 2 in one block: pairs of units whose facts report the same happening.

    Returns the links of precise facts and the ranked links of vague ones
    (`links_in_block`), for `join_links`. `groups`, where given, names for
    each fact a group already found; facts of one group are not compared.
    Whatever the groups, the links join the block's units into the same
    groups.
    """
    if len(block) < 2:
        return [], []
    precise, vague = links_in_block(block, across_documents=True, known=groups)
    return [(block[i].unit, block[j].unit) for i, j in precise], vague


def link_blocks(blocks: dict[BlockKey, list[Fact]], clusters: Clusters) -> None:
    """Stage two: join the units of every pair of facts that a block links (`join_links`).

    The precise links are joined block after block, and facts already
    joined through another block are not compared again; the vague links
    are taken once every precise link is in.
    """
    find = clusters.find
    vague: list[VagueLink] = []
    for block in blocks.values():
        if len(block) < 3:
            if len(block) == 2:  # the most common block, compared without building a forest
                first, second = block
                if (
                    first.doc != second.doc
                    and find(first.unit) != find(second.unit)
                    and same_happening(first, second)
                ):
                    ranked = vague_link(first, second)
                    if ranked is None:
                        clusters.join(first.unit, second.unit)
                    else:
                        vague.append(ranked)
            continue
        groups = [find(fact.unit) for fact in block]
        if all(group == groups[0] for group in groups):
            continue
        precise, found = block_links(block, groups)
        for a, b in precise:
            clusters.join(a, b)
        vague.extend(found)
    join_links(clusters, (), vague)


def final_ids(
    anchor_of: Callable[[int], AnchorKey], groups: Iterable[Sequence[int]], new_ids: Mapping[str, str]
) -> dict[str, str]:
    """For every id that merging renames, the id of the event it is now part of.

    `anchor_of(unit)` is the unit's `anchor_key`: a group takes the id of its
    anchor; a report absorbed within its document (`new_ids`) follows the
    report it was combined into.
    """
    renamed: dict[str, str] = {}
    for group in groups:
        if len(group) > 1:
            keys = [anchor_of(unit) for unit in group]
            anchor = min(keys)[2]
            renamed.update((key[2], anchor) for key in keys if key[2] != anchor)
    renamed.update((old, renamed.get(new, new)) for old, new in new_ids.items())
    return renamed


def merge(events: Iterable[Event]) -> list[Event]:
    """The reports `events` merged into one event per real-world happening.

    See the module documentation for how ids, titles and every field of a
    merged event are chosen. The result is in the order of `Timeline`.
    """
    return merge_with_ids(events)[0]


def merge_with_ids(events: Iterable[Event]) -> tuple[list[Event], dict[str, str]]:
    """`merge`, and for the id of every input the id of the event it is now part of."""
    # Merging allocates millions of small acyclic objects; the cycle collector would rescan
    # them again and again for nothing, so it pauses until the merge is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _merge_with_ids(events)
    finally:
        if collecting:
            gc.enable()


def _merge_with_ids(events: Iterable[Event]) -> tuple[list[Event], dict[str, str]]:
    events = list(events)
    inferred = inferred_dates(events)
    units, arrival, new_ids = _arriving_units(events, inferred)
    # the facts and blocks, the largest structures, are freed before the events are combined
    clusters, merged = _grouped(units, arrival, inferred)
    groups = clusters.groups()
    renamed = final_ids(lambda unit: anchor_key(units[unit], inferred), groups, new_ids)
    results = []
    alone: list[int] = []
    for group in groups:
        if len(group) == 1:
            alone.append(group[0])
            continue
        members = [units[unit] for unit in group]
        result = merged.get(tuple(group))
        if result is None or (renamed and any(event.related for event in members)):
            result = combine(members, renamed, inferred)
        results.append(result)
    # events alone in their group are combined in the order they were given (quicker at scale): the
    # timeline order does not depend on the order they come in
    alone.sort(key=lambda unit: arrival[unit])
    results.extend(combine([units[unit]], renamed, inferred) for unit in alone)
    where = {event.id: renamed.get(event.id, event.id) for event in events}
    return in_timeline_order(results), where


def _grouped(
    units: Sequence[Event], arrival: Sequence[int], inferred: Mapping[str, dt.date]
) -> tuple[Clusters, dict[Group, Event]]:
    """Steps 2 to 5: the units' groups, and the merged event of every group of several.

    `arrival` is each unit's position among the inputs as given: the units are read in that order
    wherever the result does not depend on it.
    """
    # facts are read in the order the units arrived, then listed in unit order (`facts_of_units`)
    as_given = sorted(range(len(units)), key=arrival.__getitem__)
    facts = facts_of_units(((unit, units[unit]) for unit in as_given), inferred)
    facts.sort(key=itemgetter(0))  # by `Fact.unit`
    year_less = year_less_keys(facts)
    blocks = block_facts(facts, year_less)
    clusters = Clusters(
        len(units), vague_units(facts), shared_documents((fact.unit, fact.doc) for fact in facts if fact.doc)
    )
    link_blocks(blocks, clusters)

    # the facts come in unit order: each unit's facts are one slice, from its first fact to the next unit's
    first_fact = [len(facts)] * (len(units) + 1)
    for index in range(len(facts) - 1, -1, -1):
        first_fact[facts[index].unit] = index
    for unit in range(len(units) - 1, -1, -1):  # a unit without facts starts where the next one does
        first_fact[unit] = min(first_fact[unit], first_fact[unit + 1])

    def facts_of_group(group: Group) -> list[Fact]:
        return [fact for unit in group for fact in facts[first_fact[unit] : first_fact[unit + 1]]]

    merged: dict[Group, Event] = {}

    def combine_round(groups: list[Group]) -> list[tuple[Group, Sequence[Fact]]]:
        coarse: dict[Group, Sequence[Fact]] = {}
        # combined in the order their first units arrived (quicker at scale), listed as given
        for group in sorted(groups, key=lambda group: arrival[group[0]]):
            event = merged[group] = combine([units[unit] for unit in group], {}, inferred)
            rebuilt = coarsened_facts(event, group, facts_of_group(group), inferred)
            if rebuilt is not None:
                coarse[group] = rebuilt
        return [(group, coarse[group]) for group in groups if group in coarse]

    def candidates(fresh: list[Fact]) -> dict[tuple[int, int], list[Match]]:
        return block_candidates(blocks, fresh, year_less, clusters.find)

    settle(clusters, combine_round, candidates, year_less)
    return clusters, merged


def block_candidates(
    blocks: Mapping[BlockKey, Sequence[Fact]],
    fresh: Sequence[Fact],
    year_less: set[BlockKey],
    group_of: Callable[[int], int] | None = None,
) -> dict[tuple[int, int], list[Match]]:
    """`Candidates` among `blocks`: the units each fresh fact may join, by (fact, key) index.

    With `group_of` (a unit's group), units already in the fact's group are
    not compared.
    """
    found: dict[tuple[int, int], list[Match]] = {}
    for index, fact in enumerate(fresh):
        own = group_of(fact.unit) if group_of is not None else None
        for key_index, key in enumerate(blocking_keys(fact, year_less)):
            matched = [
                (other.unit, vague_link(fact, other))
                for other in blocks.get(key, ())
                if other.doc != fact.doc
                and (group_of is None or group_of(other.unit) != own)
                and same_happening(fact, other)
            ]
            if matched:
                found[(index, key_index)] = matched
    return found


def in_timeline_order(events: list[Event]) -> list[Event]:
    """`Timeline` order; events that tie on it (equal ids) by their whole content."""
    # At scale one flat string per event sorts much faster than `event_order`'s nested tuples. The
    # dates, few and shared among events, are ranked once; a fixed-width rank, the kind (which
    # holds no NUL) and the id then spell a key that sorts as `event_order` does.
    dates = sorted((when.sort_key, place) for place, when in {id(e.when): e.when for e in events}.items())
    rank: dict[int, int] = {}
    previous: tuple[object, ...] | None = None
    first = 0
    for number, (date, place) in enumerate(dates):
        if date != previous:
            previous, first = date, number
        rank[place] = first
    width = len(str(len(dates)))
    keys = [f"{rank[id(event.when)]:0{width}d}{event.kind}\0{event.id}" for event in events]
    order = sorted(range(len(events)), key=keys.__getitem__)
    if len({event.id for event in events}) < len(keys):  # keys can only tie on equal ids
        order.sort(key=lambda index: (keys[index], repr(events[index])))
    events[:] = [events[index] for index in order]
    return events


def may_coarsen(facts: Sequence[Fact]) -> bool:
    """Whether merging these facts' events can blur them: two inputs cite one document, or the
    inputs differ in what a merged event keeps once (label, amount, states)."""
    documents: dict[str, int] = {}
    for fact in facts:
        if documents.setdefault(fact.doc, fact.unit) != fact.unit:
            return True
    kept_once = {(fact.countries, fact.label, fact.amount) for fact in facts}
    return len(kept_once) > 1


def coarsened_facts(
    event: Event, group: Group, reported: Sequence[Fact], inferred: Mapping[str, dt.date]
) -> tuple[Fact, ...] | None:
    """The facts of a group's merged `event`, rebuilt from its attributions, where they differ
    from `reported` (its reports' facts); None where they do not."""
    if not may_coarsen(reported):
        return None
    rebuilt = tuple(dated(fact, inferred) for fact in facts_of(event, group[0]))
    if {fact.content for fact in rebuilt} != {fact.content for fact in reported}:
        return rebuilt
    return None


def settle(
    clusters: Clusters, combine_round: CombineRound, candidates: Candidates, year_less: set[BlockKey]
) -> bool:
    """Link groups until no merged event reports the same happening as another group.

    A merged event's facts are rebuilt from its attributions; where they
    differ from its reports' facts (the group is "coarsened": a summit
    named by one report only), they are compared again with the facts of
    every other group that shares a block. `combine_round` combines the
    groups of a round and names the coarsened ones; `candidates` finds
    the units their facts may join. Joining follows the facts in order,
    since which groups may still join depends on the joins made before;
    links through a vague fact are taken after a round's precise links, in
    rank order, as `join_links` takes them. Returns whether any group
    changed.
    """
    members: dict[int, Group] = {group[0]: tuple(group) for group in clusters.groups() if len(group) > 1}
    coarsened: dict[int, Group] = {}
    coarsened_blocks: dict[BlockKey, list[tuple[Group, Fact]]] = defaultdict(list)
    pending = set(members)

    def joined(root_a: int, root_b: int) -> None:
        root = min(root_a, root_b)
        members[root] = tuple(sorted(members.pop(root_a, (root_a,)) + members.pop(root_b, (root_b,))))
        coarsened.pop(root_a, None)
        coarsened.pop(root_b, None)
        pending.discard(max(root_a, root_b))
        pending.add(root)

    changed = False
    while pending:
        roots = sorted(pending)
        pending.clear()
        fresh: list[Fact] = []
        for group, rebuilt in combine_round([members[root] for root in roots]):
            coarsened[group[0]] = group
            for fact in rebuilt:
                for key in blocking_keys(fact, year_less):
                    coarsened_blocks[key].append((group, fact))
            fresh.extend(rebuilt)
        matches = candidates(fresh) if fresh else {}
        vague: list[VagueLink] = []
        for index, fact in enumerate(fresh):
            for key_index, key in enumerate(blocking_keys(fact, year_less)):
                found = [
                    (unit, ranked)
                    for unit, ranked in matches.get((index, key_index), ())
                    if clusters.find(unit) not in coarsened
                ]
                found.extend(
                    (other.unit, vague_link(fact, other))
                    for group, other in coarsened_blocks.get(key, ())
                    if coarsened.get(group[0]) == group
                    and other.doc != fact.doc
                    and same_happening(fact, other)
                )
                for unit, ranked in found:
                    root_a, root_b = clusters.find(fact.unit), clusters.find(unit)
                    if ranked is not None:
                        vague.append(ranked)  # taken once every precise link of the round is in
                    elif clusters.join(root_a, root_b):
                        joined(root_a, root_b)
                        changed = True
        for _tier, _days, a, b in sorted(vague):
            root_a, root_b = clusters.find(a), clusters.find(b)
            if clusters.attach(root_a, root_b):
                joined(root_a, root_b)
                changed = True
    return changed
