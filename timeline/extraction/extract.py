"""Events of one document."""

from __future__ import annotations

from timeline.model import Document, Event


def extract(document: Document) -> list[Event]:
    """Every diplomatic event `document` reports."""
    return []
