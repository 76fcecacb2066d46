"""A progress bar on stderr for long runs, only when a person is watching."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sized
from typing import TypeVar

from tqdm import tqdm

Item = TypeVar("Item")

# Below this many documents a run is over before a bar would be worth reading.
_WORTH_A_BAR = 20


def track(items: Iterable[Item], label: str, *, enabled: bool = True) -> Iterator[Item]:
    """`items`, with a progress bar on stderr when it is a terminal and the run is long."""
    total = len(items) if isinstance(items, Sized) else None
    show = enabled and sys.stderr.isatty() and (total is None or total >= _WORTH_A_BAR)
    if not show:
        yield from items
        return
    yield from tqdm(items, desc=label, total=total, unit="doc", file=sys.stderr, leave=False)
