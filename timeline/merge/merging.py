"""One event per real-world happening."""

from __future__ import annotations

from collections.abc import Iterable

from timeline.model import Event


def merge(events: Iterable[Event]) -> list[Event]:
    """Merge reports of the same event."""
    return list(events)
