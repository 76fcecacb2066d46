"""What the client decides: unit numbers, groups, final ids, and the settling of coarsened groups.

All of it works on small data: anchor keys (a date and an id per unit),
pairs of unit numbers, and the rebuilt facts of the few groups whose
merged event tells the documents apart less finely than their reports.
The events themselves stay on the workers.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from timeline.distributed.partitions import AnchorKey, Group
from timeline.merge.blocking import BlockKey, blocking_keys
from timeline.merge.facts import Fact
from timeline.merge.linking import same_happening
from timeline.merge.merging import Clusters
from timeline.model import Event, event_order

# Where a unit lives: its partition and its position there.
Place = tuple[int, int]


def unit_numbers(
    anchors: Mapping[Place, AnchorKey], tie_breakers: Callable[[list[Place]], Mapping[Place, str]]
) -> dict[Place, int]:
    """Each unit's position in `canonical_order` over all units.

    Units that tie on their anchor key are ordered by their full text, as
    `canonical_order` orders them; `tie_breakers` fetches those texts from
    the workers (ties are rare: one id twice).
    """
    places = sorted(anchors, key=anchors.__getitem__)
    tied: list[Place] = []
    for previous, place in itertools.pairwise(places):
        if anchors[previous] == anchors[place]:
            tied.extend((previous, place))
    texts = tie_breakers(sorted(set(tied))) if tied else {}
    places.sort(key=lambda place: (anchors[place], texts.get(place, "")))
    return {place: number for number, place in enumerate(places)}


def final_ids(
    unit_ids: Sequence[str],
    groups: Iterable[list[int]],
    absorbed: Iterable[tuple[str, str]],
    wanted: Iterable[str],
) -> tuple[dict[str, str], bool]:
    """The ids `merge` renames, for the `wanted` ids only, and whether it renames any.

    A unit merged into a group takes the id of the group's first unit; a
    report combined into another of its document goes by that report's
    final id.
    """
    absorbed = list(absorbed)
    needed = set(wanted) | {old for old, _new in absorbed} | {new for _old, new in absorbed}
    renamed: dict[str, str] = {}
    any_renamed = bool(absorbed)
    for group in groups:
        if len(group) < 2:
            continue
        any_renamed = True
        for unit in group[1:]:
            if unit_ids[unit] in needed:
                renamed[unit_ids[unit]] = unit_ids[group[0]]
    for old, new in absorbed:
        renamed[old] = renamed.get(new, new)
    return {target: renamed[target] for target in set(wanted) if target in renamed}, any_renamed


Coarsened = list[tuple[Group, tuple[Fact, ...]]]


def settle(
    clusters: Clusters,
    coarsened_of: Callable[[list[Group]], Coarsened],
    matches_of: Callable[[list[Fact]], Mapping[tuple[int, int], Sequence[int]]],
) -> bool:
    """Join groups until no merged event reports the same happening as another group.

    The rounds of `merge`'s settling step: `coarsened_of` combines the
    given groups on the workers and returns, in the order given, those
    whose rebuilt facts differ from their reports' facts; `matches_of`
    finds, block by block on the workers, the units each of those facts
    may join. Joining then follows `merge` step by step, since which
    groups may still join depends on the joins made before. Returns
    whether any group changed.
    """
    members = {group[0]: tuple(group) for group in clusters.groups() if len(group) > 1}
    coarsened: dict[int, Group] = {}
    coarsened_blocks: dict[BlockKey, list[tuple[Group, Fact]]] = defaultdict(list)
    pending = set(members)
    changed = False
    while pending:
        fresh: list[Fact] = []
        for group, rebuilt in coarsened_of([members[root] for root in sorted(pending)]):
            coarsened[group[0]] = group
            for fact in rebuilt:
                for key in blocking_keys(fact):
                    coarsened_blocks[key].append((group, fact))
            fresh.extend(rebuilt)
        pending = set()
        matches = matches_of(fresh) if fresh else {}
        for index, fact in enumerate(fresh):
            for key_index, key in enumerate(blocking_keys(fact)):
                matched = matches.get((index, key_index), ())
                candidates = [unit for unit in matched if clusters.find(unit) not in coarsened]
                candidates.extend(
                    other.unit
                    for group, other in coarsened_blocks.get(key, ())
                    if coarsened.get(group[0]) == group
                    and other.doc != fact.doc
                    and same_happening(fact, other)
                )
                for unit in candidates:
                    root_a, root_b = clusters.find(fact.unit), clusters.find(unit)
                    if root_a == root_b:
                        continue
                    clusters.join(root_a, root_b)
                    root = min(root_a, root_b)
                    members[root] = tuple(
                        sorted(members.pop(root_a, (root_a,)) + members.pop(root_b, (root_b,)))
                    )
                    coarsened.pop(root_a, None)
                    coarsened.pop(root_b, None)
                    pending.discard(max(root_a, root_b))
                    pending.add(root)
                    changed = True
    return changed


def in_timeline_order(events: list[Event]) -> list[Event]:
    """`Timeline` order; events that tie on it (equal ids) by their whole content, as `merge` returns them."""
    events.sort(key=event_order)
    keys = [event_order(event) for event in events]
    if len(set(keys)) < len(keys):
        events.sort(key=lambda event: (event_order(event), repr(event)))
    return events
