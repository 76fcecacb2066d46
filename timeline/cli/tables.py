"""Events as a plain-text table, for reading in a terminal."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.model import Document, Event

_COLUMNS = ("date", "kind", "status", "title", "countries", "location")
_WIDTHS = (23, 9, 9, 48, 11, 16)


def _cell(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


def event_table(document: Document, events: Sequence[Event]) -> str:
    """One document's events, a row each, under a heading naming the document."""
    published = document.published.isoformat() if document.published else "date unknown"
    lines = [f"{document.id} ({published}): {len(events)} events"]
    lines.append("  ".join(_cell(name, width) for name, width in zip(_COLUMNS, _WIDTHS, strict=True)))
    for event in events:
        cells = (
            str(event.when),
            event.kind,
            event.status.value,
            event.title,
            ",".join(event.countries),
            event.location.name if event.location else "",
        )
        lines.append("  ".join(_cell(text, width) for text, width in zip(cells, _WIDTHS, strict=True)))
    return "\n".join(line.rstrip() for line in lines) + "\n"
