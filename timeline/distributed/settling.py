"""What the client decides: the unit order, from small data.

The client holds only anchor keys (a date and an id per input and unit)
and pairs of unit numbers; the events themselves stay on the workers.
Groups, final ids and the settling of coarsened groups are the merge's
own steps (`Clusters`, `final_ids`, `settle`), run on that small data.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping

from timeline.merge.combine import AnchorKey

# Where an input (a slot) or a unit lives: its partition and its position there.
Place = tuple[int, int]


def unit_numbers(
    slot_anchors: Mapping[Place, AnchorKey],
    unit_slots: Mapping[Place, Place],
    tie_breakers: Callable[[list[Place]], Mapping[Place, str]],
) -> dict[Place, int]:
    """Each unit's position in the unit order of `merge` over all partitions (`units_of`).

    The inputs (slots) are in `canonical_order`: by anchor key, inputs that
    tie on it by their full text, which `tie_breakers` fetches from the
    workers (ties are rare: one id twice). A slot's units keep their order
    within it; units are listed in their partition's order.
    """
    slots = sorted(slot_anchors, key=slot_anchors.__getitem__)
    tied: set[Place] = set()
    for previous, slot in itertools.pairwise(slots):
        if slot_anchors[previous] == slot_anchors[slot]:
            tied.update((previous, slot))
    texts = tie_breakers(sorted(tied)) if tied else {}
    slots.sort(key=lambda slot: (slot_anchors[slot], texts.get(slot, ""), slot))
    rank = {slot: number for number, slot in enumerate(slots)}
    units = sorted(unit_slots, key=lambda unit: (rank[unit_slots[unit]], unit))
    return {unit: number for number, unit in enumerate(units)}
